import assert from 'node:assert/strict';
import { test } from '@jest/globals';
import pg from 'pg';
import { Role } from '../platform/auth/identity';
import { Clock } from '../platform/time/clock';
import { demoTargets } from '../bench/targets';
import { NETWORK_QUERY } from '../bench/workloads/network.queries';
import { networkSql } from '../bench/workloads/network.sql';
import { useTestStack } from './kit/stack';

/**
 * The benchmark's journey-1 floor on the demo district, whose check-ins tables are full (members,
 * unit registrations, service records, wishes and ratings): the hand-written SQL gives exactly what
 * the gateway gives, check-in figures included (test/seed.test.ts checks it with them empty).
 */
const hub = useTestStack({ demo: true });

async function sqlAnswer(sql: string): Promise<unknown> {
  const database = hub.stack.database;
  if (database.pglite) {
    const data = (await database.pglite.instance.query<{ data: unknown }>(sql)).rows[0].data;
    return typeof data === 'string' ? JSON.parse(data) : data;
  }
  const client = new pg.Client({ connectionString: (database.settings as { url: string }).url });
  await client.connect();
  try {
    return (await client.query(sql)).rows[0].data;
  } finally {
    await client.end();
  }
}

test("journey 1's SQL floor equals the gateway's answer on the demo district, with its check-ins data", async () => {
  const today = new Clock(hub.config.timeZone).today();
  const { streets } = demoTargets();
  const admin = await hub.as({ role: Role.DISTRICT_ADMIN, subject: 'demo-floor-admin', organisationId: streets[0].districtId });
  const summaries = [];
  for (const street of streets) {
    const viaGateway = await admin.data(NETWORK_QUERY, { id: street.id, year: Number(today.slice(0, 4)) });
    summaries.push(...viaGateway.organisation.children.edges.map((e: any) => e.node.checkInSummary));
    assert.deepEqual(viaGateway, await sqlAnswer(networkSql(street.id, today, hub.config.timeZone)));
  }
  // Not a comparison of zeros: the demo's figures reach the answer.
  assert.ok(
    summaries.some((s) => s.registeredMembers > 0 && s.serviceRecords > 0),
    JSON.stringify(summaries),
  );
  assert.ok(
    summaries.some((s) => s.averageRating !== null),
    JSON.stringify(summaries),
  );
});
