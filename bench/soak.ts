/**
 * `npm run soak -- --minutes N [--instances K] [--concurrency C]`: the mixed workload of the fault
 * suite (federated reads reaching every subgraph, reads of party members and joint meetings, and
 * writes to every subgraph: organisations, agreements, party members, joint meetings)
 * through the gateway on the distributed deployment from the compiled build, on a fresh database
 * of the PostgreSQL server named by DATABASE_URL, loopback only, for N minutes. Prints throughput,
 * errors, latency and every process's resident memory each interval, then checks: no request
 * failed, every acknowledged write stored once, and memory flat (no process grew by more than
 * 25% + 40 MB from the end of the first quarter to the end). Exits 1 when a check fails.
 */
import 'reflect-metadata';
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { Role } from '../platform/auth/identity';
import { harnessSettings } from '../platform/config/harness';
import { createTestDatabase } from '../platform/testing/test-database';
import { Fleet } from '../test/kit/fleet';
import { MixedWorkload } from '../test/kit/workload';

const MB = 1024 * 1024;

function rssOf(pid: number): number | undefined {
  try {
    return Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) * 1024;
  } catch {
    return undefined;
  }
}

function percentile(sorted: number[], p: number): number {
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] : 0;
}

async function main() {
  const { values } = parseArgs({
    options: { minutes: { type: 'string', default: '2' }, instances: { type: 'string', default: '1' }, concurrency: { type: 'string', default: '4' } },
  });
  const minutes = Number(values.minutes);
  const instances = Number(values.instances);
  const concurrency = Number(values.concurrency);
  if (!(minutes > 0 && minutes <= 24 * 60) || !(instances >= 1 && instances <= 4) || !(concurrency >= 1 && concurrency <= 64)) {
    console.error('usage: npm run soak -- --minutes N (0 < N <= 1440) [--instances 1-4] [--concurrency 1-64]');
    process.exit(64);
  }
  const serverUrl = harnessSettings().DATABASE_URL;
  if (!serverUrl) {
    console.error('the soak runs on PostgreSQL: set DATABASE_URL (e.g. postgres://postgres@127.0.0.1:5432/test); it makes and drops a database of its own');
    process.exit(64);
  }
  const database = await createTestDatabase(serverUrl);
  const databaseUrl = (database.settings as { url: string }).url;
  const fleet = await Fleet.start({ databaseUrl, instances, env: { DATABASE_POOL_MAX: '5' } });
  const admin = new pg.Client({ connectionString: databaseUrl, application_name: 'soak' });
  let failed = false;
  try {
    await admin.connect();
    const operator = await fleet.client({ role: Role.PLATFORM_ADMIN, subject: 'soak' });
    const workload = await MixedWorkload.prepare(operator, (actor) => fleet.client(actor));
    const processes = fleet.processes();
    console.log(`soak: ${minutes} min, ${concurrency} concurrent, ${processes.length} processes (${processes.map((p) => `${p.kind}:${p.pid}`).join(' ')})`);
    const started = Date.now();
    const end = started + minutes * 60_000;
    const intervalMs = Math.min(30_000, Math.max(5_000, (minutes * 60_000) / 20));
    const samples: Array<{ at: number; rss: Record<number, number> }> = [];
    let lastRequests = 0;
    let lastFailures = 0;
    const load = workload.drive(concurrency, () => Date.now() < end);
    console.log('elapsed_s  req/s  errors  p50_ms  p99_ms  ' + processes.map((p) => `${p.kind}_rss_mb`).join('  '));
    while (Date.now() < end) {
      await new Promise((resolve) => setTimeout(resolve, Math.min(intervalMs, Math.max(0, end - Date.now()))));
      const latencies = workload.latenciesMs.splice(0).sort((a, b) => a - b);
      const rss = Object.fromEntries(processes.map((p) => [p.pid, rssOf(p.pid) ?? 0]));
      samples.push({ at: Date.now() - started, rss });
      const rate = (workload.requests - lastRequests) / (intervalMs / 1000);
      console.log(
        [
          String(Math.round((Date.now() - started) / 1000)).padStart(9),
          rate.toFixed(1).padStart(6),
          String(workload.failures.length - lastFailures).padStart(6),
          percentile(latencies, 50).toFixed(1).padStart(6),
          percentile(latencies, 99).toFixed(1).padStart(6),
          ...processes.map((p) => (rss[p.pid] / MB).toFixed(0).padStart(p.kind.length + 7)),
        ].join('  '),
      );
      lastRequests = workload.requests;
      lastFailures = workload.failures.length;
    }
    await load;
    const problems = await workload.verify(admin);
    const reference = samples[Math.max(0, Math.floor(samples.length / 4) - 1)];
    const last = samples.at(-1)!;
    for (const p of processes) {
      const from = reference.rss[p.pid];
      const to = last.rss[p.pid];
      if (to === 0) problems.push(`${p.kind} (${p.pid}) exited during the soak`);
      else if (to > from * 1.25 + 40 * MB) problems.push(`${p.kind} (${p.pid}) grew from ${(from / MB).toFixed(0)} MB to ${(to / MB).toFixed(0)} MB`);
    }
    if (workload.failures.length > 0)
      problems.push(`${workload.failures.length} of ${workload.requests} requests failed, e.g. ${JSON.stringify(workload.failures.slice(0, 3))}`);
    console.log(
      `total: ${workload.requests} requests, ${(workload.requests / ((Date.now() - started) / 1000)).toFixed(1)} req/s, ${workload.failures.length} errors, ` +
        `written: ${Object.entries(workload.acknowledged)
          .map(([what, written]) => `${written.length} ${what}`)
          .join(', ')}`,
    );
    if (problems.length > 0) {
      failed = true;
      console.log(`FAILED:\n  ${problems.join('\n  ')}`);
    } else console.log('OK: zero errors, every acknowledged write stored once, memory flat');
  } finally {
    await admin.end().catch(() => {});
    await fleet.stop();
    await database.drop();
  }
  process.exit(failed ? 1 : 0);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
