import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import path from 'node:path';
import { afterAll, beforeAll, describe, test } from '@jest/globals';
import { AuditEntry } from '../platform/audit/audit-entry.entity';
import { Role } from '../platform/auth/identity';
import { childEnvironment } from '../platform/config/harness';
import { READ_AGREEMENT, REGISTER, agreementInput, demoParties, type Parties } from './kit/agreements';
import { GraphQLClient } from './kit/client';
import { freePort, waitUntilServing } from './kit/processes';
import { useTestStack } from './kit/stack';

/**
 * `npm run start:hive-gateway` (examples/hive-gateway): another federation router, as a real process,
 * serves the committed supergraph over the same subgraphs and signs the way they demand.
 */
const hub = useTestStack({ demo: true });
let p: Parties;
let hive: ChildProcess;
let url: string;
let output = '';

const as = async (role: Role, subject: string, organisationId: string) => new GraphQLClient(url, await hub.tokenFor({ role, subject, organisationId }));
const AGREEMENT = `query ($id: ID!) { agreement(id: $id) { id title partner { id name } committee { name } } }`;

beforeAll(async () => {
  p = await demoParties(hub);
  const port = await freePort();
  url = `http://127.0.0.1:${port}/graphql`;
  const subgraphUrl = (name: string) => hub.stack.subgraphs.find((s) => s.name === name)!.url;
  // detached: its own process group, so stopping it stops npm and the gateway npm started.
  hive = spawn('npm', ['run', '-s', 'start:hive-gateway'], {
    cwd: path.join(__dirname, '..'),
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: childEnvironment({
      HOST: '127.0.0.1',
      GATEWAY_PORT: String(port),
      AUTH_JWT_SECRET: hub.config.auth.jwtSecret,
      INTERNAL_SIGNING_SECRET: hub.config.auth.internalSigningSecret,
      SUBGRAPH_ORGANISATIONS_URL: subgraphUrl('organisations'),
      SUBGRAPH_AGREEMENTS_URL: subgraphUrl('agreements'),
    }),
  });
  hive.stdout!.on('data', (chunk) => (output += chunk));
  hive.stderr!.on('data', (chunk) => (output += chunk));
  await waitUntilServing(
    `http://127.0.0.1:${port}/readiness`,
    () => (hive.exitCode !== null ? `the Hive gateway exited (${hive.exitCode}):\n${output}` : undefined),
    90_000,
  );
});

afterAll(async () => {
  if (!hive?.pid || hive.exitCode !== null) return;
  const exited = once(hive, 'exit');
  process.kill(-hive.pid, 'SIGTERM');
  await exited;
});

describe('the Hive Gateway example', () => {
  test('refuses callers without a valid token, as the hub gateway does', async () => {
    const cases: Array<[GraphQLClient, string]> = [
      [new GraphQLClient(url), 'TOKEN_REQUIRED'],
      [new GraphQLClient(url, 'not-a-jwt'), 'TOKEN_INVALID'],
    ];
    for (const [client, reason] of cases) {
      const response = await client.request('{ organisations { totalCount } }');
      assert.equal(response.status, 401);
      assert.deepEqual([response.errors?.[0].extensions?.code, response.errors?.[0].extensions?.reason], ['UNAUTHENTICATED', reason]);
    }
  });

  test('answers a query across both subgraphs with what the hub gateway answers', async () => {
    const agreement = (await p.partner.data(REGISTER, { input: agreementInput(p, { title: '蜂巢网关查询协议' }) })).registerAgreement;
    const partner = await as(Role.PARTNER_UNIT, 'unit-1', p.unit.id);
    const viaHive = await partner.data(AGREEMENT, { id: agreement.id });
    assert.deepEqual(viaHive, await p.partner.data(AGREEMENT, { id: agreement.id }));
    assert.equal(viaHive.agreement.partner.id, p.unit.id);
  });

  test('runs a mutation as the signed-in caller, recorded in the audit trail under that caller', async () => {
    const partner = await as(Role.PARTNER_UNIT, 'hive-unit-user', p.unit.id);
    const { registerAgreement } = await partner.data(REGISTER, { input: agreementInput(p, { title: '经蜂巢网关登记的协议' }) });
    assert.equal(registerAgreement.title, '经蜂巢网关登记的协议');
    const stored = await p.partner.data(READ_AGREEMENT, { id: registerAgreement.id });
    assert.equal(stored.agreement.title, '经蜂巢网关登记的协议');
    const trail = await hub.em('agreements').find(AuditEntry, { entityType: 'Agreement', entityId: registerAgreement.id });
    assert.deepEqual(
      trail.map((entry) => [entry.actorSubject, entry.actorRole]),
      [['hive-unit-user', Role.PARTNER_UNIT]],
    );
  });

  test('two callers sending the same query at once each get their own answer (no shared in-flight request)', async () => {
    const agreement = (await p.partner.data(REGISTER, { input: agreementInput(p, { title: '并发请求协议' }) })).registerAgreement;
    const owner = await as(Role.PARTNER_UNIT, 'unit-1', p.unit.id);
    const stranger = await as(Role.PARTNER_UNIT, 'unit-2', p.otherUnit.id);
    const answers = await Promise.all(
      Array.from({ length: 10 }, (_, i) => (i % 2 === 0 ? owner : stranger).request(AGREEMENT, { id: agreement.id }).then((r) => ({ i, r }))),
    );
    for (const { i, r } of answers) {
      if (i % 2 === 0) assert.equal(r.data?.agreement?.id, agreement.id, `owner ${i}: ${JSON.stringify(r.errors)}`);
      else assert.equal(r.errors?.[0].extensions?.reason, 'OUT_OF_SCOPE', `stranger ${i}: ${JSON.stringify(r.data)}`);
    }
  });
});
