import { Migration } from '@mikro-orm/migrations';

export class Migration20261206171559_initial extends Migration {
  override name = 'Migration20261206171559_initial';

  override up(): void | Promise<void> {
    this.addSql(`create type "checkins"."leave_status" as enum ('REQUESTED', 'APPROVED', 'REJECTED', 'CANCELLED');`);
    this.addSql(`create type "checkins"."registration_status" as enum ('PENDING', 'CONFIRMED', 'REJECTED', 'CLOSED');`);
    this.addSql(
      `create table "checkins"."leave_request" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "member_id" uuid not null, "registration_id" uuid not null, "community_id" uuid not null, "starts_on" date not null, "ends_on" date not null, "reason" varchar(500) not null, "status" "checkins"."leave_status" not null, "decided_at" timestamptz null, "decision_reason" varchar(500) null, "cancelled_at" timestamptz null, primary key ("id"));`,
    );
    this.addSql(`create index "leave_request_community_id_status_index" on "checkins"."leave_request" ("community_id", "status");`);
    this.addSql(`create index "leave_request_member_id_starts_on_index" on "checkins"."leave_request" ("member_id", "starts_on");`);

    this.addSql(
      `create table "checkins"."member_registration" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "member_id" uuid not null, "community_id" uuid not null, "status" "checkins"."registration_status" not null, "reported_at" timestamptz not null, "interests" text[] not null, "decided_at" timestamptz null, "reject_reason" varchar(500) null, "placement_id" uuid null, "closed_at" timestamptz null, "closed_reason" varchar(500) null, "replaced_by_id" uuid null, primary key ("id"));`,
    );
    this.addSql(`create index "member_registration_member_id_reported_at_index" on "checkins"."member_registration" ("member_id", "reported_at");`);
    this.addSql(`create index "member_registration_community_id_status_index" on "checkins"."member_registration" ("community_id", "status");`);
    this.addSql(
      `create unique index "member_registration_one_active_per_member" on "checkins"."member_registration" ("member_id") where "status" in ('PENDING', 'CONFIRMED');`,
    );

    this.addSql(
      `create table "checkins"."party_member" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "name" varchar(100) not null, "phone" varchar(30) null, "identity_number_cipher" text not null, "identity_number_hash" varchar(64) not null, "home_address" varchar(200) null, "employer_id" uuid not null, "residential_community_id" uuid not null, "joined_party_on" date null, primary key ("id"));`,
    );
    this.addSql(`alter table "checkins"."party_member" add constraint "party_member_identity_number_hash_unique" unique ("identity_number_hash");`);
    this.addSql(`create index "party_member_employer_id_name_index" on "checkins"."party_member" ("employer_id", "name");`);
    this.addSql(`create index "party_member_residential_community_id_name_index" on "checkins"."party_member" ("residential_community_id", "name");`);

    this.addSql(
      `create table "checkins"."roster_entry" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "unit_id" uuid not null, "name" varchar(100) not null, "identity_number_cipher" text not null, "identity_number_hash" varchar(64) not null, "line" int not null, primary key ("id"));`,
    );
    this.addSql(`create index "roster_entry_identity_number_hash_index" on "checkins"."roster_entry" ("identity_number_hash");`);
    this.addSql(
      `alter table "checkins"."roster_entry" add constraint "roster_entry_unit_id_identity_number_hash_unique" unique ("unit_id", "identity_number_hash");`,
    );

    this.addSql(
      `create table "checkins"."unit_registration" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "unit_id" uuid not null, "host_id" uuid not null, "contact_name" varchar(100) not null, "contact_phone" varchar(30) not null, "offers" text[] not null, "status" "checkins"."registration_status" not null, "reported_at" timestamptz not null, "decided_at" timestamptz null, "reject_reason" varchar(500) null, "closed_at" timestamptz null, primary key ("id"));`,
    );
    this.addSql(`create index "unit_registration_host_id_status_index" on "checkins"."unit_registration" ("host_id", "status");`);
    this.addSql(
      `create unique index "unit_registration_one_active_per_unit" on "checkins"."unit_registration" ("unit_id") where "status" in ('PENDING', 'CONFIRMED');`,
    );

    this.addSql(
      `create table "checkins"."volunteer_team" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "community_id" uuid not null, "name" varchar(100) not null, "interest" varchar(50) not null, primary key ("id"));`,
    );
    this.addSql(`alter table "checkins"."volunteer_team" add constraint "volunteer_team_community_id_name_unique" unique ("community_id", "name");`);

    this.addSql(
      `create table "checkins"."volunteer_team_member" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "team_id" uuid not null, "registration_id" uuid not null, "member_id" uuid not null, primary key ("id"));`,
    );
    this.addSql(`create index "volunteer_team_member_registration_id_index" on "checkins"."volunteer_team_member" ("registration_id");`);
    this.addSql(
      `alter table "checkins"."volunteer_team_member" add constraint "volunteer_team_member_team_id_registration_id_unique" unique ("team_id", "registration_id");`,
    );
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "checkins"."leave_request" cascade;`);
    this.addSql(`drop table if exists "checkins"."member_registration" cascade;`);
    this.addSql(`drop table if exists "checkins"."party_member" cascade;`);
    this.addSql(`drop table if exists "checkins"."roster_entry" cascade;`);
    this.addSql(`drop table if exists "checkins"."unit_registration" cascade;`);
    this.addSql(`drop table if exists "checkins"."volunteer_team" cascade;`);
    this.addSql(`drop table if exists "checkins"."volunteer_team_member" cascade;`);

    this.addSql(`drop type "checkins"."leave_status";`);
    this.addSql(`drop type "checkins"."registration_status";`);
  }
}
