/** A bounded HTTP load loop over GraphQL and the figures it prints. */

export interface Scenario {
  label: string;
  url: string;
  query: string;
  /** Variables of the i-th request (lets a scenario rotate over several ids). */
  variables(i: number): Record<string, unknown>;
  /** Credentials for sending `body`: a bearer token for the gateway, the gateway's signature for a subgraph. */
  headers(body: string): Record<string, string>;
}

export interface PhaseResult {
  label: string;
  mode: string;
  count: number;
  errors: number;
  firstError?: string;
  latencies: number[];
  elapsedMs: number;
  capped: boolean;
}

const TIMEOUT_MS = 10_000;

/** One POST; resolves with the parsed body and throws on HTTP or GraphQL errors. */
export async function send(url: string, query: string, variables: Record<string, unknown>, headers: (body: string) => Record<string, string>): Promise<any> {
  const request = JSON.stringify({ query, variables });
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json', ...headers(request) },
    body: request,
    signal: AbortSignal.timeout(TIMEOUT_MS),
  });
  const body = (await response.json()) as { data?: unknown; errors?: Array<{ message: string }> };
  if (!response.ok || body.errors?.length) throw new Error(`HTTP ${response.status}: ${body.errors?.[0]?.message ?? 'no data'}`);
  return body.data;
}

/**
 * Sends `count` requests with `concurrency` in flight; stops early (and says so) once `maxMs`
 * have passed, so a slow database cannot make the run unbounded.
 */
export async function runPhase(s: Scenario, mode: string, count: number, concurrency: number, maxMs: number): Promise<PhaseResult> {
  const result: PhaseResult = { label: s.label, mode, count: 0, errors: 0, latencies: [], elapsedMs: 0, capped: false };
  const started = performance.now();
  let next = 0;
  const worker = async () => {
    while (next < count) {
      if (performance.now() - started > maxMs) return void (result.capped = true);
      const i = next++;
      const t0 = performance.now();
      try {
        await send(s.url, s.query, s.variables(i), s.headers);
        result.latencies.push(performance.now() - t0);
      } catch (error) {
        result.errors++;
        result.firstError ??= (error as Error).message;
      }
      result.count++;
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  result.elapsedMs = performance.now() - started;
  return result;
}

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

const f1 = (n: number) => n.toFixed(1).padStart(8);

export const TABLE_HEADER = `${'scenario'.padEnd(44)}${'mode'.padEnd(8)}${'n'.padStart(5)}${'err'.padStart(5)}${'p50 ms'.padStart(8)}${'p95 ms'.padStart(8)}${'p99 ms'.padStart(8)}${'max ms'.padStart(8)}${'req/s'.padStart(8)}`;

export function formatRow(r: PhaseResult): string {
  const sorted = [...r.latencies].sort((a, b) => a - b);
  const rps = (r.count / r.elapsedMs) * 1000;
  const line = `${r.label.padEnd(44)}${r.mode.padEnd(8)}${String(r.count).padStart(5)}${String(r.errors).padStart(5)}${f1(percentile(sorted, 50))}${f1(percentile(sorted, 95))}${f1(percentile(sorted, 99))}${f1(sorted.at(-1) ?? Number.NaN)}${f1(rps)}`;
  const notes = [r.capped ? 'stopped early at the time cap' : '', r.firstError ? `first error: ${r.firstError}` : ''].filter(Boolean);
  return notes.length ? `${line}   (${notes.join('; ')})` : line;
}
