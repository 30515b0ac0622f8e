import { PGlite } from '@electric-sql/pglite';
import { PGliteDialect, type Dialect } from 'kysely';
import { createPostgreSqlTypeParsers } from '@mikro-orm/sql';
import * as postgresArray from 'postgres-array';

/**
 * Embedded mode runs every subgraph on one in-process PGlite, which is a single database session.
 * Kysely's PGlite dialect hands that one connection to every caller at once, so a query from one
 * request could run inside another request's open transaction. We serialise access the way
 * Kysely's SQLite driver does: a connection is held from acquire to release (a whole transaction),
 * with one lock per PGlite instance shared by every ORM that uses it.
 */
class Lock {
  private tail: Promise<void> = Promise.resolve();

  async acquire(): Promise<() => void> {
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const previous = this.tail;
    this.tail = previous.then(() => held);
    await previous;
    return release;
  }
}

const locks = new WeakMap<PGlite, Lock>();

function lockFor(pglite: PGlite): Lock {
  let lock = locks.get(pglite);
  if (!lock) locks.set(pglite, (lock = new Lock()));
  return lock;
}

/**
 * A Kysely dialect over a shared PGlite whose driver holds `lock` from acquire to release, and
 * leaves closing the instance to its owner (the process that opened it).
 */
export function sharedPgliteDialect(pglite: PGlite): Dialect {
  const lock = lockFor(pglite);
  const dialect = new PGliteDialect({ pglite });
  return {
    createAdapter: () => dialect.createAdapter(),
    createIntrospector: (db) => dialect.createIntrospector(db),
    createQueryCompiler: () => dialect.createQueryCompiler(),
    createDriver: () => {
      const driver = dialect.createDriver();
      const releases: Array<() => void> = [];
      return {
        init: () => driver.init(),
        acquireConnection: async () => {
          releases.push(await lock.acquire());
          return driver.acquireConnection();
        },
        releaseConnection: async (connection) => {
          try {
            await driver.releaseConnection(connection);
          } finally {
            releases.shift()?.();
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
}

/** Opens the embedded database with the type parsers MikroORM expects of its own instances. */
export async function openPglite(dataDir: string): Promise<PGlite> {
  const parsers = createPostgreSqlTypeParsers((value: string) => postgresArray.parse(value));
  return PGlite.create({ dataDir, parsers: parsers as any });
}
