import { Migration } from '@mikro-orm/migrations';

export class Migration20261123183134_initial extends Migration {
  override name = 'Migration20261123183134_initial';

  override up(): void | Promise<void> {
    this.addSql(`create schema if not exists "organisations";`);
    this.addSql(`create type "organisations"."seat_role" as enum ('SECRETARY', 'DEPUTY_SECRETARY', 'FULL_TIME_MEMBER', 'PART_TIME_MEMBER');`);
    this.addSql(
      `create type "organisations"."organisation_kind" as enum ('DISTRICT_COMMITTEE', 'STREET_WORKING_COMMITTEE', 'COMMUNITY_PARTY_COMMITTEE', 'AREA_JOINT_PARTY_ORGANISATION', 'GRID_PARTY_BRANCH', 'BUILDING_PARTY_GROUP', 'UNIT_PARTY_ORGANISATION');`,
    );
    this.addSql(
      `create type "organisations"."unit_sector" as enum ('AGENCY', 'PUBLIC_INSTITUTION', 'STATE_OWNED_ENTERPRISE', 'PRIVATE_ENTERPRISE', 'SCHOOL', 'HOSPITAL', 'PROPERTY_COMPANY', 'SOCIAL_ORGANISATION');`,
    );
    this.addSql(
      `create table "organisations"."committee_seat" ("id" uuid not null, "committee_id" uuid not null, "holder_name" varchar(100) not null, "role" "organisations"."seat_role" not null, "holder_unit_id" uuid null, "term_start" date not null, "term_end" date null, "created_at" timestamptz not null, "version" int not null default 1, primary key ("id"));`,
    );
    this.addSql(`create index "committee_seat_committee_id_index" on "organisations"."committee_seat" ("committee_id");`);

    this.addSql(
      `create table "organisations"."organisation" ("id" uuid not null, "code" varchar(64) not null, "name" varchar(200) not null, "kind" "organisations"."organisation_kind" not null, "parent_id" uuid null, "path" text collate "C" not null, "depth" int not null, "sector" "organisations"."unit_sector" null, "address" varchar(300) null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, primary key ("id"));`,
    );
    this.addSql(`alter table "organisations"."organisation" add constraint "organisation_code_unique" unique ("code");`);
    this.addSql(`create index "organisation_parent_id_index" on "organisations"."organisation" ("parent_id");`);
    this.addSql(`create index "organisation_path_index" on "organisations"."organisation" ("path");`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "organisations"."committee_seat" cascade;`);
    this.addSql(`drop table if exists "organisations"."organisation" cascade;`);

    this.addSql(`drop type "organisations"."seat_role";`);
    this.addSql(`drop type "organisations"."organisation_kind";`);
    this.addSql(`drop type "organisations"."unit_sector";`);
    this.addSql(`drop schema if exists "organisations";`);
  }
}
