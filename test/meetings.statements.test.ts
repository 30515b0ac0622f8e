import assert from 'node:assert/strict';
import { test } from '@jest/globals';
import { Role } from '../platform/auth/identity';
import { createDistrict, createOrganisation } from './kit/factories';
import { useTestStack } from './kit/stack';

/**
 * Journey 1 with journey 4: a street's communities, each with its last three meetings and its open
 * action items, costs the same number of SQL statements for 2 communities as for 8.
 */
const hub = useTestStack();

const STREET_QUERY = `query ($id: ID!) {
  organisation(id: $id) {
    name
    children(first: 50) { totalCount edges { node {
      name
      jointMeetings(first: 3) { totalCount edges { node { title status meetingDate attendanceSummary { invited present quorum }
        agendaItems { title resolution { text } } } } }
      openActionItems(first: 10) { totalCount edges { node { description dueDate overdue owner { name } } } }
    } } }
  }
}`;

const HOUR = 3_600_000;

async function streetWithMeetings(communities: number) {
  const { street, communities: list } = await createDistrict(hub.gateway, communities, 0);
  const staff = await hub.as({ role: Role.COMMUNITY_STAFF, subject: 'street-staff', organisationId: street.id });
  for (const [i, community] of list.entries()) {
    const unit = await createOrganisation(hub.gateway, 'UNIT_PARTY_ORGANISATION', community);
    for (let m = 0; m < 4; m++) {
      const start = Date.now() - (m + 1) * 24 * HOUR;
      const input = {
        convenerId: community.id,
        kind: 'BIG_PARTY_COMMITTEE_JOINT_MEETING',
        title: `第${m + 1}次联席会议`,
        startsAt: new Date(start).toISOString(),
        endsAt: new Date(start + HOUR).toISOString(),
        place: '会议室',
        invitedUnitIds: [unit.id],
      };
      const meeting = (await staff.data(`mutation ($input: ScheduleJointMeetingInput!) { scheduleJointMeeting(input: $input) { id } }`, { input }))
        .scheduleJointMeeting;
      const item = (
        await staff.data(
          `mutation ($id: ID!) { addAgendaItem(meetingId: $id, input: { title: "停车难", raisedById: "${unit.id}", category: RESIDENTS_URGENT_PROBLEM }) { id } }`,
          {
            id: meeting.id,
          },
        )
      ).addAgendaItem;
      await staff.data(
        `mutation ($id: ID!, $item: ID!, $due: LocalDate!) { adoptResolution(meetingId: $id, agendaItemId: $item, text: "错时停车",
          actionItems: [{ ownerId: "${unit.id}", description: "签订错时停车协议", dueDate: $due }]) { id } }`,
        { id: meeting.id, item: item.id, due: new Date(start + (i + m) * 24 * HOUR + 8 * HOUR).toISOString().slice(0, 10) },
      );
    }
  }
  return street;
}

test('the last three meetings and open action items of every community of a street: statements independent of the number of communities', async () => {
  const small = await streetWithMeetings(2);
  const large = await streetWithMeetings(8);
  // Each run twice: the second finds the organisations it checks in the peers' shared cache, as a busy hub does.
  const run = async (id: string) => {
    await hub.countSql(() => hub.gateway.data(STREET_QUERY, { id }));
    return hub.countSql(() => hub.gateway.data(STREET_QUERY, { id }));
  };
  const smallRun = await run(small.id);
  const largeRun = await run(large.id);
  const communities = largeRun.result.organisation.children.edges.map((e: any) => e.node);
  assert.equal(communities.length, 8);
  for (const community of communities) {
    assert.equal(community.jointMeetings.totalCount, 4);
    assert.equal(community.jointMeetings.edges.length, 3);
    assert.deepEqual(
      community.jointMeetings.edges.map((e: any) => e.node.title),
      ['第1次联席会议', '第2次联席会议', '第3次联席会议'],
    );
    assert.equal(community.openActionItems.totalCount, 4);
  }
  assert.ok(smallRun.statements > 0);
  assert.equal(
    largeRun.statements,
    smallRun.statements,
    `2 communities: ${smallRun.statements} statements, 8: ${largeRun.statements}\n${largeRun.log.join('\n')}`,
  );
});
