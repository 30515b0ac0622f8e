import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, test } from '@jest/globals';
import pg from 'pg';
import { Role } from '../platform/auth/identity';
import { resolveSecrets } from '../platform/auth/secrets';
import { harnessSettings } from '../platform/config/harness';
import { identityNumberProblem, IdentityNumberCipher } from '../subgraphs/checkins/identity-number';
import { createLogger } from '../platform/logging/logger';
import { createTestDatabase, type TestDatabase } from '../platform/testing/test-database';
import { Clock } from '../platform/time/clock';
import { seedDatabase, type SeedReport } from '../bench/seed/seed.runner';
import { NETWORK_QUERY } from '../bench/workloads/network.queries';
import { networkSql } from '../bench/workloads/network.sql';
import { FROM_SOURCES, runToExit } from './kit/processes';
import { useTestStack } from './kit/stack';

const todayInChina = () => new Clock('Asia/Shanghai').today();

/**
 * `npm run seed` must not rot: a tiny generated city loads into a real database through the
 * subgraphs' migrated schemas, and the hub serves it through the gateway, journey 1 giving exactly
 * what the benchmark's hand-written SQL floor gives, and journey 2 continuing the seeded numbering.
 */
const hub = useTestStack();
let seeded: SeedReport;

beforeAll(async () => {
  seeded = await seedDatabase(hub.stack.database, {
    scale: 'tiny',
    asOf: todayInChina(),
    logger: createLogger('silent'),
    out: null,
    memberDataKey: resolveSecrets(hub.config.auth).memberDataKey,
  });
});

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

describe('a seeded tiny city', () => {
  test('answers journey 1 through the gateway exactly as the hand-written SQL floor does', async () => {
    const city = seeded.city!;
    const district = city.districts[0];
    const admin = await hub.as({ role: Role.DISTRICT_ADMIN, subject: 'seed-admin', organisationId: district.id });
    const communities = [];
    for (const street of city.streets) {
      const viaGateway = await admin.data(NETWORK_QUERY, { id: street.id, year: Number(todayInChina().slice(0, 4)) });
      assert.equal(viaGateway.organisation.children.totalCount, city.communities.filter((c) => c.parent === street).length);
      communities.push(...viaGateway.organisation.children.edges.map((e: any) => e.node));
      assert.deepEqual(viaGateway, await sqlAnswer(networkSql(street.id, todayInChina())));
    }
    // The comparison covers meetings and action items, not only empty lists.
    assert.ok(
      communities.some((c) => c.jointMeetings.edges.length > 0),
      'some community has held a meeting',
    );
    assert.ok(
      communities.some((c) => c.openActionItems.edges.length > 0),
      'some community has open action items',
    );
    const agreements = (
      await admin.data(NETWORK_QUERY, { id: city.streets[0].id, year: Number(todayInChina().slice(0, 4)) })
    ).organisation.children.edges.flatMap((e: any) => e.node.agreements.edges);
    assert.ok(agreements.length > 0, 'the street has active agreements');
    const { organisations } = await admin.data(`query ($d: ID!) { organisations(filter: { subtreeOf: $d, kind: GRID_PARTY_BRANCH }) { totalCount } }`, {
      d: district.id,
    });
    assert.equal(organisations.totalCount, city.grids.length);
  });

  test('serves seeded members with the identity numbers the seed encrypted, and rankings equal to the ledger summed in SQL', async () => {
    const checkins = hub.em('checkins').getConnection();
    const [member] = await checkins.execute(
      `select m.id, m.residential_community_id, m.identity_number_hash from checkins.party_member m
       join checkins.member_registration r on r.member_id = m.id and r.status = 'CONFIRMED' order by m.id limit 1`,
    );
    const staff = await hub.as({ role: Role.COMMUNITY_STAFF, subject: 'seed-staff', organisationId: member.residential_community_id });
    const read = (await staff.data(`query ($id: ID!) { member(id: $id) { identityNumber registration { status } } }`, { id: member.id })).member;
    assert.equal(read.registration.status, 'CONFIRMED');
    assert.equal(identityNumberProblem(read.identityNumber, todayInChina()), null);
    assert.equal(new IdentityNumberCipher(resolveSecrets(hub.config.auth).memberDataKey).hash(read.identityNumber), member.identity_number_hash);

    const district = seeded.city!.districts[0];
    const year = new Date(Date.now() - 180 * 86_400_000).getUTCFullYear(); // a year the seeded past year covers well
    const admin = await hub.as({ role: Role.DISTRICT_ADMIN, subject: 'seed-admin', organisationId: district.id });
    const { pointsRanking } = await admin.data(`query ($d: ID!, $y: Int!) { pointsRanking(scopeId: $d, year: $y, by: MEMBER, first: 10) { id points } }`, {
      d: district.id,
      y: year,
    });
    const bySql = await checkins.execute<Array<{ id: string; points: number }>>(
      `select earner_id as id, sum(points)::int as points from checkins.points_entry
       where earner_kind = 'MEMBER' and earned_on between '${year}-01-01' and '${year}-12-31' group by earner_id order by 2 desc, 1 limit 10`,
    );
    assert.equal(pointsRanking.length, 10);
    assert.deepEqual(
      pointsRanking,
      bySql.map((r) => ({ id: r.id, points: r.points })),
    );
  });

  test('lets a seeded unit register an agreement, numbered after the seeded ones', async () => {
    const unit = seeded.city!.units[0];
    const partner = await hub.as({ role: Role.PARTNER_UNIT, subject: 'seed-unit', organisationId: unit.id });
    const input = { committeeId: unit.parent!.id, partnerId: unit.id, title: '种子数据后的新协议', validFrom: todayInChina(), validTo: '2099-12-31' };
    const { registerAgreement } = await partner.data(
      `mutation ($input: RegisterAgreementInput!) { registerAgreement(input: $input, idempotencyKey: "seed-test-1") { number status } }`,
      { input },
    );
    assert.equal(registerAgreement.status, 'DRAFT');
    const year = todayInChina().slice(0, 4);
    const seededThisYear = (
      await hub.em('agreements').getConnection().execute(`select count(*) as n from agreements.agreement where number like '%-${year}-%'`)
    )[0].n;
    assert.equal(registerAgreement.number, `${seeded.city!.districts[0].code}-${year}-${String(Number(seededThisYear)).padStart(4, '0')}`);
  });
});

describe('npm run seed', () => {
  let database: TestDatabase;
  let dataDir: string | undefined;
  let target: Record<string, string>;
  beforeAll(async () => {
    database = await createTestDatabase(harnessSettings().DATABASE_URL);
    if (database.settings.kind === 'postgresql') target = { DATABASE_URL: database.settings.url };
    else target = { DATABASE_URL: '', PGLITE_DATA_DIR: (dataDir = mkdtempSync(path.join(tmpdir(), 'hub-seed-'))) };
  });
  afterAll(async () => {
    await database?.drop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });
  const seed = (...args: string[]) => runToExit([...FROM_SOURCES, 'bench/seed.ts', ...args], target, 120_000);

  test('fills an empty database, refuses a full one, and loads the demo district after --reset', async () => {
    const first = await seed('--scale', 'tiny');
    assert.equal(first.code, 0, first.stderr);
    assert.match(first.stdout, /agreements\.agreement\s+90\b/);
    const again = await seed('--scale', 'tiny');
    assert.notEqual(again.code, 0);
    assert.match(again.stderr, /already holds data/);
    const demo = await seed('--scale', 'demo', '--reset');
    assert.equal(demo.code, 0, demo.stderr);
    assert.match(demo.stdout, /demo seeded/);
  });

  test('explains its options and refuses an unknown scale', async () => {
    const wrong = await seed('--scale', 'galaxy');
    assert.equal(wrong.code, 64);
    assert.match(wrong.stderr, /--scale is required: tiny, city, demo/);
  });
});
