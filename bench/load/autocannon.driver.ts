import autocannon from 'autocannon';
import { graphqlProblem, type PhaseResult } from './phase';

export interface SingleRequestLoad {
  /** The GraphQL endpoint every request goes to (the gateway, or Hive Gateway). */
  url: string;
  clients: number;
  seconds: number;
  /** The i-th request's body and headers (its own token, variables, idempotency key). */
  request(i: number): { body: string; headers: Record<string, string> };
  /**
   * For requests that carry many items (a batch of service records): how many an answer stored, and
   * what is wrong when it stored fewer than were sent (a refused batch answers 200 with data).
   */
  items?(data: unknown): { stored: number; problem?: string };
}

/**
 * One request per journey, driven by autocannon: `clients` connections, each sending its next
 * request as soon as the last one is answered, for `seconds`. Every body is read, so a 200 with
 * `errors` counts as an error.
 */
export async function runAutocannon(load: SingleRequestLoad): Promise<PhaseResult> {
  const result: PhaseResult = { completed: 0, errors: 0, latenciesMs: [], seconds: load.seconds };
  let next = 0;
  const started = performance.now();
  const options: autocannon.Options = {
    url: load.url,
    connections: load.clients,
    duration: load.seconds,
    timeout: 30,
    requests: [
      {
        setupRequest: (request) => {
          const { body, headers } = load.request(next++);
          return { ...request, method: 'POST', body, headers: { ...request.headers, 'content-type': 'application/json', ...headers } };
        },
        onResponse: (status, body) => {
          result.completed++;
          let problem = graphqlProblem(status, body);
          if (!problem && load.items) {
            const counted = load.items((JSON.parse(body) as { data: unknown }).data);
            result.items = (result.items ?? 0) + counted.stored;
            problem = counted.problem;
          }
          if (problem) {
            result.errors++;
            result.firstError ??= problem;
          }
        },
      },
    ],
  };
  const summary = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(options, (error, done) => (error ? reject(error) : resolve(done)));
    instance.on('response', (_client: unknown, _status: number, _bytes: number, responseTime: number) => result.latenciesMs.push(responseTime));
  });
  // Connection errors and timeouts never reached onResponse.
  result.errors += summary.errors;
  if (summary.errors && !result.firstError) result.firstError = `${summary.errors} connection errors (${summary.timeouts} timeouts)`;
  result.seconds = (performance.now() - started) / 1000;
  return result;
}
