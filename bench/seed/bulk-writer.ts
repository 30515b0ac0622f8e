import pg from 'pg';
import type { DatabaseConnection } from '../../platform/orm/orm';
import type { Column } from './seed.types';

/**
 * The bulk path into a subgraph's own tables: each statement inserts thousands of rows as one
 * array per column (`insert … select * from unnest($1::uuid[], $2::text[], …)`), which PostgreSQL
 * plans once and runs at close to COPY speed, and which works the same on embedded PGlite (where
 * COPY from the client is not available). Arrays travel as array literals, so no driver has to
 * guess an element type and there is no limit on parameters per statement.
 */
export interface BulkWriter {
  insert(schema: string, table: string, columns: Column[], rows: unknown[][]): Promise<void>;
  execute(sql: string): Promise<void>;
  /** The rows a query gives (catalogue lookups). */
  rows<T extends Record<string, unknown>>(sql: string): Promise<T[]>;
  close(): Promise<void>;
}

export async function openBulkWriter(database: DatabaseConnection): Promise<BulkWriter> {
  const run = await runner(database);
  return {
    insert: async (schema, table, columns, rows) => {
      if (rows.length === 0) return;
      const arrays = columns.map((column, c) => (PLAIN_TYPES.has(column.type) ? plainArrayLiteral(rows, c) : arrayLiteral(rows.map((row) => row[c]))));
      // jsonb and array values travel as text (an array of arrays would need equal lengths) and are cast back.
      const asText = (column: Column) => column.type === 'jsonb' || column.type.endsWith('[]');
      const casts = columns.map((column, c) => `$${c + 1}::${asText(column) ? 'text' : column.type}[]`);
      const values = columns.map((column) => (asText(column) ? `"${column.name}"::${column.type}` : `"${column.name}"`));
      const names = columns.map((column) => `"${column.name}"`).join(', ');
      await run.query(`insert into "${schema}"."${table}" (${names}) select ${values.join(', ')} from unnest(${casts.join(', ')}) as t(${names})`, arrays);
    },
    execute: async (sql) => void (await run.query(sql, [])),
    rows: async <T extends Record<string, unknown>>(sql: string) => (await run.select(sql)) as T[],
    close: run.close,
  };
}

interface Runner {
  query(sql: string, params: unknown[]): Promise<unknown>;
  select(sql: string): Promise<unknown[]>;
  close(): Promise<void>;
}

async function runner(database: DatabaseConnection): Promise<Runner> {
  if (database.pglite) {
    const pglite = database.pglite.instance;
    return {
      query: (sql, params) => (params.length ? pglite.query(sql, params) : pglite.exec(sql)),
      select: async (sql) => (await pglite.query(sql)).rows,
      close: async () => {},
    };
  }
  if (database.settings.kind !== 'postgresql') throw new Error('no database to write to');
  const client = new pg.Client({ connectionString: database.settings.url });
  await client.connect();
  return { query: (sql, params) => client.query(sql, params), select: async (sql) => (await client.query(sql)).rows, close: () => client.end() };
}

/**
 * Types whose values (UUIDs, numbers, ISO dates and instants given as strings or numbers) never
 * hold a quote, backslash, comma or brace, so their array literal needs no quoting: millions of
 * service records are mostly such columns, and quoting them was much of the seed's own CPU.
 */
const PLAIN_TYPES = new Set(['uuid', 'int', 'smallint', 'date', 'timestamptz']);

function plainArrayLiteral(rows: unknown[][], column: number): string {
  let text = '{';
  for (let i = 0; i < rows.length; i++) {
    const value = rows[i][column];
    if (i) text += ',';
    text += value === null || value === undefined ? 'NULL' : value instanceof Date ? value.toISOString() : String(value);
  }
  return `${text}}`;
}

/** A PostgreSQL array literal: `{"a","b\"c",NULL}`; objects become their JSON text. */
export function arrayLiteral(values: unknown[]): string {
  return `{${values.map(element).join(',')}}`;
}

function element(value: unknown): string {
  if (value === null || value === undefined) return 'NULL';
  if (typeof value === 'number' || typeof value === 'bigint') return String(value);
  if (typeof value === 'boolean') return value ? 't' : 'f';
  const text = value instanceof Date ? value.toISOString() : typeof value === 'string' ? value : JSON.stringify(value);
  return /[\\"]/.test(text) ? `"${text.replace(/[\\"]/g, (c) => `\\${c}`)}"` : `"${text}"`;
}
