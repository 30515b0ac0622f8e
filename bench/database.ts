import { randomBytes } from 'node:crypto';
import pg from 'pg';

/** Where the bench stores its data: a throwaway PostgreSQL database, or PGlite in memory. */
export interface BenchDatabase {
  /** Variables for `loadConfig` that select this database. */
  env: Record<string, string>;
  label: string;
  drop(): Promise<void>;
}

async function onServer(serverUrl: string, sql: string): Promise<pg.QueryResult<any>> {
  const client = new pg.Client({ connectionString: serverUrl, connectionTimeoutMillis: 5000 });
  await client.connect();
  try {
    return await client.query(sql);
  } finally {
    await client.end();
  }
}

/** With a server URL: creates `hub_bench_<random>` on that server; `drop()` removes it again. */
export async function openBenchDatabase(serverUrl: string | undefined): Promise<BenchDatabase> {
  if (!serverUrl) return { env: { PGLITE_DATA_DIR: 'memory://' }, label: 'PGlite (in memory)', drop: async () => {} };
  const name = `hub_bench_${randomBytes(6).toString('hex')}`;
  const { rows } = await onServer(serverUrl, 'show server_version');
  await onServer(serverUrl, `create database "${name}"`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  let dropped = false;
  return {
    env: { DATABASE_URL: url.toString() },
    label: `PostgreSQL ${rows[0].server_version} at ${url.host}, throwaway database ${name}`,
    drop: async () => {
      if (dropped) return;
      dropped = true;
      await onServer(serverUrl, `drop database if exists "${name}" with (force)`);
    },
  };
}
