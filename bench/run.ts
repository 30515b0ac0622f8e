/**
 * `npm run bench`: seeds a whole city with bulk SQL, then measures a few read paths through the
 * gateway (and one directly on the subgraph) over loopback HTTP. Prints figures; judges nothing.
 * PostgreSQL when DATABASE_URL is set (in a throwaway database on that server), else PGlite in memory.
 */
import v8 from 'node:v8';
import vm from 'node:vm';
import { startStack, type Stack } from '../cli/stack';
import { loadConfig } from '../platform/config/config';
import { harnessSettings } from '../platform/config/harness';
import { createLogger } from '../platform/logging/logger';
import { generateCity } from './city';
import { openBenchDatabase, type BenchDatabase } from './database';
import { formatRow, runPhase, send, TABLE_HEADER, type Scenario } from './measure';
import { randomBytes } from 'node:crypto';
import { Role } from '../platform/auth/identity';
import { encodeIdentity, signRequest } from '../platform/auth/internal-signature';
import { mintToken } from '../platform/auth/jwt';
import { resolveSecrets } from '../platform/auth/secrets';
import { BUILDING_ANCESTORS, CITY_GRIDS, STREET_OVERVIEW } from './queries';
import { seedCity } from './seed';

const WARM_UP = 20;
const SEQUENTIAL = 200;
const CONCURRENT = 400;
const CONCURRENCY = 8;
const PHASE_CAP_MS = 12_000;

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const memory = () => {
  const m = process.memoryUsage();
  return `rss ${mb(m.rss)}, heap used ${mb(m.heapUsed)} of ${mb(m.heapTotal)}, external ${mb(m.external)}`;
};

async function main() {
  const runStarted = performance.now();
  const database = await openBenchDatabase(harnessSettings().DATABASE_URL);
  let stack: Stack | undefined;
  const cleanUp = async () => {
    await stack?.close();
    stack = undefined;
    await database.drop();
  };
  process.once('SIGINT', () => void cleanUp().finally(() => process.exit(130)));
  try {
    await bench(database, (s) => (stack = s));
  } finally {
    await cleanUp();
  }
  console.log(`\nwhole run: ${((performance.now() - runStarted) / 1000).toFixed(1)} s`);
}

async function bench(database: BenchDatabase, started: (stack: Stack) => void) {
  console.log(`database: ${database.label}`);
  const config = loadConfig({
    ...database.env,
    DATABASE_POOL_MAX: harnessSettings().DATABASE_POOL_MAX,
    HOST: '127.0.0.1',
    GATEWAY_PORT: '0',
    LOAD_DEMO_DATA: 'false',
    LOG_LEVEL: 'warn',
    // Throwaway secrets: the bench mints its own token and writes no development secrets file.
    AUTH_JWT_SECRET: randomBytes(32).toString('base64url'),
    INTERNAL_SIGNING_SECRET: randomBytes(32).toString('base64url'),
    RUN_MIGRATIONS: 'true',
    MAX_PAGE_SIZE: '100',
  });
  let sqlStatements = 0;
  const t0 = performance.now();
  const stack = await startStack(config, { logger: createLogger('warn'), observeSql: () => void sqlStatements++ });
  started(stack);
  const subgraph = stack.subgraphs.find((s) => s.name === 'organisations')!;
  console.log(`stack started in ${(performance.now() - t0).toFixed(0)} ms: gateway ${stack.gateway.url}, subgraph ${subgraph.url}`);

  const city = generateCity();
  const seed = await seedCity(subgraph.orm.em.fork(), city);
  console.log(
    `\nseeded ${city.organisations.length} organisations and ${city.seats.length} seats in ${seed.ms.toFixed(0)} ms (${seed.statements} INSERT statements + ANALYZE)`,
  );
  for (const { kind, count } of seed.counts) console.log(`  ${kind.padEnd(32)}${String(count).padStart(6)}`);
  console.log(`  ${'committee seats'.padEnd(32)}${String(seed.seats).padStart(6)}`);
  console.log(`memory after seeding: ${memory()}`);

  // The bench acts as the hub's operator; straight to the subgraph it signs as the gateway does.
  const secrets = resolveSecrets(config.auth);
  const operator = { role: Role.PLATFORM_ADMIN, subject: 'bench' };
  const bearer = { authorization: `Bearer ${await mintToken(config.auth, secrets, operator)}` };
  const viaGateway = () => bearer;
  const direct = (body: string) => signRequest(secrets.internalSigningSecret, { subgraph: 'organisations', identity: encodeIdentity(operator), body });
  const streets = city.streetIds;
  const buildings = city.buildingIds.filter((_, i) => i % 25 === 0);
  const scenarios: Scenario[] = [
    {
      label: '(a) street overview, gateway',
      url: stack.gateway.url,
      query: STREET_OVERVIEW,
      variables: (i) => ({ id: streets[i % streets.length] }),
      headers: viaGateway,
    },
    {
      label: '(b) city grids subtree+kind first:100, gw',
      url: stack.gateway.url,
      query: CITY_GRIDS,
      variables: () => ({ root: city.districtId }),
      headers: viaGateway,
    },
    {
      label: '(c) building + ancestors, gateway',
      url: stack.gateway.url,
      query: BUILDING_ANCESTORS,
      variables: (i) => ({ id: buildings[i % buildings.length] }),
      headers: viaGateway,
    },
    {
      label: '(d) street overview, subgraph direct',
      url: subgraph.url,
      query: STREET_OVERVIEW,
      variables: (i) => ({ id: streets[i % streets.length] }),
      headers: direct,
    },
  ];

  console.log('\nSQL statements per request (one request each, nothing else running):');
  for (const s of scenarios) {
    sqlStatements = 0;
    const data = await send(s.url, s.query, s.variables(0), s.headers);
    const kb = (Buffer.byteLength(JSON.stringify({ data })) / 1024).toFixed(1);
    console.log(`  ${s.label.padEnd(44)}${String(sqlStatements).padStart(3)}   ${summary(data)}; ${kb} kB of JSON`);
  }

  console.log(
    `\nlatency: ${WARM_UP} warm-up, then ${SEQUENTIAL} sequential, then ${CONCURRENT} with ${CONCURRENCY} in flight (each phase capped at ${PHASE_CAP_MS / 1000} s)`,
  );
  console.log(TABLE_HEADER);
  for (const s of scenarios) {
    const warm = await runPhase(s, 'warm', WARM_UP, 1, PHASE_CAP_MS);
    if (warm.errors) console.log(formatRow(warm));
    console.log(formatRow(await runPhase(s, 'seq', SEQUENTIAL, 1, PHASE_CAP_MS)));
    console.log(formatRow(await runPhase(s, `conc×${CONCURRENCY}`, CONCURRENT, CONCURRENCY, PHASE_CAP_MS)));
  }
  console.log(`\nmemory after the runs: ${memory()}`);
  forceGc();
  console.log(`memory after a forced GC: ${memory()}`);
}

/** Full GC without `--expose-gc` on the command line (the npm script is fixed). */
function forceGc() {
  v8.setFlagsFromString('--expose-gc');
  (vm.runInNewContext('gc') as () => void)();
}

/** A few numbers from a response, to show it held what was asked for. */
function summary(data: any): string {
  const o = data.organisation;
  if (data.organisations) return `totalCount ${data.organisations.totalCount}, page ${data.organisations.edges.length}`;
  if (o?.ancestors) return `depth ${o.depth}, ${o.ancestors.length} ancestors`;
  if (o?.children) {
    const edges = o.children.edges as any[];
    const nested = edges.reduce((n, e) => n + e.node.children.edges.length, 0);
    const seats = edges.reduce((n, e) => n + e.node.seats.length, o.seats.length);
    return `${edges.length} communities, ${nested} of their children, ${seats} seats`;
  }
  return JSON.stringify(data).slice(0, 80);
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
