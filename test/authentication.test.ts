import assert from 'node:assert/strict';
import { describe, test } from '@jest/globals';
import { SignJWT, UnsecuredJWT } from 'jose';
import { Role } from '../platform/auth/identity';
import { GraphQLClient } from './kit/client';
import { useTestStack } from './kit/stack';

/** Who gets in: the gateway refuses bad tokens before any subgraph is asked anything. */
const hub = useTestStack();

const QUERY = '{ organisations { totalCount } }';
const secret = () => new TextEncoder().encode(hub.config.auth.jwtSecret!);
const claims = { role: Role.ANALYST, org: '00000000-0000-4000-8000-000000000001' };

async function refusedBeforeSubgraphs(token: string | undefined) {
  const client = new GraphQLClient(hub.stack.gateway.url, token);
  const { result, statements } = await hub.countSql(() => client.request(QUERY));
  assert.equal(result.status, 401);
  assert.equal(result.errors?.[0].extensions?.code, 'UNAUTHENTICATED');
  assert.equal(result.data, undefined);
  assert.equal(statements, 0, 'no subgraph ran anything');
}

const signed = (build: (jwt: SignJWT) => SignJWT, key = secret()) =>
  build(
    new SignJWT(claims)
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('someone')
      .setIssuer(hub.config.auth.issuer)
      .setAudience(hub.config.auth.audience)
      .setExpirationTime('1h'),
  ).sign(key);

describe('bearer tokens at the gateway', () => {
  test('a valid token gets in', async () => {
    const client = new GraphQLClient(hub.stack.gateway.url, await signed((j) => j));
    assert.equal((await client.request(QUERY)).status, 200);
  });

  test('missing, malformed, expired, wrongly signed and foreign tokens are refused with UNAUTHENTICATED', async () => {
    await refusedBeforeSubgraphs(undefined);
    await refusedBeforeSubgraphs('not-a-jwt');
    await refusedBeforeSubgraphs(await signed((j) => j.setExpirationTime(Math.floor(Date.now() / 1000) - 60)));
    await refusedBeforeSubgraphs(await signed((j) => j, new TextEncoder().encode('another-secret-of-at-least-32-characters!!')));
    await refusedBeforeSubgraphs(await signed((j) => j.setIssuer('someone-else')));
    await refusedBeforeSubgraphs(await signed((j) => j.setAudience('another-service')));
  });

  test('alg none and tokens without a valid role or organisation are refused', async () => {
    const unsigned = new UnsecuredJWT(claims)
      .setSubject('x')
      .setIssuer(hub.config.auth.issuer)
      .setAudience(hub.config.auth.audience)
      .setExpirationTime('1h')
      .encode();
    await refusedBeforeSubgraphs(unsigned);
    const noRole = await new SignJWT({ org: claims.org })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('x')
      .setIssuer(hub.config.auth.issuer)
      .setAudience(hub.config.auth.audience)
      .setExpirationTime('1h')
      .sign(secret());
    await refusedBeforeSubgraphs(noRole);
    const noOrg = await new SignJWT({ role: Role.DISTRICT_ADMIN })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('x')
      .setIssuer(hub.config.auth.issuer)
      .setAudience(hub.config.auth.audience)
      .setExpirationTime('1h')
      .sign(secret());
    await refusedBeforeSubgraphs(noOrg);
  });
});

describe('subgraphs answer only the gateway', () => {
  const direct = (query: string, headers: Record<string, string> = {}, variables?: object) =>
    fetch(hub.stack.subgraphs[0].url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ query, variables }),
    }).then(async (r) => ({ status: r.status, body: JSON.parse(await r.text()) as any }));
  const admin = { role: Role.PLATFORM_ADMIN, subject: 'forger' };
  const ENTITIES = `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Organisation { id } } }`;

  test('queries, _entities and _service without the gateway signature are refused', async () => {
    for (const query of [QUERY, '{ _service { sdl } }', ENTITIES]) {
      const { status, body } = await direct(query, {}, { r: [{ __typename: 'Organisation', id: '00000000-0000-4000-8000-000000000001' }] });
      assert.equal(status, 401, query);
      assert.equal(body.errors[0].extensions.code, 'UNAUTHENTICATED');
      assert.equal(body.data, undefined);
    }
  });

  test('a forged identity, a signature for another request or an old signature is refused', async () => {
    const body = JSON.stringify({ query: QUERY });
    const send = (headers: Record<string, string>, sent = body) =>
      fetch(hub.stack.subgraphs[0].url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: sent }).then((r) => r.status);
    assert.equal(await send(hub.signedHeaders(admin, body)), 200);
    const good = hub.signedHeaders(admin, body);
    const forged = JSON.parse(Buffer.from(good['x-hub-identity'], 'base64url').toString());
    const tampered = { ...good, 'x-hub-identity': Buffer.from(JSON.stringify({ ...forged, sub: 'someone-else' })).toString('base64url') };
    assert.equal(await send(tampered), 401);
    assert.equal(await send(hub.signedHeaders(admin, body), JSON.stringify({ query: '{ _service { sdl } }' })), 401);
    assert.equal(await send({ ...hub.signedHeaders(admin, body), 'x-hub-signed-at': String(Date.now() - 10 * 60_000) }), 401);
    const signature = good['x-hub-signature'];
    assert.equal(await send({ ...good, 'x-hub-signature': signature.replace(/.$/, (c) => (c === 'A' ? 'B' : 'A')) }), 401);
  });
});
