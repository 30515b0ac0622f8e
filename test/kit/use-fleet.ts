import { afterAll, beforeAll } from '@jest/globals';
import pg from 'pg';
import { Role } from '../../platform/auth/identity';
import { harnessSettings } from '../../platform/config/harness';
import { createTestDatabase, type TestDatabase } from '../../platform/testing/test-database';
import type { GraphQLClient } from './client';
import { Fleet, type FleetOptions } from './fleet';

export interface FleetHandle {
  fleet: Fleet;
  /** The test database's URL (direct, for checking what is stored). */
  databaseUrl: string;
  /** A connection of the test's own to that database (application_name `fault-suite`). */
  admin: pg.Client;
  /** PLATFORM_ADMIN through the gateway's balancer. */
  operator: GraphQLClient;
}

/**
 * A fleet on a fresh PostgreSQL database for the tests of one file (the fault suite needs
 * DATABASE_URL: it is about PostgreSQL's failures), stopped and dropped after them.
 */
export function useFleet(options: Omit<FleetOptions, 'databaseUrl'> = {}, timeoutMs = 240_000): FleetHandle {
  const handle = {} as FleetHandle;
  let database: TestDatabase | undefined;
  beforeAll(async () => {
    const serverUrl = harnessSettings().DATABASE_URL;
    if (!serverUrl) throw new Error('the fault suite runs on PostgreSQL: set DATABASE_URL (e.g. postgres://postgres@127.0.0.1:5432/test)');
    database = await createTestDatabase(serverUrl);
    handle.databaseUrl = (database.settings as { url: string }).url;
    handle.fleet = await Fleet.start({ ...options, databaseUrl: handle.databaseUrl });
    handle.admin = new pg.Client({ connectionString: handle.databaseUrl, application_name: 'fault-suite' });
    await handle.admin.connect();
    handle.operator = await handle.fleet.client({ role: Role.PLATFORM_ADMIN, subject: 'fault-suite' });
  }, timeoutMs);
  afterAll(async () => {
    await handle.admin?.end().catch(() => {});
    await handle.fleet?.stop();
    await database?.drop();
  }, timeoutMs);
  return handle;
}
