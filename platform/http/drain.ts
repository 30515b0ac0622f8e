import type { Server, ServerResponse } from 'node:http';
import type { RequestHandler } from 'express';
import type { Logger } from '../logging/logger';

/**
 * Lets an HTTP server stop without cutting what it is doing: it stops accepting connections, lets
 * the requests in flight finish (a write that commits is answered as a success), closes keep-alive
 * connections once they are idle, and cuts only what is still running when the deadline passes.
 */
export class Drain {
  private readonly inFlight = new Set<ServerResponse>();
  private draining = false;

  constructor(
    private readonly server: Server,
    private readonly logger: Logger,
  ) {}

  /** Mounted first: counts every request until its response is done. */
  readonly track: RequestHandler = (_req, res, next) => {
    this.inFlight.add(res);
    if (this.draining) closeAfter(res);
    res.on('close', () => this.inFlight.delete(res));
    next();
  };

  get isDraining(): boolean {
    return this.draining;
  }

  /** From now on every response closes its connection after it is sent. */
  start(): void {
    if (this.draining) return;
    this.draining = true;
    for (const res of this.inFlight) closeAfter(res);
  }

  /**
   * Stops accepting, waits for the requests in flight and their connections until `deadline` aborts
   * (without one: not at all), then cuts whatever connections are left.
   */
  async close(deadline?: AbortSignal): Promise<void> {
    this.start();
    const closed = new Promise<void>((resolve) => this.server.close(() => resolve()));
    // Node closes connections idle at this moment; busy ones end after their response (see start()).
    this.server.closeIdleConnections();
    if (deadline && !deadline.aborted) {
      const gaveUp = new Promise<void>((resolve) => deadline.addEventListener('abort', () => resolve(), { once: true }));
      await Promise.race([closed, gaveUp]);
    }
    if (this.inFlight.size > 0) this.logger.warn('shutdown drain timed out; cutting requests still in flight', { requests: this.inFlight.size });
    this.server.closeAllConnections();
    await closed;
  }
}

function closeAfter(res: ServerResponse): void {
  if (!res.headersSent) res.setHeader('Connection', 'close');
}
