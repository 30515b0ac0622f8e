import assert from 'node:assert/strict';
import { beforeAll, describe, test } from '@jest/globals';
import { VolunteerTeam, VolunteerTeamMember } from '../subgraphs/checkins/volunteer-team.entity';
import { serviceParties, type ServiceParties } from './kit/checkins-service';
import { graphql } from './kit/graphql';
import { useTestStack } from './kit/stack';

/** Wishes through the "五单": posted, dispatched, accepted or claimed, done, rated; withdrawn; overdue as of today. */
let offsetDays = 0;
const hub = useTestStack({ now: () => new Date(Date.now() + offsetDays * 86_400_000) });
let p: ServiceParties;
beforeAll(async () => {
  p = await serviceParties(hub);
});

// The fields every wish operation below reads; codegen puts the fragment into each document that spreads it.
graphql(`
  fragment ServiceWishFields on Wish {
    id
    version
    status
    stepDueOn
    dueOn
    overdue
    residentName
    residentContact
    assigneeKind
    assigneeId
    outcome
    rating
    ratingComment
    withdrawReason
  }
`);
const POST = graphql(`
  mutation PostServiceWish($input: PostWishInput!) {
    postWish(input: $input) {
      ...ServiceWishFields
    }
  }
`);
const DISPATCH = graphql(`
  mutation DispatchServiceWish($id: ID!, $version: Int!, $kind: WishAssigneeKind!, $to: ID!) {
    dispatchWish(id: $id, version: $version, assigneeKind: $kind, assigneeId: $to) {
      ...ServiceWishFields
    }
  }
`);
const ACCEPT = graphql(`
  mutation AcceptServiceWish($id: ID!, $version: Int!) {
    acceptWish(id: $id, version: $version) {
      ...ServiceWishFields
    }
  }
`);
const COMPLETE = graphql(`
  mutation CompleteServiceWish($id: ID!, $version: Int!, $outcome: String!) {
    completeWish(id: $id, version: $version, outcome: $outcome) {
      ...ServiceWishFields
    }
  }
`);
const RATE = graphql(`
  mutation RateServiceWish($id: ID!, $version: Int!, $rating: Int!, $comment: String) {
    rateWish(id: $id, version: $version, rating: $rating, comment: $comment) {
      ...ServiceWishFields
    }
  }
`);
const WITHDRAW = graphql(`
  mutation WithdrawServiceWish($id: ID!, $version: Int!, $reason: String!) {
    withdrawWish(id: $id, version: $version, reason: $reason) {
      ...ServiceWishFields
    }
  }
`);
const WISH = graphql(`
  query ServiceWish($id: ID!) {
    wish(id: $id) {
      ...ServiceWishFields
    }
  }
`);
const WISHES = graphql(`
  query ServiceWishes($filter: WishFilter!, $first: Int, $after: String) {
    wishes(filter: $filter, first: $first, after: $after) {
      totalCount
      edges {
        node {
          id
          status
          overdue
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);
const POINTS = graphql(`
  query ServiceWishPoints($id: ID!) {
    member(id: $id) {
      points
      pointsLedger {
        points
        ruleCode
        ruleVersion
        sourceKind
      }
    }
  }
`);

async function post(extra: { title?: string } = {}) {
  const input = {
    communityId: p.communities[0].id,
    title: '帮忙修理轮椅',
    description: '独居老人的轮椅坏了',
    residentName: '刘秀英',
    residentContact: '13912345678',
    ...extra,
  };
  return (await p.staff.data(POST, { input })).postWish;
}

describe('the five steps', () => {
  test('posted, dispatched to a member, accepted, done, rated: the member earns points by the rating', async () => {
    const wish = await post();
    assert.deepEqual([wish.status, wish.overdue, wish.residentName, wish.residentContact], ['POSTED', false, '刘秀英', '13912345678']);
    const member = await p.member(0);
    const dispatched = (await p.staff.data(DISPATCH, { id: wish.id, version: wish.version, kind: 'MEMBER', to: p.members[0].id })).dispatchWish;
    assert.deepEqual([dispatched.status, dispatched.assigneeKind, dispatched.assigneeId], ['DISPATCHED', 'MEMBER', p.members[0].id]);
    await (await p.member(1)).error('OUT_OF_SCOPE', ACCEPT, { id: wish.id, version: dispatched.version });
    await p.partner.error('OUT_OF_SCOPE', ACCEPT, { id: wish.id, version: dispatched.version });
    const accepted = (await member.data(ACCEPT, { id: wish.id, version: dispatched.version })).acceptWish;
    assert.equal(accepted.status, 'ACCEPTED');
    assert.equal(accepted.stepDueOn, wish.dueOn);
    // The member sees the wish, but the resident's name and contact only masked.
    assert.deepEqual([accepted.residentName, accepted.residentContact], ['刘**', '139****5678']);
    await (await p.member(1)).error('OUT_OF_SCOPE', COMPLETE, { id: wish.id, version: accepted.version, outcome: '已修好' });
    await member.error('REQUIRED', COMPLETE, { id: wish.id, version: accepted.version, outcome: ' ' });
    const done = (await member.data(COMPLETE, { id: wish.id, version: accepted.version, outcome: '已修好轮椅' })).completeWish;
    assert.equal(done.status, 'DONE');
    await member.error('ROLE_NOT_PERMITTED', RATE, { id: wish.id, version: done.version, rating: 5 });
    await p.staff.error('OUT_OF_RANGE', RATE, { id: wish.id, version: done.version, rating: 6 });
    await p.staff.error('OUT_OF_RANGE', RATE, { id: wish.id, version: done.version, rating: 0 });
    await p.otherStaff.error('OUT_OF_SCOPE', RATE, { id: wish.id, version: done.version, rating: 4 });
    const rated = (await p.staff.data(RATE, { id: wish.id, version: done.version, rating: 4, comment: '非常及时' })).rateWish;
    assert.deepEqual([rated.status, rated.rating, rated.ratingComment, rated.overdue], ['RATED', 4, '非常及时', false]);
    const ledger = (await member.data(POINTS, { id: p.members[0].id })).member;
    assert.deepEqual(ledger?.pointsLedger, [{ points: 8, ruleCode: 'PV02', ruleVersion: 1, sourceKind: 'WISH' }]);
    assert.equal(ledger?.points, 8);
    // Rated is final: every further move is an illegal transition.
    await p.staff.error('ILLEGAL_TRANSITION', RATE, { id: wish.id, version: rated.version, rating: 5 });
    await p.staff.error('ILLEGAL_TRANSITION', WITHDRAW, { id: wish.id, version: rated.version, reason: '重复' });
    await p.staff.error('ILLEGAL_TRANSITION', DISPATCH, { id: wish.id, version: rated.version, kind: 'MEMBER', to: p.members[1].id });
  });

  test('a member claims a posted wish directly (认领); a unit claims another; staff may report it done', async () => {
    const wish = await post({ title: '代购药品' });
    const claimed = (await (await p.member(2)).data(ACCEPT, { id: wish.id, version: wish.version })).acceptWish;
    assert.deepEqual([claimed.status, claimed.assigneeKind, claimed.assigneeId], ['ACCEPTED', 'MEMBER', p.members[2].id]);
    await (await p.member(3)).error('OUT_OF_SCOPE', ACCEPT, { id: wish.id, version: claimed.version });
    await (await p.member(2)).error('ILLEGAL_TRANSITION', ACCEPT, { id: wish.id, version: claimed.version });
    const done = (await p.staff.data(COMPLETE, { id: wish.id, version: claimed.version, outcome: '已送达' })).completeWish;
    assert.equal(done.status, 'DONE');
    const other = await post({ title: '清理楼道杂物' });
    const byUnit = (await p.partner.data(ACCEPT, { id: other.id, version: other.version })).acceptWish;
    assert.deepEqual([byUnit.assigneeKind, byUnit.assigneeId], ['UNIT', p.unit.id]);
    await p.otherPartner.error('OUT_OF_SCOPE', COMPLETE, { id: other.id, version: byUnit.version, outcome: '完成' });
    const unitDone = (await p.partner.data(COMPLETE, { id: other.id, version: byUnit.version, outcome: '已清理' })).completeWish;
    const rated = (await p.staff.data(RATE, { id: other.id, version: unitDone.version, rating: 5 })).rateWish;
    assert.equal(rated.status, 'RATED');
  });

  test('dispatched to a unit, only that unit accepts; to a volunteer team, any member of the team accepts', async () => {
    const wish = await post({ title: '修理路灯' });
    const toUnit = (await p.staff.data(DISPATCH, { id: wish.id, version: wish.version, kind: 'UNIT', to: p.unit.id })).dispatchWish;
    await p.otherPartner.error('OUT_OF_SCOPE', ACCEPT, { id: wish.id, version: toUnit.version });
    await (await p.member(0)).error('OUT_OF_SCOPE', ACCEPT, { id: wish.id, version: toUnit.version });
    assert.equal((await p.partner.data(ACCEPT, { id: wish.id, version: toUnit.version })).acceptWish.status, 'ACCEPTED');

    const em = hub.em('checkins');
    const team = em.create(VolunteerTeam, { communityId: p.communities[0].id, name: '助老服务队', interest: '助老' });
    em.create(VolunteerTeamMember, { teamId: team.id, registrationId: team.id, memberId: p.members[3].id });
    await em.flush();
    const teamWish = await post({ title: '陪老人就医' });
    const toTeam = (await p.staff.data(DISPATCH, { id: teamWish.id, version: teamWish.version, kind: 'TEAM', to: team.id })).dispatchWish;
    await (await p.member(0)).error('OUT_OF_SCOPE', ACCEPT, { id: teamWish.id, version: toTeam.version });
    const accepted = (await (await p.member(3)).data(ACCEPT, { id: teamWish.id, version: toTeam.version })).acceptWish;
    assert.deepEqual([accepted.status, accepted.assigneeKind, accepted.assigneeId], ['ACCEPTED', 'TEAM', team.id]);
  });

  test('dispatch refuses unknown, foreign and wrongly kinded assignees', async () => {
    const wish = await post({ title: '换灯泡' });
    const args = { id: wish.id, version: wish.version };
    await p.staff.error('UNKNOWN_REFERENCE', DISPATCH, { ...args, kind: 'MEMBER', to: '00000000-0000-4000-8000-000000000000' });
    await p.staff.error('UNKNOWN_REFERENCE', DISPATCH, { ...args, kind: 'TEAM', to: '00000000-0000-4000-8000-000000000000' });
    await p.staff.error('WRONG_KIND', DISPATCH, { ...args, kind: 'UNIT', to: p.communities[0].id });
    await p.staff.error('UNKNOWN_REFERENCE', DISPATCH, { ...args, kind: 'UNIT', to: 'nonsense' });
    await p.otherStaff.error('OUT_OF_SCOPE', DISPATCH, { ...args, kind: 'MEMBER', to: p.members[0].id });
    await p.staff.error('STALE_VERSION', DISPATCH, { ...args, version: wish.version + 1, kind: 'MEMBER', to: p.members[0].id });
  });

  test('staff withdraw a wish not yet done, with a reason; a done wish cannot be withdrawn', async () => {
    const wish = await post({ title: '搬运家具' });
    await p.staff.error('REQUIRED', WITHDRAW, { id: wish.id, version: wish.version, reason: '' });
    await (await p.member(0)).error('ROLE_NOT_PERMITTED', WITHDRAW, { id: wish.id, version: wish.version, reason: '不需要了' });
    const withdrawn = (await p.staff.data(WITHDRAW, { id: wish.id, version: wish.version, reason: '居民已自行解决' })).withdrawWish;
    assert.deepEqual([withdrawn.status, withdrawn.withdrawReason], ['WITHDRAWN', '居民已自行解决']);
    // A withdrawn wish is no one's to accept: refused before its state is told.
    await (await p.member(0)).error('OUT_OF_SCOPE', ACCEPT, { id: wish.id, version: withdrawn.version });
    const done = await post({ title: '取快递' });
    const claimed = (await (await p.member(0)).data(ACCEPT, { id: done.id, version: done.version })).acceptWish;
    const finished = (await p.staff.data(COMPLETE, { id: done.id, version: claimed.version, outcome: '已取' })).completeWish;
    await p.staff.error('ILLEGAL_TRANSITION', WITHDRAW, { id: done.id, version: finished.version, reason: '晚了' });
    await p.staff.error('ILLEGAL_TRANSITION', COMPLETE, { id: done.id, version: finished.version, outcome: '再次' });
  });
});

describe('reading wishes', () => {
  test('overdue follows from today: a posted wish not dispatched within three days is overdue, and lists filter on it', async () => {
    const wish = await post({ title: '疏通下水道' });
    offsetDays = 4;
    try {
      const read = (await p.staff.data(WISH, { id: wish.id })).wish;
      assert.equal(read?.overdue, true);
      const overdue = (await p.staff.data(WISHES, { filter: { communityId: p.communities[0].id, overdue: true }, first: 100 })).wishes;
      assert.ok(overdue.edges.some((e) => e.node.id === wish.id));
      assert.ok(overdue.edges.every((e) => e.node.overdue));
      const notOverdue = (await p.staff.data(WISHES, { filter: { communityId: p.communities[0].id, overdue: false }, first: 100 })).wishes;
      assert.ok(notOverdue.edges.every((e) => !e.node.overdue));
      // Dispatching starts a new step with its own deadline: no longer overdue.
      const dispatched = (await p.staff.data(DISPATCH, { id: wish.id, version: wish.version, kind: 'MEMBER', to: p.members[1].id })).dispatchWish;
      assert.equal(dispatched.overdue, false);
    } finally {
      offsetDays = 0;
    }
  });

  test('lists page with cursors, filter by status; forged cursors and unknown communities are refused', async () => {
    const filter = { communityId: p.communities[0].id, status: 'POSTED' as const };
    const first = (await p.staff.data(WISHES, { filter, first: 1 })).wishes;
    assert.equal(first.edges.length, 1);
    assert.ok(first.totalCount >= 1);
    assert.ok(first.edges.every((e) => e.node.status === 'POSTED'));
    if (first.pageInfo.hasNextPage) {
      const next = (await p.staff.data(WISHES, { filter, first: 1, after: first.pageInfo.endCursor })).wishes;
      assert.notEqual(next.edges[0].node.id, first.edges[0].node.id);
    }
    await p.staff.error('INVALID_CURSOR', WISHES, { filter, after: 'forged' });
    await p.staff.error('INVALID_CURSOR', WISHES, { filter, after: Buffer.from('["Wish:stepDueOn","x","y"]').toString('base64url') });
    await p.staff.error('UNKNOWN_REFERENCE', WISHES, { filter: { communityId: 'x' } });
    await p.staff.error('OUT_OF_RANGE', WISHES, { filter, first: 1_000_000 });
  });

  test('who reads: staff in their subtree, members and units of the district (masked), analysts never', async () => {
    const wish = await post({ title: '陪读' });
    await p.otherStaff.error('OUT_OF_SCOPE', WISH, { id: wish.id });
    await p.otherStaff.error('OUT_OF_SCOPE', WISHES, { filter: { communityId: p.communities[0].id } });
    await p.analyst.error('ROLE_NOT_PERMITTED', WISH, { id: wish.id });
    await p.analyst.error('ROLE_NOT_PERMITTED', WISHES, { filter: { communityId: p.communities[0].id } });
    const byUnit = (await p.partner.data(WISH, { id: wish.id })).wish;
    assert.deepEqual([byUnit?.residentName, byUnit?.residentContact], ['刘**', '139****5678']);
    // Raw text: _entities is the gateway's federation field, not in the schema clients see.
    const entities = `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Wish { id residentName } } }`;
    const viaEntities = await p.otherStaff.request(entities, { r: [{ __typename: 'Wish', id: wish.id }] });
    assert.notEqual(JSON.stringify(viaEntities).includes('刘秀英'), true);
    assert.equal((await p.staff.data(WISH, { id: '00000000-0000-4000-8000-000000000000' })).wish, null);
  });

  test('bad input when posting: NUL, far dates, past dates, huge text', async () => {
    const input = { communityId: p.communities[0].id, title: '修门', description: '门坏了', residentName: '张三', residentContact: '123' };
    await p.staff.error('INVALID_CHARACTERS', POST, { input: { ...input, title: 'a\u0000' } });
    await p.staff.error('TOO_LONG', POST, { input: { ...input, title: '长'.repeat(201) } });
    await p.staff.error('NOT_AFTER', POST, { input: { ...input, dueOn: '2099-01-01' } });
    await p.staff.error('NOT_BEFORE', POST, { input: { ...input, dueOn: '2001-01-01' } });
    const far = await p.staff.request(POST, { input: { ...input, dueOn: '99999-01-01' } });
    assert.equal(far.errors?.[0].extensions?.code, 'BAD_USER_INPUT');
    await (await p.member(0)).error('ROLE_NOT_PERMITTED', POST, { input });
    await p.otherStaff.error('OUT_OF_SCOPE', POST, { input });
  });
});
