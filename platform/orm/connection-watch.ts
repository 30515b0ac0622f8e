/**
 * Watches one set of database connections (a PostgreSQL pool, or the embedded database's single
 * connection) for the one state a restart cures: every connection handed out and none coming back
 * while requests wait for one. A database that is down does not look like that (connections fail and
 * are returned at once), so liveness built on this does not restart processes for a database outage.
 */
export class ConnectionWatch {
  private inUse = 0;
  private waitingNow = 0;
  private lastReturnedAt = Date.now();
  private lastStarvedAt = 0;
  private readonly waitListeners: Array<(seconds: number, acquired: boolean) => void> = [];

  constructor(readonly capacity: number) {}

  /**
   * A caller starts waiting for a connection; it is starved if every connection is out. Returns
   * when it started, to hand to `acquired` or `failed`.
   */
  acquiring(): number {
    if (this.inUse >= this.capacity) this.lastStarvedAt = Date.now();
    this.waitingNow += 1;
    return performance.now();
  }

  acquired(since?: number): void {
    this.inUse += 1;
    this.waited(since, true);
  }

  /** The caller got no connection (none came free in time, or the database could not be reached). */
  failed(since?: number): void {
    this.waited(since, false);
  }

  /** Tells `listener` how long each caller waited for a connection and whether it got one (the metrics). */
  onWait(listener: (seconds: number, acquired: boolean) => void): void {
    this.waitListeners.push(listener);
  }

  private waited(since: number | undefined, acquired: boolean): void {
    if (since === undefined) return;
    this.waitingNow -= 1;
    if (this.waitListeners.length === 0) return;
    const seconds = (performance.now() - since) / 1000;
    for (const listener of this.waitListeners) listener(seconds, acquired);
  }

  /** A connection came back, or was destroyed: either way its slot is free again. */
  returned(): void {
    this.inUse -= 1;
    this.lastReturnedAt = Date.now();
  }

  /**
   * How long every connection has been out with no one returned, counted only when a caller has
   * asked for a connection in that time (an idle process holding nothing is not stalled); 0 if not.
   */
  stalledForMs(now = Date.now()): number {
    if (this.inUse < this.capacity || this.lastStarvedAt < this.lastReturnedAt) return 0;
    return now - this.lastReturnedAt;
  }

  get connectionsInUse(): number {
    return this.inUse;
  }

  /** Callers waiting for a connection now. */
  get waiting(): number {
    return this.waitingNow;
  }
}
