import { Migration } from '@mikro-orm/migrations';
import { POINTS_CATALOGUE } from '../points.catalog';

export class Migration20261206173052_service extends Migration {
  override name = 'Migration20261206173052_service';

  override up(): void | Promise<void> {
    this.addSql(`create type "checkins"."points_earner_kind" as enum ('MEMBER', 'UNIT');`);
    this.addSql(`create type "checkins"."points_category" as enum ('PUBLIC_SECURITY', 'PUBLIC_VIRTUE', 'COMMUNITY_BUILDING', 'AWARD_AND_PENALTY');`);
    this.addSql(`create type "checkins"."points_basis" as enum ('PER_HOUR', 'PER_WISH_RATING', 'PER_POST_MONTH', 'AWARD', 'DEDUCTION');`);
    this.addSql(`create type "checkins"."service_kind" as enum ('POST', 'WISH', 'ACTIVITY');`);
    this.addSql(`create type "checkins"."service_record_method" as enum ('CODE', 'STAFF');`);
    this.addSql(`create type "checkins"."wish_status" as enum ('POSTED', 'DISPATCHED', 'ACCEPTED', 'DONE', 'RATED', 'WITHDRAWN');`);
    this.addSql(`create type "checkins"."wish_assignee_kind" as enum ('MEMBER', 'UNIT', 'TEAM');`);
    this.addSql(
      `create table "checkins"."points_entry" ("id" uuid not null, "earner_kind" "checkins"."points_earner_kind" not null, "earner_id" uuid not null, "unit_id" uuid not null, "community_id" uuid not null, "points" int not null, "rule_id" uuid not null, "rule_code" varchar(50) not null, "rule_version" int not null, "source_kind" varchar(20) not null, "source_key" varchar(100) not null, "earned_on" date not null, "reason" varchar(500) null, "created_at" timestamptz not null, primary key ("id"));`,
    );
    this.addSql(`create index "points_entry_unit_id_index" on "checkins"."points_entry" ("unit_id");`);
    this.addSql(`create index "points_entry_community_id_earned_on_index" on "checkins"."points_entry" ("community_id", "earned_on");`);
    this.addSql(`create index "points_entry_earner_id_earned_on_index" on "checkins"."points_entry" ("earner_id", "earned_on");`);
    this.addSql(`alter table "checkins"."points_entry" add constraint "points_entry_one_per_source" unique ("source_kind", "source_key");`);

    this.addSql(
      `create table "checkins"."points_rule" ("id" uuid not null, "code" varchar(50) not null, "version" int not null, "category" "checkins"."points_category" not null, "subcategory" varchar(100) not null, "basis" "checkins"."points_basis" not null, "points" int not null, "current" boolean not null default true, "created_at" timestamptz not null, primary key ("id"));`,
    );
    this.addSql(`alter table "checkins"."points_rule" add constraint "points_rule_code_version_unique" unique ("code", "version");`);
    this.addSql(`create unique index "points_rule_one_current_per_code" on "checkins"."points_rule" ("code") where "current";`);
    // The catalogue as first published (seed 001): rules are data from here on.
    for (const rule of POINTS_CATALOGUE) {
      this.addSql(
        `insert into "checkins"."points_rule" ("id", "code", "version", "category", "subcategory", "basis", "points", "current", "created_at") values (gen_random_uuid(), '${rule.code}', 1, '${rule.category}', '${rule.subcategory}', '${rule.basis}', ${rule.points}, true, now());`,
      );
    }

    this.addSql(
      `create table "checkins"."service_post" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "community_id" uuid not null, "category" varchar(50) not null, "title" varchar(100) not null, "description" varchar(1000) not null, "capacity" int not null, "claimed_count" int not null default 0, "closed_at" timestamptz null, primary key ("id"));`,
    );
    this.addSql(`create index "service_post_community_id_category_index" on "checkins"."service_post" ("community_id", "category");`);

    this.addSql(
      `create table "checkins"."service_post_claim" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "post_id" uuid not null, "member_id" uuid not null, "claimed_at" timestamptz not null, "released_at" timestamptz null, primary key ("id"));`,
    );
    this.addSql(`create index "service_post_claim_member_id_claimed_at_index" on "checkins"."service_post_claim" ("member_id", "claimed_at");`);
    this.addSql(
      `create unique index "service_post_claim_one_open_per_member" on "checkins"."service_post_claim" ("post_id", "member_id") where "released_at" is null;`,
    );

    this.addSql(
      `create table "checkins"."service_record" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "member_id" uuid not null, "community_id" uuid not null, "kind" "checkins"."service_kind" not null, "post_id" uuid null, "wish_id" uuid null, "activity" varchar(200) null, "source_key" varchar(200) not null, "check_in_at" timestamptz not null, "check_out_at" timestamptz not null, "service_day" date not null, "minutes" int not null, "method" "checkins"."service_record_method" not null, "recorded_by" varchar(200) not null, primary key ("id"));`,
    );
    this.addSql(`create index "service_record_community_id_service_day_index" on "checkins"."service_record" ("community_id", "service_day");`);
    this.addSql(
      `alter table "checkins"."service_record" add constraint "service_record_once_per_day" unique ("member_id", "kind", "source_key", "service_day");`,
    );

    this.addSql(
      `create table "checkins"."wish" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "community_id" uuid not null, "title" varchar(200) not null, "description" varchar(2000) not null, "resident_name" varchar(100) not null, "resident_contact" varchar(100) not null, "status" "checkins"."wish_status" not null, "step_due_on" date not null, "due_on" date not null, "assignee_kind" "checkins"."wish_assignee_kind" null, "assignee_id" uuid null, "accepted_by_member_id" uuid null, "accepted_by_unit_id" uuid null, "posted_at" timestamptz not null, "dispatched_at" timestamptz null, "accepted_at" timestamptz null, "done_at" timestamptz null, "outcome" varchar(1000) null, "rating" smallint null, "rating_comment" varchar(500) null, "rated_at" timestamptz null, "withdrawn_at" timestamptz null, "withdraw_reason" varchar(500) null, primary key ("id"));`,
    );
    this.addSql(`create index "wish_assignee_id_status_index" on "checkins"."wish" ("assignee_id", "status");`);
    this.addSql(`create index "wish_community_id_posted_at_index" on "checkins"."wish" ("community_id", "posted_at");`);
    this.addSql(`create index "wish_community_id_status_step_due_on_index" on "checkins"."wish" ("community_id", "status", "step_due_on");`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "checkins"."points_entry" cascade;`);
    this.addSql(`drop table if exists "checkins"."points_rule" cascade;`);
    this.addSql(`drop table if exists "checkins"."service_post" cascade;`);
    this.addSql(`drop table if exists "checkins"."service_post_claim" cascade;`);
    this.addSql(`drop table if exists "checkins"."service_record" cascade;`);
    this.addSql(`drop table if exists "checkins"."wish" cascade;`);

    this.addSql(`alter table "checkins"."audit_entry" alter column "scope_path" type text collate "C" using ("scope_path"::text);`);

    this.addSql(`drop type "checkins"."points_earner_kind";`);
    this.addSql(`drop type "checkins"."points_category";`);
    this.addSql(`drop type "checkins"."points_basis";`);
    this.addSql(`drop type "checkins"."service_kind";`);
    this.addSql(`drop type "checkins"."service_record_method";`);
    this.addSql(`drop type "checkins"."wish_status";`);
    this.addSql(`drop type "checkins"."wish_assignee_kind";`);
  }
}
