import type { DatabaseConnection, Dialect, Driver } from 'kysely';
import type { ConnectionWatch } from './connection-watch';
import { DatabaseUnavailableError } from './database-unavailable';

/**
 * Kysely releases a transaction's connection only after its COMMIT or ROLLBACK succeeded: when the
 * database connection is cut mid-transaction, the ROLLBACK that follows fails and the connection is
 * never released, so the pool loses a slot for good and, after a few such cuts, every request waits
 * forever. This driver releases the connection itself when BEGIN or ROLLBACK fails (the dialect's
 * pool then destroys it, as its transaction never ended), turns a failure to get a connection into
 * a `DatabaseUnavailableError`, and reports every connection out and back to a `ConnectionWatch`.
 *
 * A failed COMMIT is left to the ROLLBACK that MikroORM always sends after it: after a refused
 * commit (a serialization failure) the session is healthy and goes back to the pool.
 */
export function guardedDialect(dialect: Dialect, watch: ConnectionWatch, options: { acquireTimeoutMs: number }): Dialect {
  return {
    createAdapter: () => dialect.createAdapter(),
    createIntrospector: (db) => dialect.createIntrospector(db),
    createQueryCompiler: () => dialect.createQueryCompiler(),
    createDriver: () => guardedDriver(dialect.createDriver(), watch, options.acquireTimeoutMs),
  };
}

function guardedDriver(driver: Driver, watch: ConnectionWatch, acquireTimeoutMs: number): Driver {
  const out = new WeakSet<DatabaseConnection>();
  const release = async (connection: DatabaseConnection) => {
    // Each connection goes back once: after a failed ROLLBACK we release it, and Kysely never does.
    if (!out.delete(connection)) return;
    try {
      await driver.releaseConnection(connection);
    } finally {
      watch.returned();
    }
  };
  const releasingOnFailure = async (connection: DatabaseConnection, work: () => Promise<void>) => {
    try {
      await work();
    } catch (error) {
      await release(connection);
      throw error;
    }
  };
  return {
    init: () => driver.init(),
    acquireConnection: async () => {
      const since = watch.acquiring();
      let connection: DatabaseConnection;
      try {
        connection = await driver.acquireConnection();
      } catch (error) {
        watch.failed(since);
        throw unavailable(error, acquireTimeoutMs);
      }
      out.add(connection);
      watch.acquired(since);
      return connection;
    },
    releaseConnection: (connection) => release(connection),
    beginTransaction: (connection, settings) => releasingOnFailure(connection, () => driver.beginTransaction(connection, settings)),
    commitTransaction: (connection) => driver.commitTransaction(connection),
    rollbackTransaction: (connection) => releasingOnFailure(connection, () => driver.rollbackTransaction(connection)),
    savepoint: (connection, name, compile) => driver.savepoint!(connection, name, compile),
    rollbackToSavepoint: (connection, name, compile) => driver.rollbackToSavepoint!(connection, name, compile),
    releaseSavepoint: (connection, name, compile) => driver.releaseSavepoint!(connection, name, compile),
    destroy: () => driver.destroy(),
  };
}

function unavailable(error: unknown, acquireTimeoutMs: number): Error {
  if (error instanceof DatabaseUnavailableError) return error;
  const message = (error as Error)?.message ?? String(error);
  // pg-pool's words when no connection became free (or could be opened) within connectionTimeoutMillis.
  if (/timeout exceeded when trying to connect|connection timeout/i.test(message)) {
    return new DatabaseUnavailableError(`No database connection became free within ${acquireTimeoutMs} ms`, { cause: error });
  }
  return new DatabaseUnavailableError(`The database cannot be reached: ${message}`, { cause: error });
}
