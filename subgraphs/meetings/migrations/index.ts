import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261124183615_initial } from './Migration20261124183615_initial';
import { Migration20261206172947_report_indexes } from './Migration20261206172947_report_indexes';

/** Every migration of this subgraph, oldest first (`npm run migration:create` adds to it). */
export const migrations: MigrationObject[] = [
  { name: 'Migration20261124183615_initial', class: Migration20261124183615_initial },
  { name: 'Migration20261206172947_report_indexes', class: Migration20261206172947_report_indexes },
];
