import assert from 'node:assert/strict';
import { afterAll, beforeAll, describe, test } from '@jest/globals';
import { gatewayRunOptions } from '../cli/stack';
import { startGateway } from '../gateway/gateway';
import { Role } from '../platform/auth/identity';
import { resolveSecrets } from '../platform/auth/secrets';
import type { RunningServer } from '../platform/http/graphql-server';
import { createLogger } from '../platform/logging/logger';
import { GraphQLClient } from './kit/client';
import { recordingLogger } from './kit/logs';
import { useTestStack } from './kit/stack';

/**
 * Probes in the manner of graphql-cop against a gateway configured for production (no IDE, no
 * introspection): each abuse is refused before execution, with a clear error.
 */
const hub = useTestStack();
let production: RunningServer;
let client: GraphQLClient;
let token: string;
const log = recordingLogger();

/** The production gateway, started once the test stack is up (root hooks run before suites' hooks). */
async function startProduction() {
  production = await startGateway({
    ...gatewayRunOptions({ ...hub.config, graphqlIde: false, introspection: false }, resolveSecrets(hub.config.auth), createLogger('silent')),
    logger: log,
    port: 0,
    subgraphUrls: Object.fromEntries(hub.stack.subgraphs.map((s) => [s.name, s.url])),
  });
  token = await hub.tokenFor({ role: Role.PLATFORM_ADMIN, subject: 'prober' });
  client = new GraphQLClient(production.url, token);
}

const post = (body: string, headers: Record<string, string> = {}) =>
  fetch(production.url, { method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', ...headers }, body });

async function refusedAs(code: string, query: string, limit?: string) {
  const { statements, result } = await hub.countSql(() => client.request(query));
  assert.equal(result.errors?.[0].extensions?.code, code, JSON.stringify(result.errors).slice(0, 300));
  if (limit) assert.match(result.errors![0].message, new RegExp(limit));
  assert.equal(result.data, undefined);
  assert.equal(statements, 0, 'refused before any subgraph ran');
}

describe('a production gateway', () => {
  beforeAll(startProduction);
  afterAll(() => production.close());

  describe('operations are refused before execution', () => {
    test('deep nesting', async () => {
      const deep = `{ organisations { edges { node { ${'parent { '.repeat(14)}id${' }'.repeat(14)} } } } }`;
      await refusedAs('GRAPHQL_VALIDATION_FAILED', deep, 'depth');
    });

    test('hundreds of aliases', async () => {
      await refusedAs('GRAPHQL_VALIDATION_FAILED', `{ ${Array.from({ length: 300 }, (_, i) => `a${i}: organisations { totalCount }`).join(' ')} }`, 'alias');
    });

    test('repeated fields', async () => {
      await refusedAs('GRAPHQL_VALIDATION_FAILED', `{ organisations { edges { node { ${'name '.repeat(2500)} } } } }`, 'cost');
    });

    test('repeated directives', async () => {
      await refusedAs('GRAPHQL_VALIDATION_FAILED', `{ organisations { totalCount ${'@include(if: true) '.repeat(60)} } }`);
    });

    test('too many tokens', async () => {
      const { result } = await hub.countSql(() => client.request(`{ organisations { totalCount } ${'__typename '.repeat(4000)} }`));
      assert.equal(result.errors?.[0].extensions?.code, 'GRAPHQL_PARSE_FAILED');
      assert.match(result.errors![0].message, /token/i);
    });

    test('introspection and field suggestions in production', async () => {
      await refusedAs('GRAPHQL_VALIDATION_FAILED', '{ __schema { types { name } } }');
      const typo = await client.request('{ organisatio(id: "x") { id } }');
      assert.equal(typo.errors?.[0].extensions?.code, 'GRAPHQL_VALIDATION_FAILED');
      assert.doesNotMatch(typo.errors![0].message, /Did you mean/);
    });
  });

  describe('requests are refused at the HTTP edge', () => {
    test('a batched JSON array', async () => {
      const response = await post(JSON.stringify([{ query: '{ organisations { totalCount } }' }, { query: '{ organisations { totalCount } }' }]));
      assert.equal(response.status, 400);
    });

    test('a GET mutation', async () => {
      const before = (await hub.gateway.data('{ organisations { totalCount } }')).organisations.totalCount;
      const query = encodeURIComponent('mutation { createOrganisation(input: { code: "GET-1", name: "中共经由GET区委", kind: DISTRICT_COMMITTEE }) { id } }');
      const response = await fetch(`${production.url}?query=${query}`, { headers: { authorization: `Bearer ${token}`, 'apollo-require-preflight': 'true' } });
      assert.equal(response.status, 405);
      assert.equal((await hub.gateway.data('{ organisations { totalCount } }')).organisations.totalCount, before);
    });

    test('a text/plain POST (a simple, cross-site-forgeable request)', async () => {
      const response = await post(JSON.stringify({ query: '{ organisations { totalCount } }' }), { 'content-type': 'text/plain' });
      assert.equal(response.status, 400);
      assert.equal((JSON.parse(await response.text()) as any).data, undefined);
    });

    test('a body over the size limit answers 413', async () => {
      const response = await post(JSON.stringify({ query: `{ organisations { totalCount } } # ${'x'.repeat(hub.config.limits.maxBodyBytes)}` }));
      assert.equal(response.status, 413);
      assert.equal((JSON.parse(await response.text()) as any).errors[0].extensions.code, 'BAD_REQUEST');
    });

    test('the IDE page is not served in production', async () => {
      const response = await fetch(production.url, { headers: { accept: 'text/html' } });
      assert.notEqual(response.headers.get('content-type')?.startsWith('text/html'), true);
    });
  });
});

describe('errors of a production gateway', () => {
  beforeAll(startProduction);
  afterAll(() => production.close());

  const filtered = 'query ($f: OrganisationFilter) { organisations(filter: $f) { totalCount } }';

  test('variable values that do not fit get no "Did you mean" either', async () => {
    const misspeltEnum = await client.request(filtered, { f: { kind: 'COMMUNITY_PARTY_COMMITEE' } });
    assert.equal(misspeltEnum.status, 400);
    assert.equal(misspeltEnum.errors?.[0].extensions?.code, 'BAD_USER_INPUT');
    assert.match(misspeltEnum.errors![0].message, /"COMMUNITY_PARTY_COMMITEE" does not exist in "OrganisationKind" enum\.$/);
    assert.doesNotMatch(JSON.stringify(misspeltEnum.errors), /Did you mean|COMMUNITY_PARTY_COMMITTEE/);

    const misspeltField = await client.request(filtered, { f: { kindd: 'GRID_PARTY_BRANCH' } });
    assert.equal(misspeltField.errors?.[0].extensions?.code, 'BAD_USER_INPUT');
    assert.match(misspeltField.errors![0].message, /Field "kindd" is not defined by type "OrganisationFilter"\.$/);
    assert.doesNotMatch(JSON.stringify(misspeltField.errors), /Did you mean/);
  });

  test('a development gateway (introspection on) still suggests', async () => {
    const response = await hub.gateway.request(filtered, { f: { kind: 'COMMUNITY_PARTY_COMMITEE' } });
    assert.match(response.errors![0].message, /Did you mean the enum value "COMMUNITY_PARTY_COMMITTEE"\?/);
  });

  test.each([
    ['an operationName that names no operation', { query: 'query A { organisations { totalCount } }', operationName: 'B' }, 'Unknown operation named "B"'],
    [
      'several operations and no operationName',
      { query: 'query A { organisations { totalCount } } query C { organisations { totalCount } }' },
      'Must provide operation name',
    ],
  ])('%s is a client error (400 OPERATION_RESOLUTION_FAILURE), never a server error', async (_case, body, message) => {
    for (const url of [production.url, hub.stack.gateway.url]) {
      const response = await fetch(url, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
      const { errors } = JSON.parse(await response.text()) as { errors: Array<{ message: string; extensions: Record<string, unknown> }> };
      assert.equal(response.status, 400, JSON.stringify(errors));
      assert.equal(errors[0].extensions.code, 'OPERATION_RESOLUTION_FAILURE');
      assert.ok(errors[0].message.startsWith(message), errors[0].message);
    }
  });

  test('expected refusals are logged below error level; an unexpected failure at error level with its request id', async () => {
    log.entries.length = 0;
    const refusals = [
      await client.request('{ organisatio(id: "x") { id } }'),
      await client.request(filtered, { f: { kind: 'NOT_A_KIND' } }),
      await client.request('mutation { createOrganisation(input: { code: "not a code", name: "中共错误区委", kind: DISTRICT_COMMITTEE }) { id } }'),
    ];
    const unknownOperation = await post(JSON.stringify({ query: 'query A { organisations { totalCount } }', operationName: 'B' }));
    assert.equal(unknownOperation.status, 400);
    assert.ok(refusals.every((r) => r.errors?.length));
    assert.equal(refusals[2].errors?.[0].extensions?.code, 'BAD_USER_INPUT', 'refused by the subgraph');
    assert.deepEqual(
      log.entries.filter((e) => e.level === 'error' || e.level === 'warn'),
      [],
    );
    // Each refusal is the request's own access line, with its codes and reasons, at info level.
    const refused = log.entries.filter((e) => e.message === 'request' && Array.isArray(e.errors));
    assert.equal(refused.length, 4);
    for (const entry of refused) assert.equal(entry.level, 'info');
    assert.ok(refused.some((e) => e.requestId === refusals[2].errors![0].extensions!.requestId));

    const em = hub.em('organisations');
    await em.execute('alter table "organisations"."organisation" rename to "organisation_gone"');
    try {
      const failed = await client.request('{ organisations { totalCount } }');
      const requestId = failed.errors?.[0].extensions?.requestId;
      assert.equal(failed.errors?.[0].extensions?.code, 'INTERNAL_SERVER_ERROR');
      const logged = log.entries.filter((e) => e.level === 'error');
      assert.ok(logged.length > 0 && logged.every((e) => e.requestId === requestId), JSON.stringify(logged));
    } finally {
      await em.execute('alter table "organisations"."organisation_gone" rename to "organisation"');
    }
  });
});
