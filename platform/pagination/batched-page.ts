import type { EntityClass } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/sql';
import type { PageRequest } from './connection';

/**
 * One page of a list for each of many keys (the children of each of 16 communities, say) in a
 * single SQL statement, so a nested query costs the same number of statements however many
 * parents it has. Window functions count each key's rows and number them after the cursor.
 */
export interface BatchedPageQuery {
  entity: EntityClass<object>;
  keys: readonly string[];
  /** Condition joining a key (`k.key`) to a row (`o`), e.g. `o.parent_id = k.key`. */
  join: string;
  joinParams?: unknown[];
  /** Further conditions on `o`, with `?` placeholders. */
  where?: Array<{ sql: string; params?: unknown[] }>;
  /** The page asked for; its list order names the columns of `o` that order the list. */
  page: PageRequest;
}

export interface KeyPage<T> {
  rows: T[];
  total: number;
}

export function qualifiedTable(em: EntityManager, entity: EntityClass<object>): string {
  const meta = em.getMetadata().get(entity);
  const schema = meta.schema ?? em.config.get('schema');
  return schema ? `"${schema}"."${meta.tableName}"` : `"${meta.tableName}"`;
}

export async function fetchBatchedPages<T extends object>(em: EntityManager, query: BatchedPageQuery): Promise<Map<string, KeyPage<T>>> {
  const table = qualifiedTable(em, query.entity);
  const conditions = query.where ?? [];
  const filterSql = conditions.map((c) => `(${c.sql})`).join(' and ');
  const whereSql = filterSql ? `where ${filterSql}` : '';
  const { columns, descending } = query.page.order;
  const tuple = columns.map((column) => `x.${column}`).join(', ');
  const order = columns.map((column) => `x.${column}${descending ? ' desc' : ''}`).join(', ');
  const after = query.page.after;
  const cursorSql = after ? `where (${tuple}) ${descending ? '<' : '>'} (${after.map(() => '?').join(', ')})` : '';
  const sql = `
    select * from (
      select x.*, row_number() over (partition by x.__key order by ${order}) as __rn from (
        select o.*, k.key as __key, count(*) over (partition by k.key) as __total
        from unnest(?::text[]) as k(key) join ${table} o on ${query.join}
        ${whereSql}
      ) x ${cursorSql}
    ) y where y.__rn <= ? order by y.__key, y.__rn`;
  const params = [
    textArrayLiteral(query.keys),
    ...(query.joinParams ?? []),
    ...conditions.flatMap((c) => c.params ?? []),
    ...(after ?? []),
    query.page.first + 1,
  ];
  const rows = await em.execute<Array<Record<string, unknown>>>(sql, params);
  const pages = new Map<string, KeyPage<T>>(query.keys.map((key) => [key, { rows: [], total: 0 }]));
  for (const { __key, __total, __rn, ...columns } of rows) {
    const page = pages.get(__key as string)!;
    page.rows.push(readOnlyEntity(em, query.entity, columns) as T);
    page.total = Number(__total);
  }
  // A key whose rows all sit before the cursor still needs its total.
  const missing = query.keys.filter((key) => pages.get(key)!.rows.length === 0);
  if (after && missing.length) {
    const totals = await em.execute<Array<{ key: string; total: string }>>(
      `select k.key, count(o.*) as total from unnest(?::text[]) as k(key) left join ${table} o on ${query.join}${filterSql ? ` and ${filterSql}` : ''} group by k.key`,
      [textArrayLiteral(missing), ...(query.joinParams ?? []), ...conditions.flatMap((c) => c.params ?? [])],
    );
    for (const { key, total } of totals) pages.get(key)!.total = Number(total);
  }
  return pages;
}

/**
 * A row as an entity for reading only: hydrated like `em.map` (column names to properties), but not
 * registered with the unit of work, so no change-tracking snapshot is taken and the identity map
 * does not grow with every row of a big list. Values are taken as the driver gives them (dates as
 * text, JSON parsed, on PostgreSQL and PGlite alike): converting custom types would serialise every
 * JSON column once more, for the comparison a snapshot needs. Pages are read, never changed: a change loads its record
 * again under a row lock (`changeWithLock`). A record the request already manages is returned as
 * it is (with any change not yet flushed), as `em.find` would.
 */
export function readOnlyEntity<T extends object>(em: EntityManager, entity: EntityClass<T>, row: Record<string, unknown>): T {
  const data = em.getDriver().mapResult(row as never, em.getMetadata().get(entity));
  return em.getEntityFactory().create(entity, data!, { merge: false, refresh: false, convertCustomTypes: false, initialized: true });
}

/**
 * Records by id, for reading only, in one plain statement (no query builder), as read-only
 * entities: for by-id loaders on hot read paths (entity references, a list's related records).
 * To change a record, load it under its row lock (`lockForChange`).
 */
export async function findByIdsReadOnly<T extends object>(em: EntityManager, entity: EntityClass<T>, ids: readonly string[]): Promise<T[]> {
  const rows = await em.execute<Array<Record<string, unknown>>>(`select * from ${qualifiedTable(em, entity)} where id = any(?::uuid[])`, [
    textArrayLiteral(ids),
  ]);
  return rows.map((row) => readOnlyEntity(em, entity, row));
}

/** MikroORM expands an array parameter into a list, so arrays travel as one `text[]` literal. */
export function textArrayLiteral(values: readonly string[]): string {
  return `{${values.map((v) => `"${v.replace(/[\\"]/g, (c) => `\\${c}`)}"`).join(',')}}`;
}
