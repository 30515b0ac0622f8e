import assert from 'node:assert/strict';
import { test } from '@jest/globals';
import { resolveSecrets } from '../platform/auth/secrets';
import { Peers } from '../platform/federation/peers';
import { OrganisationsClient } from '../subgraphs/organisations/public';
import { createOrganisation } from './kit/factories';
import { useTestStack } from './kit/stack';

/** Other subgraphs learn the tree from the organisations subgraph: batched, cached briefly, current after a move. */
const hub = useTestStack();

test('paths come from the organisations subgraph in one batch, and a move shows within the cache time', async () => {
  const district = await createOrganisation(hub.gateway, 'DISTRICT_COMMITTEE', null);
  const [streetA, streetB] = [
    await createOrganisation(hub.gateway, 'STREET_WORKING_COMMITTEE', district),
    await createOrganisation(hub.gateway, 'STREET_WORKING_COMMITTEE', district),
  ];
  const community = await createOrganisation(hub.gateway, 'COMMUNITY_PARTY_COMMITTEE', streetA);
  const organisations = hub.stack.subgraphs.find((s) => s.name === 'organisations')!;
  // The cache's clock is the test's: how long the move takes on a loaded machine cannot expire it early.
  let now = Date.now();
  const peers = Peers.connect('test', ['organisations'], { organisations: organisations.url }, resolveSecrets(hub.config.auth).internalSigningSecret, {
    now: () => now,
  });
  const tree = new OrganisationsClient(peers, 300);

  const { result, statements } = await hub.countSql(() =>
    Promise.all([tree.pathOf(community.id), tree.pathOf(streetA.id), tree.pathOf('00000000-0000-4000-8000-000000000000')]),
  );
  assert.deepEqual(result, [`/${district.id}/${streetA.id}/${community.id}/`, `/${district.id}/${streetA.id}/`, null]);
  assert.ok(statements <= 2, `one batched lookup, not one per id (${statements} statements)`);

  await hub.gateway.data(`mutation ($i: MoveOrganisationInput!) { moveOrganisation(input: $i) { id } }`, {
    i: { id: community.id, version: community.version, newParentId: streetB.id },
  });
  const cached = await hub.countSql(() => tree.pathOf(community.id));
  assert.equal(cached.statements, 0, 'answered from the cache');
  now += 299;
  assert.equal((await hub.countSql(() => tree.pathOf(community.id))).statements, 0, 'still cached just before the cache time');
  now += 2;
  assert.equal(await tree.pathOf(community.id), `/${district.id}/${streetB.id}/${community.id}/`);
});
