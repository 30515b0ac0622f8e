import assert from 'node:assert/strict';
import { beforeAll, test } from '@jest/globals';
import { Role } from '../platform/auth/identity';
import { NETWORK_QUERY } from '../bench/workloads/network.queries';
import { createDistrict, createOrganisation } from './kit/factories';
import { useTestStack, type TestStack } from './kit/stack';

/**
 * Journey 1 with journey 4: a street's communities, each with its last three meetings and its open
 * action items, costs the same number of SQL statements for 2 communities as for 8; and so does the
 * benchmark's whole journey-1 query (agreements, check-in figures, last meeting, open action items).
 *
 * The hub's clock is held still while statements are counted: the subgraphs' caches of
 * organisations expire by it, so a loaded machine taking seconds between two requests cannot
 * empty the cache for one street and not the other. It only moves forward: a cold run first
 * moves it a minute on, past every cache time, as on a hub whose streets come round less often.
 */
let aheadMs = 0;
let heldAt: number | undefined;
const hub = useTestStack({ now: () => new Date(heldAt ?? Date.now() + aheadMs) });

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
  const { district, street, communities: list } = await createDistrict(hub.gateway, communities, 0);
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
  return { district, street };
}

let small: Awaited<ReturnType<typeof streetWithMeetings>>;
let large: Awaited<ReturnType<typeof streetWithMeetings>>;
beforeAll(async () => {
  small = await streetWithMeetings(2);
  large = await streetWithMeetings(8);
});

/** Runs `query` twice with the clock held, counting the second: it finds the organisations it checks in the peers' shared cache, as a busy hub does. */
async function warmRun(client: TestStack['gateway'], query: string, variables: Record<string, unknown>) {
  heldAt = Date.now() + aheadMs;
  try {
    await hub.countSql(() => client.data(query, variables));
    return await hub.countSql(() => client.data(query, variables));
  } finally {
    heldAt = undefined;
  }
}

/** Runs `query` once with every cache of organisations expired (the clock a minute on, then held), counting it. */
async function coldRun(client: TestStack['gateway'], query: string, variables: Record<string, unknown>) {
  aheadMs += 60_000;
  heldAt = Date.now() + aheadMs;
  try {
    return await hub.countSql(() => client.data(query, variables));
  } finally {
    heldAt = undefined;
  }
}

test('the last three meetings and open action items of every community of a street: statements independent of the number of communities', async () => {
  const smallRun = await warmRun(hub.gateway, STREET_QUERY, { id: small.street.id });
  const largeRun = await warmRun(hub.gateway, STREET_QUERY, { id: large.street.id });
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

test("journey 1 as the benchmark asks it, as each street's district administrator: statements independent of the number of communities", async () => {
  const year = new Date().getFullYear();
  // The second meeting of every community was held, its unit present: each community's last held meeting.
  const meetings = hub.em('meetings').getConnection();
  await meetings.execute(`update meetings.joint_meeting set status = 'HELD', minutes = '纪要', closed_at = now() where title = '第2次联席会议'`);
  await meetings.execute(
    `update meetings.meeting_attendance a set status = 'PRESENT' from meetings.joint_meeting m where m.id = a.meeting_id and m.title = '第2次联席会议'`,
  );
  const run = async ({ district, street }: typeof small, how: typeof warmRun) => {
    const admin = await hub.as({ role: Role.DISTRICT_ADMIN, subject: `admin-${district.id}`, organisationId: district.id });
    return how(admin, NETWORK_QUERY, { id: street.id, year });
  };
  // Each subgraph's ORM connects on its first raw statement, with a one-off probe (`select 1 from
  // pg_database`): a request first, so that no counted run pays it.
  await run(small, warmRun);
  const [smallCold, largeCold] = [await run(small, coldRun), await run(large, coldRun)];
  const smallRun = await run(small, warmRun);
  const largeRun = await run(large, warmRun);
  const communities = largeRun.result.organisation.children.edges.map((e: any) => e.node);
  assert.equal(communities.length, 8);
  for (const community of communities) {
    assert.equal(community.jointMeetings.totalCount, 1);
    assert.deepEqual(community.jointMeetings.edges[0].node.attendanceSummary, { invited: 1, present: 1, quorum: true });
    assert.equal(community.openActionItems.totalCount, 4);
    assert.equal(community.openActionItems.edges.length, 4);
    assert.ok(
      community.openActionItems.edges.every((e: any) => e.node.owner.name),
      'owners named, from the organisations subgraph',
    );
    assert.deepEqual(community.checkInSummary, {
      registeredMembers: 0,
      registeredUnits: 0,
      serviceHours: 0,
      serviceRecords: 0,
      wishesPosted: 0,
      wishesDone: 0,
      averageRating: null,
    });
  }
  assert.ok(smallRun.statements > 0);
  assert.equal(
    largeRun.statements,
    smallRun.statements,
    `2 communities: ${smallRun.statements} statements, 8: ${largeRun.statements}\n${largeRun.log.join('\n')}`,
  );
  // With the caches expired the subgraphs look the organisations up again: a batch each, not one per community.
  assert.deepEqual(largeCold.result, largeRun.result);
  assert.ok(largeCold.statements > largeRun.statements, `cold ${largeCold.statements}, warm ${largeRun.statements}: the cache was expired`);
  assert.equal(
    largeCold.statements,
    smallCold.statements,
    `caches expired: 2 communities ${smallCold.statements} statements, 8: ${largeCold.statements}\n${largeCold.log.join('\n')}`,
  );
});
