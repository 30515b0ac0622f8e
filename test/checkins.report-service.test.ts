import assert from 'node:assert/strict';
import { beforeAll, test } from '@jest/globals';
import { serviceParties, type ServiceParties } from './kit/checkins-service';
import { graphql } from './kit/graphql';
import { useTestStack } from './kit/stack';

/**
 * 双报告 with what the members did: the report a unit reads carries each member's service hours,
 * service records, wishes done, their average rating and points of the year, and the unit's totals,
 * as the service records, wishes and points ledger hold them.
 */
const hub = useTestStack();
let p: ServiceParties;
beforeAll(async () => {
  p = await serviceParties(hub);
});

const RECORD = graphql(`
  mutation ReportServiceRecord($records: [ServiceRecordInput!]!) {
    recordServices(records: $records) {
      recorded
      errors {
        index
        reason
      }
    }
  }
`);
const POST = graphql(`
  mutation ReportServicePostWish($input: PostWishInput!) {
    postWish(input: $input) {
      id
      version
    }
  }
`);
const DISPATCH = graphql(`
  mutation ReportServiceDispatch($id: ID!, $version: Int!, $to: ID!) {
    dispatchWish(id: $id, version: $version, assigneeKind: MEMBER, assigneeId: $to) {
      version
    }
  }
`);
const ACCEPT = graphql(`
  mutation ReportServiceAccept($id: ID!, $version: Int!) {
    acceptWish(id: $id, version: $version) {
      version
    }
  }
`);
const COMPLETE = graphql(`
  mutation ReportServiceComplete($id: ID!, $version: Int!) {
    completeWish(id: $id, version: $version, outcome: "已办结") {
      version
    }
  }
`);
const RATE = graphql(`
  mutation ReportServiceRate($id: ID!, $version: Int!, $rating: Int!) {
    rateWish(id: $id, version: $version, rating: $rating) {
      status
    }
  }
`);
const MEMBER_POINTS = graphql(`
  query ReportServiceMemberPoints($id: ID!) {
    member(id: $id) {
      points
    }
  }
`);
const REPORT = graphql(`
  query ReportServiceFigures($unitId: ID!, $year: Int!) {
    registrationReport(unitId: $unitId, year: $year) {
      serviceHours
      wishesDone
      averageRating
      points
      members {
        member {
          id
        }
        serviceHours
        serviceRecords
        wishesDone
        averageRating
        points
      }
    }
  }
`);

const HOUR = 3_600_000;

async function doneWish(memberIndex: number, rating: number) {
  const input = {
    communityId: p.communities[0].id,
    title: '送药上门',
    description: '行动不便的老人需要取药',
    residentName: '孙桂兰',
    residentContact: '13700001111',
  };
  const wish = (await p.staff.data(POST, { input })).postWish;
  const member = await p.member(memberIndex);
  const dispatched = (await p.staff.data(DISPATCH, { id: wish.id, version: wish.version, to: p.members[memberIndex].id })).dispatchWish;
  const accepted = (await member.data(ACCEPT, { id: wish.id, version: dispatched.version })).acceptWish;
  const done = (await member.data(COMPLETE, { id: wish.id, version: accepted.version })).completeWish;
  assert.equal((await p.staff.data(RATE, { id: wish.id, version: done.version, rating })).rateWish.status, 'RATED');
}

test("the unit's report counts each member's service, wishes, ratings and points of the year, and their totals", async () => {
  // Service a few hours ago, so it falls in this year on every day but the first hours of 1 January.
  const at = (hoursAgo: number) => new Date(Date.now() - hoursAgo * HOUR).toISOString();
  const base = { communityId: p.communities[0].id, activity: '社区清洁日' };
  const records = [
    { ...base, memberId: p.members[0].id, checkInAt: at(6), checkOutAt: at(4) },
    { ...base, memberId: p.members[0].id, activity: '政策宣讲', checkInAt: at(3.5), checkOutAt: at(2) },
    { ...base, memberId: p.members[1].id, checkInAt: at(6), checkOutAt: at(5) },
  ];
  assert.deepEqual((await p.staff.data(RECORD, { records })).recordServices, { recorded: 3, errors: [] });
  await doneWish(0, 4);
  await doneWish(0, 5);
  await doneWish(1, 3);

  const year = Number(new Date(Date.now() + 8 * HOUR).toISOString().slice(0, 4));
  const report = (await p.partner.data(REPORT, { unitId: p.unit.id, year })).registrationReport;
  const line = (i: number) => report.members.find((m) => m.member?.id === p.members[i].id)!;
  const points = async (i: number) => (await p.partner.data(MEMBER_POINTS, { id: p.members[i].id })).member!.points;

  assert.deepEqual([line(0).serviceHours, line(0).serviceRecords, line(0).wishesDone, line(0).averageRating], [3.5, 2, 2, 4.5]);
  assert.deepEqual([line(1).serviceHours, line(1).serviceRecords, line(1).wishesDone, line(1).averageRating], [1, 1, 1, 3]);
  assert.deepEqual([line(2).serviceHours, line(2).serviceRecords, line(2).wishesDone, line(2).averageRating], [0, 0, 0, null]);
  // Points as the member's ledger holds them (hours and ratings both earn), none for the idle member.
  assert.ok(line(0).points > 0);
  assert.equal(line(0).points, await points(0));
  assert.equal(line(1).points, await points(1));
  assert.equal(line(2).points, 0);
  // Totals: hours and points add up; the average is over all rated wishes (4, 5, 3), not over members.
  assert.deepEqual([report.serviceHours, report.wishesDone, report.averageRating], [4.5, 3, 4]);
  assert.equal(report.points, line(0).points + line(1).points);

  // A past year has none of it.
  const last = (await p.partner.data(REPORT, { unitId: p.unit.id, year: year - 1 })).registrationReport;
  assert.deepEqual([last.serviceHours, last.wishesDone, last.averageRating, last.points], [0, 0, null, 0]);
});
