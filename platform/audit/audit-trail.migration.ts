import type { MigrationObject } from '@mikro-orm/core';
import { Migration } from '@mikro-orm/migrations';

/**
 * The `audit_entry` table (platform/audit/audit-entry.entity.ts) of one subgraph's schema. Every
 * subgraph has one, so it is defined once, here, and `initORM` runs it before the subgraph's own
 * migrations: a new subgraph's first migration does not repeat it.
 *
 * Idempotent, because databases created before it existed already have the table, made by the
 * subgraph's own early migrations; there it records itself as run and changes nothing.
 */
export function auditTrailMigration(schema: string): MigrationObject {
  const table = `"${schema}"."audit_entry"`;
  class AuditTrailMigration extends Migration {
    override up(): void {
      this.addSql(
        `do $$ begin create type "${schema}"."audit_action" as enum ('CREATE', 'UPDATE', 'DELETE'); exception when duplicate_object then null; end $$;`,
      );
      this.addSql(
        `create table if not exists ${table} ("id" uuid not null, "occurred_at" timestamptz not null, "actor_subject" varchar(200) not null, "actor_role" varchar(40) not null, "acting_organisation_id" uuid null, "request_id" varchar(100) not null, "action" "${schema}"."audit_action" not null, "entity_type" varchar(100) not null, "entity_id" varchar(100) not null, "changes" jsonb not null, "scope_path" text collate "C" null, primary key ("id"));`,
      );
      this.addSql(`create index if not exists "audit_entry_entity_type_index" on ${table} ("entity_type");`);
      this.addSql(`create index if not exists "audit_entry_entity_id_index" on ${table} ("entity_id");`);
      this.addSql(`create index if not exists "audit_entry_scope_path_index" on ${table} ("scope_path");`);
    }

    override down(): void {
      this.addSql(`drop table if exists ${table} cascade;`);
      this.addSql(`drop type if exists "${schema}"."audit_action";`);
    }
  }
  // Named to sort before every subgraph's own migrations, which are named by their creation time.
  return { name: 'Migration00000000000000_audit_trail', class: AuditTrailMigration };
}
