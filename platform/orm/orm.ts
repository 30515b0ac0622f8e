import type { PGlite } from '@electric-sql/pglite';
import { type EntityClass, type MigrationObject } from '@mikro-orm/core';
import { ReflectMetadataProvider } from '@mikro-orm/decorators/legacy';
import { Migrator } from '@mikro-orm/migrations';
import { PgliteDriver } from '@mikro-orm/pglite';
import { PostgreSqlDriver } from '@mikro-orm/postgresql';
import { MikroORM, type EntityManager } from '@mikro-orm/sql';
import pg from 'pg';
import type { Database, DatabaseTimeouts } from '../config/config';
import type { Logger } from '../logging/logger';
import { ConnectionWatch } from './connection-watch';
import { openPglite, PgliteLock, sharedPgliteDialect } from './pglite';
import { postgresDialect } from './postgres-dialect';
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
  readonly timeouts: DatabaseTimeouts;
  readonly pglite?: { instance: PGlite; lock: PgliteLock };
  /**
   * A watch over the connections of the next ORM started on this database: its own pool's on
   * PostgreSQL, the one shared connection's on PGlite.
   */
  watchConnections(): ConnectionWatch;
  close(): Promise<void>;
}

export async function connectDatabase(settings: Database, timeouts: DatabaseTimeouts): Promise<DatabaseConnection> {
  if (settings.kind === 'postgresql') {
    return { settings, timeouts, watchConnections: () => new ConnectionWatch(settings.poolMax), close: async () => {} };
  }
  const instance = await openPglite(settings.dataDir);
  const lock = new PgliteLock(timeouts.acquireMs);
  return { settings, timeouts, pglite: { instance, lock }, watchConnections: () => lock.watch, close: () => instance.close() };
}

export interface OrmOptions {
  logger: Logger;
  logSql?: boolean;
  /** Sees every SQL statement before it runs; the testing kit counts statements with it. */
  observeSql?: (sql: string) => void;
  /** Told of every connection handed out and returned (liveness judges by it); a new one if not given. */
  connections?: ConnectionWatch;
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
  const connections = options.connections ?? database.watchConnections();
  if (settings.kind === 'postgresql') {
    const dialect = postgresDialect(
      { url: settings.url, max: settings.poolMax, timeouts: database.timeouts, logger: options.logger, applicationName: applicationNameOf(storage.schema) },
      connections,
    );
    const orm = await MikroORM.init({ ...common, driver: PostgreSqlDriver, clientUrl: settings.url, driverOptions: dialect as any });
    return orm as unknown as MikroORM;
  }
  const { instance, lock } = database.pglite!;
  const dialect = sharedPgliteDialect(instance, lock, database.timeouts.acquireMs);
  const orm = await MikroORM.init({ ...common, driver: PgliteDriver, dbName: 'embedded', driverOptions: dialect as any });
  // Both drivers are PostgreSQL dialects of the same SQL driver family; callers need only that.
  return orm as unknown as MikroORM;
}

/**
 * Creates the subgraph's schema and applies its pending migrations, on an ORM of its own without a
 * statement timeout (a migration may rightly take longer than any request). On PostgreSQL several
 * instances of one subgraph may start together: a session advisory lock lets exactly one of them migrate.
 */
export async function migrate(database: DatabaseConnection, storage: SubgraphStorage, options: OrmOptions): Promise<void> {
  const orm = await initORM({ ...database, timeouts: { ...database.timeouts, statementMs: 0 } }, storage, options);
  const run = async () => {
    await orm.em.getConnection().execute(`create schema if not exists "${storage.schema}"`);
    await orm.migrator.up();
  };
  try {
    if (database.settings.kind !== 'postgresql') return await run();
    const client = new pg.Client({ connectionString: database.settings.url, application_name: `${applicationNameOf(storage.schema)}:migrate` });
    await client.connect();
    try {
      await client.query('select pg_advisory_lock(hashtext($1))', [`hub:migrate:${storage.schema}`]);
      await run();
    } finally {
      await client.end();
    }
  } finally {
    await orm.close();
  }
}

/** The `application_name` of a subgraph's PostgreSQL connections: `hub:<schema>` (see pg_stat_activity). */
export function applicationNameOf(schema: string): string {
  return `hub:${schema}`;
}
