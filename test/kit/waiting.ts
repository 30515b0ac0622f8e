/** Resolves with the promise's value, or rejects when it takes longer than `ms` (a hang). */
export function within<T>(ms: number, promise: Promise<T>, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`${what} hung for ${ms} ms`)), ms)));
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** Polls `condition` until it holds, failing after `ms`. */
export async function until(condition: () => Promise<boolean>, what: string, ms = 30_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** GET /health/live or /health/ready of the process serving `graphqlUrl`, bounded so a hang fails the test. */
export async function healthOf(graphqlUrl: string, probe: 'live' | 'ready', ms = 15_000): Promise<{ status: number; body: any }> {
  const response = await within(ms, fetch(new URL(`/health/${probe}`, graphqlUrl)), `/health/${probe}`);
  return { status: response.status, body: JSON.parse(await response.text()) };
}
