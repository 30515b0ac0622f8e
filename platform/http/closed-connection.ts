/**
 * Whether a request failed because the connection it was sent on closed before any answer came:
 * a keep-alive connection the server closed while idle (as every instance does when it drains on
 * SIGTERM) or one a balancer dropped. Such a request never reached a handler, so sending it once
 * more on a fresh connection is safe; a signed request is re-sent with the same signature and nonce,
 * so should it have been processed after all, the subgraph refuses the copy as a replay and nothing
 * is written twice.
 */
export function closedBeforeAnswer(error: unknown): boolean {
  for (let e = error as { code?: string; message?: string; cause?: unknown } | undefined, depth = 0; e && depth < 4; e = e.cause as typeof e, depth += 1) {
    if (e.code && ['ECONNRESET', 'EPIPE', 'UND_ERR_SOCKET', 'ECONNREFUSED'].includes(e.code)) return true;
    if (typeof e.message === 'string' && /socket hang up|other side closed/i.test(e.message)) return true;
  }
  return false;
}

/** Runs `send`, and once more if it failed on a connection that closed before any answer (see above). */
export async function retryOnClosedConnection<T>(send: () => Promise<T>, signal?: AbortSignal | null): Promise<T> {
  try {
    return await send();
  } catch (error) {
    if (signal?.aborted || !closedBeforeAnswer(error)) throw error;
    return send();
  }
}
