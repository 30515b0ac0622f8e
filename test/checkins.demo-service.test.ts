import assert from 'node:assert/strict';
import { test } from '@jest/globals';
import { DEMO_ORGANISATIONS } from '../demo/demo-district.data';
import { demoId } from '../demo/demo-ids';
import { OrganisationKind } from '../subgraphs/organisations/public';
import { loadDemoService } from '../subgraphs/checkins/demo/demo-service';
import { PartyMember } from '../subgraphs/checkins/party-member.entity';
import { PointsEntry } from '../subgraphs/checkins/points.entity';
import { ServicePost } from '../subgraphs/checkins/service-post.entity';
import { ServiceRecord } from '../subgraphs/checkins/service-record.entity';
import { Wish, WishStatus } from '../subgraphs/checkins/wish.entity';
import { useTestStack } from './kit/stack';

/** The demo's service side: posts (one full), wishes in every state with overdue ones, records and the points they earned. */
const hub = useTestStack();

test('the demo loader gives every community posts, wishes in every state (two overdue), records and points', async () => {
  const em = hub.em('checkins');
  const communities = DEMO_ORGANISATIONS.filter((o) => o.kind === OrganisationKind.COMMUNITY_PARTY_COMMITTEE);
  const unit = DEMO_ORGANISATIONS.find((o) => o.kind === OrganisationKind.UNIT_PARTY_ORGANISATION)!;
  communities.slice(0, 2).forEach((community, c) => {
    for (let i = 0; i < 12; i++) {
      em.create(PartyMember, {
        name: `党员${c}-${i}`,
        identityNumberCipher: 'demo',
        identityNumberHash: `hash-${c}-${i}`,
        employerId: demoId(unit.code),
        residentialCommunityId: demoId(community.code),
      });
    }
  });
  await em.flush();
  const today = '2026-06-15';
  await loadDemoService(em.fork(), today);
  const check = em.fork();
  const first = demoId(communities[0].code);
  const wishes = await check.find(Wish, { communityId: first });
  assert.deepEqual([...new Set(wishes.map((w) => w.status))].sort(), Object.values(WishStatus).sort());
  const overdue = wishes.filter((w) => [WishStatus.POSTED, WishStatus.DISPATCHED, WishStatus.ACCEPTED].includes(w.status) && w.stepDueOn < today);
  assert.equal(overdue.length, 2);
  const posts = await check.find(ServicePost, { communityId: first });
  assert.equal(posts.length, 3);
  assert.ok(posts.some((p) => p.claimedCount === p.capacity));
  const records = await check.count(ServiceRecord, { communityId: first });
  assert.ok(records >= 12);
  const entries = await check.find(PointsEntry, { communityId: first });
  assert.equal(entries.filter((e) => e.sourceKind === 'SERVICE_RECORD').length, records);
  assert.equal(entries.filter((e) => e.sourceKind === 'WISH').length, 2);
  // A community without members still gets posts and the wishes no member is needed for.
  const empty = demoId(communities[2].code);
  assert.equal(await check.count(ServicePost, { communityId: empty }), 3);
  assert.equal(await check.count(Wish, { communityId: empty }), 3);
});
