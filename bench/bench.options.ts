import path from 'node:path';
import { parseArgs } from 'node:util';
import { harnessSettings } from '../platform/config/harness';
import { SCALES, type Scale } from './seed/seed.types';

export interface BenchOptions {
  /** Seconds each variant runs per round. */
  duration: number;
  clients: number;
  /** Rounds of all variants, one after another (interleaved), merged in the results. */
  rounds: number;
  /** Seconds of unrecorded load per variant before the first round. */
  warmup: number;
  scale: Scale | 'demo';
  embedded: boolean;
  /** PostgreSQL server on which a throwaway database is created (distributed mode). */
  serverUrl?: string;
  hive: 'rust' | 'js' | 'off';
  workloads?: string[];
  variants?: string[];
  profile: boolean;
  explain: boolean;
  build: boolean;
  keepDatabase: boolean;
  out: string;
}

export const USAGE = `usage: npm run bench -- [options]

Runs the compiled build (npm run build first, unless --no-build) in distributed mode on PostgreSQL
(each subgraph its own process) on a freshly seeded throwaway database, and measures the journeys
through the gateway, straight to the subgraphs, through Hive Gateway and as hand-written SQL.

  --duration S        seconds per variant per round (default 10)
  --clients N         concurrent clients (default 10)
  --rounds N          rounds; each runs every variant once, in turn (default 3)
  --warmup S          unrecorded seconds per variant before the first round (default 3)
  --scale SCALE       city (default), tiny, or demo (the demo district)
  --database-url URL  PostgreSQL server to create the throwaway database on (default: DATABASE_URL)
  --embedded          embedded mode instead (npm start: one process, PGlite); default scale demo
  --hive MODE         Hive Gateway's planner: rust (default, --hive-router-runtime), js, or off
  --workloads LIST    only these workloads: network, register, checkin, report (e.g. network,register)
  --variants LIST     only these variants, e.g. gateway,sql (checkin's are check-in and batch)
  --profile           write CPU profiles of the hub's processes to bench/results/profiles/ and summarise them
  --explain           EXPLAIN ANALYZE the statements of one journey-1 request, and the SQL floor
  --no-build          run dist/ as it is
  --keep-database     do not drop the throwaway database at the end
  --out FILE          where the JSON results go (default bench/results/latest.json)`;

export function parseBenchOptions(argv: string[]): BenchOptions {
  const { values } = parseArgs({
    args: argv,
    options: {
      duration: { type: 'string', default: '10' },
      clients: { type: 'string', default: '10' },
      rounds: { type: 'string', default: '3' },
      warmup: { type: 'string', default: '3' },
      scale: { type: 'string' },
      'database-url': { type: 'string' },
      embedded: { type: 'boolean', default: false },
      hive: { type: 'string', default: 'rust' },
      workloads: { type: 'string' },
      variants: { type: 'string' },
      profile: { type: 'boolean', default: false },
      explain: { type: 'boolean', default: false },
      'no-build': { type: 'boolean', default: false },
      'keep-database': { type: 'boolean', default: false },
      out: { type: 'string', default: path.join('bench', 'results', 'latest.json') },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  const scale = (values.scale ?? (values.embedded ? 'demo' : 'city')) as Scale | 'demo';
  if (![...SCALES, 'demo'].includes(scale)) refuse(`--scale must be one of ${[...SCALES, 'demo'].join(', ')}`);
  if (!['rust', 'js', 'off'].includes(values.hive)) refuse('--hive must be rust, js or off');
  const serverUrl = values['database-url'] ?? harnessSettings().DATABASE_URL;
  if (!values.embedded && !serverUrl) refuse('distributed mode needs PostgreSQL: set DATABASE_URL or pass --database-url (or use --embedded)');
  const list = (value: string | undefined) =>
    value
      ?.split(',')
      .map((s) => s.trim())
      .filter(Boolean);
  return {
    duration: positive(values.duration, '--duration'),
    clients: positive(values.clients, '--clients'),
    rounds: positive(values.rounds, '--rounds'),
    warmup: positive(values.warmup, '--warmup', true),
    scale,
    embedded: values.embedded,
    serverUrl,
    hive: values.hive as BenchOptions['hive'],
    workloads: list(values.workloads),
    variants: list(values.variants),
    profile: values.profile,
    explain: values.explain,
    build: !values['no-build'],
    keepDatabase: values['keep-database'],
    out: values.out,
  };
}

function positive(value: string, flag: string, zeroAllowed = false): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n < 0 || (!zeroAllowed && n === 0)) refuse(`${flag} must be a positive number`);
  return n;
}

function refuse(message: string): never {
  console.error(`${message}\n\n${USAGE}`);
  process.exit(64);
}
