import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, test } from '@jest/globals';
import { harnessSettings } from '../platform/config/harness';
import { createTestDatabase, type TestDatabase } from '../platform/testing/test-database';
import { GraphQLClient } from './kit/client';
import { buildOnce } from './kit/compiled-build.cjs';
import { RECORD_OUTBOUND, runToExit, startHubProcess, type HubProcess } from './kit/processes';

/**
 * What production images run: `npm run build` (tsc to dist/), then plain `node dist/cli/….js`, with
 * no TypeScript loader. Each entry point starts, answers a signed-in query through the gateway, and
 * calls nothing outside this machine.
 */
const secrets = { AUTH_JWT_SECRET: randomBytes(32).toString('base64url'), INTERNAL_SIGNING_SECRET: randomBytes(32).toString('base64url') };
const running: HubProcess[] = [];

// `npm run build`, unless an earlier file of this run (or CI) already built these sources.
beforeAll(() => buildOnce(), 180_000);

afterAll(async () => {
  await Promise.all(running.map((p) => p.stop()));
});

async function start(script: string, args: string[], env: Record<string, string | undefined>) {
  const hubProcess = await startHubProcess([...RECORD_OUTBOUND, script, ...args], { ...secrets, ...env });
  running.push(hubProcess);
  return hubProcess;
}

/** A token from the compiled `token` CLI, with the same secret as the processes. */
async function compiledToken(...args: string[]): Promise<string> {
  const { code, stdout, stderr } = await runToExit(['dist/cli/token.js', ...args], secrets);
  assert.equal(code, 0, stderr);
  return stdout.trim().split('\n').at(-1)!;
}

function assertNothingCalledOut(...processes: HubProcess[]) {
  for (const p of processes) assert.deepEqual(p.outboundAttempts(), [], `outbound calls:\n${p.stderr()}`);
}

describe('the compiled build', () => {
  test('node dist/cli/start.js runs the embedded hub with the demo district', async () => {
    const hub = await start('dist/cli/start.js', [], { DATABASE_URL: '', PGLITE_DATA_DIR: 'memory://', GATEWAY_PORT: '0', LOAD_DEMO_DATA: 'true' });
    const client = new GraphQLClient(hub.url, await compiledToken('--role', 'DISTRICT_ADMIN'));
    const { organisationByCode } = await client.data('{ organisationByCode(code: "QH-JD01-SQ01") { name agreements { totalCount } } }');
    assert.equal(organisationByCode.name, '翠湖社区党委');
    assert.ok(organisationByCode.agreements.totalCount > 0, 'the agreements subgraph answered through the gateway');
    assertNothingCalledOut(hub);
  });

  describe('distributed: dist/cli/start-subgraph.js per subgraph and dist/cli/start-gateway.js', () => {
    let database: TestDatabase;
    beforeAll(async () => {
      database = await createTestDatabase(harnessSettings().DATABASE_URL);
    });
    afterAll(async () => {
      await Promise.all(running.map((p) => p.stop()));
      await database?.drop();
    });

    test('each on its own port, on PostgreSQL when DATABASE_URL is set (else each on an in-memory PGlite)', async () => {
      const storage = database.settings.kind === 'postgresql' ? { DATABASE_URL: database.settings.url } : { DATABASE_URL: '', PGLITE_DATA_DIR: 'memory://' };
      const organisations = await start('dist/cli/start-subgraph.js', ['organisations'], { ...storage, SUBGRAPH_PORT: '0' });
      const agreements = await start('dist/cli/start-subgraph.js', ['agreements'], {
        ...storage,
        SUBGRAPH_PORT: '0',
        SUBGRAPH_ORGANISATIONS_URL: organisations.url,
      });
      const gateway = await start('dist/cli/start-gateway.js', [], {
        GATEWAY_PORT: '0',
        SUBGRAPH_ORGANISATIONS_URL: organisations.url,
        SUBGRAPH_AGREEMENTS_URL: agreements.url,
        GRAPHQL_IDE: 'false',
        GRAPHQL_INTROSPECTION: 'false',
      });
      const operator = new GraphQLClient(gateway.url, await compiledToken('--role', 'PLATFORM_ADMIN'));
      const { createOrganisation } = await operator.data(
        'mutation { createOrganisation(input: { code: "DIST-1", name: "中共编译区委", kind: DISTRICT_COMMITTEE }) { id } }',
      );
      const { organisation } = await operator.data(`{ organisation(id: "${createOrganisation.id}") { name agreements { totalCount } } }`);
      assert.deepEqual(organisation, { name: '中共编译区委', agreements: { totalCount: 0 } });
      assertNothingCalledOut(organisations, agreements, gateway);
    });
  });
});
