import assert from 'node:assert/strict';
import { beforeAll, test } from '@jest/globals';
import { EXAMPLE_ACTORS } from '../../demo/example-actors';
import { closedBeforeAnswer } from '../../platform/http/closed-connection';
import { SUBGRAPHS } from '../../subgraphs';
import { GraphQLClient, type GraphQLResponse } from '../kit/client';
import { Random, SchemaFuzzer, type FuzzOperation } from '../kit/schema-fuzz';
import { useTestStack } from '../kit/stack';
import { healthOf } from '../kit/waiting';

/**
 * Thousands of operations generated from the public schema with boundary values, sent through the
 * gateway (over HTTP, every subgraph behind it, the demo district loaded) as every role of the demo
 * district and as nobody: no 5xx, no INTERNAL_SERVER_ERROR, no SQL or stack in any message, every
 * process still answering, and the stored data unchanged by every mutation that was refused.
 * Deterministic: the seed fixes the operations; bounded in count and in time.
 */
const SEED = 20_261_206;
const QUERIES = 2_000;
const MUTATIONS = 600;
const TIME_BUDGET_MS = 120_000;
const CONCURRENCY = 6;
const hub = useTestStack({ demo: true });
const fuzzer = new SchemaFuzzer(new Random(SEED));
let callers: GraphQLClient[];

/** What must never reach a client: SQL, stack frames, file paths, driver and ORM words. */
const LEAKS = [
  /\b(select|insert into|update \S+ set|delete from)\b/i,
  /\bat \S+ \(/,
  /\.(ts|js):\d+/,
  /node_modules/,
  /relation "|violates|duplicate key|syntax error at/i,
  /mikro-?orm|kysely|\bpg\b|postgres/i,
];

/** A fingerprint of every table of every subgraph: its row count and an order-free sum of row hashes. */
async function fingerprint(): Promise<Record<string, string>> {
  const result: Record<string, string> = {};
  for (const { name, storage } of SUBGRAPHS) {
    const em = hub.em(name);
    const tables = await em.execute<Array<{ table_name: string }>>(
      `select table_name from information_schema.tables where table_schema = ? and table_name <> 'mikro_orm_migrations' order by 1`,
      [storage.schema],
    );
    for (const { table_name: table } of tables) {
      const [row] = await em.execute<Array<{ n: string; h: string | null }>>(
        `select count(*)::text as n, sum(hashtext(t::text)::bigint)::text as h from "${storage.schema}"."${table}" t`,
      );
      result[`${storage.schema}.${table}`] = `${row.n}:${row.h}`;
    }
  }
  return result;
}

function check(operation: FuzzOperation, response: GraphQLResponse, problems: string[]) {
  const label = `${operation.kind} ${operation.field} ${JSON.stringify(operation.variables).slice(0, 300)}`;
  if (response.status >= 500) problems.push(`HTTP ${response.status}: ${label}`);
  for (const error of response.errors ?? []) {
    if (error.extensions?.code === 'INTERNAL_SERVER_ERROR') problems.push(`INTERNAL_SERVER_ERROR: ${label} -> ${error.message}`);
    if (error.extensions?.stacktrace || error.extensions?.exception) problems.push(`stack in extensions: ${label}`);
    const leak = LEAKS.find((pattern) => pattern.test(error.message));
    if (leak) problems.push(`message leaks ${leak}: ${label} -> ${error.message.slice(0, 300)}`);
  }
}

/** Requests whose body is past MAX_BODY_BYTES (100 kB): refused before they are read. */
let oversized = 0;
const BODY_LIMIT = 102_400;

async function send(caller: GraphQLClient, operation: FuzzOperation): Promise<GraphQLResponse> {
  const bytes = Buffer.byteLength(JSON.stringify({ query: operation.query, variables: operation.variables }));
  try {
    // A keep-alive connection the server closed while idle (its 5 s timeout, on a loaded machine) is not the server's answer.
    const request = () => caller.request(operation.query, operation.variables, { 'accept-language': 'zh-CN' });
    return await request().catch((error: unknown) => (closedBeforeAnswer(error) && bytes <= BODY_LIMIT ? request() : Promise.reject(error)));
  } catch (error) {
    // Past the limit the server answers 413 and closes the connection without reading the body,
    // which a client still sending it may see as a reset instead of the answer.
    if (bytes <= BODY_LIMIT) throw error;
    oversized += 1;
    return { status: 413, headers: new Headers() };
  }
}

beforeAll(async () => {
  const tokens = await Promise.all(Object.values(EXAMPLE_ACTORS).map((actor) => hub.tokenFor(actor)));
  callers = [...tokens.map((token) => new GraphQLClient(hub.stack.gateway.url, token)), new GraphQLClient(hub.stack.gateway.url)];
});

test(`${QUERIES} generated queries and ${MUTATIONS} generated mutations, every role: no server error, no leak, nothing stored by a refusal`, async () => {
  const started = Date.now();
  const inTime = () => Date.now() - started < TIME_BUDGET_MS;
  const random = new Random(SEED + 1);
  const roots = fuzzer.rootFields();
  const queries = roots.filter(([kind]) => kind === 'query');
  const mutations = roots.filter(([kind]) => kind === 'mutation');
  const problems: string[] = [];
  const fieldsSent = new Set<string>();

  // Queries, several at a time: every root field in turn, then at random.
  let sent = 0;
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (sent < QUERIES && inTime()) {
        const n = sent++;
        const [kind, field] = n < queries.length ? queries[n] : random.pick(queries);
        const operation = fuzzer.operation(kind, field);
        fieldsSent.add(field.name);
        check(operation, await send(random.pick(callers), operation), problems);
      }
    }),
  );
  const queriesSent = sent;

  // Mutations one at a time, each refused one checked against the stored data.
  let baseline = await fingerprint();
  let refused = 0;
  let mutationsSent = 0;
  for (; mutationsSent < MUTATIONS && inTime(); mutationsSent += 1) {
    const [kind, field] = mutationsSent < mutations.length ? mutations[mutationsSent] : random.pick(mutations);
    const operation = fuzzer.operation(kind, field);
    fieldsSent.add(field.name);
    const response = await send(random.pick(callers), operation);
    check(operation, response, problems);
    const succeeded = response.data?.[field.name] != null && !response.errors;
    const now = await fingerprint();
    if (succeeded) baseline = now;
    else {
      refused += 1;
      const changed = Object.keys(now).filter((table) => now[table] !== baseline[table]);
      if (changed.length > 0) problems.push(`refused ${field.name} changed ${changed.join(', ')}: ${JSON.stringify(response.errors).slice(0, 300)}`);
      baseline = now;
    }
  }

  // Every process still answers.
  for (const url of [hub.stack.gateway.url, ...hub.stack.subgraphs.map((s) => s.url)]) assert.equal((await healthOf(url, 'live')).status, 200, url);
  assert.deepEqual(problems.slice(0, 20), [], `${problems.length} problems`);
  assert.ok(
    queriesSent >= Math.min(QUERIES, 500) && mutationsSent >= Math.min(MUTATIONS, 200),
    `sent only ${queriesSent} queries and ${mutationsSent} mutations in time`,
  );
  assert.equal(fieldsSent.size, roots.length, 'every root field was fuzzed');
  console.log(`${queriesSent} queries, ${mutationsSent} mutations (${refused} refused), ${oversized} past the body limit, ${Date.now() - started} ms`);
  assert.ok(refused > mutationsSent / 2, `most mutations with boundary values are refused (${refused} of ${mutationsSent})`);
});
