import type { Logger } from '../../platform/logging/logger';
import { initORM, migrate, type DatabaseConnection } from '../../platform/orm/orm';
import { SUBGRAPHS } from '../../subgraphs';
import { Clock } from '../../platform/time/clock';
import { openBulkWriter, type BulkWriter } from './bulk-writer';
import type { City } from './city.model';
import { planCity } from './city.plan';
import { withoutIndexes, REBUILD_INDEXES_FROM_ROWS } from './index-rebuild';
import { progressBar, type Progress } from './progress';
import { Random } from './random';
import { SEEDS } from './seeds';
import type { Scale, SeedContext, TableRows } from './seed.types';

/** The seed of the city everyone measures on; another seed gives another, equally shaped, city. */
export const DEFAULT_SEED = 13;
const CHUNK_ROWS = 5_000;

export interface SeedOptions {
  /** A generated city of that scale, or `demo`: the demo district `npm start` loads. */
  scale: Scale | 'demo';
  /** The day the city is generated as of (YYYY-MM-DD); today in `timeZone` if omitted. */
  asOf?: string;
  /** The hub's configured time zone (`TIME_ZONE`); Asia/Shanghai if omitted. */
  timeZone?: string;
  seed?: number;
  logger: Logger;
  /** Drop the subgraphs' schemas (and everything in them) first. */
  reset?: boolean;
  /**
   * The key personal data is encrypted with (`MEMBER_DATA_KEY`, or the development one): the hub
   * that serves the seeded database must run with the same key. Needed for `demo` and for a city.
   */
  memberDataKey?: string;
  /** Where the progress bar goes: stderr if omitted, nowhere if null. */
  out?: NodeJS.WriteStream | null;
}

export interface SeedReport {
  scale: Scale | 'demo';
  asOf: string;
  seed: number;
  ms: number;
  tables: Array<{ subgraph: string; table: string; rows: number }>;
  /** The generated city (not for `demo`), for callers that pick organisations from it. */
  city?: City;
}

/**
 * The whole city of `options.scale`, generated without touching a database: deterministic, but for
 * the ciphertexts of identity numbers (encrypted with a fresh IV each, as the hub does).
 */
export function generateCity(
  scale: Scale,
  asOf: string,
  seed = DEFAULT_SEED,
  memberDataKey?: string,
): { city: City; tables: Array<{ subgraph: string; rows: TableRows }> } {
  const random = (stream: string) => Random.forStream(seed, stream);
  const city = planCity(scale, asOf, random);
  const context: SeedContext = { scale, asOf, city, random, memberDataKey };
  return { city, tables: SEEDS.flatMap((s) => s.tables(context).map((rows) => ({ subgraph: s.subgraph, rows }))) };
}

/**
 * Migrates every subgraph's schema, then loads the demo district or writes a generated city into
 * the subgraphs' own tables with bulk inserts, in one transaction, and ANALYZEs what it wrote.
 * Refuses a database whose subgraphs already hold data.
 */
export async function seedDatabase(database: DatabaseConnection, options: SeedOptions): Promise<SeedReport> {
  const started = performance.now();
  const asOf = options.asOf ?? new Clock(options.timeZone ?? 'Asia/Shanghai').today();
  const seed = options.seed ?? DEFAULT_SEED;
  if (options.reset) await dropSchemas(database);
  const empty = await migrateAll(database, options);
  if (options.scale === 'demo') {
    const tables = SUBGRAPHS.filter((d) => empty.get(d.name) && d.loadDemoData).map((d) => ({ subgraph: d.name, table: 'demo district', rows: 0 }));
    return { scale: 'demo', asOf, seed, ms: performance.now() - started, tables };
  }
  const full = SUBGRAPHS.filter((d) => !empty.get(d.name)).map((d) => d.name);
  if (full.length) throw new Error(`The ${full.join(' and ')} subgraph already holds data: seed an empty database (or pass --reset).`);
  for (const definition of SUBGRAPHS) {
    if (!SEEDS.some((s) => s.subgraph === definition.name))
      options.logger.warn('no city generator for this subgraph yet; left empty', { subgraph: definition.name });
  }
  if (!options.memberDataKey) throw new Error('Seeding a city needs the member data key the hub will run with (MEMBER_DATA_KEY)');
  const { city, tables } = generateCity(options.scale, asOf, seed, options.memberDataKey);
  const writer = await openBulkWriter(database);
  try {
    await writeTables(writer, tables, options.out);
  } finally {
    await writer.close();
  }
  const written = tables.map(({ subgraph, rows }) => ({ subgraph, table: rows.table, rows: rows.count }));
  return { scale: options.scale, asOf, seed, ms: performance.now() - started, tables: written, city };
}

async function dropSchemas(database: DatabaseConnection) {
  const writer = await openBulkWriter(database);
  try {
    for (const definition of SUBGRAPHS) await writer.execute(`drop schema if exists "${definition.storage.schema}" cascade`);
  } finally {
    await writer.close();
  }
}

/** Runs each subgraph's migrations (as its process would at start) and says which subgraphs are empty. */
async function migrateAll(database: DatabaseConnection, options: SeedOptions): Promise<Map<string, boolean>> {
  const empty = new Map<string, boolean>();
  for (const definition of SUBGRAPHS) {
    await migrate(database, definition.storage, { logger: options.logger });
    const orm = await initORM(database, definition.storage, { logger: options.logger });
    try {
      const isEmpty = (await definition.isEmpty?.(orm.em.fork())) ?? true;
      empty.set(definition.name, isEmpty);
      if (options.scale === 'demo' && isEmpty && definition.loadDemoData) {
        if (!options.memberDataKey) throw new Error('Seeding the demo district needs the member data key (MEMBER_DATA_KEY or the development secrets)');
        await definition.loadDemoData(orm.em.fork(), { memberDataKey: options.memberDataKey });
      }
    } finally {
      await orm.close();
    }
  }
  return empty;
}

async function writeRows(writer: BulkWriter, schema: string, rows: TableRows, progress: Progress): Promise<void> {
  let chunk: unknown[][] = [];
  for (const row of rows.rows) {
    chunk.push(row);
    if (chunk.length < CHUNK_ROWS) continue;
    await writer.insert(schema, rows.table, rows.columns, chunk);
    progress.advance(chunk.length);
    chunk = [];
  }
  await writer.insert(schema, rows.table, rows.columns, chunk);
  progress.advance(chunk.length);
}

async function writeTables(writer: BulkWriter, tables: Array<{ subgraph: string; rows: TableRows }>, out?: NodeJS.WriteStream | null) {
  const progress = progressBar(
    tables.reduce((sum, t) => sum + t.rows.count, 0),
    out,
  );
  await writer.execute('begin');
  try {
    // Rebuilding the indexes of the big tables sorts millions of keys: give each build room for it.
    await writer.execute(`set local maintenance_work_mem = '128MB'`);
    for (const { subgraph, rows } of tables) {
      const schema = SUBGRAPHS.find((d) => d.name === subgraph)!.storage.schema;
      progress.table(`${schema}.${rows.table}`, rows.count);
      if (rows.before) await writer.execute(rows.before);
      const load = () => writeRows(writer, schema, rows, progress);
      if (rows.count >= REBUILD_INDEXES_FROM_ROWS) await withoutIndexes(writer, schema, rows.table, load);
      else await load();
    }
    await writer.execute('commit');
  } catch (error) {
    await writer.execute('rollback').catch(() => {});
    throw error;
  }
  progress.finish();
  // Fresh statistics, so the planner sees the city and not the empty tables of a moment ago.
  for (const table of new Set(tables.map(({ subgraph, rows }) => `"${SUBGRAPHS.find((d) => d.name === subgraph)!.storage.schema}"."${rows.table}"`))) {
    await writer.execute(`analyze ${table}`);
  }
}
