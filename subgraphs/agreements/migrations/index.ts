import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261123193228_initial } from './Migration20261123193228_initial';
import { Migration20261124171236_renewal } from './Migration20261124171236_renewal';
import { Migration20261206171448_side_and_end_indexes } from './Migration20261206171448_side_and_end_indexes';

/** Every migration of this subgraph, oldest first (`npm run migration:create` adds to it). */
export const migrations: MigrationObject[] = [
  { name: 'Migration20261123193228_initial', class: Migration20261123193228_initial },
  { name: 'Migration20261124171236_renewal', class: Migration20261124171236_renewal },
  { name: 'Migration20261206171448_side_and_end_indexes', class: Migration20261206171448_side_and_end_indexes },
];
