import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, test } from '@jest/globals';
import { parse } from 'yaml';
import { Role } from '../../platform/auth/identity';
import { mintToken } from '../../platform/auth/jwt';
import { resolveSecrets } from '../../platform/auth/secrets';
import { loadConfig } from '../../platform/config/config';
import { harnessSettings } from '../../platform/config/harness';
import { createTestDatabase, type TestDatabase } from '../../platform/testing/test-database';
import { inStartOrder } from '../../subgraphs';
import { GraphQLClient } from '../kit/client';
import { createOrganisation } from '../kit/factories';
import { ROOT, runToExit, startHubProcess, type HubProcess } from '../kit/processes';
import { reachEverySubgraph } from '../kit/reach-every-subgraph';

/**
 * docker-compose.yml as far as this machine allows (no Docker engine): the compiled build started
 * with each hub service's command and environment as the file writes them, its secrets as files,
 * hosts and ports mapped to loopback; each service's health check command passes, and a query
 * through the gateway reaches every subgraph.
 */
interface ComposeService {
  command: string[];
  environment: Record<string, string>;
  secrets?: string[];
  healthcheck: { test: string[] };
  depends_on?: Record<string, unknown>;
}
const compose = parse(readFileSync(path.join(ROOT, 'docker-compose.yml'), 'utf8'), { merge: true }) as {
  services: Record<string, ComposeService>;
  secrets: Record<string, { file: string }>;
};
const secretsDir = mkdtempSync(path.join(os.tmpdir(), 'compose-secrets-'));
const secretValues = Object.fromEntries(Object.keys(compose.secrets).map((name) => [name, randomBytes(36).toString('base64')]));
const running: HubProcess[] = [];
const urls = new Map<string, string>();
let database: TestDatabase;

/** `${NAME:-default}` as compose substitutes it with nothing set; `${NAME:?…}` would refuse to start. */
function substitute(value: string): string {
  return value.replace(/\$\{(\w+)(:-([^}]*)|:\?[^}]*)?\}/g, (_, name: string, rest: string | undefined, fallback: string | undefined) => {
    if (rest?.startsWith(':?')) throw new Error(`docker-compose.yml needs ${name} set: compose refuses to start without it`);
    return fallback ?? '';
  });
}

function environmentOf(name: string, databaseUrl: string): Record<string, string> {
  const service = compose.services[name];
  const env: Record<string, string> = {};
  for (const [key, raw] of Object.entries(service.environment)) {
    let value = substitute(String(raw));
    const peer = /^http:\/\/(\w+):\d+\/graphql$/.exec(value)?.[1];
    if (peer) value = urls.get(peer) ?? assert.fail(`${name} names ${peer} before it started`);
    const secret = /^\/run\/secrets\/(\w+)$/.exec(value)?.[1];
    if (secret) {
      assert.ok(service.secrets?.includes(secret), `${name} mounts ${secret}`);
      value = path.join(secretsDir, secret);
    }
    env[key] = value;
  }
  // The service names resolve only inside compose's network, and its ports may be taken here.
  return { ...env, DATABASE_URL: env.DATABASE_URL ? databaseUrl : '', HOST: '127.0.0.1', SUBGRAPH_PORT: '0', GATEWAY_PORT: '0' };
}

beforeAll(async () => {
  const serverUrl = harnessSettings().DATABASE_URL;
  if (!serverUrl) throw new Error('the fault suite runs on PostgreSQL: set DATABASE_URL');
  database = await createTestDatabase(serverUrl);
  for (const [name, value] of Object.entries(secretValues)) writeFileSync(path.join(secretsDir, name), `${value}\n`, { mode: 0o400 });
});

afterAll(async () => {
  await Promise.all(running.map((p) => p.stop()));
  await database?.drop();
  rmSync(secretsDir, { recursive: true, force: true });
});

test("every hub service started from the compose file's command and environment, healthy, answering through the gateway", async () => {
  const databaseUrl = (database.settings as { url: string }).url;
  const order = [...inStartOrder().map((s) => s.name), 'gateway'];
  for (const name of order) {
    const service = compose.services[name];
    assert.equal(service.command[0], 'node');
    const started = await startHubProcess(service.command.slice(1), { ...environmentOf(name, databaseUrl), LOG_LEVEL: 'info' }, 120_000);
    running.push(started);
    urls.set(name, started.url);
    const [kind, command, flag, script] = service.healthcheck.test;
    assert.deepEqual([kind, command, flag], ['CMD', 'node', '-e']);
    const port = new URL(started.url).port;
    const check = await runToExit(['-e', script.replace(/127\.0\.0\.1:\d+/, `127.0.0.1:${port}`)], {});
    assert.equal(check.code, 0, `${name}'s health check: ${check.stderr}`);
  }
  const config = loadConfig({ AUTH_JWT_SECRET: secretValues.auth_jwt_secret });
  const token = await mintToken(config.auth, resolveSecrets(config.auth), { role: Role.PLATFORM_ADMIN, subject: 'compose-check' });
  const client = new GraphQLClient(urls.get('gateway')!, token);
  await createOrganisation(client, 'DISTRICT_COMMITTEE', null);
  const answer = await client.request(reachEverySubgraph().query);
  assert.equal(answer.errors, undefined, JSON.stringify(answer.errors));
  assert.equal(answer.data.organisations.totalCount, 1);
});
