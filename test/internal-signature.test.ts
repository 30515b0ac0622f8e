import assert from 'node:assert/strict';
import { afterAll, beforeAll, describe, test } from '@jest/globals';
import { startSubgraph } from '../platform/federation/subgraph';
import { encodeIdentity, signRequest } from '../platform/auth/internal-signature';
import { Role } from '../platform/auth/identity';
import { resolveSecrets } from '../platform/auth/secrets';
import { harnessSettings } from '../platform/config/harness';
import { createLogger } from '../platform/logging/logger';
import { subgraphRunOptions } from '../cli/stack';
import { subgraphNamed } from '../subgraphs';
import { AMEND, REGISTER, agreementInput, demoParties, type Parties } from './kit/agreements';
import { GraphQLClient } from './kit/client';
import { useTestStack } from './kit/stack';
import { replay, startWiretap, type Captured, type Wiretap } from './kit/wiretap';

/**
 * Someone on the internal network who captures what the gateway sends a subgraph gains nothing:
 * the signature covers the whole body and the subgraph, and each signed request is accepted once.
 */
const hub = useTestStack({ demo: true });
let p: Parties;
let tap: Wiretap;
const secret = () => resolveSecrets(hub.config.auth).internalSigningSecret;
const organisationsUrl = () => hub.stack.subgraphs.find((s) => s.name === 'organisations')!.url;

const READ = `query ($id: ID!) { agreement(id: $id) { title version partner { name } } }`;
const ORGANISATIONS = '{ organisations { totalCount } }';

/** A client of the tapped gateway, signed in as the demo district's partner unit. */
const tappedPartner = async () =>
  new GraphQLClient(tap.gateway.url, await hub.tokenFor({ role: Role.PARTNER_UNIT, subject: 'unit-1', organisationId: p.unit.id }));
const lastCaptured = (subgraph: string, contains: string): Captured => {
  const found = tap.captured.filter((c) => c.subgraph === subgraph && c.body.includes(contains)).at(-1);
  assert.ok(found, `the gateway sent ${subgraph} a request with ${contains}`);
  return found;
};
const refused = (answer: { status: number; body: any }) => {
  assert.equal(answer.status, 401, JSON.stringify(answer.body));
  assert.deepEqual(answer.body.errors[0].extensions, { ...answer.body.errors[0].extensions, code: 'UNAUTHENTICATED', reason: 'GATEWAY_ONLY' });
  assert.equal(answer.body.data, undefined);
};
const post = (url: string, headers: Record<string, string>, body: string, contentType = 'application/json') =>
  fetch(url, { method: 'POST', headers: { 'content-type': contentType, ...headers }, body }).then(async (r) => ({
    status: r.status,
    body: JSON.parse(await r.text()),
  }));

beforeAll(async () => {
  p = await demoParties(hub);
  tap = await startWiretap(hub);
});
afterAll(async () => {
  await tap?.close();
});

describe('a request captured between the gateway and a subgraph', () => {
  test('replayed with other variables, a mutation is refused and writes nothing', async () => {
    const agreement = (await p.partner.data(REGISTER, { input: agreementInput(p) })).registerAgreement;
    const partner = await tappedPartner();
    const amended = (await partner.data(AMEND, { id: agreement.id, version: agreement.version, input: { title: '合作协议（修订）' }, reason: '更名' }))
      .amendAgreement;
    assert.equal(amended.title, '合作协议（修订）');

    const captured = lastCaptured('agreements', 'amendAgreement');
    const attack = await replay(captured, (body) => ({
      ...body,
      variables: { ...body.variables, version: amended.version, input: { title: '攻击者的标题' }, reason: '攻击' },
    }));
    refused(attack);
    const after = (await p.partner.data(READ, { id: agreement.id })).agreement;
    assert.equal(after.title, '合作协议（修订）');
    assert.equal(after.version, amended.version);
  });

  test('replayed unchanged, a query or a mutation is refused: each signed request is accepted once', async () => {
    const partner = await tappedPartner();
    await partner.data(ORGANISATIONS);
    refused(await replay(lastCaptured('organisations', 'organisations')));

    const agreement = (await p.partner.data(REGISTER, { input: agreementInput(p, { title: '重放测试协议' }) })).registerAgreement;
    const amended = (await partner.data(AMEND, { id: agreement.id, version: agreement.version, input: { validTo: '2029-06-30' }, reason: '延期' }))
      .amendAgreement;
    refused(await replay(lastCaptured('agreements', 'amendAgreement')));
    assert.equal((await p.partner.data(READ, { id: agreement.id })).agreement.version, amended.version);
  });

  test('an entity lookup replayed with other representations is refused', async () => {
    const agreement = (await p.partner.data(REGISTER, { input: agreementInput(p, { title: '实体查询协议' }) })).registerAgreement;
    const partner = await tappedPartner();
    const read = (await partner.data(READ, { id: agreement.id })).agreement;
    assert.ok(read.partner.name, 'the partner was resolved by an _entities call to organisations');

    const captured = lastCaptured('organisations', '_entities');
    const attack = await replay(captured, (body) => {
      const [name] = Object.keys(body.variables);
      return { ...body, variables: { [name]: [{ __typename: 'Organisation', id: p.otherUnit.id }] } };
    });
    refused(attack);
  });

  test('sent to another subgraph than the one it was signed for, it is refused', async () => {
    const partner = await tappedPartner();
    await partner.data(ORGANISATIONS);
    const captured = lastCaptured('organisations', 'organisations');
    refused(await replay({ ...captured, url: hub.stack.subgraphs.find((s) => s.name === 'agreements')!.url }));
  });

  test('sent many times at once, it is accepted exactly once', async () => {
    const body = JSON.stringify({ query: ORGANISATIONS });
    const headers = hub.signedHeaders({ role: Role.PLATFORM_ADMIN, subject: 'test' }, body);
    const answers = await Promise.all(Array.from({ length: 6 }, () => post(organisationsUrl(), headers, body)));
    assert.deepEqual(answers.map((a) => a.status).sort(), [200, 401, 401, 401, 401, 401]);
  });
});

describe('what a subgraph refuses', () => {
  const actor = { role: Role.PLATFORM_ADMIN, subject: 'test' };
  const body = JSON.stringify({ query: ORGANISATIONS });
  const signedAt = (now: number) => signRequest(secret(), { subgraph: 'organisations', identity: encodeIdentity(actor), body }, now);

  test('a correctly signed request is answered (the baseline of the refusals below)', async () => {
    const answer = await post(organisationsUrl(), hub.signedHeaders(actor, body), body);
    assert.equal(answer.status, 200);
    assert.equal(typeof answer.body.data.organisations.totalCount, 'number');
  });

  test('a forged signature, another secret, a changed identity or an absent header', async () => {
    const good = hub.signedHeaders(actor, body);
    refused(await post(organisationsUrl(), { ...good, 'x-hub-signature': good['x-hub-signature'].replace(/.$/, (c) => (c === 'A' ? 'B' : 'A')) }, body));
    const foreign = signRequest('another-secret-of-at-least-32-characters', { subgraph: 'organisations', identity: encodeIdentity(actor), body });
    refused(await post(organisationsUrl(), foreign, body));
    const other = hub.signedHeaders({ role: Role.ANALYST, subject: 'x', organisationId: p.street.id }, body);
    refused(await post(organisationsUrl(), { ...other, 'x-hub-identity': encodeIdentity(actor) }, body));
    for (const header of ['x-hub-identity', 'x-hub-signed-at', 'x-hub-nonce', 'x-hub-signature']) {
      const { [header]: _, ...rest } = hub.signedHeaders(actor, body);
      refused(await post(organisationsUrl(), rest, body));
    }
    refused(await post(organisationsUrl(), { ...hub.signedHeaders(actor, body), 'x-hub-nonce': 'short' }, body));
  });

  test('a signing time more than a minute away, in the past or the future', async () => {
    refused(await post(organisationsUrl(), signedAt(Date.now() - 5 * 60_000), body));
    refused(await post(organisationsUrl(), signedAt(Date.now() + 5 * 60_000), body));
    assert.equal((await post(organisationsUrl(), signedAt(Date.now() - 20_000), body)).status, 200, 'a little clock skew is fine');
  });

  test('GET, or a POST that is not JSON, even when signed', async () => {
    const url = `${organisationsUrl()}?query=${encodeURIComponent(ORGANISATIONS)}`;
    const get = signRequest(secret(), { subgraph: 'organisations', identity: encodeIdentity(actor), body: '', method: 'GET' });
    const answer = await fetch(url, { headers: { ...get, 'apollo-require-preflight': 'true' } });
    refused({ status: answer.status, body: JSON.parse(await answer.text()) });
    refused(await post(organisationsUrl(), hub.signedHeaders(actor, body), body, 'text/plain'));
  });

  // Embedded mode runs one instance of each subgraph; distributed mode any number, on PostgreSQL.
  const onPostgres = harnessSettings().DATABASE_URL ? test : test.skip;
  onPostgres('a request already accepted by another instance of the subgraph (nonces shared on PostgreSQL)', async () => {
    const logger = createLogger('silent');
    const second = await startSubgraph(subgraphNamed('organisations')!, {
      ...subgraphRunOptions(hub.config, hub.stack.database, resolveSecrets(hub.config.auth), logger),
      host: '127.0.0.1',
      port: 0,
    });
    try {
      const headers = hub.signedHeaders(actor, body);
      assert.equal((await post(organisationsUrl(), headers, body)).status, 200);
      refused(await post(second.url, headers, body));
    } finally {
      await second.close();
    }
  });
});
