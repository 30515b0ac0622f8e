import { Migration } from '@mikro-orm/migrations';

export class Migration20261206171448_side_and_end_indexes extends Migration {
  override name = 'Migration20261206171448_side_and_end_indexes';

  override up(): void | Promise<void> {
    // Either side with the end of the term: an organisation's running agreements without a bitmap of every running one's end.
    this.addSql(`create index "agreement_partner_id_valid_to_index" on "agreements"."agreement" ("partner_id", "valid_to");`);
    this.addSql(`create index "agreement_committee_id_valid_to_index" on "agreements"."agreement" ("committee_id", "valid_to");`);
    // Each side's own index is the new one's leading column.
    this.addSql(`drop index "agreements"."agreement_committee_id_index";`);
    this.addSql(`drop index "agreements"."agreement_partner_id_index";`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop index "agreements"."agreement_partner_id_valid_to_index";`);
    this.addSql(`drop index "agreements"."agreement_committee_id_valid_to_index";`);
    this.addSql(`create index "agreement_committee_id_index" on "agreements"."agreement" ("committee_id");`);
    this.addSql(`create index "agreement_partner_id_index" on "agreements"."agreement" ("partner_id");`);
  }
}
