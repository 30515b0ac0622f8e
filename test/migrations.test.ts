import assert from 'node:assert/strict';
import { afterAll, beforeAll, describe, test } from '@jest/globals';
import { harnessSettings } from '../platform/config/harness';
import { createLogger } from '../platform/logging/logger';
import { connectDatabase, initORM, migrate, type DatabaseConnection } from '../platform/orm/orm';
import { createTestDatabase, type TestDatabase } from '../platform/testing/test-database';
import { SUBGRAPHS } from '../subgraphs';

/** Each subgraph's migrations (and the platform's audit trail before them) build exactly what its entities describe. */
let database: TestDatabase;
let connection: DatabaseConnection;

beforeAll(async () => {
  database = await createTestDatabase(harnessSettings().DATABASE_URL);
  connection = await connectDatabase(database.settings, { acquireMs: 10_000, statementMs: 0 });
});

afterAll(async () => {
  await connection?.close();
  await database?.drop();
});

describe.each(SUBGRAPHS.map((s) => [s.name, s] as const))('%s', (_name, definition) => {
  test('a fresh database migrates to the entities, audit trail included, with nothing left to change', async () => {
    await migrate(connection, definition.storage, { logger: createLogger('silent') });
    const orm = await initORM(connection, definition.storage, { logger: createLogger('silent') });
    try {
      const diff = await orm.schema.getUpdateSchemaSQL({ wrap: false });
      // The diff covers every schema of the database; this subgraph's tables are what count. Its
      // migrations table is not an entity, and re-stating a text column's `collate "C"` is how the
      // diff tool prints an unchanged one.
      const own = `"${definition.storage.schema}".`;
      const changes = diff
        .split('\n')
        .filter((line) => line.includes(own) && !line.includes('mikro_orm_migrations') && !/alter column "\w+" type text collate "C"/.test(line));
      assert.deepEqual(changes, []);
      const tables = await orm.em
        .fork()
        .execute<Array<{ table_name: string }>>(`select table_name from information_schema.tables where table_schema = ? order by table_name`, [
          definition.storage.schema,
        ]);
      assert.ok(tables.some((t) => t.table_name === 'audit_entry'));
    } finally {
      await orm.close();
    }
  });

  test("the platform's audit trail migration is harmless where the subgraph's own early migrations made the table", async () => {
    const schema = `${definition.storage.schema}_early`;
    const storage = { ...definition.storage, schema, migrations: [] };
    const orm = await initORM(connection, storage, { logger: createLogger('silent') });
    try {
      const em = orm.em.fork();
      await em.execute(`create schema "${schema}"`);
      // What the first migrations of organisations and agreements created before the platform owned the table.
      await em.execute(`create type "${schema}"."audit_action" as enum ('CREATE', 'UPDATE', 'DELETE')`);
      await em.execute(
        `create table "${schema}"."audit_entry" ("id" uuid not null, "occurred_at" timestamptz not null, "actor_subject" varchar(200) not null, "actor_role" varchar(40) not null, "acting_organisation_id" uuid null, "request_id" varchar(100) not null, "action" "${schema}"."audit_action" not null, "entity_type" varchar(100) not null, "entity_id" varchar(100) not null, "changes" jsonb not null, "scope_path" text collate "C" null, primary key ("id"))`,
      );
      await em.execute(`create index "audit_entry_entity_id_index" on "${schema}"."audit_entry" ("entity_id")`);
      await migrate(connection, storage, { logger: createLogger('silent') });
      const [{ n }] = await em.execute(`select count(*)::int as n from "${schema}"."mikro_orm_migrations"`);
      assert.equal(n, 1);
    } finally {
      await orm.close();
    }
  });
});
