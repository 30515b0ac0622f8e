import { Migration } from '@mikro-orm/migrations';

export class Migration20261123190552_audit_trail extends Migration {
  override name = 'Migration20261123190552_audit_trail';

  override up(): void | Promise<void> {
    this.addSql(`create type "organisations"."audit_action" as enum ('CREATE', 'UPDATE', 'DELETE');`);
    this.addSql(
      `create table "organisations"."audit_entry" ("id" uuid not null, "occurred_at" timestamptz not null, "actor_subject" varchar(200) not null, "actor_role" varchar(40) not null, "acting_organisation_id" uuid null, "request_id" varchar(100) not null, "action" "organisations"."audit_action" not null, "entity_type" varchar(100) not null, "entity_id" varchar(100) not null, "changes" jsonb not null, "scope_path" text collate "C" null, primary key ("id"));`,
    );
    this.addSql(`create index "audit_entry_entity_type_index" on "organisations"."audit_entry" ("entity_type");`);
    this.addSql(`create index "audit_entry_entity_id_index" on "organisations"."audit_entry" ("entity_id");`);
    this.addSql(`create index "audit_entry_scope_path_index" on "organisations"."audit_entry" ("scope_path");`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "organisations"."audit_entry" cascade;`);

    this.addSql(`alter table "organisations"."organisation" alter column "path" type text collate "C" using ("path"::text);`);

    this.addSql(`drop type "organisations"."audit_action";`);
  }
}
