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
 * SIGTERM, stops being ready, drains and exits 0. No request may fail (a dropped connection, a
 * server error, a timeout of a cold instance), and every write the hub acknowledged is stored
 * exactly once.
 */
const hub = useFleet({
  instances: 2,
  env: {
    // Longer than two probes of the balancer, so it stops routing to a draining instance before its listener closes.
    SHUTDOWN_DELAY_MS: '3000',
    SHUTDOWN_DRAIN_TIMEOUT_MS: '20000',
    DATABASE_POOL_MAX: '6',
    // Timeouts for a machine, not for the restart: five processes starting at once on 2 cores shared
    // with other work (load 25-35) starve the serving ones, and a request there can take 10-20 s
    // whatever the restart does. Slow is not failed; the restart's own faults (a dropped or refused
    // connection, a starting or draining instance's answer, a replay) fail at once and still count.
    PEER_TIMEOUT_MS: '20000',
    SUBGRAPH_TIMEOUT_MS: '30000',
    GATEWAY_REQUEST_TIMEOUT_MS: '45000',
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
      `${workload.requests} requests (${workload.resent} re-sent once after a closed connection), ${workload.failures.length} failed:\n  ${workload.failureSummary()}\n${hub.fleet.events.join('\n')}`,
    );
  }
  assert.deepEqual(restarted.sort(), [...SUBGRAPHS.map((s) => s.name), GATEWAY].sort());
  assert.ok(workload.requests > 100, `only ${workload.requests} requests ran during the restarts`);
  // No request may fail: not for a dropped connection, not for a draining instance, not for a cold
  // one (each instance warms up before it reports ready, and a lookup a peer answered "unavailable"
  // is asked again, so a slow first request does not become an error).
  assert.deepEqual(workload.failures, [], `${workload.failures.length} of ${workload.requests} requests failed during the restarts`);
  for (const [what, written] of Object.entries(workload.acknowledged)) assert.ok(written.length > 5, `only ${written.length} ${what} written`);
  assert.deepEqual(await workload.verify(hub.admin), []);
}, 1_200_000);
