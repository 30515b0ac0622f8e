import type { Express } from 'express';
import type { Logger } from '../logging/logger';

/** Whether a dependency can serve requests now; `signal` aborts when the check has taken too long. */
export interface ReadinessCheck {
  name: string;
  check(signal: AbortSignal): Promise<void>;
}

/**
 * Whether this process can still serve at all, judged from its own state without any I/O (a probe
 * must not wait on the database). Returns what is wrong, or nothing when all is well.
 */
export interface LivenessCheck {
  name: string;
  problem(): string | undefined;
}

export interface HealthOptions {
  readiness: ReadinessCheck[];
  liveness: LivenessCheck[];
  /** Each readiness check answers within this or counts as failed, so a hanging dependency answers 503 quickly. */
  checkTimeoutMs: number;
  /** True once the process is shutting down: it is then never ready again. */
  isDraining(): boolean;
  /** True while the process warms up before its first request: not ready yet. */
  isWarming?(): boolean;
  /**
   * `all` (default): ready only while every check passes. `any`: ready while at least one passes,
   * answering `degraded` with the failing checks listed: for the gateway, whose answers lose only
   * the fields of a subgraph that is down, so one subgraph's outage must not take every gateway
   * instance out of its Service.
   */
  readyWhen?: 'all' | 'any';
  logger: Logger;
}

/**
 * `/health/live` and `/health/ready`, for orchestrators. Liveness failing means "restart me": it
 * fails only for states a restart cures (see the liveness checks), never because a dependency is
 * down, so an outage of the database does not become a restart storm. Readiness failing means "send
 * me nothing for now": a dependency is down or slow, or the process is draining. A process whose
 * event loop is blocked answers neither, which the probe's own timeout reports.
 */
export function mountHealth(app: Express, options: HealthOptions): void {
  app.get('/health/live', (_req, res) => {
    const failing = options.liveness.flatMap(({ name, problem }) => {
      const reason = problem();
      return reason ? [{ name, reason }] : [];
    });
    if (failing.length) options.logger.error('liveness check failed', { failing });
    res.status(failing.length ? 503 : 200).json(failing.length ? { status: 'failing', failing } : { status: 'ok' });
  });
  app.get('/health/ready', async (_req, res) => {
    if (options.isDraining()) {
      res.status(503).json({ status: 'draining', checks: [] });
      return;
    }
    if (options.isWarming?.()) {
      res.status(503).json({ status: 'warming up', checks: [] });
      return;
    }
    const results = await Promise.all(options.readiness.map((check) => runCheck(check, options)));
    const all = results.every((r) => r.ok);
    const ready = all || (options.readyWhen === 'any' && results.some((r) => r.ok));
    res.status(ready ? 200 : 503).json({ status: all ? 'ready' : ready ? 'degraded' : 'unavailable', checks: results });
  });
}

async function runCheck({ name, check }: ReadinessCheck, options: HealthOptions): Promise<{ name: string; ok: boolean }> {
  const controller = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      controller.abort();
      reject(new Error(`no answer within ${options.checkTimeoutMs} ms`));
    }, options.checkTimeoutMs);
  });
  try {
    await Promise.race([check(controller.signal), timedOut]);
    return { name, ok: true };
  } catch (error) {
    options.logger.warn('readiness check failed', { check: name, error });
    return { name, ok: false };
  } finally {
    clearTimeout(timer);
  }
}
