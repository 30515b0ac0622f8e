import assert from 'node:assert/strict';
import { test } from '@jest/globals';
import { createDistrict } from './kit/factories';
import { useTestStack } from './kit/stack';

/** Journey 1 must not issue one query per community: the statement count is flat in their number. */
const hub = useTestStack();

const STREET_QUERY = `query ($id: ID!) {
  organisation(id: $id) {
    name seats { holderName holderUnit { name } }
    children(first: 50) { totalCount edges { node {
      name ancestors { code } parent { code } seats { holderName }
      children(first: 20) { totalCount edges { node { name kind } } }
      residentUnits { totalCount }
    } } }
  }
}`;

test('a street with 16 communities and their children costs the same statements as one with 2', async () => {
  const small = await createDistrict(hub.gateway, 2, 2);
  const large = await createDistrict(hub.gateway, 16, 3);
  const run = (id: string) => hub.countSql(() => hub.gateway.data(STREET_QUERY, { id }));
  const smallRun = await run(small.street.id);
  const largeRun = await run(large.street.id);
  assert.equal(largeRun.result.organisation.children.totalCount, 16);
  assert.ok(largeRun.result.organisation.children.edges.every((e: any) => e.node.children.totalCount === 3));
  assert.ok(smallRun.statements > 0);
  assert.equal(largeRun.statements, smallRun.statements, `2 communities: ${smallRun.statements} statements, 16: ${largeRun.statements}`);
});
