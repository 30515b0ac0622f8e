import assert from 'node:assert/strict';
import { beforeAll, describe, test } from '@jest/globals';
import { AMEND, READ_AGREEMENT as READ, REGISTER, SIGN, TERMINATE, agreementInput, demoParties, type Parties } from './kit/agreements';
import { graphql } from './kit/graphql';
import type { GraphQLResponse } from './kit/client';
import { createOrganisation } from './kit/factories';
import { useTestStack } from './kit/stack';

/**
 * Concurrent writers of one record, through the gateway: exactly one wins and every other is
 * refused with STALE_VERSION (on PostgreSQL too, where they really run at once), and nothing is
 * written twice.
 */
const hub = useTestStack({ demo: true });
let p: Parties;
const WRITERS = 6;

const RENEWAL = graphql(`
  mutation RenewAgreementOnce($id: ID!, $version: Int!, $from: LocalDate!, $to: LocalDate!) {
    renewAgreement(id: $id, version: $version, validFrom: $from, validTo: $to) {
      id
      renewalOfId
    }
  }
`);

const register = async (title: string) => (await p.partner.data(REGISTER, { input: agreementInput(p, { title }) })).registerAgreement;
const signed = async (title: string) => {
  const a = await register(title);
  return (await p.staff.data(SIGN, { id: a.id, version: a.version })).signAgreement;
};
const sql = async (query: string, params: unknown[]) => Number((await hub.em('agreements').execute(query, params))[0].n);

/** One success and the rest STALE_VERSION; the success's data. */
function oneWinner(results: GraphQLResponse[]) {
  const reasons = results.map((r) => r.errors?.[0]?.extensions?.reason ?? 'OK');
  assert.deepEqual(
    reasons.filter((r) => r !== 'OK'),
    Array(WRITERS - 1).fill('STALE_VERSION'),
    JSON.stringify(results.map((r) => r.errors)),
  );
  assert.ok(results.every((r) => r.status < 500));
  return results.find((r) => !r.errors)!.data;
}

describe('concurrent changes of one agreement', () => {
  beforeAll(async () => {
    p ??= await demoParties(hub);
  });

  test('amendments from one version: one is kept, as amendment 1; the others are told the version moved on', async () => {
    const a = await signed('并发变更');
    const results = await Promise.all(
      Array.from({ length: WRITERS }, (_, i) => p.partner.request(AMEND, { id: a.id, version: a.version, input: { title: `变更${i}` }, reason: `原因${i}` })),
    );
    const won = oneWinner(results).amendAgreement;
    const now = (await p.partner.data(READ, { id: a.id })).agreement;
    assert.equal(now.title, won.title);
    assert.deepEqual(
      now.amendments.map((m: any) => m.number),
      [1],
    );
  });

  test('transitions from one version: one suspension or termination happens, the others are refused', async () => {
    const a = await signed('并发终止');
    const results = await Promise.all(
      Array.from({ length: WRITERS }, (_, i) => p.staff.request(TERMINATE, { id: a.id, version: a.version, reason: `终止${i}` })),
    );
    oneWinner(results);
    const now = (await p.partner.data(READ, { id: a.id })).agreement;
    assert.equal(now.status, 'TERMINATED');
    assert.equal(now.amendments.length, 1);
  });

  test('a draft signed by several at once is signed once', async () => {
    const a = await register('并发签订');
    oneWinner(await Promise.all(Array.from({ length: WRITERS }, () => p.staff.request(SIGN, { id: a.id, version: a.version }))));
    assert.equal((await p.partner.data(READ, { id: a.id })).agreement.status, 'ACTIVE');
  });
});

describe('concurrent changes of one organisation', () => {
  test('renames from one version: one wins, the others are told the version moved on', async () => {
    const district = await createOrganisation(hub.gateway, 'DISTRICT_COMMITTEE', null);
    const rename = `mutation ($input: UpdateOrganisationInput!) { updateOrganisation(input: $input) { name version } }`;
    const results = await Promise.all(
      Array.from({ length: WRITERS }, (_, i) => hub.gateway.request(rename, { input: { id: district.id, version: district.version, name: `并发区委${i}` } })),
    );
    const won = oneWinner(results).updateOrganisation;
    assert.equal(won.version, district.version + 1);
  });
});

describe('renewal is a change of the renewed agreement', () => {
  beforeAll(async () => {
    p ??= await demoParties(hub);
  });

  test('renewing twice with the version read is refused as stale; with the new version, as already renewed', async () => {
    const a = await signed('续签两次');
    const r = (await p.partner.data(RENEWAL, { id: a.id, version: a.version, from: '2029-01-01', to: '2031-12-31' })).renewAgreement;
    await p.partner.error('STALE_VERSION', RENEWAL, { id: a.id, version: a.version, from: '2029-01-01', to: '2031-12-31' });
    const old = (await p.partner.data(READ, { id: a.id })).agreement;
    assert.equal(old.renewedById, r.id);
    assert.equal(old.version, a.version + 1);
    const again = await p.partner.error('ALREADY_RENEWED', RENEWAL, { id: a.id, version: old.version, from: '2029-01-01', to: '2031-12-31' });
    assert.equal(again.extensions?.renewalId, r.id);
    assert.equal(await sql('select count(*) as n from agreements.agreement where renewal_of_id = ?', [a.id]), 1);
  });

  test('concurrent renewals create one renewal', async () => {
    const a = await signed('并发续签');
    const results = await Promise.all(
      Array.from({ length: WRITERS }, () => p.partner.request(RENEWAL, { id: a.id, version: a.version, from: '2029-01-01', to: '2031-12-31' })),
    );
    const won = oneWinner(results).renewAgreement;
    assert.equal(won.renewalOfId, a.id);
    assert.equal(await sql('select count(*) as n from agreements.agreement where renewal_of_id = ?', [a.id]), 1);
  });
});
