import type { PGlite } from '@electric-sql/pglite';
import { type EntityClass, type MigrationObject } from '@mikro-orm/core';
import { ReflectMetadataProvider } from '@mikro-orm/decorators/legacy';
import { Migrator } from '@mikro-orm/migrations';
import { PgliteDriver } from '@mikro-orm/pglite';
import { PostgreSqlDriver } from '@mikro-orm/postgresql';
import { MikroORM, type EntityManager } from '@mikro-orm/sql';
import pg from 'pg';
import type { Database } from '../config/config';
import type { Logger } from '../logging/logger';
import { openPglite, sharedPgliteDialect } from './pglite';
import { AuditEntry } from '../audit/audit-entry.entity';
import { AuditSubscriber } from '../audit/audit.subscriber';
import { auditTrailMigration } from '../audit/audit-trail.migration';

export type { EntityManager };

/** What a subgraph tells the ORM layer about its own storage. */
export interface SubgraphStorage {
  /** The PostgreSQL schema that holds this subgraph's tables and its migration history. */
  schema: string;
  entities: EntityClass<any>[];
  /** Listed explicitly: migrations discovered from `.ts` files fail under swc-node. */
  migrations: MigrationObject[];
}

/**
 * The database this process talks to: a PostgreSQL URL, or one embedded PGlite shared by every
 * subgraph in the process (each PGlite start costs seconds, and the data directory can have one owner).
 */
export interface DatabaseConnection {
  readonly settings: Database;
  readonly pglite?: PGlite;
  close(): Promise<void>;
}

export async function connectDatabase(settings: Database): Promise<DatabaseConnection> {
  if (settings.kind === 'postgresql') return { settings, close: async () => {} };
  const pglite = await openPglite(settings.dataDir);
  return { settings, pglite, close: () => pglite.close() };
}

export interface OrmOptions {
  logger: Logger;
  logSql?: boolean;
  /** Sees every SQL statement before it runs; the testing kit counts statements with it. */
  observeSql?: (sql: string) => void;
}

/** Starts MikroORM for one subgraph, in that subgraph's own schema. */
export async function initORM(database: DatabaseConnection, storage: SubgraphStorage, options: OrmOptions): Promise<MikroORM> {
  const common = {
    // Every subgraph keeps its own audit trail, written by the flush hook (platform/audit).
    entities: [...storage.entities, AuditEntry],
    subscribers: [new AuditSubscriber()],
    schema: storage.schema,
    metadataProvider: ReflectMetadataProvider,
    extensions: [Migrator],
    migrations: {
      // The platform's own tables come first: every subgraph's schema has an audit trail.
      migrationsList: [auditTrailMigration(storage.schema), ...storage.migrations],
      schema: storage.schema,
      tableName: 'mikro_orm_migrations',
      snapshot: false,
      silent: true,
    },
    debug: options.logSql ? ['query' as const] : false,
    logger: (message: string) => options.logger.debug(message, { component: 'orm', schema: storage.schema }),
    onQuery: (sql: string) => {
      options.observeSql?.(sql);
      return sql;
    },
    // Entities are always loaded through a request-scoped fork, never the global context.
    allowGlobalContext: false,
  };
  const settings = database.settings;
  if (settings.kind === 'postgresql') {
    const orm = await MikroORM.init({ ...common, driver: PostgreSqlDriver, clientUrl: settings.url, pool: { max: settings.poolMax } });
    return orm as unknown as MikroORM;
  }
  const orm = await MikroORM.init({ ...common, driver: PgliteDriver, dbName: 'embedded', driverOptions: sharedPgliteDialect(database.pglite!) as any });
  // Both drivers are PostgreSQL dialects of the same SQL driver family; callers need only that.
  return orm as unknown as MikroORM;
}

/**
 * Creates the subgraph's schema and applies its pending migrations. On PostgreSQL several instances
 * of one subgraph may start together: a session advisory lock lets exactly one of them migrate.
 */
export async function migrate(orm: MikroORM, database: DatabaseConnection, storage: SubgraphStorage): Promise<void> {
  const run = async () => {
    await orm.em.getConnection().execute(`create schema if not exists "${storage.schema}"`);
    await orm.migrator.up();
  };
  if (database.settings.kind !== 'postgresql') return run();
  const client = new pg.Client({ connectionString: database.settings.url });
  await client.connect();
  try {
    await client.query('select pg_advisory_lock(hashtext($1))', [`hub:migrate:${storage.schema}`]);
    await run();
  } finally {
    await client.end();
  }
}
