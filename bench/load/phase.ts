/** What one timed run of one variant measured; rounds of the same variant are merged for the table. */
export interface PhaseResult {
  /** Whole journeys answered in the time (one HTTP request, or the direct plan's several, or one SQL statement). */
  completed: number;
  /** Journeys that failed: a transport error, a status other than 200, or a body with `errors`. */
  errors: number;
  firstError?: string;
  /** Latency of each journey, in milliseconds. */
  latenciesMs: number[];
  seconds: number;
  /** Items stored, for requests that each carry many (service records of a batch). */
  items?: number;
}

/** The problem with a GraphQL answer, or undefined when it is one: any `errors` entry counts. */
export function graphqlProblem(status: number, body: string): string | undefined {
  let parsed: { data?: unknown; errors?: Array<{ message?: string; extensions?: { code?: string } }> };
  try {
    parsed = JSON.parse(body);
  } catch {
    return `HTTP ${status}: not JSON: ${body.slice(0, 120)}`;
  }
  if (parsed.errors?.length) return `HTTP ${status}: ${parsed.errors[0].extensions?.code ?? ''} ${parsed.errors[0].message ?? ''}`.trim();
  if (status !== 200) return `HTTP ${status}`;
  if (parsed.data === undefined || parsed.data === null) return `HTTP ${status}: no data`;
  return undefined;
}

export function percentile(sortedMs: number[], p: number): number {
  if (sortedMs.length === 0) return Number.NaN;
  return sortedMs[Math.min(sortedMs.length - 1, Math.max(0, Math.ceil((p / 100) * sortedMs.length) - 1))];
}

/** Several rounds of one variant as one result. */
export function mergePhases(phases: PhaseResult[]): PhaseResult {
  return {
    completed: phases.reduce((n, p) => n + p.completed, 0),
    errors: phases.reduce((n, p) => n + p.errors, 0),
    firstError: phases.find((p) => p.firstError)?.firstError,
    latenciesMs: phases.flatMap((p) => p.latenciesMs),
    seconds: phases.reduce((n, p) => n + p.seconds, 0),
    items: phases.some((p) => p.items !== undefined) ? phases.reduce((n, p) => n + (p.items ?? 0), 0) : undefined,
  };
}
