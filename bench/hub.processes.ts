import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { childEnvironment } from '../platform/config/harness';
import { SUBGRAPHS } from '../subgraphs';
import { freePort, ROOT, startHubProcess, waitUntilServing, type HubProcess } from '../test/kit/processes';

/** One process of the hub under load: where it answers, what it costs, how much SQL it sent. */
export interface BenchProcess {
  name: string;
  url: string;
  pid: number;
  /** Resident memory and CPU time so far, from /proc; undefined once it has exited. */
  usage(): { rssBytes: number; cpuMs: number } | undefined;
  /** Statements sent so far (the preloaded bench/sql-counter.cjs), for processes that talk to a database. */
  sql?: SqlProbe;
  stop(): Promise<void>;
}

export interface SqlCounts {
  /** The subgraph's own statements (ORM and raw SQL). */
  orm: number;
  /** One-time nonces of signed requests, claimed in the shared table (one per subgraph request). */
  nonce: number;
}

export interface SqlProbe {
  counts(): Promise<SqlCounts>;
  /** Keeps the text of every statement from now on, until `stopRecording`. */
  record(): Promise<void>;
  stopRecording(): Promise<string[]>;
}

export interface Secrets {
  AUTH_JWT_SECRET: string;
  INTERNAL_SIGNING_SECRET: string;
  /** What the seed encrypted identity numbers with; only processes holding personal data get it. */
  MEMBER_DATA_KEY: string;
}

/** Node flags for a process of the hub, e.g. `--cpu-prof` (see `--profile`). */
export type NodeFlags = (name: string) => string[];

const COUNT_SQL = ['-r', './bench/sql-counter.cjs'];
/**
 * The processes run as the Dockerfile runs them. Without it graphql-js keeps its development-mode
 * checks (an `instanceOf` test on every schema object it touches), which topped the profile of a
 * 5,000-record batch; express and Apollo Server also change course on it.
 */
const PRODUCTION = { NODE_ENV: 'production' };
/**
 * The old-space bound each kind runs with in deploy/kubernetes (and docker-compose.yml). Without it
 * V8 sizes the heap from the machine's memory (a quarter of 24 GiB here) and collects lazily, so
 * under load a process's resident memory grows to 550-620 MiB of garbage it would have collected
 * inside a container's limit; the bench measures the processes as they are deployed.
 */
const HEAP_LIMIT_MB = { subgraph: 384, gateway: 256 };
const heapLimit = (kind: keyof typeof HEAP_LIMIT_MB) => `--max-old-space-size=${HEAP_LIMIT_MB[kind]}`;
const TICKS_PER_SECOND = 100;

/**
 * Distributed mode from the compiled build: each subgraph its own process on PostgreSQL, then the
 * hub gateway in front of them, then (unless `hive` is off) Hive Gateway over the same subgraphs.
 */
export async function startDistributed(options: { databaseUrl: string; secrets: Secrets; flags: NodeFlags; hive: 'rust' | 'js' | 'off' }) {
  const processes: BenchProcess[] = [];
  try {
    const urls: Record<string, string> = {};
    for (const definition of SUBGRAPHS) {
      const env = {
        ...PRODUCTION,
        ...options.secrets,
        DATABASE_URL: options.databaseUrl,
        SUBGRAPH_PORT: '0',
        LOAD_DEMO_DATA: 'false',
        SUBGRAPH_ORGANISATIONS_URL: urls.organisations,
      };
      const started = await startHubProcess(
        [heapLimit('subgraph'), ...options.flags(definition.name), ...COUNT_SQL, 'dist/cli/start-subgraph.js', definition.name],
        env,
        120_000,
        {
          ipc: true,
        },
      );
      processes.push(benchProcess(definition.name, started, true));
      urls[definition.name] = started.url;
    }
    const subgraphUrls = Object.fromEntries(Object.entries(urls).map(([name, url]) => [`SUBGRAPH_${name.toUpperCase()}_URL`, url]));
    const { MEMBER_DATA_KEY: _personalDataKey, ...gatewaySecrets } = options.secrets;
    const gatewayEnv = { ...PRODUCTION, ...gatewaySecrets, ...subgraphUrls, GATEWAY_PORT: '0', GRAPHQL_IDE: 'false', GRAPHQL_INTROSPECTION: 'false' };
    processes.push(
      benchProcess(
        'gateway',
        await startHubProcess([heapLimit('gateway'), ...options.flags('gateway'), 'dist/cli/start-gateway.js'], gatewayEnv, 120_000),
        false,
      ),
    );
    if (options.hive !== 'off') processes.push(await startHive(options.hive, { ...gatewaySecrets, ...subgraphUrls }));
    return { processes, subgraphUrls: urls, stop: () => stopAll(processes) };
  } catch (error) {
    await stopAll(processes);
    throw error;
  }
}

/** Embedded mode (`npm start`) from the compiled build: one process, PGlite in `dataDir`. */
export async function startEmbedded(options: { dataDir: string; loadDemo: boolean; secrets: Secrets; flags: NodeFlags }) {
  const env = {
    ...PRODUCTION,
    ...options.secrets,
    DATABASE_URL: '',
    PGLITE_DATA_DIR: options.dataDir,
    GATEWAY_PORT: '0',
    LOAD_DEMO_DATA: String(options.loadDemo),
  };
  const started = await startHubProcess([...options.flags('hub'), ...COUNT_SQL, 'dist/cli/start.js'], { ...env, GRAPHQL_IDE: 'false' }, 180_000, { ipc: true });
  const subgraphUrls: Record<string, string> = {};
  for (const line of started.stderr().split('\n')) {
    if (!line.includes('"subgraph listening"')) continue;
    const { subgraph, url } = JSON.parse(line) as { subgraph: string; url: string };
    subgraphUrls[subgraph] = url;
  }
  const hub = benchProcess('hub (embedded)', started, true);
  return { processes: [hub], gatewayUrl: started.url, subgraphUrls, stop: () => stopAll([hub]) };
}

/** Hive Gateway as `npm run start:hive-gateway` runs it (examples/hive-gateway), optionally on its Rust planner. */
async function startHive(runtime: 'rust' | 'js', env: Record<string, string>): Promise<BenchProcess> {
  const port = await freePort();
  const require = createRequire(__filename);
  const manifest = require.resolve('@graphql-hive/gateway/package.json');
  const bin = path.join(path.dirname(manifest), (JSON.parse(readFileSync(manifest, 'utf8')) as { bin: Record<string, string> }).bin['hive-gateway']);
  const args = [bin, 'supergraph', 'schema/supergraph.graphql', '--config-path', 'examples/hive-gateway/gateway.config.ts'];
  if (runtime === 'rust') args.push('--hive-router-runtime');
  const child = spawn(process.execPath, args, {
    cwd: ROOT,
    // The peer in production mode too, so that the comparison is like for like.
    env: childEnvironment({ ...PRODUCTION, ...env, HOST: '127.0.0.1', GATEWAY_PORT: String(port), LOG_LEVEL: 'warn' }),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  const hive = childProcess(`hive-gateway (${runtime} planner)`, `http://127.0.0.1:${port}/graphql`, child);
  try {
    await waitUntilServing(
      `http://127.0.0.1:${port}/readiness`,
      () => (child.exitCode !== null ? `Hive Gateway exited (${child.exitCode}):\n${output}` : undefined),
      120_000,
    );
  } catch (error) {
    await hive.stop();
    throw error;
  }
  return hive;
}

function benchProcess(name: string, started: HubProcess, countsSql: boolean): BenchProcess {
  const handle = childProcess(name, started.url, started.child, started.stop);
  return countsSql ? { ...handle, sql: sqlProbe(started.child) } : handle;
}

function childProcess(name: string, url: string, child: ChildProcess, stop?: () => Promise<void>): BenchProcess {
  const pid = child.pid!;
  return {
    name,
    url,
    pid,
    usage: () => usageOf(pid),
    stop:
      stop ??
      (async () => {
        if (child.exitCode !== null || child.signalCode !== null) return;
        const exited = once(child, 'exit');
        child.kill('SIGTERM');
        const killer = setTimeout(() => child.kill('SIGKILL'), 15_000);
        await exited;
        clearTimeout(killer);
      }),
  };
}

function sqlProbe(child: ChildProcess): SqlProbe {
  let nextId = 0;
  const ask = (benchSql: 'count' | 'record' | 'stop') =>
    new Promise<{ counts: SqlCounts; statements?: string[] }>((resolve, reject) => {
      const id = nextId++;
      const timer = setTimeout(() => reject(new Error('the SQL counter did not answer')), 10_000);
      const onMessage = (message: { benchSql?: string; id?: number; counts: SqlCounts; statements?: string[] }) => {
        if (message?.id !== id) return;
        clearTimeout(timer);
        child.off('message', onMessage);
        resolve(message);
      };
      child.on('message', onMessage);
      child.send({ benchSql, id });
    });
  return {
    counts: async () => (await ask('count')).counts,
    record: async () => void (await ask('record')),
    stopRecording: async () => (await ask('stop')).statements ?? [],
  };
}

/** VmRSS and user+system CPU time of a process, from /proc (Linux). */
function usageOf(pid: number): { rssBytes: number; cpuMs: number } | undefined {
  try {
    const rssKb = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0);
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const ticks = Number(fields[11]) + Number(fields[12]);
    return { rssBytes: rssKb * 1024, cpuMs: (ticks * 1000) / TICKS_PER_SECOND };
  } catch {
    return undefined;
  }
}

async function stopAll(processes: BenchProcess[]): Promise<void> {
  for (const p of [...processes].reverse()) await p.stop().catch(() => {});
}

/** The bench's own process (the load generator), so its share of the two cores is visible too. */
export const LOAD_GENERATOR = 'load generator';

export function loadGenerator(): BenchProcess {
  return {
    name: LOAD_GENERATOR,
    url: '',
    pid: process.pid,
    usage: () => {
      const cpu = process.cpuUsage();
      return { rssBytes: process.memoryUsage().rss, cpuMs: (cpu.user + cpu.system) / 1000 };
    },
    stop: async () => {},
  };
}
