import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261123193228_initial } from './Migration20261123193228_initial';

/** Every migration of this subgraph, oldest first (`npm run migration:create` adds to it). */
export const migrations: MigrationObject[] = [{ name: 'Migration20261123193228_initial', class: Migration20261123193228_initial }];
