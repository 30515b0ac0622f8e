import { randomBytes } from 'node:crypto';
import pg from 'pg';
import type { Database } from '../config/config';

/**
 * A fresh database for one test file: on the PostgreSQL server named by DATABASE_URL a new
 * database (dropped afterwards), else an in-memory PGlite. Tests never share data with each other.
 * Empty unless `template` names a database to copy (see `ensureTemplateDatabase`).
 */
export interface TestDatabase {
  settings: Database;
  drop(): Promise<void>;
}

export async function createTestDatabase(databaseUrl: string | undefined, options: { template?: string } = {}): Promise<TestDatabase> {
  if (!databaseUrl) return { settings: { kind: 'pglite', dataDir: 'memory://' }, drop: async () => {} };
  const name = `hub_test_${randomBytes(6).toString('hex')}`;
  await admin(databaseUrl, async (client) => {
    await client.query(options.template ? `create database "${name}" template "${options.template}"` : `create database "${name}"`);
  });
  return {
    settings: { kind: 'postgresql', url: databaseUrlOf(databaseUrl, name), poolMax: 5 },
    drop: () =>
      admin(databaseUrl, async (client) => {
        await client.query(`drop database if exists "${name}" with (force)`);
      }),
  };
}

/**
 * Makes sure the database `name` exists, built by `build` (given the URL of an empty database) the
 * first time: a template the test files copy instead of each running every migration itself.
 * Parallel Jest workers build it once: the first holds an advisory lock while it builds, the others
 * wait for it and then find it. It is built under another name and renamed when complete, so a
 * build cut short never leaves a half-built template behind; it accepts no connections afterwards
 * (PostgreSQL copies a database only while nobody is connected to it).
 */
export async function ensureTemplateDatabase(databaseUrl: string, name: string, build: (url: string) => Promise<void>): Promise<void> {
  await admin(databaseUrl, async (client) => {
    await client.query('select pg_advisory_lock(hashtext($1))', [`hub:test-template:${name}`]);
    const exists = await client.query('select 1 from pg_database where datname = $1', [name]);
    if (exists.rowCount) return;
    const building = `${name}_building`;
    await client.query(`drop database if exists "${building}" with (force)`);
    await client.query(`create database "${building}"`);
    await build(databaseUrlOf(databaseUrl, building));
    // A pool closed by `build` may still be hanging up; the rename needs the database to itself.
    await client.query('select pg_terminate_backend(pid) from pg_stat_activity where datname = $1', [building]);
    await client.query(`alter database "${building}" rename to "${name}"`);
    await client.query(`alter database "${name}" with allow_connections false`);
  });
}

/** Drops every database whose name starts with `prefix` (the templates of one test run). */
export async function dropDatabasesNamed(databaseUrl: string, prefix: string): Promise<void> {
  await admin(databaseUrl, async (client) => {
    const { rows } = await client.query<{ datname: string }>('select datname from pg_database where starts_with(datname, $1)', [prefix]);
    for (const { datname } of rows) await client.query(`drop database if exists "${datname}" with (force)`);
  });
}

function databaseUrlOf(serverUrl: string, name: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

async function admin<T>(databaseUrl: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}
