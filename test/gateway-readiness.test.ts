import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { once } from 'node:events';
import net from 'node:net';
import { afterAll, beforeAll, test } from '@jest/globals';
import { gatewayRunOptions } from '../cli/stack';
import { startGateway } from '../gateway/gateway';
import { resolveSecrets } from '../platform/auth/secrets';
import { loadConfig } from '../platform/config/config';
import type { RunningServer } from '../platform/http/graphql-server';
import { createLogger } from '../platform/logging/logger';
import { healthOf, within } from './kit/waiting';
import { SUBGRAPH_NAMES } from '../subgraphs';

/** A subgraph that accepts connections and never answers must not hang the gateway's readiness. */
let silent: net.Server;
let gateway: RunningServer;
const sockets = new Set<net.Socket>();

beforeAll(async () => {
  silent = net.createServer((socket) => void sockets.add(socket)).listen(0, '127.0.0.1');
  await once(silent, 'listening');
  const hanging = `http://127.0.0.1:${(silent.address() as net.AddressInfo).port}/graphql`;
  const config = loadConfig({
    GATEWAY_PORT: '0',
    HEALTH_CHECK_TIMEOUT_MS: '500',
    AUTH_JWT_SECRET: randomBytes(32).toString('base64url'),
    INTERNAL_SIGNING_SECRET: randomBytes(32).toString('base64url'),
  });
  gateway = await startGateway({
    ...gatewayRunOptions(config, resolveSecrets(config.auth), createLogger('silent')),
    subgraphUrls: Object.fromEntries(SUBGRAPH_NAMES.map((name) => [name, hanging])),
  });
});

afterAll(async () => {
  await gateway?.close();
  for (const socket of sockets) socket.destroy();
  silent?.close();
});

test('the gateway answers 503 within its health check timeout when a subgraph hangs, and stays live', async () => {
  const ready = await within(10_000, healthOf(gateway.url, 'ready'), 'readiness with a hanging subgraph');
  assert.equal(ready.status, 503);
  assert.deepEqual(
    ready.body.checks.map((c: { ok: boolean }) => c.ok),
    SUBGRAPH_NAMES.map(() => false),
  );
  assert.equal((await healthOf(gateway.url, 'live')).status, 200);
});
