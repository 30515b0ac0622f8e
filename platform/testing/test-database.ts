import { randomBytes } from 'node:crypto';
import pg from 'pg';
import type { Database } from '../config/config';

/**
 * A fresh, empty database for one test file: on the PostgreSQL server named by DATABASE_URL a new
 * database (dropped afterwards), else an in-memory PGlite. Tests never share data with each other.
 */
export interface TestDatabase {
  settings: Database;
  drop(): Promise<void>;
}

export async function createTestDatabase(databaseUrl: string | undefined): Promise<TestDatabase> {
  if (!databaseUrl) return { settings: { kind: 'pglite', dataDir: 'memory://' }, drop: async () => {} };
  const name = `hub_test_${randomBytes(6).toString('hex')}`;
  await admin(databaseUrl, `create database "${name}"`);
  const url = new URL(databaseUrl);
  url.pathname = `/${name}`;
  return {
    settings: { kind: 'postgresql', url: url.toString(), poolMax: 5 },
    drop: () => admin(databaseUrl, `drop database if exists "${name}" with (force)`),
  };
}

async function admin(databaseUrl: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}
