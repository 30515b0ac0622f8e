import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, test } from '@jest/globals';
import { ConfigError, loadConfig } from './config';

test('defaults give embedded PGlite under ./data and the gateway on 4000', () => {
  const config = loadConfig({});
  assert.deepEqual(config.database, { kind: 'pglite', dataDir: './data/pglite' });
  assert.equal(config.gatewayPort, 4000);
  assert.equal(config.maxPageSize, 100);
  assert.equal(config.loadDemoData, undefined);
  assert.equal(config.timeZone, 'Asia/Shanghai');
});

test('DATABASE_URL selects PostgreSQL', () => {
  const config = loadConfig({ DATABASE_URL: 'postgres://hub@db:5432/hub', DATABASE_POOL_MAX: '4' });
  assert.deepEqual(config.database, { kind: 'postgresql', url: 'postgres://hub@db:5432/hub', poolMax: 4 });
});

test('database timeouts, health checks and shutdown have defaults and can be set', () => {
  const defaults = loadConfig({});
  assert.deepEqual(defaults.databaseTimeouts, { acquireMs: 5000, statementMs: 30_000 });
  assert.deepEqual(defaults.health, { checkTimeoutMs: 2000, databaseStallMs: 60_000 });
  assert.deepEqual(defaults.shutdown, { delayMs: 0, drainTimeoutMs: 10_000 });
  const set = loadConfig({
    DATABASE_ACQUIRE_TIMEOUT_MS: '1500',
    DATABASE_STATEMENT_TIMEOUT_MS: '0',
    HEALTH_CHECK_TIMEOUT_MS: '800',
    LIVENESS_DATABASE_STALL_MS: '120000',
    SHUTDOWN_DELAY_MS: '5000',
    SHUTDOWN_DRAIN_TIMEOUT_MS: '25000',
  });
  assert.deepEqual(set.databaseTimeouts, { acquireMs: 1500, statementMs: 0 });
  assert.deepEqual(set.health, { checkTimeoutMs: 800, databaseStallMs: 120_000 });
  assert.deepEqual(set.shutdown, { delayMs: 5000, drainTimeoutMs: 25_000 });
});

test('a bad value stops start-up with a message naming the variable', () => {
  const cases: Record<string, string> = {
    GATEWAY_PORT: 'ninety',
    DATABASE_URL: 'mysql://x',
    LOAD_DEMO_DATA: 'perhaps',
    SUBGRAPH_NAME: 'Payments!',
    SUBGRAPH_ORGANISATIONS_URL: 'not a url',
    SUBGRAPH_MEETINGS_URL: 'meetings 4004',
    MAX_PAGE_SIZE: '0',
    TIME_ZONE: 'Beijing',
    AUTH_MAX_TOKEN_LIFETIME: '12 hours',
    DATABASE_ACQUIRE_TIMEOUT_MS: '0',
    SHUTDOWN_DRAIN_TIMEOUT_MS: 'soon',
  };
  for (const [variable, value] of Object.entries(cases)) {
    assert.throws(
      () => loadConfig({ [variable]: value }),
      (error: unknown) => {
        assert.ok(error instanceof ConfigError);
        assert.match(error.message, new RegExp(`${variable}:`));
        return true;
      },
    );
  }
});

test('AUTH_MAX_TOKEN_LIFETIME takes seconds or a unit, at least a minute; 24 hours by default', () => {
  assert.equal(loadConfig({}).auth.maxTokenLifetimeSeconds, 86_400);
  assert.equal(loadConfig({ AUTH_MAX_TOKEN_LIFETIME: '900' }).auth.maxTokenLifetimeSeconds, 900);
  assert.equal(loadConfig({ AUTH_MAX_TOKEN_LIFETIME: '8h' }).auth.maxTokenLifetimeSeconds, 28_800);
  assert.equal(loadConfig({ AUTH_MAX_TOKEN_LIFETIME: '7d' }).auth.maxTokenLifetimeSeconds, 604_800);
  assert.throws(() => loadConfig({ AUTH_MAX_TOKEN_LIFETIME: '30s' }), /AUTH_MAX_TOKEN_LIFETIME: must be at least a minute/);
});

test('a call to a peer subgraph waits 5 s unless PEER_TIMEOUT_MS says otherwise', () => {
  assert.equal(loadConfig({}).peerTimeoutMs, 5000);
  assert.equal(loadConfig({ PEER_TIMEOUT_MS: '3000' }).peerTimeoutMs, 3000);
  assert.throws(() => loadConfig({ PEER_TIMEOUT_MS: '50' }), /PEER_TIMEOUT_MS/);
});

test('a subgraph call may not outlast the whole request', () => {
  assert.deepEqual(loadConfig({}).timeouts, { subgraphMs: 10_000, requestMs: 30_000 });
  assert.deepEqual(loadConfig({ SUBGRAPH_TIMEOUT_MS: '2000', GATEWAY_REQUEST_TIMEOUT_MS: '5000' }).timeouts, { subgraphMs: 2000, requestMs: 5000 });
  assert.throws(() => loadConfig({ SUBGRAPH_TIMEOUT_MS: '30000' }), /SUBGRAPH_TIMEOUT_MS: must be below GATEWAY_REQUEST_TIMEOUT_MS/);
});

describe('secrets from files (*_FILE)', () => {
  const directory = mkdtempSync(path.join(tmpdir(), 'hub-secrets-'));
  const file = (name: string, content: string) => {
    const at = path.join(directory, name);
    writeFileSync(at, content, { mode: 0o600 });
    return at;
  };
  afterAll(() => rmSync(directory, { recursive: true, force: true }));

  test('each secret can be read from a file, one trailing line break dropped', () => {
    const jwt = 'j'.repeat(40);
    const signing = 's'.repeat(40);
    const config = loadConfig({
      AUTH_JWT_SECRET_FILE: file('jwt', `${jwt}\n`),
      INTERNAL_SIGNING_SECRET_FILE: file('signing', `${signing}\r\n`),
      DATABASE_URL_FILE: file('url', 'postgres://hub:pw@db:5432/hub\n'),
      METRICS_TOKEN_FILE: file('metrics', 'm'.repeat(20)),
      OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318',
      OTEL_EXPORTER_OTLP_HEADERS_FILE: file('otel', 'api-key=abc%20def,tenant=hub'),
    });
    assert.equal(config.auth.jwtSecret, jwt);
    assert.equal(config.auth.internalSigningSecret, signing);
    assert.deepEqual(config.database, { kind: 'postgresql', url: 'postgres://hub:pw@db:5432/hub', poolMax: 10 });
    assert.equal(config.metrics.token, 'm'.repeat(20));
    assert.deepEqual(config.tracing?.headers, { 'api-key': 'abc def', tenant: 'hub' });
  });

  test('DATABASE_PASSWORD_FILE puts the password into DATABASE_URL, encoded for a URL', () => {
    const config = loadConfig({ DATABASE_URL: 'postgres://hub@db:5432/hub', DATABASE_PASSWORD_FILE: file('pw', 'p@ss:w/rd%1\n') });
    assert.equal(config.database.kind, 'postgresql');
    const url = new URL((config.database as { url: string }).url);
    assert.equal(decodeURIComponent(url.password), 'p@ss:w/rd%1');
    assert.equal(url.username, 'hub');
    assert.equal(url.host, 'db:5432');
  });

  test('a file that cannot be read, an empty file, or a secret given twice stops start-up naming the variable, never the secret', () => {
    const cases: Array<[Record<string, string>, RegExp]> = [
      [{ AUTH_JWT_SECRET_FILE: path.join(directory, 'missing') }, /AUTH_JWT_SECRET_FILE: cannot read .*missing \(ENOENT\)/],
      [{ INTERNAL_SIGNING_SECRET_FILE: file('empty', '\n') }, /INTERNAL_SIGNING_SECRET_FILE: .*empty is empty/],
      [
        { AUTH_JWT_SECRET: 'a'.repeat(40), AUTH_JWT_SECRET_FILE: file('twice', 'b'.repeat(40)) },
        /AUTH_JWT_SECRET_FILE: set only one of AUTH_JWT_SECRET and AUTH_JWT_SECRET_FILE/,
      ],
      [{ DATABASE_PASSWORD_FILE: file('alone', 'secret-password') }, /DATABASE_PASSWORD_FILE: needs DATABASE_URL/],
      [
        { DATABASE_URL: 'postgres://hub:old@db/hub', DATABASE_PASSWORD_FILE: file('again', 'secret-password') },
        /DATABASE_PASSWORD_FILE: DATABASE_URL already has a password/,
      ],
      [{ AUTH_JWT_SECRET_FILE: file('short', 'too-short-secret') }, /AUTH_JWT_SECRET: must be at least 32 characters/],
    ];
    for (const [env, expected] of cases) {
      assert.throws(
        () => loadConfig(env),
        (error: unknown) => {
          assert.ok(error instanceof ConfigError);
          assert.match(error.message, expected);
          for (const secret of ['b'.repeat(40), 'secret-password', 'too-short-secret']) assert.ok(!error.message.includes(secret), error.message);
          return true;
        },
      );
    }
  });
});

test('metrics are on, on the process port, with no token by default; tracing is off unless an OTLP endpoint is set', () => {
  const defaults = loadConfig({});
  assert.deepEqual(defaults.metrics, { enabled: true, port: undefined, host: '127.0.0.1', token: undefined, maxOperations: 200 });
  assert.equal(defaults.tracing, undefined);
  const set = loadConfig({ METRICS_PORT: '9464', HOST: '0.0.0.0', OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318/', OTEL_TRACES_SAMPLER_ARG: '0.25' });
  assert.deepEqual(set.metrics, { enabled: true, port: 9464, host: '0.0.0.0', token: undefined, maxOperations: 200 });
  assert.deepEqual(set.tracing, { tracesUrl: 'http://collector:4318/v1/traces', headers: {}, sampleRatio: 0.25, exportDelayMs: 5000 });
  assert.equal(loadConfig({ OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: 'http://c:4318/custom' }).tracing?.tracesUrl, 'http://c:4318/custom');
  assert.equal(loadConfig({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://c:4318', OTEL_SDK_DISABLED: 'true' }).tracing, undefined);
  for (const [variable, value] of [
    ['OTEL_EXPORTER_OTLP_ENDPOINT', 'collector:4318'],
    ['OTEL_TRACES_SAMPLER_ARG', '2'],
    ['OTEL_EXPORTER_OTLP_HEADERS', 'no-equals-sign'],
    ['METRICS_TOKEN', 'short'],
    ['METRICS_PORT', 'ninety'],
  ]) {
    assert.throws(() => loadConfig({ [variable]: value }), new RegExp(`${variable}:`));
  }
});
