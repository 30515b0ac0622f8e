import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, test } from '@jest/globals';
import { Role } from '../platform/auth/identity';
import { mintToken } from '../platform/auth/jwt';
import { resolveSecrets } from '../platform/auth/secrets';
import { loadConfig } from '../platform/config/config';
import { harnessSettings } from '../platform/config/harness';
import { createTestDatabase, type TestDatabase } from '../platform/testing/test-database';
import { GraphQLClient } from './kit/client';
import { graphql } from './kit/graphql';
import { OtlpCollector, SPAN_KIND } from './kit/otlp-collector';
import { freePort, FROM_SOURCES, startHubProcess, type HubProcess } from './kit/processes';
import { scrape } from './kit/prometheus';

/**
 * The hub as it is deployed: each subgraph its own process, the gateway in front, tracing on
 * towards a collector (here, in the test), metrics on every process. One federated query must be
 * visible in all three: an access line at each process it touched with one request id, the named
 * series moving on each /metrics, and one trace holding the gateway's and every subgraph's spans.
 */
// The subgraphs the federated query below touches: only they are started.
const SUBGRAPH_NAMES = ['organisations', 'agreements', 'meetings'] as const;
const METRICS_TOKEN = randomBytes(24).toString('base64url');
const secrets = { AUTH_JWT_SECRET: randomBytes(32).toString('base64url'), INTERNAL_SIGNING_SECRET: randomBytes(32).toString('base64url') };

let database: TestDatabase;
let collector: OtlpCollector;
const subgraphs = new Map<string, HubProcess>();
let gateway: HubProcess;
let gatewayMetricsUrl: string;
let client: GraphQLClient;

const FEDERATED = graphql(`
  query Federated {
    organisations(first: 5) {
      edges {
        node {
          name
          agreements {
            totalCount
          }
          jointMeetings(first: 1) {
            totalCount
          }
        }
      }
    }
  }
`);

const CREATE = graphql(`
  mutation CreateDistrict($input: CreateOrganisationInput!) {
    createOrganisation(input: $input) {
      id
    }
  }
`);

beforeAll(async () => {
  database = await createTestDatabase(harnessSettings().DATABASE_URL);
  collector = await OtlpCollector.start();
  const storage = database.settings.kind === 'postgresql' ? { DATABASE_URL: database.settings.url } : { DATABASE_URL: '', PGLITE_DATA_DIR: 'memory://' };
  const tracing = { OTEL_EXPORTER_OTLP_ENDPOINT: collector.endpoint, OTEL_BSP_SCHEDULE_DELAY: '100' };
  const urls: Record<string, string> = {};
  for (const name of SUBGRAPH_NAMES) {
    const peers = Object.fromEntries(Object.entries(urls).map(([peer, url]) => [`SUBGRAPH_${peer.toUpperCase()}_URL`, url]));
    const started = await startHubProcess([...FROM_SOURCES, 'cli/start-subgraph.ts', name], {
      ...secrets,
      ...storage,
      ...tracing,
      ...peers,
      SUBGRAPH_PORT: '0',
    });
    subgraphs.set(name, started);
    urls[name] = started.url;
  }
  const metricsPort = await freePort();
  gatewayMetricsUrl = `http://127.0.0.1:${metricsPort}/metrics`;
  gateway = await startHubProcess([...FROM_SOURCES, 'cli/start-gateway.ts'], {
    ...secrets,
    ...tracing,
    ...Object.fromEntries(Object.entries(urls).map(([name, url]) => [`SUBGRAPH_${name.toUpperCase()}_URL`, url])),
    GATEWAY_PORT: '0',
    METRICS_PORT: String(metricsPort),
    METRICS_TOKEN,
    METRICS_MAX_OPERATIONS: '3',
  });
  const config = loadConfig(secrets);
  client = new GraphQLClient(gateway.url, await mintToken(config.auth, resolveSecrets(config.auth), { role: Role.PLATFORM_ADMIN, subject: 'observer' }));
  await client.data(CREATE, { input: { code: 'OBS', name: '中共观测区委', kind: 'DISTRICT_COMMITTEE' } });
}, 300_000);

afterAll(async () => {
  await gateway?.stop();
  for (const child of [...subgraphs.values()].reverse()) await child.stop();
  await collector?.close();
  await database?.drop();
});

type AccessLine = {
  message: string;
  level: string;
  service: string;
  requestId: string;
  operation?: string;
  role?: string;
  status: number;
  durationMs: number;
  traceId?: string;
  errors?: Array<{ code: string; reason?: string }>;
};

/** The access lines a process has written so far. */
function accessLines(hubProcess: HubProcess): AccessLine[] {
  return hubProcess
    .stderr()
    .split('\n')
    .filter((line) => line.startsWith('{') && line.includes('"message":"request"'))
    .map((line) => JSON.parse(line) as AccessLine);
}

/** The access line of `requestId` at `process`, waiting for it (it is written once the answer has gone out). */
async function accessLine(hubProcess: HubProcess, requestId: string, which: (line: AccessLine) => boolean = () => true): Promise<AccessLine> {
  for (let waited = 0; waited < 10_000; waited += 50) {
    const line = accessLines(hubProcess).find((l) => l.requestId === requestId && which(l));
    if (line) return line;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`no access line for ${requestId}:\n${hubProcess.stderr().slice(-3000)}`);
}

const metricsOf = (name: string) =>
  name === 'gateway'
    ? scrape(gatewayMetricsUrl, { authorization: `Bearer ${METRICS_TOKEN}` })
    : scrape(new URL('/metrics', subgraphs.get(name)!.url).toString());

describe('one federated query, seen from inside', () => {
  const requestId = `obs-${randomBytes(8).toString('hex')}`;
  let answer: Awaited<ReturnType<typeof client.request>>;
  const before = new Map<string, Awaited<ReturnType<typeof scrape>>>();

  beforeAll(async () => {
    for (const name of ['gateway', ...SUBGRAPH_NAMES]) before.set(name, await metricsOf(name));
    answer = await client.request(FEDERATED, {}, { 'x-request-id': requestId });
    assert.equal(answer.errors, undefined, JSON.stringify(answer.errors));
  });

  test("an access line at the gateway and at every subgraph it called, with the caller's request id", async () => {
    assert.equal(answer.headers.get('x-request-id'), requestId);
    const atGateway = await accessLine(gateway, requestId);
    assert.equal(atGateway.level, 'info');
    assert.deepEqual(
      { service: atGateway.service, operation: atGateway.operation, role: atGateway.role, status: atGateway.status, errors: atGateway.errors },
      { service: 'gateway', operation: 'Federated', role: 'PLATFORM_ADMIN', status: 200, errors: undefined },
    );
    assert.ok(atGateway.durationMs > 0);
    for (const name of SUBGRAPH_NAMES) {
      // The gateway's call; a subgraph asking another for its own checks carries the same id.
      const line = await accessLine(subgraphs.get(name)!, requestId, (l) => l.operation?.startsWith('Federated__') ?? false);
      assert.equal(line.level, 'info');
      assert.equal(line.service, name);
      assert.equal(line.status, 200);
      // The gateway's caller, as the gateway vouched for it; the operation is the gateway's fetch of it.
      assert.equal(line.role, 'PLATFORM_ADMIN');
      assert.match(line.operation!, new RegExp(`^Federated__${name}__\\d+$`));
      assert.ok(line.durationMs <= atGateway.durationMs, `${name} took ${line.durationMs} ms of the gateway's ${atGateway.durationMs}`);
      assert.equal(line.traceId, atGateway.traceId, 'the same trace at every process');
    }
  });

  test('/metrics on every process: the named series moved by the query', async () => {
    const gatewayAfter = await metricsOf('gateway');
    const gatewayBefore = before.get('gateway')!;
    const moved = (name: string, labels: Record<string, string>) => gatewayAfter.value(name, labels) - gatewayBefore.value(name, labels);
    assert.equal(moved('hub_requests_total', { service: 'gateway', operation: 'Federated', status: '200' }), 1);
    assert.equal(moved('hub_request_duration_seconds_count', { service: 'gateway', operation: 'Federated' }), 1);
    for (const name of ['agreements', 'meetings']) {
      assert.ok(moved('hub_subgraph_fetch_duration_seconds_count', { subgraph: name, outcome: 'ok' }) >= 1, `a fetch of ${name}`);
    }
    for (const name of SUBGRAPH_NAMES) {
      const after = await metricsOf(name);
      const served = (scrape: typeof after) =>
        scrape
          .labelValues('hub_requests_total', 'operation')
          .filter((op) => op.startsWith('Federated__'))
          .reduce((sum, operation) => sum + scrape.value('hub_requests_total', { service: name, operation }), 0);
      assert.ok(served(after) - served(before.get(name)!) >= 1, `${name} counted the query`);
      // Database pool use and waits: each subgraph's own pool (PostgreSQL) or its embedded database's lock.
      const pool = after.labelValues('hub_db_pool_connections_max', 'pool').find((label) => !label.endsWith(':nonces'));
      assert.ok(pool, `${name} reports its database pool`);
      assert.ok(after.value('hub_db_pool_connections_max', { pool }) >= 1);
      assert.ok(after.has('hub_db_pool_connections_in_use', { pool }) && after.has('hub_db_pool_waiting_requests', { pool }));
      assert.ok(
        after.value('hub_db_pool_acquire_wait_seconds_count', { pool, outcome: 'acquired' }) >
          before.get(name)!.value('hub_db_pool_acquire_wait_seconds_count', { pool, outcome: 'acquired' }),
      );
      // On PostgreSQL, the nonce store's own pool (hub:nonces): every signed request the subgraph accepted took a connection of it.
      const nonces = `${name}:nonces`;
      if (database.settings.kind !== 'postgresql')
        assert.ok(!after.has('hub_db_pool_connections_max', { pool: nonces }), 'on PGlite nonces are kept in memory');
      else {
        assert.equal(after.value('hub_db_pool_connections_max', { pool: nonces }), 4);
        assert.ok(after.has('hub_db_pool_connections_in_use', { pool: nonces }) && after.has('hub_db_pool_waiting_requests', { pool: nonces }));
        assert.ok(
          after.value('hub_db_pool_acquire_wait_seconds_count', { pool: nonces, outcome: 'acquired' }) >
            before.get(name)!.value('hub_db_pool_acquire_wait_seconds_count', { pool: nonces, outcome: 'acquired' }),
        );
      }
      // Event-loop lag and memory, from prom-client's default set.
      assert.ok(after.has('nodejs_eventloop_lag_seconds') && after.value('process_resident_memory_bytes') > 0);
    }
  });

  test("one trace holds the gateway's spans and each subgraph's, every subgraph span under one of the gateway's calls", async () => {
    const { traceId } = await accessLine(gateway, requestId);
    assert.match(traceId!, /^[0-9a-f]{32}$/);
    // Subgraphs asking their peers add server spans of their own (see below): wait for the gateway's too.
    const spans = await collector.trace(
      traceId!,
      (found) =>
        found.some((s) => s.service === 'gateway' && s.kind === SPAN_KIND.SERVER) &&
        SUBGRAPH_NAMES.every((name) => found.some((s) => s.service === name && s.kind === SPAN_KIND.SERVER)),
    );
    assert.deepEqual(collector.rejected, []);
    const gatewaySpans = spans.filter((s) => s.service === 'gateway');
    const root = gatewaySpans.find((s) => s.kind === SPAN_KIND.SERVER);
    assert.ok(root && !root.parentSpanId, 'the gateway request is the root');
    assert.ok(
      gatewaySpans.some((s) => s.name === 'gateway.plan') && gatewaySpans.some((s) => s.name === 'gateway.fetch'),
      "Apollo Gateway's own spans are in it",
    );
    for (const name of SUBGRAPH_NAMES) {
      // The gateway's call of it (a peer's call of it is another server span, under that peer's).
      const served = spans.filter((s) => s.service === name && s.kind === SPAN_KIND.SERVER);
      const call = gatewaySpans.find((s) => served.some((one) => one.parentSpanId === s.spanId));
      assert.ok(call, `${name}'s request continues one of the gateway's spans`);
      assert.equal(call.kind, SPAN_KIND.CLIENT);
      assert.equal(call.attributes['hub.subgraph'], name);
    }
  });
});

describe("a subgraph's call to a peer, seen from inside", () => {
  test("is a CLIENT span of the calling subgraph's request, and the peer's request continues it (traceparent carried)", async () => {
    // A district made now: no instance has it cached, so agreements must ask organisations about it.
    const { createOrganisation: district } = await client.data(CREATE, { input: { code: 'OBSPEER', name: '中共观测对等区委', kind: 'DISTRICT_COMMITTEE' } });
    const requestId = `obs-${randomBytes(8).toString('hex')}`;
    // Not a community: refused once organisations has said what it is, which takes the peer call.
    const refused = await client.request(
      `query Matching($id: ID!) { needsMatchingResources(communityId: $id) { need { description } } }`,
      { id: district.id },
      { 'x-request-id': requestId },
    );
    assert.equal(refused.errors?.[0].extensions?.code, 'BAD_USER_INPUT', JSON.stringify(refused.errors));
    const { traceId } = await accessLine(gateway, requestId);
    const isPeerCall = (s: { service: string; kind: number; attributes: Record<string, unknown> }) =>
      s.service === 'agreements' && s.kind === SPAN_KIND.CLIENT && s.attributes['hub.subgraph'] === 'organisations';
    const spans = await collector.trace(
      traceId!,
      (found) => found.some(isPeerCall) && found.some((s) => s.service === 'organisations' && s.kind === SPAN_KIND.SERVER),
    );
    const served = spans.find((s) => s.service === 'agreements' && s.kind === SPAN_KIND.SERVER);
    assert.ok(served, "the agreements subgraph's request is in the gateway's trace");
    const call = spans.find(isPeerCall)!;
    assert.equal(call.parentSpanId, served.spanId, "the peer call is a child of agreements' request");
    const atPeer = spans.find((s) => s.service === 'organisations' && s.kind === SPAN_KIND.SERVER && s.parentSpanId === call.spanId);
    assert.ok(
      atPeer,
      `organisations' request continues the peer call's span: ${JSON.stringify(spans.map((s) => [s.service, s.name, s.spanId, s.parentSpanId]))}`,
    );
    // The request id goes along too: the peer's access line has it, in the same trace.
    const line = await accessLine(subgraphs.get('organisations')!, requestId);
    assert.equal(line.traceId, traceId);
  });
});

describe('refusals and the metrics endpoint', () => {
  test('a bad token is one info line at the gateway with its code and reason, and counted by code and reason', async () => {
    const before = await metricsOf('gateway');
    const requestId = `obs-${randomBytes(8).toString('hex')}`;
    const refused = await new GraphQLClient(gateway.url, 'not-a-token').request(FEDERATED, {}, { 'x-request-id': requestId });
    assert.equal(refused.status, 401);
    const line = await accessLine(gateway, requestId);
    assert.equal(line.level, 'info');
    assert.equal(line.status, 401);
    assert.equal(line.role, undefined);
    assert.deepEqual(line.errors, [{ code: 'UNAUTHENTICATED', reason: refused.errors![0].extensions!.reason }]);
    const after = await metricsOf('gateway');
    const labels = { service: 'gateway', code: 'UNAUTHENTICATED', reason: String(refused.errors![0].extensions!.reason) };
    assert.equal(after.value('hub_graphql_errors_total', labels) - before.value('hub_graphql_errors_total', labels), 1);
    for (const name of SUBGRAPH_NAMES) assert.ok(!accessLines(subgraphs.get(name)!).some((l) => l.requestId === requestId), 'no subgraph was asked');
  });

  test('a refusal by a subgraph is at info on both sides, with its reason', async () => {
    const requestId = `obs-${randomBytes(8).toString('hex')}`;
    const refused = await client.request(
      CREATE,
      { input: { code: 'not a code', name: '中共错误区委', kind: 'DISTRICT_COMMITTEE' } },
      { 'x-request-id': requestId },
    );
    const reason = refused.errors![0].extensions!.reason;
    assert.equal(refused.errors![0].extensions!.code, 'BAD_USER_INPUT');
    for (const hubProcess of [gateway, subgraphs.get('organisations')!]) {
      const line = await accessLine(hubProcess, requestId);
      assert.equal(line.level, 'info');
      assert.deepEqual(
        line.errors?.map(({ code, reason }) => ({ code, reason })),
        [{ code: 'BAD_USER_INPUT', reason }],
      );
    }
  });

  test('operation names beyond METRICS_MAX_OPERATIONS are folded, so callers cannot grow the series; anonymous ones too', async () => {
    for (const name of ['One', 'Two', 'Three', 'Four', 'Five']) await client.data(`query ${name} { organisations(first: 1) { totalCount } }`);
    await client.data('{ organisations(first: 1) { totalCount } }');
    const operations = (await metricsOf('gateway')).labelValues('hub_requests_total', 'operation');
    assert.ok(operations.includes('(other)'), JSON.stringify(operations));
    assert.ok(operations.includes('(anonymous)'));
    assert.ok(operations.filter((op) => !op.startsWith('(')).length <= 3, JSON.stringify(operations));
  });

  test('with METRICS_PORT the gateway serves /metrics only there, and only with the token', async () => {
    assert.equal((await fetch(gatewayMetricsUrl)).status, 401);
    assert.equal((await fetch(gatewayMetricsUrl, { headers: { authorization: 'Bearer wrong' } })).status, 401);
    assert.equal((await fetch(new URL('/metrics', gateway.url))).status, 404);
    const text = (await metricsOf('gateway')).text;
    assert.match(text, /^# HELP hub_requests_total /m);
  });
});
