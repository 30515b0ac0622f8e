import assert from 'node:assert/strict';
import { beforeAll, describe, test } from '@jest/globals';
import { SignJWT, UnsecuredJWT } from 'jose';
import { Role } from '../platform/auth/identity';
import type { Reason } from '../platform/errors/reasons';
import { gatewayRunOptions } from '../cli/stack';
import { startGateway } from '../gateway/gateway';
import { resolveSecrets } from '../platform/auth/secrets';
import { createLogger } from '../platform/logging/logger';
import { GraphQLClient } from './kit/client';
import { graphql } from './kit/graphql';
import { createOrganisation, type OrganisationRef } from './kit/factories';
import { useTestStack } from './kit/stack';

/** Who gets in: the gateway refuses bad tokens before any subgraph is asked anything. */
const hub = useTestStack();

const QUERY = '{ organisations { totalCount } }';
const DISTRICT_TREE = graphql(`
  query VisibleTree {
    organisations(first: 100) {
      edges {
        node {
          id
        }
      }
    }
  }
`);
const secret = () => new TextEncoder().encode(hub.config.auth.jwtSecret!);
const claims: { role: Role; org?: string } = { role: Role.ANALYST };
let tree: { district: OrganisationRef; street: OrganisationRef; community: OrganisationRef; area: OrganisationRef; unit: OrganisationRef };

beforeAll(async () => {
  const district = await createOrganisation(hub.gateway, 'DISTRICT_COMMITTEE', null);
  const street = await createOrganisation(hub.gateway, 'STREET_WORKING_COMMITTEE', district);
  const community = await createOrganisation(hub.gateway, 'COMMUNITY_PARTY_COMMITTEE', street);
  const area = await createOrganisation(hub.gateway, 'AREA_JOINT_PARTY_ORGANISATION', community);
  const unit = await createOrganisation(hub.gateway, 'UNIT_PARTY_ORGANISATION', community);
  tree = { district, street, community, area, unit };
  claims.org = district.id;
});

async function refusedBeforeSubgraphs(token: string | undefined) {
  const client = new GraphQLClient(hub.stack.gateway.url, token);
  const { result, statements } = await hub.countSql(() => client.request(QUERY));
  assert.equal(result.status, 401);
  assert.equal(result.errors?.[0].extensions?.code, 'UNAUTHENTICATED');
  assert.equal(result.data, undefined);
  assert.equal(statements, 0, 'no subgraph ran anything');
}

const signed = (build: (jwt: SignJWT) => SignJWT, key = secret(), payload: Record<string, unknown> = claims) =>
  build(
    new SignJWT(payload)
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('someone')
      .setIssuer(hub.config.auth.issuer)
      .setAudience(hub.config.auth.audience)
      .setExpirationTime('1h'),
  ).sign(key);

describe('bearer tokens at the gateway', () => {
  test('a valid token gets in, and reads what its role reaches', async () => {
    const client = new GraphQLClient(hub.stack.gateway.url, await signed((j) => j));
    const response = await client.request(DISTRICT_TREE);
    assert.equal(response.status, 200);
    assert.equal(response.errors, undefined);
    // The analyst's district, and nothing of any other: the five organisations made above.
    assert.deepEqual(
      response.data?.organisations.edges.map((e) => e.node.id).sort(),
      Object.values(tree)
        .map((o) => o.id)
        .sort(),
    );
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

/** A token the gateway refuses with 401 UNAUTHENTICATED for `reason`, before any data is read. */
async function refusedFor(reason: Reason, token: string) {
  const response = await new GraphQLClient(hub.stack.gateway.url, token).request(QUERY);
  assert.equal(response.status, 401, JSON.stringify(response.errors));
  assert.deepEqual({ code: response.errors?.[0].extensions?.code, reason: response.errors?.[0].extensions?.reason }, { code: 'UNAUTHENTICATED', reason });
  assert.equal(response.data, undefined);
  return response.errors![0];
}

describe('the organisation a token acts for', () => {
  test('an organisation that does not exist is refused', async () => {
    const org = '00000000-0000-4000-8000-000000000001';
    const error = await refusedFor('TOKEN_ORGANISATION_UNKNOWN', await signed((j) => j, secret(), { role: Role.ANALYST, org }));
    assert.equal(error.extensions?.org, org);
  });

  test("an organisation that does not fit the token's role is refused; one that fits gets in", async () => {
    const misfits: Array<[Role, OrganisationRef]> = [
      [Role.DISTRICT_ADMIN, tree.street],
      [Role.COMMUNITY_STAFF, tree.unit],
      [Role.COMMUNITY_STAFF, tree.district],
      [Role.PARTNER_UNIT, tree.community],
      [Role.ANALYST, tree.unit],
      [Role.PLATFORM_ADMIN, tree.district],
    ];
    for (const [role, organisation] of misfits) {
      const error = await refusedFor('TOKEN_ORGANISATION_MISFIT', await signed((j) => j, secret(), { role, org: organisation.id }));
      assert.deepEqual({ role: error.extensions?.role, kind: error.extensions?.kind }, { role, kind: organisation.kind });
    }
    const fits: Array<[Role, OrganisationRef | null]> = [
      [Role.DISTRICT_ADMIN, tree.district],
      [Role.COMMUNITY_STAFF, tree.street],
      [Role.COMMUNITY_STAFF, tree.community],
      [Role.COMMUNITY_STAFF, tree.area],
      [Role.PARTNER_UNIT, tree.unit],
      [Role.ANALYST, tree.street],
      [Role.PARTY_MEMBER, tree.community],
      [Role.PARTY_MEMBER, null],
      [Role.PLATFORM_ADMIN, null],
    ];
    for (const [role, organisation] of fits) {
      const member = role === Role.PARTY_MEMBER ? { member: '00000000-0000-4000-8000-0000000000e1' } : {};
      const token = await signed((j) => j, secret(), { role, ...(organisation ? { org: organisation.id } : {}), ...member });
      const response = await new GraphQLClient(hub.stack.gateway.url, token).request('{ __typename }');
      assert.equal(response.status, 200, `${role}: ${JSON.stringify(response.errors)}`);
    }
  });

  test('a caller seen moments ago costs no lookup', async () => {
    const unit = await createOrganisation(hub.gateway, 'UNIT_PARTY_ORGANISATION', tree.community);
    const client = new GraphQLClient(hub.stack.gateway.url, await signed((j) => j, secret(), { role: Role.PARTNER_UNIT, org: unit.id }));
    const first = await hub.countSql(() => client.request('{ __typename }'));
    const again = await hub.countSql(() => client.request('{ __typename }'));
    assert.equal(first.result.status, 200);
    assert.ok(first.statements > 0, 'the first request looks the organisation up');
    assert.equal(again.statements, 0, 'the second is answered from the cache');
  });
  test('when the organisations subgraph does not answer, a caller is not let in unchecked: 503, to retry', async () => {
    const gateway = await startGateway({
      ...gatewayRunOptions(hub.config, resolveSecrets(hub.config.auth), createLogger('silent')),
      port: 0,
      subgraphUrls: { organisations: 'http://127.0.0.1:9/graphql', agreements: 'http://127.0.0.1:9/graphql' },
    });
    try {
      const unit = await createOrganisation(hub.gateway, 'UNIT_PARTY_ORGANISATION', tree.community);
      const token = await signed((j) => j, secret(), { role: Role.PARTNER_UNIT, org: unit.id });
      const response = await new GraphQLClient(gateway.url, token).request('{ __typename }');
      assert.equal(response.status, 503);
      assert.equal(response.errors?.[0].extensions?.code, 'SERVICE_UNAVAILABLE');
      assert.equal(response.data, undefined);
    } finally {
      await gateway.close();
    }
  });
});

describe('token lifetimes', () => {
  const now = () => Math.floor(Date.now() / 1000);
  const max = () => hub.config.auth.maxTokenLifetimeSeconds;

  test('a token issued in the future is refused', async () => {
    await refusedFor('TOKEN_ISSUED_IN_FUTURE', await signed((j) => j.setIssuedAt(now() + 3600).setExpirationTime(now() + 7200)));
  });

  test('a token valid for longer than AUTH_MAX_TOKEN_LIFETIME is refused, with or without iat; one within it gets in', async () => {
    const error = await refusedFor('TOKEN_LIFETIME_TOO_LONG', await signed((j) => j.setIssuedAt(now() - 60).setExpirationTime(now() - 60 + max() + 3600)));
    assert.equal(error.extensions?.maxSeconds, max());
    await refusedFor('TOKEN_LIFETIME_TOO_LONG', await signed((j) => j.setExpirationTime(now() + max() + 3600)));
    const within = await signed((j) => j.setIssuedAt(now()).setExpirationTime(now() + max() - 60));
    assert.equal((await new GraphQLClient(hub.stack.gateway.url, within).request(QUERY)).status, 200);
  });
});
