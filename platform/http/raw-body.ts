import type { IncomingMessage } from 'node:http';

const rawBodies = new WeakMap<IncomingMessage, Buffer>();

/**
 * `express.json`'s `verify` hook: keeps the exact bytes that were parsed, because a signature is
 * over the bytes sent, and re-serialising the parsed JSON would not reproduce them.
 */
export function keepRawBody(req: IncomingMessage, _res: unknown, body: Buffer): void {
  rawBodies.set(req, body);
}

/** The body's bytes as received; undefined when the body was not parsed as JSON. */
export function rawBodyOf(req: IncomingMessage): Buffer | undefined {
  return rawBodies.get(req);
}
