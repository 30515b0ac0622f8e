import { createPostgreSqlTypeParsers } from '@mikro-orm/sql';
import { PostgresDialect, type Dialect, type PostgresPool, type PostgresPoolClient } from 'kysely';
import pg from 'pg';
import * as postgresArray from 'postgres-array';
import type { DatabaseTimeouts } from '../config/config';
import type { Logger } from '../logging/logger';
import { ConnectionWatch } from './connection-watch';
import { DatabaseUnavailableError } from './database-unavailable';
import { guardedDialect } from './guarded-driver';

export interface PostgresPoolSettings {
  url: string;
  max: number;
  timeouts: DatabaseTimeouts;
  logger: Logger;
  /**
   * The `application_name` of every connection (`hub:<schema>`), so an operator (or the fault suite)
   * counts each subgraph's connections in `pg_stat_activity`.
   */
  applicationName?: string;
}

/** Margin the client waits beyond the server's statement timeout before it gives a silent server up. */
const CLIENT_GRACE_MS = 5000;

/**
 * The Kysely dialect of one subgraph's PostgreSQL pool. We build the pool ourselves (rather than let
 * MikroORM build it) to bound every wait and to decide, on each release, whether a connection may be
 * used again:
 * - acquiring a connection (waiting for a free one, or opening a new one) gives up after
 *   `timeouts.acquireMs` with a `DatabaseUnavailableError`;
 * - the server cancels statements after `timeouts.statementMs` and ends sessions left idle inside a
 *   transaction as long; the client gives up on a server that does not answer at all a little later;
 * - a connection released while its transaction was never ended, or after it failed without an
 *   answer from the server, is destroyed, never handed to the next request.
 */
export function postgresDialect(settings: PostgresPoolSettings, watch: ConnectionWatch): Dialect {
  const statementMs = settings.timeouts.statementMs;
  const pool = new pg.Pool({
    connectionString: settings.url,
    max: settings.max,
    ...(settings.applicationName ? { application_name: settings.applicationName } : {}),
    connectionTimeoutMillis: settings.timeouts.acquireMs,
    keepAlive: true,
    ...(statementMs > 0
      ? { statement_timeout: statementMs, idle_in_transaction_session_timeout: statementMs, query_timeout: statementMs + CLIENT_GRACE_MS }
      : {}),
    types: typeParsers(),
  });
  // A connection dropped by the server is an 'error' event; unhandled, it would end the process.
  // The statement in flight fails on its own and the pool discards the connection.
  pool.on('connect', (client) => client.on('error', (error) => settings.logger.warn('database connection lost', { error: error.message })));
  pool.on('error', (error) => settings.logger.warn('idle database connection lost', { error: error.message }));
  const guardedPool: PostgresPool = {
    options: pool.options,
    connect: async () => new Checkout(await pool.connect()),
    end: () => pool.end(),
  };
  return guardedDialect(new PostgresDialect({ pool: guardedPool }), watch, { acquireTimeoutMs: settings.timeouts.acquireMs });
}

/** One loan of a pooled client to Kysely: it follows the session's state to decide how to give it back. */
class Checkout implements PostgresPoolClient {
  private inTransaction = false;
  private lost = false;
  private released = false;

  constructor(private readonly client: pg.PoolClient) {}

  get processID(): number | undefined {
    return (this.client as { processID?: number }).processID;
  }

  query(sqlOrCursor: any, parameters?: ReadonlyArray<unknown>): any {
    if (typeof sqlOrCursor !== 'string') return this.client.query(sqlOrCursor);
    return this.client.query(sqlOrCursor, parameters as unknown[]).then(
      (result) => {
        this.follow(sqlOrCursor);
        return result;
      },
      (error: unknown) => {
        if (answeredByServer(error)) throw error;
        // Lost connection or no answer in time: the session's state is unknown from here on.
        this.lost = true;
        throw new DatabaseUnavailableError(`The database connection failed: ${(error as Error).message}`, { cause: error });
      },
    );
  }

  release(): void {
    if (this.released) return;
    this.released = true;
    const doubt = this.lost ? 'the connection failed' : this.inTransaction ? 'its transaction was never ended' : undefined;
    // pg-pool destroys a client released with an error instead of keeping it.
    this.client.release(doubt ? new Error(`database connection destroyed: ${doubt}`) : undefined);
  }

  /** Kysely opens and ends transactions with these exact statements (savepoints do not count). */
  private follow(sql: string) {
    const statement = sql.trim().toLowerCase();
    if (statement === 'begin' || statement.startsWith('start transaction')) this.inTransaction = true;
    else if (statement === 'commit' || statement === 'rollback') this.inTransaction = false;
  }
}

/** An error answer from a live server (a constraint, a syntax error) leaves the session usable; a FATAL one does not. */
function answeredByServer(error: unknown): boolean {
  return error instanceof pg.DatabaseError && error.severity !== 'FATAL' && error.severity !== 'PANIC';
}

function typeParsers(): pg.CustomTypesConfig {
  const types = new pg.TypeOverrides();
  for (const [oid, parser] of Object.entries(createPostgreSqlTypeParsers((value: string) => postgresArray.parse(value)))) {
    types.setTypeParser(Number(oid), parser as (value: string) => unknown);
  }
  return types;
}
