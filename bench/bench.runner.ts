import type { BenchProcess, SqlCounts } from './hub.processes';
import { percentile, type PhaseResult } from './load/phase';
import type { Variant, Workload } from './workloads/workload.types';

/** What a process did during one run of one variant. */
export interface ProcessCost {
  cpuMs: number;
  peakRssBytes: number;
  sql?: SqlCounts;
}

export interface VariantRun {
  workload: string;
  variant: string;
  round: number;
  result: PhaseResult;
  processes: Record<string, ProcessCost>;
}

const SAMPLE_EVERY_MS = 250;
/**
 * A load generator stops with requests in flight; the hub finishes them before the next variant
 * starts, and their cost is charged to the variant that sent them.
 */
const SETTLE_MS = 1_500;
const settle = () => new Promise((resolve) => setTimeout(resolve, SETTLE_MS));

/**
 * Warms every variant up, then runs `rounds` rounds in which every variant of every workload runs
 * once, in turn: the variants share the machine's moods (other load, caches, a growing table)
 * instead of one getting the quiet minute. One variant at a time, so each process's cost is its.
 */
export async function runRounds(
  workloads: Workload[],
  processes: BenchProcess[],
  settings: { clients: number; duration: number; rounds: number; warmup: number },
): Promise<VariantRun[]> {
  for (const workload of workloads) for (const variant of workload.variants) await variant.prepare?.();
  if (settings.warmup > 0) {
    for (const workload of workloads) {
      for (const variant of workload.variants) {
        const warm = await variant.run(settings.clients, settings.warmup);
        await settle();
        log(`warm-up  ${workload.key}/${variant.name}`, warm);
      }
    }
  }
  const runs: VariantRun[] = [];
  for (let round = 1; round <= settings.rounds; round++) {
    for (const workload of workloads) {
      for (const variant of workload.variants) {
        const run = await measure(variant, processes, settings.clients, settings.duration);
        runs.push({ workload: workload.key, variant: variant.name, round, ...run });
        log(`round ${round}/${settings.rounds}  ${workload.key}/${variant.name}`, run.result);
      }
    }
  }
  return runs;
}

async function measure(variant: Variant, processes: BenchProcess[], clients: number, seconds: number) {
  const before = await snapshot(processes);
  const peak = new Map(processes.map((p) => [p.name, p.usage()?.rssBytes ?? 0]));
  const sampler = setInterval(() => {
    for (const p of processes) peak.set(p.name, Math.max(peak.get(p.name)!, p.usage()?.rssBytes ?? 0));
  }, SAMPLE_EVERY_MS);
  let result: PhaseResult;
  try {
    result = await variant.run(clients, seconds);
    await settle();
  } finally {
    clearInterval(sampler);
  }
  const after = await snapshot(processes);
  const costs: Record<string, ProcessCost> = {};
  for (const p of processes) {
    const [b, a] = [before.get(p.name)!, after.get(p.name)!];
    const sql = a.sql && b.sql ? { orm: a.sql.orm - b.sql.orm, nonce: a.sql.nonce - b.sql.nonce } : undefined;
    costs[p.name] = { cpuMs: a.cpuMs - b.cpuMs, peakRssBytes: Math.max(peak.get(p.name)!, a.rssBytes), sql };
  }
  return { result, processes: costs };
}

async function snapshot(processes: BenchProcess[]) {
  const taken = new Map<string, { cpuMs: number; rssBytes: number; sql?: SqlCounts }>();
  for (const p of processes) {
    const usage = p.usage() ?? { cpuMs: 0, rssBytes: 0 };
    taken.set(p.name, { ...usage, sql: await p.sql?.counts() });
  }
  return taken;
}

function log(label: string, r: PhaseResult) {
  const sorted = [...r.latenciesMs].sort((a, b) => a - b);
  const rps = r.completed / r.seconds;
  const errors = r.errors ? `  errors ${r.errors} (${r.firstError})` : '';
  console.error(
    `  ${label.padEnd(34)} ${rps.toFixed(1).padStart(7)} req/s  p50 ${percentile(sorted, 50).toFixed(0).padStart(5)} ms  p95 ${percentile(sorted, 95).toFixed(0).padStart(5)} ms${errors}`,
  );
}
