import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, test } from '@jest/globals';
import { Role } from '../platform/auth/identity';
import { SUBGRAPH_NAMES } from '../subgraphs';
import { graphql } from './kit/graphql';
import { recordingLogger } from './kit/logs';
import { OtlpCollector, SPAN_KIND } from './kit/otlp-collector';
import { scrape } from './kit/prometheus';
import { useTestStack } from './kit/stack';

/**
 * `npm start`'s shape: the gateway and every subgraph in one process. One registry serves the
 * metrics of all of them on the gateway's port; each keeps its own service name in the traces;
 * every request still leaves its own access line, at the level its outcome deserves.
 */
const METRICS_TOKEN = randomBytes(24).toString('base64url');
/** Filled in before the stack starts (the collector's port is known only then). */
const env: Record<string, string> = { METRICS_TOKEN, OTEL_BSP_SCHEDULE_DELAY: '100' };
let collector: OtlpCollector;
beforeAll(async () => {
  collector = await OtlpCollector.start();
  env.OTEL_EXPORTER_OTLP_ENDPOINT = collector.endpoint;
});
const log = recordingLogger();
const hub = useTestStack({ env, logger: log });
afterAll(() => collector?.close());
let districtId: string;
beforeAll(async () => {
  // An organisation, so that its agreement summary is asked of the agreements subgraph.
  districtId = (await hub.gateway.data(CREATE, { input: { code: 'EMB', name: '中共嵌入区委', kind: 'DISTRICT_COMMITTEE' } })).createOrganisation.id;
});

const CREATE = graphql(`
  mutation CreateEmbeddedDistrict($input: CreateOrganisationInput!) {
    createOrganisation(input: $input) {
      id
    }
  }
`);

const ORGANISATIONS = graphql(`
  query EmbeddedOrganisations {
    organisations(first: 3) {
      totalCount
      edges {
        node {
          name
          agreementSummary {
            active
          }
        }
      }
    }
  }
`);

const metricsUrl = () => new URL('/metrics', hub.stack.gateway.url).toString();
const requestLines = (requestId: string) => log.entries.filter((e) => e.message === 'request' && e.requestId === requestId);

/** The access lines of `requestId`, once every one of `services` has written its own. */
async function linesOf(requestId: string, services: string[]) {
  const complete = () => services.every((service) => requestLines(requestId).some((l) => l.service === service));
  for (let waited = 0; waited < 5000 && !complete(); waited += 20) await new Promise((resolve) => setTimeout(resolve, 20));
  return requestLines(requestId);
}

describe('embedded: one process', () => {
  test('one registry: the gateway port serves the metrics of the gateway and every subgraph, with the token only', async () => {
    await hub.gateway.data(ORGANISATIONS);
    assert.equal((await fetch(metricsUrl())).status, 401);
    const metrics = await scrape(metricsUrl(), { authorization: `Bearer ${METRICS_TOKEN}` });
    const services = metrics.labelValues('hub_requests_total', 'service');
    for (const service of ['gateway', 'organisations', 'agreements']) assert.ok(services.includes(service), JSON.stringify(services));
    assert.equal(metrics.value('hub_requests_total', { service: 'gateway', operation: 'EmbeddedOrganisations', status: '200' }), 1);
    // PGlite: one connection every subgraph shares, one pool; PostgreSQL: a pool per subgraph, and its nonce store's.
    const pools = metrics.labelValues('hub_db_pool_connections_max', 'pool');
    if (hub.config.database.kind === 'pglite') assert.deepEqual(pools, ['pglite']);
    else assert.deepEqual(pools.sort(), SUBGRAPH_NAMES.flatMap((name) => [name, `${name}:nonces`]).sort());
    assert.ok(metrics.has('nodejs_eventloop_lag_p99_seconds') && metrics.has('nodejs_heap_size_used_bytes'));
  });

  test("a caller's traceparent is continued; each subgraph reports under its own service name", async () => {
    const traceId = randomBytes(16).toString('hex');
    const callerSpan = randomBytes(8).toString('hex');
    const answer = await hub.gateway.request(ORGANISATIONS, {}, { traceparent: `00-${traceId}-${callerSpan}-01` });
    assert.equal(answer.errors, undefined);
    // Each service exports on its own: wait for the gateway's request span (it ends last) as well.
    const spans = await collector.trace(traceId, (found) =>
      ['gateway', 'organisations', 'agreements'].every((name) => found.some((s) => s.service === name && s.kind === SPAN_KIND.SERVER)),
    );
    const root = spans.find((s) => s.service === 'gateway' && s.kind === SPAN_KIND.SERVER)!;
    assert.equal(root.parentSpanId, callerSpan);
    const lines = await linesOf(answer.headers.get('x-request-id')!, ['agreements', 'gateway', 'organisations']);
    assert.deepEqual([...new Set(lines.map((l) => l.service))].sort(), ['agreements', 'gateway', 'organisations']);
    for (const line of lines) assert.equal(line.traceId, traceId, 'each access line names the trace');
    assert.deepEqual(collector.rejected, []);
  });

  test("calls made for a request outside the plan (the gateway's check of the caller's organisation) carry its request id and trace", async () => {
    const admin = await hub.as({ role: Role.DISTRICT_ADMIN, subject: 'embedded-admin', organisationId: districtId });
    const traceId = randomBytes(16).toString('hex');
    const answer = await admin.request(ORGANISATIONS, {}, { traceparent: `00-${traceId}-${randomBytes(8).toString('hex')}-01` });
    assert.equal(answer.errors, undefined, JSON.stringify(answer.errors));
    const requestId = answer.headers.get('x-request-id')!;
    await linesOf(requestId, ['gateway', 'organisations']);
    const atOrganisations = requestLines(requestId).filter((l) => l.service === 'organisations');
    assert.ok(atOrganisations.length >= 2, `the caller check and the gateway's fetch: ${JSON.stringify(atOrganisations)}`);
    const servedBy = (found: typeof collector.spans) => found.filter((s) => s.service === 'organisations' && s.kind === SPAN_KIND.SERVER);
    const spans = await collector.trace(
      traceId,
      (found) => servedBy(found).length >= 2 && found.some((s) => s.service === 'gateway' && s.kind === SPAN_KIND.SERVER),
    );
    const root = spans.find((s) => s.service === 'gateway' && s.kind === SPAN_KIND.SERVER)!;
    // The check is a CLIENT span of the gateway request, continued by organisations' server span.
    const check = spans.find(
      (s) => s.service === 'gateway' && s.kind === SPAN_KIND.CLIENT && s.parentSpanId === root.spanId && s.attributes['hub.subgraph'] === 'organisations',
    );
    assert.ok(check, 'the caller check is a child of the gateway request');
    assert.ok(
      servedBy(spans).some((s) => s.parentSpanId === check.spanId),
      "organisations' request continues the caller check's span",
    );
  });

  test('an unexpected failure is at error level, with the request id, at the subgraph and at the gateway', async () => {
    const em = hub.em('organisations');
    await em.execute('alter table "organisations"."organisation" rename to "organisation_hidden"');
    let requestId: string;
    try {
      const failed = await hub.gateway.request('{ organisations { totalCount } }');
      assert.equal(failed.errors?.[0].extensions?.code, 'INTERNAL_SERVER_ERROR');
      requestId = failed.errors![0].extensions!.requestId;
    } finally {
      await em.execute('alter table "organisations"."organisation_hidden" rename to "organisation"');
    }
    const lines = await linesOf(requestId, ['gateway', 'organisations']);
    assert.deepEqual(lines.map((l) => [l.service, l.level]).sort(), [
      ['gateway', 'error'],
      ['organisations', 'error'],
    ]);
    for (const line of lines) assert.deepEqual(line.errors, [{ code: 'INTERNAL_SERVER_ERROR', reason: undefined, path: ['organisations'] }]);
  });

  test('a request id that is not a plain token is replaced; probes and scrapes leave no line; a body too large is a 413 line at info', async () => {
    const odd = await hub.gateway.request(ORGANISATIONS, {}, { 'x-request-id': 'bad id with spaces' });
    const requestId = odd.headers.get('x-request-id')!;
    assert.match(requestId, /^[0-9a-f-]{36}$/);
    assert.deepEqual(
      [...new Set((await linesOf(requestId, ['agreements', 'gateway', 'organisations'])).map((l) => l.service))].sort(),
      ['agreements', 'gateway', 'organisations'],
      'the new id goes on to the subgraphs',
    );

    const before = log.entries.length;
    await fetch(new URL('/health/ready', hub.stack.gateway.url));
    await fetch(new URL('/health/live', hub.stack.gateway.url));
    await fetch(metricsUrl(), { headers: { authorization: `Bearer ${METRICS_TOKEN}` } });
    assert.deepEqual(
      log.entries.slice(before).filter((e) => e.message === 'request'),
      [],
    );

    const huge = await fetch(hub.stack.gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${hub.gateway.token}` },
      body: JSON.stringify({ query: `{ organisations { totalCount } } # ${'x'.repeat(hub.config.limits.maxBodyBytes)}` }),
    });
    assert.equal(huge.status, 413);
    const [line] = await linesOf(huge.headers.get('x-request-id')!, ['gateway']);
    assert.deepEqual([line.level, line.status, line.errors], ['info', 413, [{ code: 'BAD_REQUEST', reason: undefined }]]);
  });
});
