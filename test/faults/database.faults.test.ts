import assert from 'node:assert/strict';
import { beforeAll, describe, test } from '@jest/globals';
import pg from 'pg';
import { NONCE_POOL_MAX } from '../../platform/auth/nonce-store';
import { harnessSettings } from '../../platform/config/harness';
import { applicationNameOf } from '../../platform/orm/orm';
import { SUBGRAPHS } from '../../subgraphs';
import { useFleet } from '../kit/use-fleet';
import { healthOf, until, within } from '../kit/waiting';
import { MixedWorkload } from '../kit/workload';

/**
 * PostgreSQL failing under the distributed deployment (compiled build, one process per subgraph):
 * its connections terminated again and again under a mixed write load, and the database refusing
 * connections. While it lasts every request fails fast with a clear, retryable error (never
 * INTERNAL_SERVER_ERROR, never a hang); afterwards the same processes serve everything again, no
 * subgraph holds more connections than its pool, and every acknowledged write is stored once.
 */
const POOL_MAX = 3;
const ACQUIRE_MS = 1_500;
const hub = useFleet({
  env: {
    DATABASE_POOL_MAX: String(POOL_MAX),
    DATABASE_ACQUIRE_TIMEOUT_MS: String(ACQUIRE_MS),
    DATABASE_STATEMENT_TIMEOUT_MS: '6000',
    HEALTH_CHECK_TIMEOUT_MS: '1000',
  },
});
/** Told to come back later: the database (SERVICE_UNAVAILABLE) or a subgraph's door (SUBGRAPH_UNAVAILABLE). */
const RETRYABLE = new Set(['SERVICE_UNAVAILABLE', 'SUBGRAPH_UNAVAILABLE']);
/** The slowest a refusal may be: the statement timeout, plus slack for a loaded machine. */
const FAILS_WITHIN_MS = 15_000;
let workload: MixedWorkload;

/** Connections to the test database per application_name (the hub's are `hub:<schema>` and `hub:nonces`). */
async function connectionsByApplication(): Promise<Record<string, number>> {
  const { rows } = await hub.admin.query<{ application_name: string; n: number }>(
    `select application_name, count(*)::int as n from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid() group by 1`,
  );
  return Object.fromEntries(rows.map((r) => [r.application_name, r.n]));
}

/** Every hub connection within its pool's bound (one process per subgraph here). */
async function assertNoConnectionLeaked() {
  // Connections cut a moment ago may still be listed while their backends exit.
  await new Promise((resolve) => setTimeout(resolve, 500));
  const counts = await connectionsByApplication();
  for (const s of SUBGRAPHS) assert.ok((counts[applicationNameOf(s.storage.schema)] ?? 0) <= POOL_MAX, `${s.name} leaked: ${JSON.stringify(counts)}`);
  assert.ok((counts['hub:nonces'] ?? 0) <= NONCE_POOL_MAX * SUBGRAPHS.length, `nonce stores leaked: ${JSON.stringify(counts)}`);
  const unnamed = Object.keys(counts).filter((name) => !name.startsWith('hub:') && name !== 'fault-suite');
  assert.deepEqual(unnamed, [], `connections without an application_name of the hub: ${JSON.stringify(counts)}`);
}

/** The load runs clean again, on the same processes. */
async function servesAgain(pids: number[]) {
  // Each process finds the database again on its own: all of them ready before the load must run clean.
  for (const instance of [...hub.fleet.instances.values()].flat()) {
    let last: unknown;
    await until(
      async () => {
        const health = await healthOf(instance.process.url, 'ready').catch((error: Error) => ({ status: 0, body: error.message }));
        last = health.body;
        return health.status === 200;
      },
      `${instance.kind} to be ready again`,
      60_000,
    ).catch((error: Error) => {
      // Say what the process last answered and logged, not only that it timed out.
      throw new Error(`${error.message}: ${JSON.stringify(last)}\n${instance.process.stderr().slice(-4000)}`);
    });
  }
  await until(
    async () => {
      const before = workload.failures.length;
      await workload.once();
      return workload.failures.length === before;
    },
    'a request to succeed again',
    60_000,
  );
  const failuresBefore = workload.failures.length;
  let clean = 0;
  await workload.drive(3, () => clean++ < 30);
  assert.deepEqual(workload.failures.slice(failuresBefore), [], 'every request succeeds once the database is back');
  assert.deepEqual(
    hub.fleet.processes().map((p) => p.pid),
    pids,
    'recovered without a restart',
  );
}

function assertFailedClearly(from: number) {
  const failures = workload.failures.slice(from);
  for (const failure of failures) {
    assert.ok(failure.codes.length > 0 && failure.codes.every((code) => RETRYABLE.has(code)), `not a clear retryable error: ${JSON.stringify(failure)}`);
    assert.ok(failure.ms < FAILS_WITHIN_MS, `a refusal took ${failure.ms} ms: ${JSON.stringify(failure)}`);
  }
  return failures.length;
}

beforeAll(async () => {
  workload = await MixedWorkload.prepare(hub.operator, (actor) => hub.fleet.client(actor));
});

describe('PostgreSQL failing under load', () => {
  test('connections terminated every 300 ms for 8 s under a mixed write load: clear errors, then full recovery, no leak, writes stored once', async () => {
    const pids = hub.fleet.processes().map((p) => p.pid);
    const from = workload.failures.length;
    const requestsBefore = workload.requests;
    let running = true;
    const load = workload.drive(4, () => running);
    let terminated = 0;
    try {
      const until = Date.now() + 8_000;
      while (Date.now() < until) {
        const { rowCount } = await hub.admin.query(
          `select pg_terminate_backend(pid) from pg_stat_activity where datname = current_database() and application_name like 'hub:%'`,
        );
        terminated += rowCount ?? 0;
        await new Promise((resolve) => setTimeout(resolve, 300));
      }
    } finally {
      running = false;
      await within(60_000, load, 'the load while connections were cut');
    }
    const failed = assertFailedClearly(from);
    assert.ok(terminated > 10, `only ${terminated} connections were terminated`);
    assert.ok(workload.requests - requestsBefore >= 8, `only ${workload.requests - requestsBefore} requests ran while connections were cut`);
    // Some requests must have met a cut connection, or the fault was never injected where it matters.
    assert.ok(failed > 0, 'no request met a terminated connection');
    await servesAgain(pids);
    await assertNoConnectionLeaked();
    assert.deepEqual(await workload.verify(hub.admin), []);
  });

  test('the database refusing connections: every request fails fast and clearly, then all serve again without a restart', async () => {
    const pids = hub.fleet.processes().map((p) => p.pid);
    const server = new pg.Client({ connectionString: harnessSettings().DATABASE_URL, application_name: 'fault-suite' });
    await server.connect();
    const database = new URL(hub.databaseUrl).pathname.slice(1);
    const from = workload.failures.length;
    try {
      await server.query(`alter database "${database}" with allow_connections false`);
      await server.query(`select pg_terminate_backend(pid) from pg_stat_activity where datname = $1 and application_name like 'hub:%'`, [database]);
      let sent = 0;
      await workload.drive(3, () => sent++ < 15);
      const failed = assertFailedClearly(from);
      // Reads of data no subgraph holds in memory, and every write, need the database: all of them fail.
      assert.ok(failed >= 10, `only ${failed} of 15 requests failed while the database refused connections`);
    } finally {
      await server.query(`alter database "${database}" with allow_connections true`);
      await server.end();
    }
    await servesAgain(pids);
    await assertNoConnectionLeaked();
    assert.deepEqual(await workload.verify(hub.admin), []);
  });
});

describe('a failure in the middle of a multi-row write', () => {
  test("importAgreements' transaction cut after some of its rows were written: nothing of it is stored", async () => {
    // The workload's unit and the community it sits in.
    const { rows: pairs } = await hub.admin.query<{ community: string; unit: string }>(
      `select c.code as community, u.code as unit from organisations.organisation u join organisations.organisation c on c.id = u.parent_id
        where u.kind = 'UNIT_PARTY_ORGANISATION' limit 1`,
    );
    const [{ community, unit }] = pairs;
    const header = '共建组织代码,单位代码,协议名称,签订日期,开始日期,结束日期,资源清单,需求清单';
    const rows = Array.from({ length: 25 }, (_, i) => `${community},${unit},导入中断协议${i},,2026-01-01,2027-12-31,场地|会议室|1|间,志愿者|助老服务|高`);
    const tables = ['agreements.agreement', 'agreements.audit_entry', 'agreements.agreement_number_sequence'];
    const snapshot = async () =>
      Promise.all(
        tables.map(async (t) => (await hub.admin.query(`select md5(coalesce(string_agg(x::text, '|' order by x::text), '')) as h from ${t} x`)).rows[0].h),
      );
    const before = await snapshot();

    // The import's transaction writes its rows, then its audit entries: a lock on the audit table
    // (taken from another connection) holds it there, in the middle, until its backend is terminated.
    const locker = new pg.Client({ connectionString: hub.databaseUrl, application_name: 'fault-suite' });
    await locker.connect();
    try {
      await locker.query('begin');
      await locker.query('lock table agreements.audit_entry in share mode');
      const answer = hub.operator.request(`mutation ($csv: String!) { importAgreements(csv: $csv) { imported } }`, { csv: [header, ...rows].join('\n') });
      const waiting = `select pid, query from pg_stat_activity where datname = current_database() and application_name = $1 and wait_event_type = 'Lock'`;
      let stuck: { pid: number; query: string } | undefined;
      await until(
        async () =>
          (stuck = (await hub.admin.query(waiting, [applicationNameOf(SUBGRAPHS.find((s) => s.name === 'agreements')!.storage.schema)])).rows[0]) !== undefined,
        'the import to wait mid-write',
      );
      // It got as far as writing agreement numbers (and, depending on the flush order, agreements) before it waited.
      await hub.admin.query('select pg_terminate_backend($1)', [stuck!.pid]);
      await locker.query('rollback');
      const response = await within(FAILS_WITHIN_MS, answer, 'the cut import');
      assert.equal(response.data?.importAgreements ?? null, null);
      assert.deepEqual(
        response.errors?.map((e) => e.extensions?.code),
        ['SERVICE_UNAVAILABLE'],
        JSON.stringify(response.errors),
      );
    } finally {
      await locker.end();
    }
    assert.deepEqual(await snapshot(), before, 'nothing of the cut import is stored');
    const again = await hub.operator.data(`mutation ($csv: String!) { importAgreements(csv: $csv) { imported } }`, { csv: [header, ...rows].join('\n') });
    assert.equal(again.importAgreements.imported, rows.length, 'the same file imports whole once the database serves');
    await assertNoConnectionLeaked();
  });
});
