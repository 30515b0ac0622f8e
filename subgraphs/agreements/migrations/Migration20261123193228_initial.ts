import { Migration } from '@mikro-orm/migrations';

export class Migration20261123193228_initial extends Migration {
  override name = 'Migration20261123193228_initial';

  override up(): void | Promise<void> {
    this.addSql(`create schema if not exists "agreements";`);
    this.addSql(`create type "agreements"."agreement_status" as enum ('DRAFT', 'ACTIVE', 'SUSPENDED', 'EXPIRED', 'TERMINATED');`);
    this.addSql(
      `create table "agreements"."agreement" ("id" uuid not null, "number" varchar(40) not null, "committee_id" uuid not null, "partner_id" uuid not null, "title" varchar(200) not null, "signing_date" date null, "valid_from" date not null, "valid_to" date not null, "stored_status" "agreements"."agreement_status" not null, "commitments" jsonb not null, "resources" jsonb not null, "needs" jsonb not null, "projects" jsonb not null, "renewal_of_id" uuid null, "idempotency_key" varchar(200) null, "request_hash" varchar(64) null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, primary key ("id"));`,
    );
    this.addSql(`alter table "agreements"."agreement" add constraint "agreement_number_unique" unique ("number");`);
    this.addSql(`create index "agreement_committee_id_index" on "agreements"."agreement" ("committee_id");`);
    this.addSql(`create index "agreement_partner_id_index" on "agreements"."agreement" ("partner_id");`);
    this.addSql(`create index "agreement_valid_to_index" on "agreements"."agreement" ("valid_to");`);
    this.addSql(`alter table "agreements"."agreement" add constraint "agreement_partner_id_idempotency_key_unique" unique ("partner_id", "idempotency_key");`);

    this.addSql(
      `create table "agreements"."agreement_amendment" ("id" uuid not null, "agreement_id" uuid not null, "number" int not null, "reason" varchar(500) not null, "changes" jsonb not null, "amended_by" varchar(200) not null, "amended_at" timestamptz not null, primary key ("id"));`,
    );
    this.addSql(`create index "agreement_amendment_agreement_id_index" on "agreements"."agreement_amendment" ("agreement_id");`);
    this.addSql(
      `alter table "agreements"."agreement_amendment" add constraint "agreement_amendment_agreement_id_number_unique" unique ("agreement_id", "number");`,
    );

    this.addSql(
      `create table "agreements"."agreement_number_sequence" ("district_id" uuid not null, "year" int not null, "last" int not null, primary key ("district_id", "year"));`,
    );

    this.addSql(
      `create table "agreements"."agreement_review" ("id" uuid not null, "agreement_id" uuid not null, "year" int not null, "rating" int not null, "comment" varchar(1000) not null, "reviewed_by" varchar(200) not null, "reviewed_at" timestamptz not null, primary key ("id"));`,
    );
    this.addSql(`create index "agreement_review_agreement_id_index" on "agreements"."agreement_review" ("agreement_id");`);
    this.addSql(`alter table "agreements"."agreement_review" add constraint "agreement_review_agreement_id_year_unique" unique ("agreement_id", "year");`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "agreements"."agreement" cascade;`);
    this.addSql(`drop table if exists "agreements"."agreement_amendment" cascade;`);
    this.addSql(`drop table if exists "agreements"."agreement_number_sequence" cascade;`);
    this.addSql(`drop table if exists "agreements"."agreement_review" cascade;`);

    this.addSql(`drop type "agreements"."agreement_status";`);
    this.addSql(`drop schema if exists "agreements";`);
  }
}
