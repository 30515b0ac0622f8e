import assert from 'node:assert/strict';
import { test } from '@jest/globals';
import { Role } from '../platform/auth/identity';
import { MemberRegistration, RegistrationStatus } from '../subgraphs/checkins/member-registration.entity';
import { UnitRegistration } from '../subgraphs/checkins/unit-registration.entity';
import { enterMember } from './kit/checkins-service';
import { createDistrict, createOrganisation } from './kit/factories';
import { graphql } from './kit/graphql';
import { useTestStack } from './kit/stack';

/**
 * Journey 1 with journey 3: each community of a street with its checkInSummary costs the same number
 * of SQL statements for 2 communities as for 8, and the figures are aggregated in SQL.
 */
const hub = useTestStack();

const STREET_QUERY = graphql(`
  query StreetCheckInSummaries($id: ID!, $year: Int!) {
    organisation(id: $id) {
      name
      checkInSummary(year: $year) {
        registeredMembers
        registeredUnits
        serviceHours
        serviceRecords
        wishesPosted
        wishesDone
        averageRating
      }
      children(first: 50) {
        totalCount
        edges {
          node {
            name
            checkInSummary(year: $year) {
              registeredMembers
              registeredUnits
              serviceHours
              serviceRecords
              wishesPosted
              wishesDone
              averageRating
            }
          }
        }
      }
    }
  }
`);
const SUMMARY = graphql(`
  query CheckInSummaryOf($id: ID!, $year: Int!) {
    organisation(id: $id) {
      checkInSummary(year: $year) {
        serviceRecords
        registeredMembers
      }
    }
  }
`);
const RECORD = graphql(`
  mutation RecordSummaryService($r: [ServiceRecordInput!]!) {
    recordServices(records: $r) {
      recorded
    }
  }
`);
const POST_WISH = graphql(`
  mutation PostSummaryWish($input: PostWishInput!) {
    postWish(input: $input) {
      id
      version
    }
  }
`);
const ACCEPT_WISH = graphql(`
  mutation AcceptSummaryWish($id: ID!, $v: Int!) {
    acceptWish(id: $id, version: $v) {
      version
    }
  }
`);
const COMPLETE_WISH = graphql(`
  mutation CompleteSummaryWish($id: ID!, $v: Int!) {
    completeWish(id: $id, version: $v, outcome: "已修好") {
      version
    }
  }
`);
const RATE_WISH = graphql(`
  mutation RateSummaryWish($id: ID!, $v: Int!, $r: Int!) {
    rateWish(id: $id, version: $v, rating: $r) {
      id
    }
  }
`);
const HOUR = 3_600_000;
const year = new Date().getUTCFullYear();

async function streetWithService(communities: number) {
  const { street, communities: list } = await createDistrict(hub.gateway, communities, 0);
  for (const community of list) {
    const staff = await hub.as({ role: Role.COMMUNITY_STAFF, subject: `staff-${community.id}`, organisationId: community.id });
    const unit = await createOrganisation(hub.gateway, 'UNIT_PARTY_ORGANISATION', community);
    const members = [await enterMember(hub, community.id, unit.id, '周杰'), await enterMember(hub, community.id, unit.id, '吴敏')];
    const em = hub.em('checkins');
    const now = new Date();
    em.create(MemberRegistration, { memberId: members[0].id, communityId: community.id, status: RegistrationStatus.CONFIRMED, reportedAt: now });
    em.create(MemberRegistration, { memberId: members[1].id, communityId: community.id, status: RegistrationStatus.PENDING, reportedAt: now });
    em.create(UnitRegistration, {
      unitId: unit.id,
      hostId: community.id,
      contactName: '孙丽',
      contactPhone: '010-1234567',
      offers: [],
      status: RegistrationStatus.CONFIRMED,
      reportedAt: now,
    });
    await em.flush();
    const start = Date.now() - 5 * HOUR;
    const records = members.map((m) => ({
      memberId: m.id,
      communityId: community.id,
      activity: '社区清洁日',
      checkInAt: new Date(start).toISOString(),
      checkOutAt: new Date(start + 1.5 * HOUR).toISOString(),
    }));
    assert.equal((await staff.data(RECORD, { r: records })).recordServices.recorded, 2);
    for (const rating of [3, 5]) {
      const input = { communityId: community.id, title: '修水管', description: '厨房水管漏水', residentName: '钱老伯', residentContact: '13700000000' };
      const wish = (await staff.data(POST_WISH, { input })).postWish;
      const member = await hub.as({ role: Role.PARTY_MEMBER, subject: 'm', organisationId: community.id, memberId: members[0].id });
      const accepted = (await member.data(ACCEPT_WISH, { id: wish.id, v: wish.version })).acceptWish;
      const done = (
        await member.data(COMPLETE_WISH, {
          id: wish.id,
          v: accepted.version,
        })
      ).completeWish;
      await staff.data(RATE_WISH, {
        id: wish.id,
        v: done.version,
        r: rating,
      });
    }
    await staff.data(POST_WISH, {
      input: { communityId: community.id, title: '买菜', description: '代买蔬菜', residentName: '李奶奶', residentContact: '13600000000' },
    });
  }
  return street;
}

test("each community's checkInSummary of a street: figures in SQL, statements independent of the number of communities", async () => {
  const small = await streetWithService(2);
  const large = await streetWithService(8);
  const run = async (id: string) => {
    await hub.countSql(() => hub.gateway.data(STREET_QUERY, { id, year }));
    return hub.countSql(() => hub.gateway.data(STREET_QUERY, { id, year }));
  };
  const smallRun = await run(small.id);
  const largeRun = await run(large.id);
  const street = largeRun.result.organisation;
  assert.ok(street);
  const expected = { registeredMembers: 1, registeredUnits: 1, serviceHours: 3, serviceRecords: 2, wishesPosted: 3, wishesDone: 2, averageRating: 4 };
  assert.equal(street.children.edges.length, 8);
  for (const { node } of street.children.edges) assert.deepEqual(node.checkInSummary, expected);
  // The street's own summary adds up its communities.
  assert.deepEqual(street.checkInSummary, {
    ...expected,
    registeredMembers: 8,
    registeredUnits: 8,
    serviceHours: 24,
    serviceRecords: 16,
    wishesPosted: 24,
    wishesDone: 16,
  });
  assert.ok(smallRun.statements > 0);
  assert.equal(
    largeRun.statements,
    smallRun.statements,
    `2 communities: ${smallRun.statements} statements, 8: ${largeRun.statements}\n${largeRun.log.join('\n')}`,
  );
});

test('who reads figures: analysts and staff in their area; members and units never; a past year is empty', async () => {
  const { street, communities } = await createDistrict(hub.gateway, 2, 0);
  const analyst = await hub.as({ role: Role.ANALYST, subject: 'analyst', organisationId: street.id });
  assert.deepEqual((await analyst.data(SUMMARY, { id: communities[0].id, year })).organisation?.checkInSummary, { serviceRecords: 0, registeredMembers: 0 });
  const staff = await hub.as({ role: Role.COMMUNITY_STAFF, subject: 's', organisationId: communities[0].id });
  const outOfArea = (await staff.data(SUMMARY, { id: communities[1].id, year })).organisation;
  assert.ok(outOfArea);
  assert.equal(outOfArea.checkInSummary, null);
  const unit = await createOrganisation(hub.gateway, 'UNIT_PARTY_ORGANISATION', communities[0]);
  const partner = await hub.as({ role: Role.PARTNER_UNIT, subject: 'u', organisationId: unit.id });
  const refused = await partner.request(SUMMARY, { id: communities[0].id, year });
  assert.equal(refused.errors?.[0].extensions?.reason, 'ROLE_NOT_PERMITTED');
  const far = await analyst.request(SUMMARY, { id: communities[0].id, year: 1_000_000 });
  assert.equal(far.errors?.[0].extensions?.reason, 'OUT_OF_RANGE');
});
