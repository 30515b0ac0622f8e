import { checkinsSubgraph } from '../../subgraphs/checkins/checkins.subgraph';
import type { Column, TableRows } from './seed.types';

/** How the check-ins generators spell their tables' columns. */
export const SCHEMA = checkinsSubgraph.storage.schema;
export const enumType = (name: string) => `"${SCHEMA}"."${name}"`;
export const BASE: Array<[string, string]> = [
  ['id', 'uuid'],
  ['created_at', 'timestamptz'],
  ['updated_at', 'timestamptz'],
  ['version', 'int'],
];

/** A table of rows held in memory, or (with `count`) generated on each pass. */
export function table(name: string, spec: Array<[string, string]>, rows: Iterable<unknown[]>, count?: number): TableRows {
  const columns: Column[] = spec.map(([n, type]) => ({ name: n, type }));
  return { table: name, columns, count: count ?? (rows as unknown[][]).length, rows };
}

/** Rows of `source()`'s items, `map`ped on each pass. */
export function mapped<T>(source: () => Iterable<T>, map: (item: T) => unknown[]): Iterable<unknown[]> {
  return {
    *[Symbol.iterator]() {
      for (const item of source()) yield map(item);
    },
  };
}
