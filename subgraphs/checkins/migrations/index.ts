import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261206171559_initial } from './Migration20261206171559_initial';
import { Migration20261206173052_service } from './Migration20261206173052_service';
import { Migration20261206180136_service_check_in } from './Migration20261206180136_service_check_in';

/** Every migration of this subgraph, oldest first (`npm run migration:create` adds to it). */
export const migrations: MigrationObject[] = [
  { name: 'Migration20261206171559_initial', class: Migration20261206171559_initial },
  { name: 'Migration20261206173052_service', class: Migration20261206173052_service },
  { name: 'Migration20261206180136_service_check_in', class: Migration20261206180136_service_check_in },
];
