import { PGlite } from '@electric-sql/pglite';
import { PGliteAdapter, PGliteDialect, type DatabaseConnection, type Dialect } from 'kysely';
import { createPostgreSqlTypeParsers } from '@mikro-orm/sql';
import * as postgresArray from 'postgres-array';
import { ConnectionWatch } from './connection-watch';
import { DatabaseUnavailableError } from './database-unavailable';
import { guardedDialect } from './guarded-driver';

/**
 * Embedded mode runs every subgraph on one in-process PGlite, which is a single database session.
 * Kysely's PGlite dialect hands that one connection to every caller at once, so a query from one
 * request could run inside another request's open transaction. We serialise access: a caller holds
 * the connection from acquire to release (a whole transaction), with one lock per PGlite instance
 * shared by every ORM that uses it. Waiting for the lock is bounded like waiting for a pooled
 * PostgreSQL connection, and the lock is released on every path, failed transactions included
 * (see guarded-driver.ts).
 */
export class PgliteLock {
  private held = false;
  private readonly waiters: Array<() => void> = [];
  /** The single connection, watched like a pool of one. */
  readonly watch = new ConnectionWatch(1);

  constructor(private readonly acquireTimeoutMs: number) {}

  /** Resolves with the function that releases the lock (once; later calls do nothing). */
  acquire(): Promise<() => void> {
    if (!this.held) {
      this.held = true;
      return Promise.resolve(this.releaser());
    }
    return new Promise((resolve, reject) => {
      const grant = () => {
        clearTimeout(timer);
        resolve(this.releaser());
      };
      const timer = setTimeout(() => {
        this.waiters.splice(this.waiters.indexOf(grant), 1);
        reject(new DatabaseUnavailableError(`The embedded database stayed busy for ${this.acquireTimeoutMs} ms`));
      }, this.acquireTimeoutMs);
      this.waiters.push(grant);
    });
  }

  private releaser(): () => void {
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const next = this.waiters.shift();
      if (next) next();
      else this.held = false;
    };
  }
}

/**
 * A Kysely dialect over a shared PGlite whose driver holds `lock` from acquire to release, and
 * leaves closing the instance to its owner (the process that opened it).
 */
export function sharedPgliteDialect(pglite: PGlite, lock: PgliteLock, acquireTimeoutMs: number): Dialect {
  const dialect = new PGliteDialect({ pglite });
  const locked: Dialect = {
    // Kysely would add its own per-instance mutex for a single-connection adapter, and never release
    // it when acquiring fails (a lock timeout); our lock already serialises every ORM on this PGlite.
    createAdapter: () => new SharedPgliteAdapter(),
    createIntrospector: (db) => dialect.createIntrospector(db),
    createQueryCompiler: () => dialect.createQueryCompiler(),
    createDriver: () => {
      const driver = dialect.createDriver();
      let release: (() => void) | undefined;
      return {
        init: () => driver.init(),
        acquireConnection: async () => {
          const releaseLock = await lock.acquire();
          try {
            const connection: DatabaseConnection = await driver.acquireConnection();
            release = releaseLock;
            return connection;
          } catch (error) {
            releaseLock();
            throw error;
          }
        },
        releaseConnection: async (connection) => {
          const releaseLock = release;
          release = undefined;
          try {
            await driver.releaseConnection(connection);
          } finally {
            releaseLock?.();
          }
        },
        beginTransaction: (connection, settings) => driver.beginTransaction(connection, settings),
        commitTransaction: (connection) => driver.commitTransaction(connection),
        rollbackTransaction: (connection) => driver.rollbackTransaction(connection),
        savepoint: (connection, name, compile) => driver.savepoint!(connection, name, compile),
        rollbackToSavepoint: (connection, name, compile) => driver.rollbackToSavepoint!(connection, name, compile),
        releaseSavepoint: (connection, name, compile) => driver.releaseSavepoint!(connection, name, compile),
        destroy: async () => {},
      };
    },
  };
  return guardedDialect(locked, lock.watch, { acquireTimeoutMs });
}

class SharedPgliteAdapter extends PGliteAdapter {
  override get supportsMultipleConnections(): boolean {
    return true;
  }
}

/** Opens the embedded database with the type parsers MikroORM expects of its own instances. */
export async function openPglite(dataDir: string): Promise<PGlite> {
  const parsers = createPostgreSqlTypeParsers((value: string) => postgresArray.parse(value));
  return PGlite.create({ dataDir, parsers: parsers as any });
}
