import { isDeepStrictEqual } from 'node:util';
import type { Workload } from './workloads/workload.types';

export interface AnswerCheck {
  /** Size of the first variant's answer, as JSON. */
  bytes: number;
  /** Variants whose answer differs from the first variant's, each with where it first differs. */
  differences: Array<{ variant: string; at: string }>;
}

/**
 * Asks every variant of each workload for the same request once and checks they all answer the
 * same, before anything is timed: a floor that does less work than the hub is no floor.
 */
export async function compareAnswers(workloads: Workload[]): Promise<Record<string, AnswerCheck>> {
  const checks: Record<string, AnswerCheck> = {};
  for (const workload of workloads) {
    const sampled = workload.variants.filter((v) => v.sample);
    if (sampled.length === 0) continue;
    const answers = [];
    for (const variant of sampled) answers.push({ variant: variant.name, answer: await variant.sample!() });
    const [first, ...others] = answers;
    const differences = others
      .filter((o) => !isDeepStrictEqual(o.answer, first.answer))
      .map((o) => ({ variant: o.variant, at: firstDifference(first.answer, o.answer) }));
    for (const d of differences) console.error(`warning: ${workload.key}/${d.variant} answers differently from ${first.variant} at ${d.at}`);
    checks[workload.key] = { bytes: Buffer.byteLength(JSON.stringify(first.answer)), differences };
  }
  return checks;
}

/** The path of the first place where two JSON values differ, e.g. `organisation.children.edges[2].node.name`. */
export function firstDifference(a: unknown, b: unknown, at = '$'): string {
  if (isDeepStrictEqual(a, b)) return '';
  if (Array.isArray(a) && Array.isArray(b)) {
    if (a.length !== b.length) return `${at} (length ${a.length} vs ${b.length})`;
    const i = a.findIndex((x, k) => !isDeepStrictEqual(x, b[k]));
    return firstDifference(a[i], b[i], `${at}[${i}]`);
  }
  if (a && b && typeof a === 'object' && typeof b === 'object') {
    const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])];
    const key = keys.find((k) => !isDeepStrictEqual((a as any)[k], (b as any)[k]))!;
    return firstDifference((a as any)[key], (b as any)[key], `${at}.${key}`);
  }
  return `${at} (${JSON.stringify(a)?.slice(0, 60)} vs ${JSON.stringify(b)?.slice(0, 60)})`;
}
