import { Migration } from '@mikro-orm/migrations';

export class Migration20261206180136_service_check_in extends Migration {
  override name = 'Migration20261206180136_service_check_in';

  override up(): void | Promise<void> {
    this.addSql(
      `create table "checkins"."service_check_in" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "session_id" uuid not null, "member_id" uuid not null, "check_in_at" timestamptz null, "failed_attempts" int not null default 0, "record_id" uuid null, primary key ("id"));`,
    );
    this.addSql(`alter table "checkins"."service_check_in" add constraint "service_check_in_session_id_member_id_unique" unique ("session_id", "member_id");`);

    this.addSql(
      `create table "checkins"."service_session" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "community_id" uuid not null, "kind" "checkins"."service_kind" not null, "post_id" uuid null, "wish_id" uuid null, "activity" varchar(200) null, "source_key" varchar(200) not null, "code_hash" varchar(64) not null, "expires_at" timestamptz not null, "opened_by" varchar(200) not null, "opened_at" timestamptz not null, primary key ("id"));`,
    );
    this.addSql(`create index "service_session_community_id_opened_at_index" on "checkins"."service_session" ("community_id", "opened_at");`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "checkins"."service_check_in" cascade;`);
    this.addSql(`drop table if exists "checkins"."service_session" cascade;`);

    this.addSql(`alter table "checkins"."audit_entry" alter column "scope_path" type text collate "C" using ("scope_path"::text);`);
  }
}
