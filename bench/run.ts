/**
 * `npm run bench`: seeds a city, starts the compiled hub (distributed on PostgreSQL by default, or
 * embedded with --embedded), and measures the journeys through the gateway against their floors,
 * interleaved: straight to the subgraphs, through Hive Gateway, and as hand-written SQL. Prints a
 * table with the ratios and targets and writes the figures as JSON. Judges nothing.
 */
import 'reflect-metadata';
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { runMain } from '../cli/run-main';
import type { Actor } from '../platform/auth/identity';
import { encodeIdentity, signRequest } from '../platform/auth/internal-signature';
import { mintToken } from '../platform/auth/jwt';
import { resolveSecrets } from '../platform/auth/secrets';
import { loadConfig } from '../platform/config/config';
import { createLogger } from '../platform/logging/logger';
import { connectDatabase } from '../platform/orm/orm';
import { Clock } from '../platform/time/clock';
import { ROOT } from '../test/kit/processes';
import { parseBenchOptions, type BenchOptions } from './bench.options';
import { runRounds } from './bench.runner';
import { openBenchDatabase } from './database';
import { explainOneRequest, formatExplained } from './explain';
import { loadGenerator, startDistributed, startEmbedded, type BenchProcess, type NodeFlags, type Secrets } from './hub.processes';
import { formatProfile, summariseProfile } from './profile.summary';
import { checkTargets, formatTable, formatTargets, summarise } from './report';
import { seedDatabase, type SeedReport } from './seed/seed.runner';
import { cityTargets, demoTargets } from './targets';
import { compareAnswers } from './answers';
import { checkinWorkload } from './workloads/checkin.workload';
import { networkSql } from './workloads/network.sql';
import { networkWorkload } from './workloads/network.workload';
import { registrationWorkload } from './workloads/registration.workload';
import { reportWorkload } from './workloads/report.workload';
import type { BenchContext, Targets, Workload } from './workloads/workload.types';

const run = promisify(execFile);

/** Everything a run sets up, so that `finally` can take it down whatever failed. */
interface Setup {
  processes: BenchProcess[];
  subgraphUrls: Record<string, string>;
  gatewayUrl: string;
  hiveUrl?: string;
  databaseUrl?: string;
  databaseLabel: string;
  seed: SeedReport;
  targets: Targets;
  teardown(): Promise<void>;
}

async function main() {
  const options = parseBenchOptions(process.argv.slice(2));
  const started = performance.now();
  const loadAtStart = os.loadavg();
  if (options.build) {
    console.error('building (npm run build) …');
    await run('npm', ['run', '-s', 'build'], { cwd: ROOT });
  }
  // The seed encrypts identity numbers with MEMBER_DATA_KEY, so the check-ins process must run with the same one.
  const secrets: Secrets = {
    AUTH_JWT_SECRET: randomBytes(32).toString('base64url'),
    INTERNAL_SIGNING_SECRET: randomBytes(32).toString('base64url'),
    MEMBER_DATA_KEY: randomBytes(32).toString('base64url'),
  };
  const profileDir = options.profile ? path.join(ROOT, 'bench', 'results', 'profiles', new Date().toISOString().replace(/[:.]/g, '-')) : undefined;
  const flags: NodeFlags = (name) =>
    profileDir ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`, `--cpu-prof-name=${name.replace(/\W+/g, '-')}.cpuprofile`] : [];
  const setup = options.embedded ? await setUpEmbedded(options, secrets, flags) : await setUpDistributed(options, secrets, flags);
  let stopped = false;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    await setup.teardown();
  };
  process.once('SIGINT', () => void stop().finally(() => process.exit(130)));
  try {
    const results = await measure(options, setup, secrets);
    await stop();
    const profiles = profileDir ? summariseProfiles(profileDir) : undefined;
    await writeResults(options, { ...results, profiles, loadAtStart, wholeRunSeconds: Math.round((performance.now() - started) / 1000) });
  } finally {
    await stop();
  }
}

async function setUpDistributed(options: BenchOptions, secrets: Secrets, flags: NodeFlags): Promise<Setup> {
  const database = await openBenchDatabase(options.serverUrl!);
  console.error(`database: ${database.label}`);
  try {
    const seed = await seedInto({ kind: 'postgresql', url: database.url, poolMax: 2 }, options, secrets);
    const hub = await startDistributed({ databaseUrl: database.url, secrets, flags, hive: options.hive });
    const hive = hub.processes.find((p) => p.name.startsWith('hive'));
    return {
      ...hub,
      gatewayUrl: hub.processes.find((p) => p.name === 'gateway')!.url,
      hiveUrl: hive?.url,
      databaseUrl: database.url,
      databaseLabel: database.label,
      seed,
      targets: 'city' in seed && seed.city ? cityTargets(seed.city) : demoTargets(),
      teardown: async () => {
        await hub.stop();
        if (!options.keepDatabase) await database.drop();
        else console.error(`kept the database: ${database.url}`);
      },
    };
  } catch (error) {
    await database.drop();
    throw error;
  }
}

/** Embedded: the demo district loaded by the hub itself, or a generated city seeded into a PGlite directory first. */
async function setUpEmbedded(options: BenchOptions, secrets: Secrets, flags: NodeFlags): Promise<Setup> {
  const dataDir = options.scale === 'demo' ? 'memory://' : mkdtempSync(path.join(os.tmpdir(), 'hub-bench-pglite-'));
  const removeDir = () => (dataDir.startsWith('memory:') ? undefined : rmSync(dataDir, { recursive: true, force: true }));
  try {
    const seed =
      options.scale === 'demo'
        ? ({ scale: 'demo', asOf: new Clock(loadConfig({}).timeZone).today(), seed: 0, ms: 0, tables: [] } satisfies SeedReport)
        : await seedInto({ kind: 'pglite', dataDir }, options, secrets);
    const hub = await startEmbedded({ dataDir, loadDemo: options.scale === 'demo', secrets, flags });
    return {
      ...hub,
      databaseLabel: `embedded PGlite (${dataDir})`,
      seed,
      targets: 'city' in seed && seed.city ? cityTargets(seed.city) : demoTargets(),
      teardown: async () => {
        await hub.stop();
        removeDir();
      },
    };
  } catch (error) {
    removeDir();
    throw error;
  }
}

async function seedInto(settings: Parameters<typeof connectDatabase>[0], options: BenchOptions, secrets: Secrets): Promise<SeedReport> {
  const connection = await connectDatabase(settings, loadConfig({}).databaseTimeouts);
  try {
    const report = await seedDatabase(connection, { scale: options.scale, logger: createLogger('warn'), memberDataKey: secrets.MEMBER_DATA_KEY });
    console.error(`seeded ${options.scale} in ${(report.ms / 1000).toFixed(1)} s`);
    return report;
  } finally {
    await connection.close();
  }
}

async function measure(options: BenchOptions, setup: Setup, secrets: Secrets) {
  const config = loadConfig({ ...secrets, DATABASE_URL: '' });
  const resolved = resolveSecrets(config.auth);
  const tokens = new Map<string, Promise<string>>();
  const context: BenchContext = {
    gatewayUrl: setup.gatewayUrl,
    hiveUrl: setup.hiveUrl,
    subgraphUrls: setup.subgraphUrls,
    databaseUrl: setup.databaseUrl,
    targets: setup.targets,
    today: new Clock(config.timeZone).today(),
    token: (actor: Actor) => {
      const key = JSON.stringify(actor);
      if (!tokens.has(key)) tokens.set(key, mintToken(config.auth, resolved, actor));
      return tokens.get(key)!;
    },
    sign: (subgraph, actor, body) => signRequest(resolved.internalSigningSecret, { subgraph, identity: encodeIdentity(actor), body }),
    runId: randomBytes(4).toString('hex'),
    cores: os.cpus().length,
  };
  const workloads = selectWorkloads([networkWorkload(context), registrationWorkload(context), checkinWorkload(context), reportWorkload(context)], options);
  for (const workload of workloads) for (const variant of workload.variants) await variant.prepare?.();
  const answers = await compareAnswers(workloads);
  console.error(
    `\nmeasuring: ${options.clients} clients, ${options.rounds} rounds of ${options.duration} s per variant, after ${options.warmup} s of warm-up each`,
  );
  const runs = await runRounds(workloads, [...setup.processes, loadGenerator()], options);
  const explained =
    options.explain && setup.databaseUrl && context.targets.streets.length
      ? await explainOneRequest(
          setup.processes,
          () => workloads.find((w) => w.key === 'network')!.variants[0].sample!(),
          setup.databaseUrl,
          networkSql(context.targets.streets[0].id, context.today),
        )
      : undefined;
  const memoryAtEnd = Object.fromEntries(setup.processes.map((p) => [p.name, Math.round((p.usage()?.rssBytes ?? 0) / 1024 / 1024)]));
  return { setup, workloads, answers, runs, explained, memoryAtEnd };
}

function selectWorkloads(all: Workload[], options: BenchOptions): Workload[] {
  return all
    .filter((w) => !options.workloads || options.workloads.includes(w.key))
    .map((w) => ({ ...w, variants: w.variants.filter((v) => !options.variants || options.variants.includes(v.name)) }))
    .filter((w) => w.variants.length > 0);
}

function summariseProfiles(dir: string) {
  try {
    return readdirSync(dir)
      .filter((f) => f.endsWith('.cpuprofile'))
      .map((f) => summariseProfile(path.join(dir, f)));
  } catch {
    return [];
  }
}

type Results = Awaited<ReturnType<typeof measure>> & { profiles?: ReturnType<typeof summariseProfile>[]; loadAtStart: number[]; wholeRunSeconds: number };

async function writeResults(options: BenchOptions, results: Results) {
  const { setup, workloads, answers, runs, explained, memoryAtEnd, profiles } = results;
  const summaries = summarise(runs);
  const targets = checkTargets(summaries, options.clients, options.embedded);
  const commit = await run('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT }).then(
    (r) => r.stdout.trim(),
    () => 'unknown',
  );
  const dirty = await run('git', ['status', '--porcelain', '--untracked-files=no'], { cwd: ROOT }).then(
    (r) => r.stdout.trim() !== '',
    () => false,
  );
  const header = [
    `\ncommit ${commit}${dirty ? ' (with uncommitted changes)' : ''}, ${new Date().toISOString()}, ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, Node ${process.version}`,
    `${options.embedded ? 'embedded mode' : 'distributed mode'} on ${setup.databaseLabel}; data: ${options.scale} as of ${setup.seed.asOf}`,
    // Other work on the machine shifts every figure; the load average says how quiet it was.
    `load average at the start ${results.loadAtStart.map((l) => l.toFixed(1)).join(' ')}, at the end ${os
      .loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}`,
  ];
  const tables = workloads.map((w) => {
    const size = answers[w.key]?.bytes ? `, ${(answers[w.key].bytes / 1024).toFixed(1)} kB an answer` : '';
    return formatTable(
      `\n${w.name}${size}`,
      summaries.filter((s) => s.workload === w.key),
    );
  });
  console.log([...header, ...tables, '\ntargets (issue 13):', formatTargets(targets)].join('\n'));
  if (explained) console.log(`\nEXPLAIN ANALYZE of one journey-1 request's statements:\n${formatExplained(explained)}`);
  if (profiles?.length) console.log(`\nCPU profiles:\n${profiles.map(formatProfile).join('\n')}`);
  console.log(`\nresident memory at the end (MiB): ${JSON.stringify(memoryAtEnd)}; whole run ${results.wholeRunSeconds} s`);
  const json = {
    commit,
    dirty,
    date: new Date().toISOString(),
    machine: { cpus: os.cpus().length, model: os.cpus()[0]?.model, memoryMiB: Math.round(os.totalmem() / 1024 / 1024), node: process.version },
    loadAverage: { start: results.loadAtStart, end: os.loadavg() },
    options: { ...options, serverUrl: undefined },
    database: setup.databaseLabel,
    data: { scale: options.scale, asOf: setup.seed.asOf, seed: setup.seed.seed, seedSeconds: Math.round(setup.seed.ms / 100) / 10, tables: setup.seed.tables },
    answers,
    results: summaries,
    targets,
    memoryAtEndMiB: memoryAtEnd,
    explained,
    profiles,
    wholeRunSeconds: results.wholeRunSeconds,
  };
  mkdirSync(path.dirname(path.resolve(ROOT, options.out)), { recursive: true });
  writeFileSync(path.resolve(ROOT, options.out), `${JSON.stringify(json, null, 2)}\n`);
  console.log(`results written to ${options.out}`);
}

runMain(main);
