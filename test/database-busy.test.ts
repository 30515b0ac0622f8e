import assert from 'node:assert/strict';
import { describe, test } from '@jest/globals';
import { useTestStack } from './kit/stack';
import { healthOf, until, within } from './kit/waiting';

/**
 * When every database connection is taken (PostgreSQL's pool, or embedded PGlite's one connection),
 * requests answer SERVICE_UNAVAILABLE after the acquire timeout instead of hanging, readiness says
 * so quickly, and liveness fails once nothing has come back for the stall limit; when the
 * connections come back, everything serves again without a restart. Runs on both databases.
 */
const hub = useTestStack({
  env: { DATABASE_ACQUIRE_TIMEOUT_MS: '1000', HEALTH_CHECK_TIMEOUT_MS: '1000', LIVENESS_DATABASE_STALL_MS: '2000' },
});

const COUNT = '{ organisations { totalCount } }';
const organisationsUrl = () => hub.stack.subgraphs.find((s) => s.name === 'organisations')!.url;

/** Takes every connection the organisations subgraph could use, each in an open transaction, until released. */
async function takeEveryConnection(): Promise<() => Promise<void>> {
  const count = hub.config.database.kind === 'postgresql' ? hub.config.database.poolMax : 1;
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  const holding: Promise<void>[] = [];
  const holders = Array.from({ length: count }, () => {
    let began!: () => void;
    holding.push(new Promise<void>((resolve) => (began = resolve)));
    return hub.em('organisations').transactional(async (em) => {
      await em.execute('select 1');
      began();
      await released;
    });
  });
  await Promise.all(holding);
  return async () => {
    release();
    await Promise.all(holders);
  };
}

describe('a database with no free connection', () => {
  test('answers SERVICE_UNAVAILABLE instead of hanging, reports not ready and then not live, and recovers without a restart', async () => {
    const giveBack = await takeEveryConnection();
    try {
      const answer = await within(20_000, hub.gateway.request(COUNT), 'a request while every connection is taken');
      assert.equal(answer.status, 200);
      assert.equal(answer.errors?.[0]?.extensions?.code, 'SERVICE_UNAVAILABLE', JSON.stringify(answer.errors));
      assert.equal(answer.errors?.[0]?.extensions?.reason, 'TEMPORARILY_UNAVAILABLE');
      assert.equal((await healthOf(organisationsUrl(), 'ready')).status, 503);
      const gateway = await healthOf(hub.stack.gateway.url, 'ready');
      assert.deepEqual(
        gateway.body.checks.find((c: { name: string }) => c.name === 'organisations'),
        { name: 'organisations', ok: false },
      );
      // It still answers the other subgraphs' fields, so it stays ready (degraded) while any subgraph is
      // (on PostgreSQL each subgraph has its own pool; embedded, they share the one connection).
      assert.equal(gateway.status, gateway.body.checks.some((c: { ok: boolean }) => c.ok) ? 200 : 503, JSON.stringify(gateway.body));
      await until(async () => (await healthOf(organisationsUrl(), 'live')).status === 503, 'liveness to fail while the connections stay taken');
      const live = await healthOf(organisationsUrl(), 'live');
      assert.equal(live.body.failing[0].name, 'database connections');
    } finally {
      await giveBack();
    }
    assert.equal((await healthOf(organisationsUrl(), 'live')).status, 200);
    assert.equal((await healthOf(organisationsUrl(), 'ready')).status, 200);
    const after = await within(20_000, hub.gateway.request(COUNT), 'a request after the connections came back');
    assert.equal(after.errors, undefined, JSON.stringify(after.errors));
  });

  test('a transaction that fails, in its body or at commit, gives its connection back', async () => {
    const em = hub.em('organisations');
    await em.execute('create table organisations.busy_probe (id int, constraint busy_probe_unique unique (id) deferrable initially deferred)');
    const rounds = hub.config.database.kind === 'postgresql' ? hub.config.database.poolMax + 1 : 3;
    for (let round = 0; round < rounds; round += 1) {
      await assert.rejects(
        hub.em('organisations').transactional(async (tx) => {
          await tx.execute('insert into organisations.busy_probe (id) values (1)');
          throw new Error('the body failed');
        }),
        /the body failed/,
      );
      // The duplicate is only found at COMMIT: the constraint is deferred.
      await assert.rejects(
        hub.em('organisations').transactional(async (tx) => {
          await tx.execute('insert into organisations.busy_probe (id) values (2), (2)');
        }),
        /busy_probe_unique/,
      );
    }
    const after = await within(20_000, hub.gateway.request(COUNT), 'a request after the failed transactions');
    assert.equal(after.errors, undefined, JSON.stringify(after.errors));
    assert.equal((await hub.em('organisations').execute('select count(*)::int as n from organisations.busy_probe'))[0].n, 0);
  });
});
