import { Migration } from '@mikro-orm/migrations';

/** Committee seats get `updated_at` with the shared base entity; existing seats were last changed when created, as far as anyone knows. */
export class Migration20261124171205_base_entity extends Migration {
  override name = 'Migration20261124171205_base_entity';

  override up(): void | Promise<void> {
    this.addSql(`alter table "organisations"."committee_seat" add "updated_at" timestamptz null;`);
    this.addSql(`update "organisations"."committee_seat" set "updated_at" = "created_at";`);
    this.addSql(`alter table "organisations"."committee_seat" alter column "updated_at" set not null;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "organisations"."committee_seat" drop column "updated_at";`);
  }
}
