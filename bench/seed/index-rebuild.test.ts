import assert from 'node:assert/strict';
import { afterAll, beforeAll, describe, test } from '@jest/globals';
import { harnessSettings } from '../../platform/config/harness';
import { loadConfig } from '../../platform/config/config';
import { connectDatabase, type DatabaseConnection } from '../../platform/orm/orm';
import { createTestDatabase, type TestDatabase } from '../../platform/testing/test-database';
import { openBulkWriter, type BulkWriter } from './bulk-writer';
import { withoutIndexes } from './index-rebuild';

/** Loading a big table without its indexes must leave exactly the indexes and constraints it had, enforced. */
let database: TestDatabase;
let connection: DatabaseConnection;
let writer: BulkWriter;

const catalogue = () =>
  writer.rows(
    `select c.relname as name, pg_get_indexdef(i.indexrelid) as definition, i.indisunique as is_unique from pg_index i join pg_class c on c.oid = i.indexrelid
     where i.indrelid = 's.t'::regclass order by c.relname`,
  );
const columns = [
  { name: 'id', type: 'uuid' },
  { name: 'code', type: 'text' },
  { name: 'day', type: 'date' },
];

beforeAll(async () => {
  database = await createTestDatabase(harnessSettings().DATABASE_URL);
  connection = await connectDatabase(database.settings, loadConfig({}).databaseTimeouts);
  writer = await openBulkWriter(connection);
  await writer.execute(`create schema s`);
  await writer.execute(`create table s.t (id uuid primary key, code text not null, day date not null, constraint t_code_day unique (code, day))`);
  await writer.execute(`create index t_day on s.t (day) where code <> ''`);
});
afterAll(async () => {
  await writer?.close();
  await connection?.close();
  await database?.drop();
});

describe('withoutIndexes', () => {
  test('drops the indexes while loading and rebuilds them with the same names and definitions', async () => {
    const before = await catalogue();
    assert.equal(before.length, 3);
    await withoutIndexes(writer, 's', 't', async () => {
      assert.deepEqual(await catalogue(), [], 'no index while loading');
      await writer.insert('s', 't', columns, [['00000000-0000-4000-8000-000000000001', 'a', '2026-01-01']]);
    });
    assert.deepEqual(await catalogue(), before);
  });

  test('a duplicate loaded without the unique index fails the rebuild, so nothing breaks the constraint', async () => {
    await writer.execute('begin');
    await assert.rejects(
      withoutIndexes(writer, 's', 't', () => writer.insert('s', 't', columns, [['00000000-0000-4000-8000-000000000002', 'a', '2026-01-01']])),
      /t_code_day|duplicate|unique/i,
    );
    await writer.execute('rollback');
    assert.equal((await writer.rows(`select count(*)::int as n from s.t`))[0].n, 1);
  });
});
