import assert from 'node:assert/strict';
import { beforeAll, test } from '@jest/globals';
import { SUBGRAPHS } from '../../subgraphs';
import { GATEWAY } from '../kit/fleet';
import { useFleet } from '../kit/use-fleet';
import { MixedWorkload } from '../kit/workload';

/**
 * A rolling restart of every subgraph of the list and of the gateway at once, two instances of each
 * behind a balancer that routes new connections only to ready instances (as a Kubernetes Service
 * does), under a mixed read/write load: a new instance starts and turns ready, the old one gets
 * SIGTERM, stops being ready, drains and exits 0. No request may fail for the restart (a dropped
 * connection, a server error), timeouts of a warming instance stay rare, and every write the hub
 * acknowledged is stored exactly once.
 */
const hub = useFleet({
  instances: 2,
  env: {
    // Longer than two probes of the balancer, so it stops routing to a draining instance before its listener closes.
    SHUTDOWN_DELAY_MS: '3000',
    SHUTDOWN_DRAIN_TIMEOUT_MS: '20000',
    DATABASE_POOL_MAX: '6',
  },
});
let workload: MixedWorkload;

beforeAll(async () => {
  workload = await MixedWorkload.prepare(hub.operator, (actor) => hub.fleet.client(actor));
});

test('every subgraph and the gateway restarted one instance at a time under load: no request failed by the restart, every acknowledged write stored once', async () => {
  let running = true;
  const load = workload.drive(4, () => running);
  const restarted: string[] = [];
  try {
    // Every Deployment rolled at once, as `kubectl rollout restart` of all of them does: each kind
    // one instance at a time, the kinds side by side.
    await Promise.all(
      [...SUBGRAPHS.map((s) => s.name), GATEWAY].map(async (kind) => {
        await hub.fleet.rollingRestart(kind);
        restarted.push(kind);
      }),
    );
  } finally {
    running = false;
    await load;
    console.log(
      `${workload.requests} requests (${workload.resent} re-sent once after a closed connection), ${workload.failures.length} failed, e.g. ${JSON.stringify(workload.failures.slice(0, 4), null, 1)}\n${hub.fleet.events.join('\n')}`,
    );
  }
  assert.deepEqual(restarted.sort(), [...SUBGRAPHS.map((s) => s.name), GATEWAY].sort());
  assert.ok(workload.requests > 100, `only ${workload.requests} requests ran during the restarts`);
  // No request may fail for the restart itself: no dropped connection, no server error, no 5xx.
  const unclear = workload.failures.filter(
    (f) => f.codes.length === 0 || f.codes.some((code) => !['SERVICE_UNAVAILABLE', 'SUBGRAPH_UNAVAILABLE'].includes(code)),
  );
  assert.deepEqual(unclear, [], `${unclear.length} of ${workload.requests} requests failed for the restart`);
  // On a 2-core machine shared with other work, a freshly started instance's first requests can pass
  // a timeout (a peer lookup's 5 s) while it warms up: those answer a clear, retryable error, and
  // are bounded here rather than forbidden (README, "Proving it under faults").
  assert.ok(workload.failures.length <= Math.ceil(workload.requests * 0.03), `${workload.failures.length} of ${workload.requests} requests timed out`);
  assert.ok(
    workload.acknowledged.organisations.length > 10 && workload.acknowledged.agreements.length > 10,
    JSON.stringify(workload.acknowledged).slice(0, 200),
  );
  assert.deepEqual(await workload.verify(hub.admin), []);
});
