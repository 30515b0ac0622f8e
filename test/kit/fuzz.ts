import assert from 'node:assert/strict';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import type { Reason } from '../../platform/errors/reasons';
import type { GraphQLClient, GraphQLResponse } from './client';
import type { TestStack } from './stack';

/**
 * Hostile input through the gateway (test/input-fuzz.test.ts, test/checkins.fuzz.test.ts): an
 * operation with valid variables, and the paths hostile values go into. Each variant must be
 * refused with its reason, never a server error, and leave nothing stored.
 */
export interface FuzzOperation {
  name: string;
  as: () => GraphQLClient;
  query: string | TypedDocumentNode<any, any>;
  vars: Record<string, any>;
  /** Free text (names, titles, descriptions): no control or direction characters. */
  texts?: string[];
  /** Other strings (ids, codes of lookups): no NUL or lone surrogates. */
  strings?: string[];
  dates?: string[];
  numbers?: Array<[path: string, value: number, reason: Reason]>;
  /** Any other value at a path, with the reason it must be refused for (instants past any sane bound). */
  values?: Array<[path: string, value: unknown, reason: Reason]>;
}

/**
 * An operation whose valid variables are checked against its typed document; the hostile variants
 * made from them are meant to be wrong, so the operation is kept with its variables loosely typed.
 */
export function typedOperation<TData, TVariables>(
  op: Omit<FuzzOperation, 'query' | 'vars'> & { query: TypedDocumentNode<TData, TVariables>; vars: NoInfer<TVariables> },
): FuzzOperation {
  return op as unknown as FuzzOperation;
}

const NUL = 'a\u0000b';
const LONE = 'a\ud800b';
const BIDI = '党员\u202Eexe.txt';

function withValue(vars: Record<string, any>, path: string, value: unknown): Record<string, any> {
  const copy = structuredClone(vars);
  const keys = path.split(/\.|\[|\]/).filter(Boolean);
  let at: any = copy;
  for (const key of keys.slice(0, -1)) at = at[key];
  at[keys.at(-1)!] = value;
  return copy;
}

/** The variants of an operation, each with the reason it must be refused for. */
function variants(op: FuzzOperation): Array<[string, Record<string, any>, Reason]> {
  const out: Array<[string, Record<string, any>, Reason]> = [];
  for (const path of [...(op.texts ?? []), ...(op.strings ?? [])]) {
    out.push([`${path} with NUL`, withValue(op.vars, path, NUL), 'INVALID_CHARACTERS']);
    out.push([`${path} with a lone surrogate`, withValue(op.vars, path, LONE), 'INVALID_CHARACTERS']);
  }
  for (const path of op.texts ?? []) out.push([`${path} with U+202E`, withValue(op.vars, path, BIDI), 'INVALID_CHARACTERS']);
  for (const path of op.dates ?? []) {
    for (const date of ['0001-01-01', '9999-12-31']) out.push([`${path} = ${date}`, withValue(op.vars, path, date), 'OUT_OF_RANGE']);
  }
  for (const [path, value, reason] of [...(op.numbers ?? []), ...(op.values ?? [])]) out.push([`${path} = ${value}`, withValue(op.vars, path, value), reason]);
  return out;
}

/** The response refuses with `reason`: below HTTP 500, no INTERNAL_SERVER_ERROR anywhere. */
export function assertRefused(response: GraphQLResponse, reason: Reason, label: string): void {
  const text = JSON.stringify(response.errors);
  assert.ok(response.status < 500, `${label}: HTTP ${response.status} ${text}`);
  assert.ok(!text.includes('INTERNAL_SERVER_ERROR'), `${label}: ${text}`);
  assert.equal(response.errors?.[0]?.extensions?.reason, reason, `${label}: ${text}`);
}

/** Rows in each of `tables` (`schema.table`). */
export async function rowCounts(hub: TestStack, tables: readonly string[]): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of tables) {
    const [schema] = table.split('.');
    counts[table] = Number((await hub.em(schema).execute(`select count(*) as n from ${table}`))[0].n);
  }
  return counts;
}

/**
 * Sends every hostile variant of every operation and asserts each refused with its reason; at least
 * `minimum` variants were sent, and the row counts of `tables` did not change.
 */
export async function assertEveryVariantRefused(
  hub: TestStack,
  operations: readonly FuzzOperation[],
  tables: readonly string[],
  minimum: number,
): Promise<void> {
  const before = await rowCounts(hub, tables);
  let checked = 0;
  for (const op of operations) {
    for (const [label, vars, reason] of variants(op)) {
      if (label.includes('surrogate')) assert.match(JSON.stringify(vars), /\\ud800/, 'the lone surrogate travels as the raw JSON escape');
      assertRefused(await op.as().request(op.query, vars), reason, `${op.name}: ${label}`);
      checked += 1;
    }
  }
  assert.ok(checked > minimum, `only ${checked} variants`);
  assert.deepEqual(await rowCounts(hub, tables), before);
}
