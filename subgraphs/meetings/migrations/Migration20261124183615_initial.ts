import { Migration } from '@mikro-orm/migrations';

export class Migration20261124183615_initial extends Migration {
  override name = 'Migration20261124183615_initial';

  override up(): void | Promise<void> {
    this.addSql(`create type "meetings"."action_item_status" as enum ('OPEN', 'IN_PROGRESS', 'DONE', 'DROPPED');`);
    this.addSql(`create type "meetings"."agenda_category" as enum ('RESIDENTS_URGENT_PROBLEM', 'CO_BUILDING_PROJECT', 'REGULAR_BUSINESS', 'OTHER');`);
    this.addSql(
      `create type "meetings"."meeting_kind" as enum ('BIG_WORKING_COMMITTEE_JOINT_MEETING', 'BIG_PARTY_COMMITTEE_JOINT_MEETING', 'AREA_JOINT_MEETING', 'PARTY_MASSES_JOINT_MEETING', 'RESIDENTS_DELIBERATION_MEETING', 'PUBLIC_OPINION_MEETING');`,
    );
    this.addSql(`create type "meetings"."meeting_status" as enum ('SCHEDULED', 'HELD', 'CANCELLED');`);
    this.addSql(`create type "meetings"."attendance_status" as enum ('NOT_RECORDED', 'PRESENT', 'ABSENT');`);
    this.addSql(`create type "meetings"."check_in_method" as enum ('CODE', 'STAFF');`);
    this.addSql(
      `create table "meetings"."action_item" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "meeting_id" uuid not null, "resolution_id" uuid not null, "convener_id" uuid not null, "owner_id" uuid not null, "description" varchar(1000) not null, "due_date" date not null, "assigned_on" date not null, "status" "meetings"."action_item_status" not null, "completed_on" date null, "outcome" varchar(2000) null, "drop_reason" varchar(500) null, "advances_agreement_id" uuid null, "advances_project_id" uuid null, primary key ("id"));`,
    );
    this.addSql(`create index "action_item_meeting_id_index" on "meetings"."action_item" ("meeting_id");`);
    this.addSql(`create index "action_item_resolution_id_index" on "meetings"."action_item" ("resolution_id");`);
    this.addSql(`create index "action_item_advances_agreement_id_index" on "meetings"."action_item" ("advances_agreement_id");`);
    this.addSql(`create index "action_item_convener_id_assigned_on_index" on "meetings"."action_item" ("convener_id", "assigned_on");`);
    this.addSql(`create index "action_item_convener_id_status_due_date_index" on "meetings"."action_item" ("convener_id", "status", "due_date");`);
    this.addSql(`create index "action_item_owner_id_status_due_date_index" on "meetings"."action_item" ("owner_id", "status", "due_date");`);

    this.addSql(
      `create table "meetings"."action_item_note" ("id" uuid not null, "action_item_id" uuid not null, "note" varchar(1000) not null, "from_status" "meetings"."action_item_status" null, "to_status" "meetings"."action_item_status" null, "written_by" varchar(200) not null, "written_at" timestamptz not null, primary key ("id"));`,
    );
    this.addSql(`create index "action_item_note_action_item_id_index" on "meetings"."action_item_note" ("action_item_id");`);

    this.addSql(
      `create table "meetings"."agenda_item" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "meeting_id" uuid not null, "position" int not null, "title" varchar(200) not null, "description" varchar(2000) null, "raised_by_id" uuid not null, "category" "meetings"."agenda_category" not null, primary key ("id"));`,
    );
    this.addSql(`alter table "meetings"."agenda_item" add constraint "agenda_item_meeting_id_position_unique" unique ("meeting_id", "position");`);

    this.addSql(
      `create table "meetings"."calendar_feed" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "organisation_id" uuid not null, "token_hash" varchar(64) not null, "issued_by_subject" varchar(200) not null, "issued_by_role" varchar(40) not null, "issued_by_organisation_id" uuid null, "expires_at" timestamptz not null, "revoked_at" timestamptz null, primary key ("id"));`,
    );
    this.addSql(`create index "calendar_feed_organisation_id_index" on "meetings"."calendar_feed" ("organisation_id");`);
    this.addSql(`alter table "meetings"."calendar_feed" add constraint "calendar_feed_token_hash_unique" unique ("token_hash");`);

    this.addSql(
      `create table "meetings"."check_in_code" ("meeting_id" uuid not null, "code_hash" varchar(64) not null, "expires_at" timestamptz not null, "opened_by" varchar(200) not null, "opened_at" timestamptz not null, primary key ("meeting_id"));`,
    );

    this.addSql(
      `create table "meetings"."joint_meeting" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "convener_id" uuid not null, "kind" "meetings"."meeting_kind" not null, "title" varchar(200) not null, "starts_at" timestamptz not null, "ends_at" timestamptz not null, "meeting_date" date not null, "place" varchar(300) null, "online_link" varchar(500) null, "status" "meetings"."meeting_status" not null, "cancel_reason" varchar(500) null, "cancelled_at" timestamptz null, "minutes" text null, "closed_at" timestamptz null, primary key ("id"));`,
    );
    this.addSql(`create index "joint_meeting_meeting_date_index" on "meetings"."joint_meeting" ("meeting_date");`);
    this.addSql(`create index "joint_meeting_convener_id_starts_at_index" on "meetings"."joint_meeting" ("convener_id", "starts_at");`);

    this.addSql(
      `create table "meetings"."meeting_attendance" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "meeting_id" uuid not null, "unit_id" uuid not null, "status" "meetings"."attendance_status" not null, "representative" varchar(100) null, "absence_reason" varchar(500) null, "checked_in_at" timestamptz null, "method" "meetings"."check_in_method" null, "failed_check_ins" int not null default 0, primary key ("id"));`,
    );
    this.addSql(`create index "meeting_attendance_unit_id_status_index" on "meetings"."meeting_attendance" ("unit_id", "status");`);
    this.addSql(`alter table "meetings"."meeting_attendance" add constraint "meeting_attendance_meeting_id_unit_id_unique" unique ("meeting_id", "unit_id");`);

    this.addSql(
      `create table "meetings"."resolution" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "meeting_id" uuid not null, "agenda_item_id" uuid not null, "text" varchar(2000) not null, "adopted_on" date not null, "adopted_at" timestamptz not null, "adopted_by" varchar(200) not null, primary key ("id"));`,
    );
    this.addSql(`create index "resolution_meeting_id_index" on "meetings"."resolution" ("meeting_id");`);
    this.addSql(`alter table "meetings"."resolution" add constraint "resolution_agenda_item_id_unique" unique ("agenda_item_id");`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "meetings"."action_item" cascade;`);
    this.addSql(`drop table if exists "meetings"."action_item_note" cascade;`);
    this.addSql(`drop table if exists "meetings"."agenda_item" cascade;`);
    this.addSql(`drop table if exists "meetings"."calendar_feed" cascade;`);
    this.addSql(`drop table if exists "meetings"."check_in_code" cascade;`);
    this.addSql(`drop table if exists "meetings"."joint_meeting" cascade;`);
    this.addSql(`drop table if exists "meetings"."meeting_attendance" cascade;`);
    this.addSql(`drop table if exists "meetings"."resolution" cascade;`);

    this.addSql(`drop type "meetings"."action_item_status";`);
    this.addSql(`drop type "meetings"."agenda_category";`);
    this.addSql(`drop type "meetings"."meeting_kind";`);
    this.addSql(`drop type "meetings"."meeting_status";`);
    this.addSql(`drop type "meetings"."attendance_status";`);
    this.addSql(`drop type "meetings"."check_in_method";`);
  }
}
