import assert from 'node:assert/strict';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, test } from '@jest/globals';
import { gatewayRunOptions } from '../cli/stack';
import { startGateway } from '../gateway/gateway';
import { resolveSecrets } from '../platform/auth/secrets';
import type { RunningServer } from '../platform/http/graphql-server';
import { bindPort } from '../platform/http/listen';
import { GraphQLClient, type GraphQLResponse } from './kit/client';
import { recordingLogger } from './kit/logs';
import { FROM_SOURCES, startHubProcess, type HubProcess } from './kit/processes';
import { useTestStack } from './kit/stack';

/**
 * A subgraph that stops answering (a hung process, SIGSTOP) or is gone (SIGKILL) costs its own
 * fields, not the answer: the gateway cuts the call off after SUBGRAPH_TIMEOUT_MS and answers with
 * the other subgraphs' data and an error at each field it could not fill.
 */
const hub = useTestStack();
const SUBGRAPH_TIMEOUT_MS = 1_500;
/** Far above the timeout, far below "forever": a loaded machine still answers within it. */
const ANSWER_WITHIN_MS = 20_000;
const log = recordingLogger();
let agreements: HubProcess;
let gateway: RunningServer;
let client: GraphQLClient;

const QUERY = `{ organisations(first: 10) { totalCount edges { node { code name agreements { totalCount } } } } }`;

beforeAll(async () => {
  // The agreements subgraph as users run it, `npm run start:subgraph -- agreements`, in its own process.
  const database = hub.config.database;
  agreements = await startHubProcess([...FROM_SOURCES, 'cli/start-subgraph.ts', 'agreements'], {
    ...(database.kind === 'postgresql' ? { DATABASE_URL: database.url } : { DATABASE_URL: '', PGLITE_DATA_DIR: 'memory://' }),
    SUBGRAPH_PORT: '0',
    SUBGRAPH_ORGANISATIONS_URL: hub.stack.subgraphs.find((s) => s.name === 'organisations')!.url,
    INTERNAL_SIGNING_SECRET: hub.config.auth.internalSigningSecret,
    AUTH_JWT_SECRET: hub.config.auth.jwtSecret,
  });
  gateway = await startGateway({
    ...gatewayRunOptions(hub.config, resolveSecrets(hub.config.auth), log),
    port: 0,
    subgraphUrls: { organisations: hub.stack.subgraphs.find((s) => s.name === 'organisations')!.url, agreements: agreements.url },
    timeouts: { subgraphMs: SUBGRAPH_TIMEOUT_MS, requestMs: 10_000 },
  });
  client = new GraphQLClient(gateway.url, hub.gateway.token);
  const district = (await hub.gateway.data('mutation { createOrganisation(input: { code: "OUT", name: "中共停摆区委", kind: DISTRICT_COMMITTEE }) { id } }'))
    .createOrganisation;
  for (const code of ['OUT-JD01', 'OUT-JD02']) {
    await hub.gateway.data(
      `mutation { createOrganisation(input: { code: "${code}", name: "${code}街道党工委", kind: STREET_WORKING_COMMITTEE, parentId: "${district.id}" }) { id } }`,
    );
  }
});

afterAll(async () => {
  await gateway?.close();
  await agreements?.stop();
});

/** The query, which must be answered within the bound (a fetch still waiting after it fails the test). */
async function ask(query = QUERY, url = gateway.url): Promise<GraphQLResponse> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${client.token}` },
    body: JSON.stringify({ query }),
    signal: AbortSignal.timeout(ANSWER_WITHIN_MS),
  });
  const body = JSON.parse(await response.text()) as Omit<GraphQLResponse, 'status' | 'headers'>;
  return { ...body, status: response.status, headers: response.headers };
}

function assertComplete(response: GraphQLResponse) {
  assert.equal(response.errors, undefined, JSON.stringify(response.errors));
  const nodes = response.data.organisations.edges.map((e: any) => e.node);
  assert.equal(nodes.length, 3);
  for (const node of nodes) assert.equal(typeof node.agreements.totalCount, 'number');
}

/** Organisations are all there; every `agreements` is null with its own SUBGRAPH_UNAVAILABLE error. */
function assertAgreementsMissing(response: GraphQLResponse, subgraphHost = new URL(agreements.url).host) {
  assert.equal(response.status, 200);
  const nodes = response.data.organisations.edges.map((e: any) => e.node);
  assert.deepEqual(nodes.map((n: any) => n.name).sort(), ['OUT-JD01街道党工委', 'OUT-JD02街道党工委', '中共停摆区委'].sort());
  for (const node of nodes) assert.equal(node.agreements, null);
  assert.deepEqual(
    response.errors!.map((e) => e.path),
    nodes.map((_: unknown, i: number) => ['organisations', 'edges', i, 'node', 'agreements']),
  );
  for (const error of response.errors!) {
    assert.equal(error.extensions?.code, 'SUBGRAPH_UNAVAILABLE');
    assert.deepEqual(Object.keys(error.extensions!).sort(), ['code', 'requestId']);
  }
  const text = JSON.stringify(response.errors);
  for (const leak of [subgraphHost, 'http', 'subgraph', 'serviceName', 'ECONNREFUSED', 'abort']) {
    assert.ok(!text.includes(leak), `an error leaks "${leak}": ${text}`);
  }
}

describe('a subgraph that stops answering', () => {
  test('answers completely while the agreements subgraph is healthy', async () => {
    assertComplete(await ask());
  });

  test('stopped (SIGSTOP): the answer comes after the subgraph timeout, with the organisations and an error at each agreements', async () => {
    agreements.child.kill('SIGSTOP');
    try {
      const response = await ask();
      assertAgreementsMissing(response);
      const warned = log.entries.filter((e) => e.message === 'subgraph unavailable');
      assert.ok(
        warned.length > 0 && warned.every((e) => e.level === 'warn' && e.subgraph === 'agreements' && e.reason === 'timed out'),
        JSON.stringify(warned),
      );
      assert.deepEqual(
        log.entries.filter((e) => e.level === 'error'),
        [],
      );
    } finally {
      agreements.child.kill('SIGCONT');
    }
  });

  test('resumed (SIGCONT): the next answer is complete again', async () => {
    assertComplete(await ask());
  });

  test("a root field of the stopped subgraph gets the same error at its path (all of agreements' are non-null, so data is null)", async () => {
    agreements.child.kill('SIGSTOP');
    try {
      const response = await ask('{ agreement(id: "00000000-0000-4000-8000-000000000000") { id } }');
      assert.equal(response.status, 200);
      assert.equal(response.data, null);
      assert.deepEqual(
        response.errors!.map((e) => [e.path, e.extensions?.code]),
        [[['agreement'], 'SUBGRAPH_UNAVAILABLE']],
      );
    } finally {
      agreements.child.kill('SIGCONT');
    }
  });

  test("the request's deadline cuts a call off even when the subgraph timeout is longer", async () => {
    const hurried = await startGateway({
      ...gatewayRunOptions(hub.config, resolveSecrets(hub.config.auth), log),
      port: 0,
      subgraphUrls: { organisations: hub.stack.subgraphs.find((s) => s.name === 'organisations')!.url, agreements: agreements.url },
      timeouts: { subgraphMs: 10 * ANSWER_WITHIN_MS, requestMs: 1_500 },
    });
    agreements.child.kill('SIGSTOP');
    try {
      assertAgreementsMissing(await ask(QUERY, hurried.url));
    } finally {
      agreements.child.kill('SIGCONT');
      await hurried.close();
    }
  });

  test('a subgraph still starting (its port bound, answering 503) is unavailable too', async () => {
    const starting = await bindPort({ host: '127.0.0.1', port: 0, portVariable: 'SUBGRAPH_PORT' });
    const { port } = starting.address() as AddressInfo;
    const early = await startGateway({
      ...gatewayRunOptions(hub.config, resolveSecrets(hub.config.auth), log),
      port: 0,
      subgraphUrls: { organisations: hub.stack.subgraphs.find((s) => s.name === 'organisations')!.url, agreements: `http://127.0.0.1:${port}/graphql` },
    });
    try {
      assertAgreementsMissing(await ask(QUERY, early.url), `127.0.0.1:${port}`);
    } finally {
      await early.close();
      starting.close();
    }
  });

  test('killed (SIGKILL): the answer comes at once, with the organisations and an error at each agreements', async () => {
    agreements.child.kill('SIGKILL');
    await new Promise((resolve) => agreements.child.once('exit', resolve));
    assertAgreementsMissing(await ask());
  });
});
