import pg from 'pg';
import type { DatabaseTimeouts } from '../config/config';
import type { DatabaseConnection } from '../orm/orm';
import type { Logger } from '../logging/logger';
import { ConnectionWatch } from '../orm/connection-watch';

/** Where a subgraph remembers the nonces of signed requests it has accepted, until they expire. */
export interface NonceStore {
  /** True the first time `nonce` is offered; false when it was seen before (a replay). */
  claim(nonce: string, expiresAt: number): Promise<boolean>;
  /** Opens a connection now, so the first request does not wait for it (distributed mode). */
  warmUp(): Promise<void>;
  /** Its database connections, for the pool metrics (none in memory). */
  readonly connections?: ConnectionWatch;
  close(): Promise<void>;
}

/** PostgreSQL schema of the platform's own shared tables (not any subgraph's). */
export const PLATFORM_SCHEMA = 'hub_platform';
const TABLE = `${PLATFORM_SCHEMA}.seen_nonces`;
const PRUNE_EVERY_MS = 30_000;

/**
 * Embedded mode: one process serves every subgraph, so a map in memory sees every request. Only
 * validly signed requests reach it, so it holds at most the last two minutes of real traffic.
 */
export class MemoryNonceStore implements NonceStore {
  private readonly seen = new Map<string, number>();
  private nextPrune = 0;

  async claim(nonce: string, expiresAt: number, now = Date.now()): Promise<boolean> {
    if (now >= this.nextPrune) {
      for (const [key, expires] of this.seen) if (expires < now) this.seen.delete(key);
      this.nextPrune = now + PRUNE_EVERY_MS;
    }
    if (this.seen.has(nonce)) return false;
    this.seen.set(nonce, expiresAt);
    return true;
  }

  async warmUp(): Promise<void> {}

  async close(): Promise<void> {}
}

/**
 * Distributed mode: any instance behind the balancer may receive a replay, so the instances of every
 * subgraph share one table. It is UNLOGGED (no WAL: a crash empties it, which only forgets nonces of
 * the last minute) and each request costs one primary-key insert. Its own small pool keeps these
 * statements out of request transactions and out of the ORM's statement counts.
 */
/** Connections of a process's nonce store (`application_name` hub:nonces), beside its subgraph's pool. */
export const NONCE_POOL_MAX = 4;

export class PostgresNonceStore implements NonceStore {
  private readonly pool: pg.Pool;
  readonly connections = new ConnectionWatch(NONCE_POOL_MAX);
  private readonly pruning: NodeJS.Timeout;
  private pending: Array<{ nonce: string; expiresAt: number; resolve: (first: boolean) => void; reject: (error: unknown) => void }> = [];

  private constructor(url: string, timeouts: DatabaseTimeouts, logger: Logger) {
    // The same bounds as the subgraph's own pool: a database that cannot answer fails the check fast.
    this.pool = new pg.Pool({
      connectionString: url,
      max: NONCE_POOL_MAX,
      application_name: 'hub:nonces',
      idleTimeoutMillis: 30_000,
      connectionTimeoutMillis: timeouts.acquireMs,
      ...(timeouts.statementMs ? { statement_timeout: timeouts.statementMs, query_timeout: timeouts.statementMs + 5_000 } : {}),
    });
    this.pool.on('error', (error) => logger.warn('nonce store connection failed', { error }));
    // Every connection keeps a listener for its whole life, as the subgraph's own pool does
    // (platform/orm/postgres-dialect.ts): a backend terminated at any moment between the pool's own
    // listener and a statement's must be a lost connection, never an unhandled 'error' that ends the
    // process (the database fault test saw a subgraph die so, now and then).
    this.pool.on('connect', (client) => client.on('error', (error) => logger.warn('nonce store connection lost', { error: error.message })));
    this.pruning = setInterval(() => {
      this.query(`delete from ${TABLE} where expires_at < $1`, [Date.now()]).catch((error) => logger.warn('pruning seen nonces failed', { error }));
    }, PRUNE_EVERY_MS);
    this.pruning.unref();
  }

  /** With `createTable` (the instance runs migrations) the table is created if missing. */
  static async open(url: string, timeouts: DatabaseTimeouts, logger: Logger, createTable: boolean): Promise<PostgresNonceStore> {
    const store = new PostgresNonceStore(url, timeouts, logger);
    try {
      if (createTable) await store.createTable();
    } catch (error) {
      await store.close();
      throw error;
    }
    return store;
  }

  /**
   * Claims offered in the same moment (the requests a gateway sends to this instance at once) go in
   * one multi-row insert; the table's primary key still decides, across every instance, which claim
   * of a nonce is first. A nonce offered twice in one batch is granted to its first claim only.
   */
  claim(nonce: string, expiresAt: number): Promise<boolean> {
    return new Promise<boolean>((resolve, reject) => {
      if (this.pending.length === 0) setImmediate(() => void this.flush());
      this.pending.push({ nonce, expiresAt, resolve, reject });
    });
  }

  private async flush(): Promise<void> {
    const batch = this.pending;
    this.pending = [];
    try {
      const result = await this.query<{ nonce: string }>(
        `insert into ${TABLE} (nonce, expires_at) select * from unnest($1::text[], $2::bigint[]) on conflict do nothing returning nonce`,
        [batch.map((c) => c.nonce), batch.map((c) => c.expiresAt)],
      );
      const inserted = new Set(result.rows.map((row) => row.nonce));
      for (const claim of batch) claim.resolve(inserted.delete(claim.nonce));
    } catch (error) {
      for (const claim of batch) claim.reject(error);
    }
  }

  async warmUp(): Promise<void> {
    await this.query('select 1');
  }

  /** One statement on a connection of the pool, reported to `connections` as it is taken and given back. */
  private async query<R extends pg.QueryResultRow>(sql: string, values: unknown[] = []): Promise<pg.QueryResult<R>> {
    const since = this.connections.acquiring();
    let client: pg.PoolClient;
    try {
      client = await this.pool.connect();
    } catch (error) {
      this.connections.failed(since);
      throw error;
    }
    this.connections.acquired(since);
    let failure: Error | undefined;
    // A connection cut while it is out (its backend terminated) emits 'error': unheard, that would
    // crash the process. pool.query listens the same way; the query itself then fails too.
    const onError = (error: Error) => (failure = error);
    client.on('error', onError);
    try {
      return await client.query<R>(sql, values);
    } catch (error) {
      failure = error as Error;
      throw error;
    } finally {
      client.off('error', onError);
      // A connection that failed is not handed out again: the pool destroys it.
      client.release(failure);
      this.connections.returned();
    }
  }

  async close(): Promise<void> {
    clearInterval(this.pruning);
    await this.pool.end();
  }

  /** Instances of several subgraphs may start together: a lock lets one of them create it. */
  private async createTable(): Promise<void> {
    const client = await this.pool.connect();
    try {
      await client.query('begin');
      await client.query('select pg_advisory_xact_lock(hashtext($1))', [`hub:create:${TABLE}`]);
      await client.query(`create schema if not exists ${PLATFORM_SCHEMA}`);
      await client.query(`create unlogged table if not exists ${TABLE} (nonce text collate "C" primary key, expires_at bigint not null)`);
      await client.query('commit');
    } catch (error) {
      await client.query('rollback').catch(() => {});
      throw error;
    } finally {
      client.release();
    }
  }
}

export async function openNonceStore(database: DatabaseConnection, logger: Logger, createTable: boolean): Promise<NonceStore> {
  const { settings, timeouts } = database;
  return settings.kind === 'postgresql' ? PostgresNonceStore.open(settings.url, timeouts, logger, createTable) : new MemoryNonceStore();
}
