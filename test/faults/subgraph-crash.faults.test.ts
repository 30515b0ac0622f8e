import assert from 'node:assert/strict';
import { beforeAll, describe, test } from '@jest/globals';
import { SUBGRAPHS } from '../../subgraphs';
import type { GraphQLResponse } from '../kit/client';
import { createOrganisation } from '../kit/factories';
import { useFleet } from '../kit/use-fleet';
import { reachEverySubgraph } from '../kit/reach-every-subgraph';
import { until } from '../kit/waiting';

/**
 * Each subgraph of the list, in the distributed deployment from the compiled build, stopped
 * (SIGSTOP: a hung process) and then killed (SIGKILL): the gateway answers within its time budget
 * with the healthy subgraphs' data and a SUBGRAPH_UNAVAILABLE error at each path the lost subgraph
 * would have filled, leaks nothing about it, and answers completely once it is back.
 */
const SUBGRAPH_TIMEOUT_MS = 2_000;
const REQUEST_TIMEOUT_MS = 5_000;
/** The budget of an answer while a subgraph hangs: its timeout, and slack for a loaded machine. */
const STOPPED_BUDGET_MS = SUBGRAPH_TIMEOUT_MS + 4_000;
/** A dead subgraph's connection is refused: no timeout to wait for. */
const KILLED_BUDGET_MS = 4_000;
const hub = useFleet({ env: { SUBGRAPH_TIMEOUT_MS: String(SUBGRAPH_TIMEOUT_MS), GATEWAY_REQUEST_TIMEOUT_MS: String(REQUEST_TIMEOUT_MS) } });
const probe = reachEverySubgraph();
const ORGANISATIONS = 3;

/** The subgraphs that ask `name`, directly or through others (their fields may fail with it). */
function dependentsOf(name: string): Set<string> {
  const found = new Set<string>([name]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const s of SUBGRAPHS) {
      if (!found.has(s.name) && (s.peers ?? []).some((p) => found.has(p))) {
        found.add(s.name);
        grew = true;
      }
    }
  }
  return found;
}

async function ask(): Promise<GraphQLResponse & { ms: number }> {
  const started = Date.now();
  const response = await hub.operator.request(probe.query);
  return { ...response, ms: Date.now() - started };
}

/**
 * Complete again once the lost subgraph is back: asked until an answer has no error (a freshly
 * started instance's first requests may pass the short subgraph timeout while it warms up).
 */
async function completeAgain(): Promise<void> {
  let last: GraphQLResponse | undefined;
  await until(async () => (last = await ask()).errors === undefined, 'a complete answer', 60_000).catch(() => assert.fail(JSON.stringify(last?.errors)));
  assertComplete(last!);
}

function assertComplete(response: GraphQLResponse) {
  assert.equal(response.errors, undefined, JSON.stringify(response.errors));
  const nodes = response.data.organisations.edges.map((e: any) => e.node);
  assert.equal(nodes.length, ORGANISATIONS);
  for (const node of nodes) for (const [name, field] of Object.entries(probe.fieldOf)) if (name !== 'organisations') assert.notEqual(node[field], null, field);
}

function assertLost(lost: string, response: GraphQLResponse & { ms: number }, budgetMs: number) {
  assert.equal(response.status, 200);
  assert.ok(response.ms < budgetMs, `answered after ${response.ms} ms (budget ${budgetMs} ms)`);
  const text = JSON.stringify(response.errors);
  // What a client reads of each error (its path names the client's own fields, which may share a subgraph's name).
  const said = JSON.stringify((response.errors ?? []).map((e) => ({ message: e.message, extensions: e.extensions })));
  for (const leak of [lost, 'http', '127.0.0.1', 'ECONNREFUSED', 'abort', 'socket']) assert.ok(!said.includes(leak), `an error leaks "${leak}": ${said}`);
  for (const error of response.errors ?? []) assert.equal(error.extensions?.code, 'SUBGRAPH_UNAVAILABLE', text);
  const paths = new Set((response.errors ?? []).map((e) => JSON.stringify(e.path)));
  if (lost === 'organisations') {
    assert.equal(response.data?.organisations ?? null, null);
    assert.ok(paths.has(JSON.stringify(['organisations'])), text);
    return;
  }
  const nodes = response.data.organisations.edges.map((e: any) => e.node);
  assert.equal(response.data.organisations.totalCount, ORGANISATIONS, "the organisations subgraph's data stands");
  assert.equal(nodes.length, ORGANISATIONS);
  const failing = dependentsOf(lost);
  for (const [i, node] of nodes.entries()) {
    assert.equal(typeof node.name, 'string');
    for (const [name, field] of Object.entries(probe.fieldOf)) {
      if (name === 'organisations') continue;
      if (name === lost) {
        assert.equal(node[field], null, `${field} of node ${i}`);
        assert.ok(paths.has(JSON.stringify(['organisations', 'edges', i, 'node', field])), `an error at node ${i}'s ${field}: ${text}`);
      } else if (!failing.has(name)) {
        assert.notEqual(node[field], null, `${field} (${name} does not depend on ${lost}) is answered`);
      }
    }
  }
}

beforeAll(async () => {
  const district = await createOrganisation(hub.operator, 'DISTRICT_COMMITTEE', null);
  for (let i = 1; i < ORGANISATIONS; i += 1) await createOrganisation(hub.operator, 'STREET_WORKING_COMMITTEE', district);
});

test('the probe asks every subgraph of the list, and the whole fleet answers it completely', async () => {
  assert.deepEqual(Object.keys(probe.fieldOf).sort(), SUBGRAPHS.map((s) => s.name).sort());
  await completeAgain();
});

describe.each(SUBGRAPHS.map((s) => s.name))('%s', (name) => {
  test('stopped (SIGSTOP): the rest of the answer within the subgraph timeout, an error at each of its paths', async () => {
    hub.fleet.signal(name, 'SIGSTOP');
    try {
      assertLost(name, await ask(), STOPPED_BUDGET_MS);
    } finally {
      await hub.fleet.heal(name);
    }
    await completeAgain();
  });

  test('killed (SIGKILL): the rest of the answer at once; complete again when a new instance serves', async () => {
    hub.fleet.signal(name, 'SIGKILL');
    try {
      await Promise.all(hub.fleet.instances.get(name)!.map((i) => i.exited));
      assertLost(name, await ask(), KILLED_BUDGET_MS);
    } finally {
      await hub.fleet.heal(name);
    }
    await completeAgain();
  });
});
