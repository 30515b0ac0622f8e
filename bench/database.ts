import { randomBytes } from 'node:crypto';
import pg from 'pg';

/** A throwaway PostgreSQL database for one bench run, on the server the bench is pointed at. */
export interface BenchDatabase {
  url: string;
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

/** Creates `hub_bench_<random>` on the server; `drop()` removes it again. */
export async function openBenchDatabase(serverUrl: string): Promise<BenchDatabase> {
  const name = `hub_bench_${randomBytes(6).toString('hex')}`;
  const { rows } = await onServer(serverUrl, 'show server_version');
  await onServer(serverUrl, `create database "${name}"`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  let dropped = false;
  return {
    url: url.toString(),
    label: `PostgreSQL ${rows[0].server_version} at ${url.host}, throwaway database ${name}`,
    drop: async () => {
      if (dropped) return;
      dropped = true;
      await onServer(serverUrl, `drop database if exists "${name}" with (force)`);
    },
  };
}
