import type { SubgraphName } from '../../platform/config/config';
import type { City } from './city.model';
import type { Random } from './random';

/** How big a city to generate: `city` is what the benchmarks measure, `tiny` what tests load. */
export const SCALES = ['tiny', 'city'] as const;
export type Scale = (typeof SCALES)[number];

/** One column of a bulk insert: its name and the SQL type its values are cast to. */
export interface Column {
  name: string;
  /**
   * `uuid`, `text`, `int`, `date`, `timestamptz`, `jsonb`, `boolean`, a qualified enum type, or an
   * array type such as `text[]` (whose values are given as array literals, see `arrayLiteral`).
   */
  type: string;
}

/**
 * Rows for one table of a subgraph's own schema, in column order. `rows` may be a generator, so a
 * table of millions of rows is never held in memory at once; `count` sizes the progress bar.
 */
export interface TableRows {
  table: string;
  columns: Column[];
  count: number;
  rows: Iterable<unknown[]>;
  /**
   * A statement run in the seed's transaction just before the rows are written: e.g. removing the
   * rows a migration inserted with random ids, so the seed can write them with ids it refers to.
   */
  before?: string;
}

export interface SeedContext {
  scale: Scale;
  /** The day the city is generated "as of" (YYYY-MM-DD): terms and statuses are set relative to it. */
  asOf: string;
  city: City;
  /** A random stream of its own for each name (see `Random.forStream`). */
  random(stream: string): Random;
  /** The key the hub encrypts and hashes personal data with (`MEMBER_DATA_KEY`): the seed must use the same. */
  memberDataKey?: string;
}

/**
 * The city generator of one subgraph: the rows of its own tables, written after its migrations have
 * created them. A new subgraph adds one module exporting this and lists it in `seeds.ts`.
 */
export interface SubgraphSeed {
  subgraph: SubgraphName;
  tables(context: SeedContext): TableRows[];
}
