import http from 'node:http';
import type { PhaseResult } from './phase';

/**
 * Journeys of several dependent HTTP requests to different hosts (the direct plan asks one
 * subgraph, then another with what the first answered), which autocannon cannot sequence across
 * hosts: `clients` loops, each starting its next journey when the last one ends, for `seconds`,
 * over keep-alive connections. The same accounting as the autocannon driver: one latency per journey.
 */
export async function runJourneys(clients: number, seconds: number, journey: (i: number) => Promise<unknown>): Promise<PhaseResult> {
  const result: PhaseResult = { completed: 0, errors: 0, latenciesMs: [], seconds };
  // Connections left idle since the last run may be closing on the server's side: start afresh.
  agent.destroy();
  agent = newAgent();
  const started = performance.now();
  const deadline = started + seconds * 1000;
  let next = 0;
  const loop = async () => {
    while (performance.now() < deadline) {
      const t0 = performance.now();
      try {
        await journey(next++);
      } catch (error) {
        result.errors++;
        result.firstError ??= (error as Error).message;
      }
      result.latenciesMs.push(performance.now() - t0);
      result.completed++;
    }
  };
  await Promise.all(Array.from({ length: clients }, loop));
  result.seconds = (performance.now() - started) / 1000;
  return result;
}

const newAgent = () => new http.Agent({ keepAlive: true, maxSockets: 256 });
let agent = newAgent();

/** A JSON POST over a kept-alive connection; resolves with the status and the body text. */
export function postJson(url: string, body: string, headers: Record<string, string>): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const request = http.request(
      url,
      { method: 'POST', agent, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), ...headers }, timeout: 30_000 },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') }));
        response.on('error', reject);
      },
    );
    request.on('timeout', () => request.destroy(new Error(`no answer from ${url} within 30 s`)));
    request.on('error', reject);
    request.end(body);
  });
}
