import assert from 'node:assert/strict';
import { once } from 'node:events';
import net from 'node:net';
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, test } from '@jest/globals';
import { FROM_SOURCES, runToExit } from './kit/processes';

/** Starting a process of the hub: what an operator sees when something is in the way. */
const secrets = { AUTH_JWT_SECRET: randomBytes(32).toString('base64url'), INTERNAL_SIGNING_SECRET: randomBytes(32).toString('base64url') };
const embedded = { DATABASE_URL: '', PGLITE_DATA_DIR: 'memory://', HOST: '127.0.0.1', LOG_LEVEL: 'info' };
let occupier: net.Server;
let busyPort: string;

beforeAll(async () => {
  occupier = net.createServer().listen(0, '127.0.0.1');
  await once(occupier, 'listening');
  busyPort = String((occupier.address() as net.AddressInfo).port);
});
afterAll(() => new Promise<void>((resolve) => occupier.close(() => resolve())));

/** One line naming the variable, exit code 78, and no trace of the slow start having begun. */
function assertRefusedForPort(result: { code: number | null; stderr: string }, variable: string) {
  assert.equal(result.code, 78, result.stderr);
  const lines = result.stderr.trim().split('\n');
  assert.equal(lines.length, 1, `one line, no stack trace or start-up log:\n${result.stderr}`);
  assert.match(lines[0], new RegExp(`^${variable}: port ${busyPort} on 127\\.0\\.0\\.1 is already in use; .*set ${variable}`));
}

describe('a port already in use', () => {
  test('npm start fails at once, before any subgraph or the demo district starts, naming GATEWAY_PORT', async () => {
    assertRefusedForPort(await runToExit([...FROM_SOURCES, 'cli/start.ts'], { ...secrets, ...embedded, GATEWAY_PORT: busyPort }), 'GATEWAY_PORT');
  });

  test('npm run start:gateway names GATEWAY_PORT', async () => {
    assertRefusedForPort(await runToExit([...FROM_SOURCES, 'cli/start-gateway.ts'], { ...secrets, HOST: '127.0.0.1', GATEWAY_PORT: busyPort }), 'GATEWAY_PORT');
  });

  test('npm run start:subgraph fails before migrating, naming SUBGRAPH_PORT', async () => {
    assertRefusedForPort(
      await runToExit([...FROM_SOURCES, 'cli/start-subgraph.ts', 'organisations'], { ...secrets, ...embedded, SUBGRAPH_PORT: busyPort }),
      'SUBGRAPH_PORT',
    );
  });
});
