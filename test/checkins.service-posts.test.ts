import assert from 'node:assert/strict';
import { beforeAll, describe, test } from '@jest/globals';
import { Role } from '../platform/auth/identity';
import { enterMember, serviceParties, type ServiceParties } from './kit/checkins-service';
import { graphql } from './kit/graphql';
import { useTestStack } from './kit/stack';

/** Service posts: staff open and close them, members claim and release them, a full post refuses. */
const hub = useTestStack();
let p: ServiceParties;
beforeAll(async () => {
  p = await serviceParties(hub);
});

const OPEN = graphql(`
  mutation OpenServicePost($input: OpenServicePostInput!) {
    openServicePost(input: $input) {
      id
      version
      category
      title
      capacity
      claimedCount
      placesLeft
      closedAt
    }
  }
`);
const CLAIM = graphql(`
  mutation ClaimServicePost($id: ID!) {
    claimServicePost(id: $id) {
      claimedAt
      releasedAt
      post {
        id
        claimedCount
        placesLeft
      }
    }
  }
`);
const RELEASE = graphql(`
  mutation ReleaseServicePost($id: ID!) {
    releaseServicePost(id: $id) {
      id
      claimedCount
    }
  }
`);
const CLOSE = graphql(`
  mutation CloseServicePost($id: ID!, $version: Int!) {
    closeServicePost(id: $id, version: $version) {
      id
      closedAt
      placesLeft
    }
  }
`);
const POSTS = graphql(`
  query ServicePostsOf($id: ID!) {
    servicePosts(communityId: $id) {
      id
      title
      capacity
      claimedCount
      placesLeft
      community {
        id
      }
    }
  }
`);

const open = (capacity: number, title = '政策宣传员') =>
  p.staff
    .data(OPEN, { input: { communityId: p.communities[0].id, category: '政策宣传', title, description: '每周六上午宣传垃圾分类政策', capacity } })
    .then((d) => d.openServicePost);

describe('service posts', () => {
  test('staff open a post in their community; members of the district read it', async () => {
    const post = await open(2);
    assert.deepEqual([post.capacity, post.claimedCount, post.placesLeft, post.closedAt], [2, 0, 2, null]);
    const member = await p.member(0);
    const posts = (await member.data(POSTS, { id: p.communities[0].id })).servicePosts;
    assert.ok(posts.some((x) => x.id === post.id && x.community.id === p.communities[0].id));
  });

  test('bad input is refused with its field, never a server error', async () => {
    const input = { communityId: p.communities[0].id, category: '政策宣传', title: '宣传员', description: '说明', capacity: 2 };
    await p.staff.error('OUT_OF_RANGE', OPEN, { input: { ...input, capacity: 0 } });
    await p.staff.error('OUT_OF_RANGE', OPEN, { input: { ...input, capacity: 2_000_000_000 } });
    await p.staff.error('INVALID_CHARACTERS', OPEN, { input: { ...input, title: 'a\u0000b' } });
    await p.staff.error('REQUIRED', OPEN, { input: { ...input, title: '  ' } });
    await p.staff.error('UNKNOWN_REFERENCE', OPEN, { input: { ...input, communityId: 'not-a-uuid' } });
    await p.staff.error('WRONG_KIND', OPEN, { input: { ...input, communityId: p.street.id } });
  });

  test('only staff of the community open posts; members, units and analysts may not', async () => {
    const input = { communityId: p.communities[0].id, category: '政策宣传', title: '宣传员', description: '说明', capacity: 2 };
    await p.otherStaff.error('OUT_OF_SCOPE', OPEN, { input });
    await (await p.member(0)).error('ROLE_NOT_PERMITTED', OPEN, { input });
    await p.partner.error('ROLE_NOT_PERMITTED', OPEN, { input });
    await p.analyst.error('ROLE_NOT_PERMITTED', OPEN, { input });
    await p.analyst.error('ROLE_NOT_PERMITTED', POSTS, { id: p.communities[0].id });
  });

  test('members claim and release; a member holds a post once; a full post refuses; staff cannot claim for them', async () => {
    const post = await open(2, '楼栋长助理');
    const [a, b, c] = [await p.member(0), await p.member(1), await p.member(2)];
    const claim = (await a.data(CLAIM, { id: post.id })).claimServicePost;
    assert.deepEqual([claim.releasedAt, claim.post.claimedCount, claim.post.placesLeft], [null, 1, 1]);
    await a.error('ALREADY_DONE', CLAIM, { id: post.id });
    await b.data(CLAIM, { id: post.id });
    await c.error('POST_FULL', CLAIM, { id: post.id });
    assert.equal((await a.data(RELEASE, { id: post.id })).releaseServicePost.claimedCount, 1);
    await a.error('NOTHING_RECORDED', RELEASE, { id: post.id });
    assert.equal((await c.data(CLAIM, { id: post.id })).claimServicePost.post.claimedCount, 2);
    await p.staff.error('ROLE_NOT_PERMITTED', CLAIM, { id: post.id });
    await p.partner.error('ROLE_NOT_PERMITTED', CLAIM, { id: post.id });
    await a.error('NOT_FOUND', CLAIM, { id: '00000000-0000-4000-8000-000000000000' });
    await a.error('INVALID_CHARACTERS', CLAIM, { id: 'x\u0000' });
  });

  test('a member token naming no member, or a member that does not exist, claims nothing', async () => {
    const post = await open(3, '文明劝导员');
    const nobody = await hub.as({ role: Role.PARTY_MEMBER, subject: 'nobody', organisationId: p.communities[0].id });
    await nobody.error('TOKEN_CLAIM_INVALID', CLAIM, { id: post.id });
    const ghost = await hub.as({ role: Role.PARTY_MEMBER, subject: 'ghost', memberId: '00000000-0000-4000-8000-00000000dead' });
    await ghost.error('NOT_FOUND', CLAIM, { id: post.id });
  });

  test('a closed post takes no claims; closing twice is refused; a stale version is refused', async () => {
    const post = await open(3, '治安巡逻员');
    await p.otherStaff.error('OUT_OF_SCOPE', CLOSE, { id: post.id, version: post.version });
    await p.staff.error('STALE_VERSION', CLOSE, { id: post.id, version: post.version + 5 });
    const closed = (await p.staff.data(CLOSE, { id: post.id, version: post.version })).closeServicePost;
    assert.ok(closed.closedAt);
    assert.equal(closed.placesLeft, 0);
    await (await p.member(0)).error('WRONG_STATE', CLAIM, { id: post.id });
  });

  test('20 concurrent claims on a post of capacity 3 give exactly 3', async () => {
    const post = await open(3, '环境卫生监督员');
    const clients = [];
    for (let i = 0; i < 20; i++) {
      const member = await enterMember(hub, p.communities[0].id, p.unit.id, `志愿者${i}`);
      clients.push(await hub.as({ role: Role.PARTY_MEMBER, subject: `c-${i}`, organisationId: p.communities[0].id, memberId: member.id }));
    }
    const results = await Promise.all(clients.map((client) => client.request(CLAIM, { id: post.id })));
    const ok = results.filter((r) => !r.errors);
    const refused = results.filter((r) => r.errors).map((r) => r.errors![0].extensions?.reason);
    assert.equal(ok.length, 3);
    assert.deepEqual([...new Set(refused)], ['POST_FULL']);
    const [stored] = (await p.staff.data(POSTS, { id: p.communities[0].id })).servicePosts.filter((x) => x.id === post.id);
    assert.equal(stored.claimedCount, 3);
  });
});
