import assert from 'node:assert/strict';
import { afterAll, beforeAll, describe, test } from '@jest/globals';
import { gatewayRunOptions } from '../cli/stack';
import { startGateway } from '../gateway/gateway';
import { Role } from '../platform/auth/identity';
import { resolveSecrets } from '../platform/auth/secrets';
import type { RunningServer } from '../platform/http/graphql-server';
import { createLogger } from '../platform/logging/logger';
import { GraphQLClient } from './kit/client';
import { useTestStack } from './kit/stack';

/**
 * Probes in the manner of graphql-cop against a gateway configured for production (no IDE, no
 * introspection): each abuse is refused before execution, with a clear error.
 */
const hub = useTestStack();
let production: RunningServer;
let client: GraphQLClient;
let token: string;

/** The production gateway, started once the test stack is up (root hooks run before suites' hooks). */
async function startProduction() {
  production = await startGateway({
    ...gatewayRunOptions({ ...hub.config, graphqlIde: false, introspection: false }, resolveSecrets(hub.config.auth), createLogger('silent')),
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
