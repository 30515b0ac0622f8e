import { Migration } from '@mikro-orm/migrations';

export class Migration20261206172947_report_indexes extends Migration {
  override name = 'Migration20261206172947_report_indexes';

  override up(): void | Promise<void> {
    this.addSql(`create index "agenda_item_meeting_id_category_index" on "meetings"."agenda_item" ("meeting_id", "category");`);

    this.addSql(`create index "joint_meeting_convener_id_meeting_date_index" on "meetings"."joint_meeting" ("convener_id", "meeting_date");`);

    this.addSql(`create index "meeting_attendance_meeting_id_status_index" on "meetings"."meeting_attendance" ("meeting_id", "status");`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop index "meetings"."agenda_item_meeting_id_category_index";`);

    this.addSql(`drop index "meetings"."joint_meeting_convener_id_meeting_date_index";`);

    this.addSql(`drop index "meetings"."meeting_attendance_meeting_id_status_index";`);
  }
}
