import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261124183615_initial } from './Migration20261124183615_initial';

/** Every migration of this subgraph, oldest first (`npm run migration:create` adds to it). */
export const migrations: MigrationObject[] = [{ name: 'Migration20261124183615_initial', class: Migration20261124183615_initial }];
