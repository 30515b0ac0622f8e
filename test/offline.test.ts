import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { afterAll, test } from '@jest/globals';
import { Role } from '../platform/auth/identity';
import { mintToken } from '../platform/auth/jwt';
import { resolveSecrets } from '../platform/auth/secrets';
import { loadConfig } from '../platform/config/config';
import { GraphQLClient } from './kit/client';
import { FROM_SOURCES, RECORD_OUTBOUND, runToExit, startHubProcess, type HubProcess } from './kit/processes';

/**
 * A hub for government networks calls nothing its operator did not configure: no usage or schema
 * reports to Apollo, no telemetry, no probes of cloud metadata addresses, even with Apollo's
 * variables set in its environment. The process runs with a preloaded recorder that reports (and
 * refuses) every connection or name lookup that is not for this machine.
 */
const secrets = { AUTH_JWT_SECRET: randomBytes(32).toString('base64url'), INTERNAL_SIGNING_SECRET: randomBytes(32).toString('base64url') };
let hub: HubProcess | undefined;

afterAll(() => hub?.stop());

test('the recorder catches an outbound connection and a name lookup (so its silence below means something)', async () => {
  const script = "require('node:http').get('http://192.0.2.1/').on('error', () => {}); require('node:dns').lookup('example.org', () => {});";
  const { stderr } = await runToExit([...RECORD_OUTBOUND, '-e', script], {});
  assert.match(stderr, /OUTBOUND-ATTEMPT \{"kind":"connect","target":"192\.0\.2\.1:80"\}/);
  assert.match(stderr, /OUTBOUND-ATTEMPT \{"kind":"dns\.lookup","target":"example\.org"\}/);
});

test('npm start, with Apollo usage reporting, schema reporting and telemetry asked for, calls out to nothing', async () => {
  hub = await startHubProcess([...FROM_SOURCES, ...RECORD_OUTBOUND, 'cli/start.ts'], {
    ...secrets,
    DATABASE_URL: '',
    PGLITE_DATA_DIR: 'memory://',
    GATEWAY_PORT: '0',
    LOAD_DEMO_DATA: 'true',
    APOLLO_KEY: 'service:party-building-hub:not-a-real-key',
    APOLLO_GRAPH_REF: 'party-building-hub@current',
    APOLLO_SCHEMA_REPORTING: 'true',
    APOLLO_TELEMETRY_DISABLED: 'false',
  });
  const config = loadConfig(secrets);
  const client = new GraphQLClient(hub.url, await mintToken(config.auth, resolveSecrets(config.auth), { role: Role.PLATFORM_ADMIN, subject: 'offline' }));
  for (let i = 0; i < 3; i++) {
    const { organisationByCode } = await client.data('{ organisationByCode(code: "QH") { name children { totalCount } agreements { totalCount } } }');
    assert.equal(organisationByCode.name, '中共清河区委');
  }
  await client.data('{ __schema { queryType { name } } }');
  assert.equal((await client.request('{ nothingHere }')).errors?.[0].extensions?.code, 'GRAPHQL_VALIDATION_FAILED');
  await hub.stop(); // usage reports are also sent when a server stops
  assert.deepEqual(hub.outboundAttempts(), [], hub.stderr());
});
