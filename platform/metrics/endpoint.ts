import { timingSafeEqual } from 'node:crypto';
import { once } from 'node:events';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import express, { type RequestHandler } from 'express';
import type { Logger } from '../logging/logger';
import { ListenError } from '../http/listen';
import type { HubMetrics } from './metrics';

export const METRICS_PATH = '/metrics';

/**
 * `GET /metrics` in Prometheus' text format. With a token configured, only a scraper that sends
 * `Authorization: Bearer <token>` is answered (others get 401 and nothing about the process).
 */
export function metricsHandler(metrics: HubMetrics, token: string | undefined, logger: Logger): RequestHandler {
  return (req, res) => {
    if (token && !sameSecret(req.header('authorization') ?? '', `Bearer ${token}`)) {
      res
        .status(401)
        .set('www-authenticate', 'Bearer')
        .json({ errors: [{ message: 'A metrics token is required', extensions: { code: 'UNAUTHENTICATED' } }] });
      return;
    }
    metrics.exposition().then(
      ({ contentType, body }) => res.type(contentType).send(body),
      (error) => {
        logger.error('metrics could not be collected', { error });
        res.status(500).end();
      },
    );
  };
}

function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

export interface MetricsServer {
  url: string;
  close(): Promise<void>;
}

/**
 * `/metrics` on a port of its own (METRICS_PORT), answering nothing else: the port a deployment
 * keeps off the public network while the gateway's port faces callers.
 */
export async function startMetricsServer(metrics: HubMetrics, options: { host: string; port: number; token?: string; logger: Logger }): Promise<MetricsServer> {
  const app = express();
  app.disable('x-powered-by');
  app.get(METRICS_PATH, metricsHandler(metrics, options.token, options.logger));
  const server = http.createServer(app);
  server.listen(options.port, options.host);
  try {
    await once(server, 'listening');
  } catch (error) {
    throw new ListenError(`METRICS_PORT: cannot listen on port ${options.port} on ${options.host} (${(error as NodeJS.ErrnoException).code})`);
  }
  const { address, port } = server.address() as AddressInfo;
  const host = address === '0.0.0.0' || address === '::' ? '127.0.0.1' : address;
  options.logger.info('metrics listening', { url: `http://${host}:${port}${METRICS_PATH}` });
  return {
    url: `http://${host}:${port}${METRICS_PATH}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
