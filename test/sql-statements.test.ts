import assert from 'node:assert/strict';
import { test } from '@jest/globals';
import { Role } from '../platform/auth/identity';
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

const NETWORK_QUERY = `query ($id: ID!) {
  organisation(id: $id) { children(kind: COMMUNITY_PARTY_COMMITTEE, first: 50) { totalCount edges { node {
    agreements(status: ACTIVE, first: 20) { totalCount } agreementSummary { active needsOpen expiringWithin(days: 90) }
  } } } }
}`;

test("every community's agreements and summary are one statement each, whichever communities the agreements subgraph has cached", async () => {
  const { district, street, communities } = await createDistrict(hub.gateway, 8);
  const admin = await hub.as({ role: Role.DISTRICT_ADMIN, subject: 'admin-statements', organisationId: district.id });
  // Half the communities were looked up a moment ago (their facts are in the agreements subgraph's cache), half not.
  for (const community of communities.slice(0, 4)) {
    await admin.data(`query ($id: ID!) { organisation(id: $id) { agreementSummary { active } } }`, { id: community.id });
  }
  const run = await hub.countSql(() => admin.data(NETWORK_QUERY, { id: street.id }));
  assert.equal(run.result.organisation.children.totalCount, 8);
  const agreementStatements = run.log.filter((sql) => sql.includes('"agreements"."agreement"'));
  const pages = agreementStatements.filter((sql) => sql.includes('row_number()'));
  const summaries = agreementStatements.filter((sql) => sql.includes('as active'));
  assert.equal(pages.length, 1, agreementStatements.join('\n---\n'));
  // The summary's statement also answers expiringWithin: no statement of its own.
  assert.equal(summaries.length, 1, agreementStatements.join('\n---\n'));
  // Besides them only the pairs of parties the caller may read (a district admin reaches a subtree).
  assert.equal(agreementStatements.length, 3, agreementStatements.join('\n---\n'));
});

const organisationReads = (log: string[]) => log.filter((sql) => sql.includes('"organisations"."organisation"'));

test("a lookup reads the caller's own organisation in the same statement, and ancestors asked for by id cost none", async () => {
  const { district, street, communities } = await createDistrict(hub.gateway, 1);
  const admin = await hub.as({ role: Role.DISTRICT_ADMIN, subject: 'admin-lookups', organisationId: district.id });
  await admin.data(`query ($id: ID!) { organisation(id: $id) { id } }`, { id: district.id }); // the gateway's check of the caller, cached
  const byId = await hub.countSql(() => admin.data(`query ($id: ID!) { organisation(id: $id) { name ancestors { id } } }`, { id: communities[0].id }));
  assert.deepEqual(
    byId.result.organisation.ancestors.map((a: { id: string }) => a.id),
    [district.id, street.id],
  );
  // The community and the district (whose path the scope check needs) in one statement; the ancestors from the path.
  assert.equal(organisationReads(byId.log).length, 1, organisationReads(byId.log).join('\n---\n'));
  const withCodes = await hub.countSql(() =>
    admin.data(`query ($id: ID!) { organisation(id: $id) { name ancestors { id code } } }`, { id: communities[0].id }),
  );
  assert.deepEqual(
    withCodes.result.organisation.ancestors.map((a: { id: string; code: string }) => [a.id, a.code]),
    [
      [district.id, district.code],
      [street.id, street.code],
    ],
  );
  assert.equal(organisationReads(withCodes.log).length, 2, organisationReads(withCodes.log).join('\n---\n'));
});

test("another subgraph's first lookup of an organisation costs the organisations subgraph one statement", async () => {
  const { district, communities } = await createDistrict(hub.gateway, 1);
  const admin = await hub.as({ role: Role.DISTRICT_ADMIN, subject: 'admin-remote-lookups', organisationId: district.id });
  await admin.data(`query ($id: ID!) { organisation(id: $id) { id agreementSummary { active } } }`, { id: district.id }); // caches the caller's district everywhere
  const run = await hub.countSql(() => admin.data(`query ($id: ID!) { organisation(id: $id) { agreementSummary { active } } }`, { id: communities[0].id }));
  assert.equal(run.result.organisation.agreementSummary.active, 0);
  // The gateway's fetch of the community, then the agreements subgraph's lookup of its facts (kind, path).
  assert.equal(organisationReads(run.log).length, 2, organisationReads(run.log).join('\n---\n'));
});
