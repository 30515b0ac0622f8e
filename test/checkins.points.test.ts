import assert from 'node:assert/strict';
import { beforeAll, describe, test } from '@jest/globals';
import { Role } from '../platform/auth/identity';
import { serviceParties, type ServiceParties } from './kit/checkins-service';
import { graphql } from './kit/graphql';
import { useTestStack } from './kit/stack';

/** Points: rules as data, one ledger entry per source, balances as sums, rules changed without rewriting the past, rankings. */
let offsetDays = 0;
const hub = useTestStack({ now: () => new Date(Date.now() + offsetDays * 86_400_000) });
let p: ServiceParties;
beforeAll(async () => {
  p = await serviceParties(hub);
});

const RULES = graphql(`
  query PointsRules {
    pointsRules {
      code
      version
      category
      subcategory
      basis
      points
      current
    }
  }
`);
const CHANGE = graphql(`
  mutation ChangePointsRule($code: String!, $points: Int!) {
    changePointsRule(code: $code, points: $points) {
      code
      version
      points
      current
    }
  }
`);
const ADJUST = graphql(`
  mutation AdjustPoints($member: ID!, $rule: String!, $reason: String!) {
    adjustPoints(memberId: $member, ruleCode: $rule, reason: $reason) {
      points
      ruleCode
      ruleVersion
      sourceKind
      reason
    }
  }
`);
const RECORD = graphql(`
  mutation RecordServiceForPoints($records: [ServiceRecordInput!]!) {
    recordServices(records: $records) {
      recorded
      errors {
        index
        reason
      }
    }
  }
`);
const MEMBER = graphql(`
  query MemberPoints($id: ID!) {
    member(id: $id) {
      points
      pointsLedger(first: 50) {
        points
        ruleCode
        ruleVersion
        sourceKind
      }
    }
  }
`);
const RANKING = graphql(`
  query PointsRanking($scope: ID!, $year: Int!, $by: PointsRankingBy!, $first: Int) {
    pointsRanking(scopeId: $scope, year: $year, by: $by, first: $first) {
      rank
      id
      name
      points
      unit {
        id
        name
      }
    }
  }
`);
const OPEN_POST = graphql(`
  mutation OpenPointsServicePost($input: OpenServicePostInput!) {
    openServicePost(input: $input) {
      id
    }
  }
`);
const CLAIM_POST = graphql(`
  mutation ClaimPointsServicePost($id: ID!) {
    claimServicePost(id: $id) {
      claimedAt
    }
  }
`);
const AWARD = graphql(`
  mutation AwardPostMonths($c: ID!, $m: String!) {
    awardPostMonths(communityId: $c, month: $m)
  }
`);
const HOUR = 3_600_000;
const year = new Date().getUTCFullYear();

function service(member: number, hours: number, activity: string) {
  const start = Date.now() - 30 * HOUR;
  return {
    memberId: p.members[member].id,
    communityId: p.communities[0].id,
    activity,
    checkInAt: new Date(start).toISOString(),
    checkOutAt: new Date(start + hours * HOUR).toISOString(),
  };
}

describe('points', () => {
  test('the catalogue: 4 categories and 46 subcategories, as data', async () => {
    const rules = (await p.staff.data(RULES)).pointsRules;
    assert.equal(rules.length, 46);
    assert.deepEqual([...new Set(rules.map((r) => r.category))].sort(), ['AWARD_AND_PENALTY', 'COMMUNITY_BUILDING', 'PUBLIC_SECURITY', 'PUBLIC_VIRTUE']);
    assert.ok(rules.every((r) => r.current && r.version === 1));
  });

  test('a rule changed later does not rewrite what was earned under it', async () => {
    assert.equal((await p.staff.data(RECORD, { records: [service(0, 3, '植树')] })).recordServices.recorded, 1);
    await p.staff.error('ROLE_NOT_PERMITTED', CHANGE, { code: 'PV01', points: 5 });
    await hub.gateway.error('UNKNOWN_REFERENCE', CHANGE, { code: 'NOPE', points: 5 });
    await hub.gateway.error('OUT_OF_RANGE', CHANGE, { code: 'PV01', points: 99_999_999 });
    const changed = (await hub.gateway.data(CHANGE, { code: 'PV01', points: 5 })).changePointsRule;
    assert.deepEqual(changed, { code: 'PV01', version: 2, points: 5, current: true });
    assert.equal((await p.staff.data(RECORD, { records: [service(0, 2, '敬老')] })).recordServices.recorded, 1);
    const member = (await p.staff.data(MEMBER, { id: p.members[0].id })).member;
    assert.ok(member?.pointsLedger);
    // 3 h at 2 points (version 1) and 2 h at 5 points (version 2): the first entry keeps its 6 points.
    assert.deepEqual(
      member.pointsLedger.map((e) => [e.points, e.ruleVersion]).sort(),
      [
        [10, 2],
        [6, 1],
      ].sort(),
    );
    assert.equal(member.points, 16);
    await hub.gateway.data(CHANGE, { code: 'PV01', points: 2 });
  });

  test('staff award and deduct with a reason; only award and deduction rules; only in their subtree', async () => {
    const award = (await p.staff.data(ADJUST, { member: p.members[1].id, rule: 'PS09', reason: '见义勇为，救助落水儿童' })).adjustPoints;
    assert.deepEqual(award, { points: 30, ruleCode: 'PS09', ruleVersion: 1, sourceKind: 'ADJUSTMENT', reason: '见义勇为，救助落水儿童' });
    const deduction = (await p.staff.data(ADJUST, { member: p.members[1].id, rule: 'AP07', reason: '连续两月未到岗' })).adjustPoints;
    assert.equal(deduction.points, -5);
    assert.equal((await p.staff.data(MEMBER, { id: p.members[1].id })).member?.points, 25);
    await p.staff.error('UNKNOWN_REFERENCE', ADJUST, { member: p.members[1].id, rule: 'PV01', reason: '按小时的规则不能手工调整' });
    await p.staff.error('REQUIRED', ADJUST, { member: p.members[1].id, rule: 'PS01', reason: ' ' });
    await p.staff.error('NOT_FOUND', ADJUST, { member: '00000000-0000-4000-8000-000000000000', rule: 'PS01', reason: '巡逻' });
    await p.otherStaff.error('OUT_OF_SCOPE', ADJUST, { member: p.members[1].id, rule: 'PS01', reason: '巡逻' });
    await (await p.member(1)).error('ROLE_NOT_PERMITTED', ADJUST, { member: p.members[1].id, rule: 'PS01', reason: '自己加分' });
    await p.analyst.error('ROLE_NOT_PERMITTED', ADJUST, { member: p.members[1].id, rule: 'PS01', reason: '巡逻' });
  });

  test('one entry per source: the same service never counts twice', async () => {
    const records = [service(2, 1, '宣讲')];
    assert.equal((await p.staff.data(RECORD, { records })).recordServices.recorded, 1);
    assert.deepEqual((await p.staff.data(RECORD, { records })).recordServices, { recorded: 0, errors: [{ index: 0, reason: 'ALREADY_CHECKED_IN' }] });
    const member = (await p.staff.data(MEMBER, { id: p.members[2].id })).member;
    assert.ok(member?.pointsLedger);
    assert.deepEqual([member.pointsLedger.length, member.points], [1, 2]);
  });

  test('a month on a post: every member who held a post the whole month earns it once', async () => {
    const input = { communityId: p.communities[0].id, category: '楼栋服务', title: '楼栋长助理', description: '走访', capacity: 3 };
    const post = (await p.staff.data(OPEN_POST, { input })).openServicePost;
    await (await p.member(3)).data(CLAIM_POST, { id: post.id });
    const monthOf = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 7);
    await p.staff.error('NOT_AFTER', AWARD, { c: p.communities[0].id, m: monthOf(0) });
    await p.staff.error('INVALID_FORMAT', AWARD, { c: p.communities[0].id, m: '2026-13' });
    await p.staff.error('OUT_OF_RANGE', AWARD, { c: p.communities[0].id, m: '1066-10' });
    offsetDays = 70;
    try {
      const held = monthOf(35);
      await p.otherStaff.error('OUT_OF_SCOPE', AWARD, { c: p.communities[0].id, m: held });
      await (await p.member(3)).error('ROLE_NOT_PERMITTED', AWARD, { c: p.communities[0].id, m: held });
      assert.equal((await p.staff.data(AWARD, { c: p.communities[0].id, m: monthOf(0) })).awardPostMonths, 0);
      assert.equal((await p.staff.data(AWARD, { c: p.communities[0].id, m: held })).awardPostMonths, 1);
      assert.equal((await p.staff.data(AWARD, { c: p.communities[0].id, m: held })).awardPostMonths, 0);
      const ledger = (await p.staff.data(MEMBER, { id: p.members[3].id })).member?.pointsLedger;
      assert.ok(ledger?.some((e) => e.sourceKind === 'POST_MONTH' && e.points === 5 && e.ruleCode === 'CB01'));
    } finally {
      offsetDays = 0;
    }
  });

  test('a member reads its own points only; its unit reads them; analysts never', async () => {
    const own = (await (await p.member(1)).data(MEMBER, { id: p.members[1].id })).member;
    assert.equal(own?.points, 25);
    await (await p.member(2)).error('OUT_OF_SCOPE', MEMBER, { id: p.members[1].id });
    assert.equal((await p.partner.data(MEMBER, { id: p.members[1].id })).member?.points, 25);
    await p.otherPartner.error('OUT_OF_SCOPE', MEMBER, { id: p.members[1].id });
    await p.analyst.error('ROLE_NOT_PERMITTED', MEMBER, { id: p.members[1].id });
  });

  test('rankings by member and by unit, in a community or a street; names only, never personal fields', async () => {
    const byMember = (await p.staff.data(RANKING, { scope: p.communities[0].id, year, by: 'MEMBER', first: 3 })).pointsRanking;
    assert.deepEqual(
      byMember.map((r) => [r.rank, r.name, r.points]),
      [
        [1, '王芳', 25],
        [2, '李明', 16],
        [3, '赵强', 2],
      ],
    );
    const byUnit = (await (await p.member(0)).data(RANKING, { scope: p.street.id, year, by: 'UNIT' })).pointsRanking;
    assert.deepEqual(
      byUnit.map((r) => [r.rank, r.unit?.id, r.points, r.name]),
      [[1, p.unit.id, 43, null]],
    );
    assert.deepEqual((await hub.gateway.data(RANKING, { scope: p.communities[1].id, year, by: 'MEMBER' })).pointsRanking, []);
    assert.deepEqual((await p.staff.data(RANKING, { scope: p.communities[0].id, year: year - 1, by: 'MEMBER' })).pointsRanking, []);
    await p.analyst.error('ROLE_NOT_PERMITTED', RANKING, { scope: p.street.id, year, by: 'UNIT' });
    await p.staff.error('UNKNOWN_REFERENCE', RANKING, { scope: 'nope', year, by: 'UNIT' });
    await p.staff.error('OUT_OF_RANGE', RANKING, { scope: p.street.id, year: 99999, by: 'UNIT' });
    await p.staff.error('OUT_OF_RANGE', RANKING, { scope: p.street.id, year, by: 'UNIT', first: 1_000_000 });
    const outsider = await hub.as({ role: Role.COMMUNITY_STAFF, subject: 'outsider', organisationId: p.communities[1].id });
    await outsider.error('OUT_OF_SCOPE', RANKING, { scope: p.communities[0].id, year, by: 'MEMBER' });
  });
});
