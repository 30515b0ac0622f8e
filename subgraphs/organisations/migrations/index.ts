import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261123183134_initial } from './Migration20261123183134_initial';
import { Migration20261124171205_base_entity } from './Migration20261124171205_base_entity';

/** Every migration of this subgraph, oldest first (`npm run migration:create` adds to it). */
export const migrations: MigrationObject[] = [
  { name: 'Migration20261123183134_initial', class: Migration20261123183134_initial },
  { name: 'Migration20261124171205_base_entity', class: Migration20261124171205_base_entity },
];
