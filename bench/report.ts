import type { VariantRun } from './bench.runner';
import { LOAD_GENERATOR } from './hub.processes';
import { mergePhases, percentile } from './load/phase';

/** One variant over all its rounds. */
export interface VariantSummary {
  workload: string;
  variant: string;
  requestsPerSecond: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  completed: number;
  errors: number;
  firstError?: string;
  rounds: Array<{ requestsPerSecond: number; p95: number }>;
  /** SQL statements per request, per process: its own, and the nonce claims of signed requests. */
  sqlPerRequest: Record<string, { orm: number; nonce: number }>;
  cpuMsPerRequest: Record<string, number>;
  peakRssMiB: Record<string, number>;
  /** For requests carrying many items (a batch of service records): items stored a second, and CPU per 1,000 of them. */
  items?: { perSecond: number; cpuMsPer1000: Record<string, number> };
}

export interface TargetCheck {
  target: string;
  measured: string;
  met: boolean | null;
}

const MiB = 1024 * 1024;
const round1 = (n: number) => Math.round(n * 10) / 10;

export function summarise(runs: VariantRun[]): VariantSummary[] {
  const keys = [...new Set(runs.map((r) => `${r.workload}\u0000${r.variant}`))];
  return keys.map((key) => {
    const [workload, variant] = key.split('\u0000');
    const mine = runs.filter((r) => r.workload === workload && r.variant === variant);
    const merged = mergePhases(mine.map((r) => r.result));
    const sorted = [...merged.latenciesMs].sort((a, b) => a - b);
    const requests = Math.max(1, merged.completed);
    const names = Object.keys(mine[0].processes);
    const total = (name: string, pick: (cost: VariantRun['processes'][string]) => number) => mine.reduce((n, r) => n + pick(r.processes[name]), 0);
    return {
      workload,
      variant,
      requestsPerSecond: round1(merged.completed / merged.seconds),
      p50: round1(percentile(sorted, 50)),
      p95: round1(percentile(sorted, 95)),
      p99: round1(percentile(sorted, 99)),
      max: round1(sorted.at(-1) ?? Number.NaN),
      completed: merged.completed,
      errors: merged.errors,
      firstError: merged.firstError,
      rounds: mine.map((r) => {
        const s = [...r.result.latenciesMs].sort((a, b) => a - b);
        return { requestsPerSecond: round1(r.result.completed / r.result.seconds), p95: round1(percentile(s, 95)) };
      }),
      sqlPerRequest: Object.fromEntries(
        names
          .filter((n) => mine[0].processes[n].sql)
          .map((n) => [n, { orm: round1(total(n, (c) => c.sql!.orm) / requests), nonce: round1(total(n, (c) => c.sql!.nonce) / requests) }]),
      ),
      cpuMsPerRequest: Object.fromEntries(names.map((n) => [n, round1(total(n, (c) => c.cpuMs) / requests)])),
      peakRssMiB: Object.fromEntries(names.map((n) => [n, Math.round(Math.max(...mine.map((r) => r.processes[n].peakRssBytes)) / MiB)])),
      items: merged.items === undefined ? undefined : itemCosts(merged.items, merged.seconds, names, (n) => total(n, (c) => c.cpuMs)),
    };
  });
}

function itemCosts(items: number, seconds: number, names: string[], cpuMsOf: (name: string) => number): VariantSummary['items'] {
  const thousands = Math.max(1, items) / 1000;
  return { perSecond: Math.round(items / seconds), cpuMsPer1000: Object.fromEntries(names.map((n) => [n, round1(cpuMsOf(n) / thousands)])) };
}

/** The issue's targets, as far as this run measured them. */
export function checkTargets(summaries: VariantSummary[], clients: number, embedded: boolean): TargetCheck[] {
  const find = (workload: string, variant: string) => summaries.find((s) => s.workload === workload && s.variant === variant);
  const [gateway, direct, hive, sql] = ['gateway', 'direct', 'hive', 'sql'].map((v) => find('network', v));
  const register = find('register', 'gateway');
  const report = find('report', 'gateway');
  const batch = find('checkin', 'batch');
  const checks: TargetCheck[] = [];
  const ratio = (a: number, b: number) => (b > 0 ? a / b : Number.NaN);
  if (embedded) {
    if (gateway)
      checks.push({ target: 'embedded mode: journey 1 ≥ 100 req/s', measured: `${gateway.requestsPerSecond} req/s`, met: gateway.requestsPerSecond >= 100 });
  } else {
    if (gateway && sql) {
      const r = ratio(gateway.requestsPerSecond, sql.requestsPerSecond);
      checks.push({
        target: 'journey 1 ≥ ½ the throughput of the SQL floor',
        measured: `${r.toFixed(2)}× (${gateway.requestsPerSecond} vs ${sql.requestsPerSecond} req/s)`,
        met: r >= 0.5,
      });
    }
    if (gateway && direct) {
      const r = ratio(direct.requestsPerSecond, gateway.requestsPerSecond);
      checks.push({ target: 'through the gateway ≤ 1.25× the direct floor', measured: `direct ${r.toFixed(2)}× the gateway's throughput`, met: r <= 1.25 });
    }
    if (gateway && hive) {
      const r = ratio(gateway.requestsPerSecond, hive.requestsPerSecond);
      checks.push({
        target: 'journey 1 ≥ the throughput of Hive Gateway',
        measured: `${r.toFixed(2)}× (${gateway.requestsPerSecond} vs ${hive.requestsPerSecond} req/s)`,
        met: r >= 1,
      });
    }
  }
  if (gateway) {
    checks.push({ target: `journey 1 p95 < 150 ms at ${clients} clients`, measured: `${gateway.p95} ms`, met: gateway.p95 < 150 });
    checks.push({ target: 'journey 1 without errors', measured: `${gateway.errors} of ${gateway.completed}`, met: gateway.errors === 0 });
  }
  if (register)
    checks.push({
      target: 'agreement registration p95 < 50 ms',
      measured: `${register.p95} ms (${register.errors} errors)`,
      met: register.p95 < 50 && register.errors === 0,
    });
  if (report)
    checks.push({
      target: 'city-wide report by month: median < 200 ms',
      measured: `p50 ${report.p50} ms, p95 ${report.p95} ms (${report.errors} errors)`,
      met: report.p50 < 200 && report.errors === 0,
    });
  if (batch?.items)
    checks.push({
      target: 'service records ingested ≥ 10,000 a second',
      measured: `${batch.items.perSecond} records/s (${batch.errors} failed batches)`,
      met: batch.items.perSecond >= 10_000 && batch.errors === 0,
    });
  const peaks = new Map<string, number>();
  for (const s of summaries) {
    // The hub's own processes: Hive Gateway is the peer measured beside it, with its own memory habits.
    for (const [name, mib] of Object.entries(s.peakRssMiB))
      if (name !== LOAD_GENERATOR && !name.startsWith('hive')) peaks.set(name, Math.max(peaks.get(name) ?? 0, mib));
  }
  if (peaks.size) {
    const worst = [...peaks].sort((a, b) => b[1] - a[1])[0];
    checks.push({ target: 'every hub process < 512 MiB resident under load', measured: `largest: ${worst[0]} ${worst[1]} MiB`, met: worst[1] < 512 });
  }
  return checks;
}

const SHORT: Record<string, string> = {
  organisations: 'org',
  agreements: 'agr',
  checkins: 'chk',
  meetings: 'mtg',
  gateway: 'gw',
  'hub (embedded)': 'hub',
  [LOAD_GENERATOR]: 'client',
};
const short = (name: string) => SHORT[name] ?? name.replace(/^hive-gateway.*/, 'hive');

export function formatTable(title: string, summaries: VariantSummary[]): string {
  const head = `${'variant'.padEnd(9)}${'req/s'.padStart(8)}${'p50 ms'.padStart(9)}${'p95 ms'.padStart(9)}${'p99 ms'.padStart(9)}${'errors'.padStart(12)}   ${'SQL/req (+nonces)'.padEnd(22)}${'CPU ms/req'.padEnd(44)}peak RSS MiB`;
  const lines = summaries.map((s) => {
    const sqlTotal = Object.values(s.sqlPerRequest).reduce((n, c) => n + c.orm, 0);
    const nonces = Object.values(s.sqlPerRequest).reduce((n, c) => n + c.nonce, 0);
    const cpu = Object.entries(s.cpuMsPerRequest)
      .filter(([, ms]) => ms >= 0.5)
      .map(([n, ms]) => `${short(n)} ${ms.toFixed(0)}`)
      .join(' · ');
    const rss = Object.entries(s.peakRssMiB)
      .filter(([n]) => n !== LOAD_GENERATOR)
      .map(([n, mib]) => `${short(n)} ${mib}`)
      .join(' · ');
    const sql = s.variant === 'sql' ? '1 (by construction)' : `${round1(sqlTotal)} (+${round1(nonces)})`;
    return `${s.variant.padEnd(9)}${s.requestsPerSecond.toFixed(1).padStart(8)}${s.p50.toFixed(0).padStart(9)}${s.p95.toFixed(0).padStart(9)}${s.p99.toFixed(0).padStart(9)}${`${s.errors}/${s.completed}`.padStart(12)}   ${sql.padEnd(22)}${(cpu || '-').padEnd(44)}${rss}`;
  });
  const items = summaries
    .filter((s) => s.items)
    .map((s) => {
      const cpu = Object.entries(s.items!.cpuMsPer1000)
        .filter(([, ms]) => ms >= 0.5)
        .map(([n, ms]) => `${short(n)} ${ms.toFixed(0)}`)
        .join(' · ');
      return `${s.variant}: ${s.items!.perSecond} records/s; CPU ms per 1,000 records: ${cpu}`;
    });
  return [title, head, ...lines, ...items].join('\n');
}

export function formatTargets(checks: TargetCheck[]): string {
  return checks.map((c) => `  ${c.met === null ? '?' : c.met ? '✔' : '✘'} ${c.target.padEnd(50)} ${c.measured}`).join('\n');
}
