import assert from 'node:assert/strict';
import { describe, test } from '@jest/globals';
import { buildClientSchema, getIntrospectionQuery, type IntrospectionQuery } from 'graphql';
import { gatewayRunOptions } from '../cli/stack';
import { startGateway } from '../gateway/gateway';
import { Role } from '../platform/auth/identity';
import { resolveSecrets } from '../platform/auth/secrets';
import { createLogger } from '../platform/logging/logger';
import { useTestStack } from './kit/stack';

/** What every process shows the outside: health probes, masked failures, request ids. */
const hub = useTestStack();

const healthOf = async (graphqlUrl: string, probe: 'live' | 'ready') => {
  const response = await fetch(new URL(`/health/${probe}`, graphqlUrl));
  return { status: response.status, body: JSON.parse(await response.text()) as any };
};

describe('health', () => {
  test('the gateway and each subgraph answer liveness and readiness', async () => {
    for (const url of [hub.stack.gateway.url, ...hub.stack.subgraphs.map((s) => s.url)]) {
      assert.equal((await healthOf(url, 'live')).status, 200);
      const ready = await healthOf(url, 'ready');
      assert.equal(ready.status, 200, JSON.stringify(ready.body));
      assert.equal(ready.body.status, 'ready');
    }
  });

  test('a gateway whose subgraph is unreachable is live but not ready', async () => {
    const gateway = await startGateway({
      ...gatewayRunOptions(hub.config, resolveSecrets(hub.config.auth), createLogger('silent')),
      port: 0,
      subgraphUrls: { organisations: 'http://127.0.0.1:9/graphql', agreements: 'http://127.0.0.1:9/graphql' },
    });
    try {
      assert.equal((await healthOf(gateway.url, 'live')).status, 200);
      const ready = await healthOf(gateway.url, 'ready');
      assert.equal(ready.status, 503);
      const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name);
      assert.deepEqual(ready.body.checks.sort(byName), hub.stack.subgraphs.map((s) => ({ name: s.name, ok: false })).sort(byName));
    } finally {
      await gateway.close();
    }
  });
});

describe('errors', () => {
  test('an unexpected failure reaches the client masked, with the request id it was logged under', async () => {
    const em = hub.em('organisations');
    await em.execute('alter table "organisations"."organisation" rename to "organisation_gone"');
    try {
      const response = await hub.gateway.request('{ organisations { totalCount } }');
      const [error] = response.errors!;
      assert.equal(error.message, 'Internal server error');
      assert.equal(error.extensions?.code, 'INTERNAL_SERVER_ERROR');
      assert.match(error.extensions?.requestId, /^[0-9a-f-]{36}$/);
      assert.equal(response.headers.get('x-request-id'), error.extensions?.requestId);
      const text = JSON.stringify(response.errors);
      for (const leak of ['organisation_gone', 'relation', 'select', 'stack', 'organisations:', 'serviceName']) {
        assert.ok(!text.includes(leak), `error leaks "${leak}": ${text}`);
      }
    } finally {
      await em.execute('alter table "organisations"."organisation_gone" rename to "organisation"');
    }
  });

  test('a caller-supplied request id is carried through and returned', async () => {
    const response = await hub.gateway.request('{ organisations(first: 1000) { totalCount } }', undefined, { 'x-request-id': 'client-abc-12345' });
    assert.equal(response.errors?.[0].extensions?.requestId, 'client-abc-12345');
    assert.equal(response.headers.get('x-request-id'), 'client-abc-12345');
  });
});

describe('federation', () => {
  test('the organisations subgraph resolves entity references in one batch, null for unknown ids', async () => {
    const district = (
      await hub.gateway.data(`mutation { createOrganisation(input: { code: "FED-1", name: "中共联邦区委", kind: DISTRICT_COMMITTEE }) { id } }`)
    ).createOrganisation;
    const subgraph = hub.stack.subgraphs.find((s) => s.name === 'organisations')!;
    const query = `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Organisation { id code depth } } }`;
    const representations = [
      { __typename: 'Organisation', id: district.id },
      { __typename: 'Organisation', id: '00000000-0000-4000-8000-000000000000' },
    ];
    const body = JSON.stringify({ query, variables: { r: representations } });
    const { result, statements } = await hub.countSql(() =>
      fetch(subgraph.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...hub.signedHeaders({ role: Role.PLATFORM_ADMIN, subject: 'test' }, body) },
        body,
      }).then(async (r) => JSON.parse(await r.text())),
    );
    assert.deepEqual((result as any).data._entities, [{ id: district.id, code: 'FED-1', depth: 0 }, null]);
    assert.equal(statements, 1);
  });
});

describe('introspection, where enabled', () => {
  test('the standard introspection query (what IDEs, code generators and schema tools send, 15 deep) is answered', async () => {
    const query = getIntrospectionQuery({
      descriptions: true,
      specifiedByUrl: true,
      directiveIsRepeatable: true,
      schemaDescription: true,
      inputValueDeprecation: true,
    });
    const schema = buildClientSchema(await hub.gateway.data<IntrospectionQuery>(query));
    assert.match(schema.getType('Organisation')?.description ?? '', /^党组织 \(Organisation\)/);
    assert.ok(schema.getQueryType()?.getFields().organisationByCode);
  });
});
