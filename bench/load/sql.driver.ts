import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import { childEnvironment } from '../../platform/config/harness';
import type { PhaseResult } from './phase';

const run = promisify(execFile);

/** The hand-written SQL floor: each transaction one of `statements`, chosen at random. */
export interface SqlLoad {
  databaseUrl: string;
  clients: number;
  seconds: number;
  statements: string[];
}

/** pgbench's version line, or undefined when it is not installed (Debian: postgresql-client). */
export async function pgbenchVersion(): Promise<string | undefined> {
  try {
    return (await run('pgbench', ['--version'])).stdout.trim();
  } catch {
    return undefined;
  }
}

/**
 * Runs the statements with pgbench (prepared, `clients` connections on as many threads as there are
 * cores): one script per statement, each transaction picks one. Latencies come from its
 * per-transaction log.
 */
export async function runPgbench(load: SqlLoad, threads: number): Promise<PhaseResult> {
  const dir = mkdtempSync(path.join(tmpdir(), 'hub-pgbench-'));
  try {
    const scripts = load.statements.flatMap((sql, i) => {
      const file = path.join(dir, `journey-${i}.sql`);
      writeFileSync(file, `${sql.replace(/\s+/g, ' ').trim()};\n`);
      return ['-f', file];
    });
    const url = new URL(load.databaseUrl);
    const args = ['-n', '-M', 'prepared', '-c', String(load.clients), '-j', String(Math.min(threads, load.clients)), '-T', String(load.seconds)];
    args.push('--log', `--log-prefix=${path.join(dir, 'log')}`, ...scripts);
    args.push('-h', url.hostname, '-p', url.port || '5432', '-U', decodeURIComponent(url.username || 'postgres'), decodeURIComponent(url.pathname.slice(1)));
    const env = childEnvironment({ PGPASSWORD: decodeURIComponent(url.password) || undefined });
    const started = performance.now();
    const output = await run('pgbench', args, { env, maxBuffer: 64 * 1024 * 1024 }).catch((error: { stdout?: string; stderr?: string; message: string }) => {
      return { stdout: error.stdout ?? '', stderr: `${error.stderr ?? ''}\n${error.message}` };
    });
    const seconds = (performance.now() - started) / 1000;
    const latenciesMs = readdirSync(dir)
      .filter((f) => f.startsWith('log'))
      .flatMap((f) => readFileSync(path.join(dir, f), 'utf8').trim().split('\n'))
      .filter(Boolean)
      .map((line) => Number(line.split(' ')[2]) / 1000);
    const failed = Number(/number of failed transactions: (\d+)/.exec(output.stdout)?.[1] ?? 0);
    const clean = /number of transactions actually processed/.test(output.stdout);
    const errors = failed + (clean ? 0 : 1);
    return {
      completed: latenciesMs.length + failed,
      errors,
      firstError: errors ? output.stderr.trim().split('\n').slice(-3).join(' ') : undefined,
      latenciesMs,
      seconds,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Without pgbench: the same statements from a pool of `clients` connections in this process. */
export async function runPgPool(load: SqlLoad): Promise<PhaseResult> {
  const pool = new pg.Pool({ connectionString: load.databaseUrl, max: load.clients });
  const result: PhaseResult = { completed: 0, errors: 0, latenciesMs: [], seconds: load.seconds };
  const started = performance.now();
  const deadline = started + load.seconds * 1000;
  let next = 0;
  const loop = async () => {
    const client = await pool.connect();
    try {
      while (performance.now() < deadline) {
        const i = next++ % load.statements.length;
        const t0 = performance.now();
        try {
          await client.query({ name: `journey-${i}`, text: load.statements[i] });
        } catch (error) {
          result.errors++;
          result.firstError ??= (error as Error).message;
        }
        result.latenciesMs.push(performance.now() - t0);
        result.completed++;
      }
    } finally {
      client.release();
    }
  };
  await Promise.all(Array.from({ length: load.clients }, loop));
  result.seconds = (performance.now() - started) / 1000;
  await pool.end();
  return result;
}
