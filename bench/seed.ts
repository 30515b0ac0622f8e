import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/sql';
import type { City } from './city';

const ORGS = '"organisations"."organisation"';
const SEATS = '"organisations"."committee_seat"';
const CHUNK = 1000;

/** Multi-row INSERTs of `CHUNK` rows each; `extra` is SQL appended to every row (e.g. `now()`). */
async function insertRows(em: EntityManager, table: string, columns: string[], extra: Array<[string, string]>, rows: unknown[][]) {
  const all = [...columns, ...extra.map(([name]) => name)];
  const tuple = `(${[...columns.map(() => '?'), ...extra.map(([, sql]) => sql)].join(', ')})`;
  for (let i = 0; i < rows.length; i += CHUNK) {
    const chunk = rows.slice(i, i + CHUNK);
    const sql = `insert into ${table} (${all.map((c) => `"${c}"`).join(', ')}) values ${chunk.map(() => tuple).join(', ')}`;
    await em.execute(sql, chunk.flat());
  }
}

export interface SeedResult {
  ms: number;
  statements: number;
  counts: Array<{ kind: string; count: number }>;
  seats: number;
}

/** Loads the city in one transaction with bulk INSERTs, then ANALYZEs so plans fit the data. */
export async function seedCity(em: EntityManager, city: City): Promise<SeedResult> {
  const started = performance.now();
  const orgRows = city.organisations.map((o) => [o.id, o.code, o.name, o.kind, o.parentId, o.path, o.depth, o.sector, o.address]);
  const seatRows = city.seats.map((s, i) => [randomUUID(), s.committeeId, s.holderName, s.role, s.holderUnitId, `202${1 + (i % 3)}-09-28`]);
  await em.transactional(async (tx) => {
    const times: Array<[string, string]> = [
      ['created_at', 'now()'],
      ['updated_at', 'now()'],
    ];
    await insertRows(tx, ORGS, ['id', 'code', 'name', 'kind', 'parent_id', 'path', 'depth', 'sector', 'address'], times, orgRows);
    await insertRows(tx, SEATS, ['id', 'committee_id', 'holder_name', 'role', 'holder_unit_id', 'term_start'], [['created_at', 'now()']], seatRows);
  });
  await em.execute(`analyze ${ORGS}`);
  await em.execute(`analyze ${SEATS}`);
  const ms = performance.now() - started;
  const counts = await em.execute<Array<{ kind: string; count: string }>>(
    `select kind::text as kind, count(*) as count from ${ORGS} group by kind order by min(depth), kind`,
  );
  const [{ count: seats }] = await em.execute<Array<{ count: string }>>(`select count(*) as count from ${SEATS}`);
  const statements = Math.ceil(orgRows.length / CHUNK) + Math.ceil(seatRows.length / CHUNK);
  return { ms, statements, counts: counts.map((c) => ({ kind: c.kind, count: Number(c.count) })), seats: Number(seats) };
}
