import assert from 'node:assert/strict';
import { test } from '@jest/globals';
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

test('a subgraph call may not outlast the whole request', () => {
  assert.deepEqual(loadConfig({}).timeouts, { subgraphMs: 10_000, requestMs: 30_000 });
  assert.deepEqual(loadConfig({ SUBGRAPH_TIMEOUT_MS: '2000', GATEWAY_REQUEST_TIMEOUT_MS: '5000' }).timeouts, { subgraphMs: 2000, requestMs: 5000 });
  assert.throws(() => loadConfig({ SUBGRAPH_TIMEOUT_MS: '30000' }), /SUBGRAPH_TIMEOUT_MS: must be below GATEWAY_REQUEST_TIMEOUT_MS/);
});
