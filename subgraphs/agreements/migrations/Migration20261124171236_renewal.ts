import { Migration } from '@mikro-orm/migrations';

/**
 * An agreement records the agreement that renews it, so it is renewed once. Agreements renewed
 * before this (possibly more than once, by retries) point to their first renewal.
 */
export class Migration20261124171236_renewal extends Migration {
  override name = 'Migration20261124171236_renewal';

  override up(): void | Promise<void> {
    this.addSql(`alter table "agreements"."agreement" add "renewed_by_id" uuid null;`);
    this.addSql(
      `update "agreements"."agreement" o set "renewed_by_id" = (select r."id" from "agreements"."agreement" r where r."renewal_of_id" = o."id" order by r."created_at", r."id" limit 1);`,
    );
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "agreements"."agreement" drop column "renewed_by_id";`);
  }
}
