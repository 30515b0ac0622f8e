import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { afterAll, beforeAll, describe, test } from '@jest/globals';
import pg from 'pg';
import { Role } from '../platform/auth/identity';
import { mintToken } from '../platform/auth/jwt';
import { resolveSecrets } from '../platform/auth/secrets';
import { loadConfig } from '../platform/config/config';
import { harnessSettings } from '../platform/config/harness';
import { createTestDatabase, type TestDatabase } from '../platform/testing/test-database';
import { GraphQLClient } from './kit/client';
import { createOrganisation } from './kit/factories';
import { connectionRefused, HubProcess, ROOT } from './kit/hub-process';
import { healthOf, until, within } from './kit/waiting';
import { buildOnce } from './kit/compiled-build.cjs';

/**
 * SIGTERM (or SIGINT) drains every kind of hub process, run as users run it: readiness turns 503 at once, new
 * connections are refused, the write in flight finishes and its caller gets the success, and the
 * process exits 0. The write is held back by a row lock taken from another connection, so it is
 * still running when the signal arrives. PostgreSQL only: embedded PGlite has a single session, so
 * nothing outside the process can hold a lock against it.
 */
const onPostgres = harnessSettings().DATABASE_URL ? describe : describe.skip;
const UPDATE = `mutation ($input: UpdateOrganisationInput!) { updateOrganisation(input: $input) { id name version } }`;
const DELAY_MS = 3000;

onPostgres('graceful shutdown on SIGTERM', () => {
  let database: TestDatabase;
  let databaseUrl: string;
  const env = {
    AUTH_JWT_SECRET: randomBytes(32).toString('base64url'),
    INTERNAL_SIGNING_SECRET: randomBytes(32).toString('base64url'),
    SHUTDOWN_DELAY_MS: String(DELAY_MS),
    SHUTDOWN_DRAIN_TIMEOUT_MS: '60000',
    HOST: '127.0.0.1',
    GATEWAY_PORT: '0',
    SUBGRAPH_PORT: '0',
    // Only organisations runs in distributed mode here; the gateway still starts without agreements.
    SUBGRAPH_AGREEMENTS_URL: 'http://127.0.0.1:9/graphql',
  };
  const running: HubProcess[] = [];
  const start = (command: string, args: string[], more: Record<string, string> = {}) => {
    const process = HubProcess.start(command, args, { ...env, DATABASE_URL: databaseUrl, ...more });
    running.push(process);
    return process;
  };

  beforeAll(async () => {
    database = await createTestDatabase(harnessSettings().DATABASE_URL);
    databaseUrl = (database.settings as { url: string }).url;
  });
  afterAll(async () => {
    await Promise.all(running.map((process) => process.stop()));
    await database?.drop();
  });

  /**
   * A rename of a new organisation through the gateway, held back by a row lock that `locker` (a
   * connection of its own, in an open transaction) keeps until it commits or rolls back.
   */
  async function renameHeldByRowLock(gatewayUrl: string, name: string) {
    const config = loadConfig(env);
    const token = await mintToken(config.auth, resolveSecrets(config.auth), { role: Role.PLATFORM_ADMIN, subject: 'shutdown-test' });
    const client = new GraphQLClient(gatewayUrl, token);
    const organisation = await createOrganisation(client, 'DISTRICT_COMMITTEE', null);
    const locker = new pg.Client({ connectionString: databaseUrl });
    await locker.connect();
    await locker.query('begin');
    await locker.query('select 1 from organisations.organisation where id = $1 for update', [organisation.id]);
    const held = { settled: false };
    const rename = client.request(UPDATE, { input: { id: organisation.id, version: organisation.version, name } }).finally(() => (held.settled = true));
    const waiting = `select count(*)::int as n from pg_stat_activity where datname = current_database() and wait_event_type = 'Lock'`;
    await until(async () => (await locker.query(waiting)).rows[0].n > 0, 'the rename to wait on the row lock');
    return { organisation, locker, rename, held };
  }

  /**
   * Signals `signal` to `processes` while a rename waits on a row lock, and checks the drain from
   * outside: not ready (but live), then refusing connections at every URL in `listening`, the rename
   * answered as a success and stored exactly once, every process exiting 0.
   */
  async function drainsAWriteInFlight(gatewayUrl: string, processes: HubProcess[], listening: string[], signal: NodeJS.Signals = 'SIGTERM') {
    const { organisation, locker, rename, held } = await renameHeldByRowLock(gatewayUrl, '停机时改名的区委');
    try {
      for (const process of processes) process.signal(signal);
      for (const url of listening) {
        await until(async () => (await healthOf(url, 'ready')).status === 503, `${url} to stop being ready`, DELAY_MS);
        assert.equal((await healthOf(url, 'live')).status, 200, 'draining is alive');
      }
      for (const url of listening) await until(() => connectionRefused(url), `${url} to refuse new connections`);
      assert.equal(held.settled, false, 'the rename was still waiting on the lock while the listeners closed');
      await locker.query('commit');

      const answer = await within(60_000, rename, 'the rename in flight');
      assert.equal(answer.errors, undefined, JSON.stringify(answer.errors));
      assert.equal(answer.data.updateOrganisation.name, '停机时改名的区委');
      for (const process of processes) assert.equal(await within(60_000, process.exited, 'exit'), 0, process.log);
      const stored = await locker.query('select name, version from organisations.organisation where id = $1', [organisation.id]);
      assert.deepEqual(stored.rows, [{ name: '停机时改名的区委', version: organisation.version + 1 }]);
      const audit = `select count(*)::int as n from organisations.audit_entry where entity_id = $1 and action = 'UPDATE'`;
      assert.equal((await locker.query(audit, [organisation.id])).rows[0].n, 1, 'the rename was written exactly once');
    } finally {
      await locker.end();
    }
  }

  test('npm start (the whole hub in one process) drains', async () => {
    const hub = start('npm', ['start']);
    const gatewayUrl = (await hub.logged('gateway listening')).url;
    await drainsAWriteInFlight(gatewayUrl, [hub], [gatewayUrl]);
  });

  test('npm run start:subgraph and start:gateway drain', async () => {
    const subgraph = start('npm', ['run', 'start:subgraph', '--', 'organisations']);
    const subgraphUrl = (await subgraph.logged('subgraph listening')).url;
    const gateway = start('npm', ['run', 'start:gateway'], { SUBGRAPH_ORGANISATIONS_URL: subgraphUrl });
    const gatewayUrl = (await gateway.logged('gateway listening')).url;
    await drainsAWriteInFlight(gatewayUrl, [gateway, subgraph], [gatewayUrl, subgraphUrl]);
  });

  test('what is still running when SHUTDOWN_DRAIN_TIMEOUT_MS has passed is cut, and the process still exits', async () => {
    const hub = start('npm', ['start'], { SHUTDOWN_DELAY_MS: '0', SHUTDOWN_DRAIN_TIMEOUT_MS: '1000' });
    const { locker, rename } = await renameHeldByRowLock((await hub.logged('gateway listening')).url, '来不及改名的区委');
    try {
      hub.signal('SIGTERM');
      await assert.rejects(within(30_000, rename, 'the rename cut by the drain timeout'), /fetch failed/);
    } finally {
      await locker.query('rollback');
      await locker.end();
    }
    assert.equal(await within(30_000, hub.exited, 'exit'), 0, hub.log);
    assert.ok(hub.log.includes('shutdown drain timed out'), hub.log);
  });

  describe('compiled', () => {
    // `npm run build` (the gateway reads the supergraph beside its compiled code, as in the
    // Dockerfile), shared with the other tests of the compiled build.
    const dist = path.join(ROOT, 'dist');
    beforeAll(() => buildOnce(), 180_000);

    test('node dist/cli/start-subgraph.js and start-gateway.js drain, on SIGINT too', async () => {
      const subgraph = start(process.execPath, [path.join(dist, 'cli', 'start-subgraph.js'), 'organisations']);
      const subgraphUrl = (await subgraph.logged('subgraph listening')).url;
      const gateway = start(process.execPath, [path.join(dist, 'cli', 'start-gateway.js')], { SUBGRAPH_ORGANISATIONS_URL: subgraphUrl });
      const gatewayUrl = (await gateway.logged('gateway listening')).url;
      await drainsAWriteInFlight(gatewayUrl, [gateway, subgraph], [gatewayUrl, subgraphUrl], 'SIGINT');
    });
  });
});
