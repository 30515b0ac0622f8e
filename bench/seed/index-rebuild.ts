import type { BulkWriter } from './bulk-writer';

/** Tables at least this big are loaded without their indexes, which are rebuilt afterwards. */
export const REBUILD_INDEXES_FROM_ROWS = 100_000;

/**
 * Loads a large table without its indexes and unique or primary-key constraints, then rebuilds each
 * with its own name and definition as the catalogue gave it: one sort per index instead of millions
 * of inserts at random places of several B-trees (random UUIDs), which made loading 2 million service
 * records and their ledger entries take minutes. A table another table refers to by foreign key is
 * loaded with its indexes in place. Runs inside the seed's transaction, so nothing is lost on failure.
 */
export async function withoutIndexes(writer: BulkWriter, schema: string, table: string, load: () => Promise<void>): Promise<void> {
  const qualified = `"${schema}"."${table}"`;
  const referenced = await writer.rows(`select 1 from pg_constraint where contype = 'f' and confrelid = '${qualified}'::regclass`);
  if (referenced.length) return load();
  const constraints = await writer.rows<{ name: string; definition: string }>(
    `select conname as name, pg_get_constraintdef(oid) as definition from pg_constraint
     where conrelid = '${qualified}'::regclass and contype in ('p', 'u') order by conname`,
  );
  const indexes = await writer.rows<{ name: string; definition: string }>(
    `select c.relname as name, pg_get_indexdef(i.indexrelid) as definition from pg_index i join pg_class c on c.oid = i.indexrelid
     where i.indrelid = '${qualified}'::regclass and not exists (select 1 from pg_constraint k where k.conindid = i.indexrelid) order by c.relname`,
  );
  for (const c of constraints) await writer.execute(`alter table ${qualified} drop constraint "${c.name}"`);
  for (const i of indexes) await writer.execute(`drop index "${schema}"."${i.name}"`);
  await load();
  for (const c of constraints) await writer.execute(`alter table ${qualified} add constraint "${c.name}" ${c.definition}`);
  for (const i of indexes) await writer.execute(i.definition);
}
