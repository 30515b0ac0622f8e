import type http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ApolloServer, BaseContext, ContextFunction } from '@apollo/server';
import { expressMiddleware, type ExpressContextFunctionArgument } from '@as-integrations/express5';
import express, { type ErrorRequestHandler, type Express, type RequestHandler } from 'express';
import type { Logger } from '../logging/logger';
import { HubMetrics } from '../metrics/metrics';
import { METRICS_PATH, metricsHandler } from '../metrics/endpoint';
import type { Tracing } from '../tracing/tracing';
import { accessLogPlugin, linkContext, noteRefusal, noteUnexpected, observeRequests } from './access-log';
import { keepRawBody } from './raw-body';
import { Drain } from './drain';
import { mountHealth, type LivenessCheck, type ReadinessCheck } from './health';

export type { LivenessCheck, ReadinessCheck };

export interface GraphQLServerOptions<TContext extends BaseContext> {
  apollo: ApolloServer<TContext>;
  context: ContextFunction<[ExpressContextFunctionArgument], TContext>;
  /** Bound at the very start (`bindPort`), so a port in use fails before the slow work. */
  listener: http.Server;
  logger: Logger;
  readiness: ReadinessCheck[];
  /** Whether every readiness check must pass (default) or one is enough (see HealthOptions.readyWhen). */
  readyWhen?: 'all' | 'any';
  liveness?: LivenessCheck[];
  /** Each readiness check answers within this, or counts as failed. */
  healthCheckTimeoutMs: number;
  /** Mounts routes that must run before GraphQL (the IDE page). */
  beforeGraphQL?: (app: Express) => void;
  /** Decides who may reach GraphQL at all; runs after the body is parsed. */
  guard: RequestHandler;
  /** Larger bodies are refused with 413 before anything is parsed. */
  maxBodyBytes: number;
  /**
   * Runs once the server answers at `url` and before it reports ready: the first requests of a
   * cold process (connections, lazily compiled code) are paid for here, not within a caller's
   * timeout. A failure is logged and the process turns ready anyway.
   */
  warmUp?: (url: string) => Promise<void>;
  /** How the operator sees inside: the access lines' and metrics' `service`, the metrics, the traces. */
  observability?: Observability;
}

export interface Observability {
  /** `gateway`, or the subgraph's name. */
  service: string;
  metrics: HubMetrics;
  tracing?: Tracing;
  /** Serve `GET /metrics` on this server's own port (when no METRICS_PORT is configured), with this token if any. */
  metricsRoute?: { token?: string };
}

export interface RunningServer {
  url: string;
  /** From now on /health/ready answers 503 (the process is going away); requests are still served. */
  stopBeingReady(): void;
  /**
   * Stops accepting connections and lets the requests in flight finish until `deadline` aborts
   * (without one, they are cut at once), closing each connection once it is idle; then stops Apollo.
   */
  close(deadline?: AbortSignal): Promise<void>;
}

export const GRAPHQL_PATH = '/graphql';

/**
 * Serves one Apollo Server (a subgraph or the gateway) over HTTP with liveness and readiness
 * endpoints, so every process of the hub is run and probed the same way.
 */
export async function startGraphQLServer<TContext extends BaseContext>(options: GraphQLServerOptions<TContext>): Promise<RunningServer> {
  const app = express();
  app.disable('x-powered-by');
  const server = options.listener;
  const drain = new Drain(server, options.logger);
  let warming = options.warmUp !== undefined;
  const observability = options.observability ?? { service: 'graphql', metrics: new HubMetrics({ enabled: false, maxOperations: 0 }) };
  app.use(drain.track);
  app.use(observeRequests({ ...observability, logger: options.logger }));
  if (observability.metricsRoute && observability.metrics.enabled) {
    app.get(METRICS_PATH, metricsHandler(observability.metrics, observability.metricsRoute.token, options.logger));
  }
  mountHealth(app, {
    readiness: options.readiness,
    readyWhen: options.readyWhen,
    liveness: options.liveness ?? [],
    checkTimeoutMs: options.healthCheckTimeoutMs,
    isDraining: () => drain.isDraining,
    isWarming: () => warming,
    logger: options.logger,
  });
  options.beforeGraphQL?.(app);
  options.apollo.addPlugin(accessLogPlugin());
  try {
    await options.apollo.start();
  } catch (error) {
    await new Promise((resolve) => server.close(resolve));
    throw error;
  }
  app.use(
    GRAPHQL_PATH,
    express.json({ limit: options.maxBodyBytes, verify: keepRawBody }),
    options.guard,
    expressMiddleware(options.apollo, {
      context: async (args) => {
        const context = await options.context(args);
        linkContext(context, args.res);
        return context;
      },
    }),
  );
  app.use(jsonErrors(options.logger));
  server.removeAllListeners('request');
  server.on('request', app);
  const url = urlOf(server.address() as AddressInfo);
  if (options.warmUp) {
    const started = performance.now();
    await options.warmUp(url).catch((error: unknown) => options.logger.warn('warming up failed; serving cold', { error }));
    warming = false;
    options.logger.info('warmed up', { ms: Math.round(performance.now() - started) });
  }
  return {
    url,
    stopBeingReady: () => drain.start(),
    close: async (deadline) => {
      await drain.close(deadline);
      await options.apollo.stop();
    },
  };
}

/** Where a client on this machine reaches the server: a wildcard address is reached on loopback. */
function urlOf({ address, family, port }: AddressInfo): string {
  const host = address === '0.0.0.0' ? '127.0.0.1' : address === '::' ? '[::1]' : family === 'IPv6' ? `[${address}]` : address;
  return `http://${host}:${port}${GRAPHQL_PATH}`;
}

/** Failures before GraphQL (a body too large, malformed JSON) answer in GraphQL's JSON shape. */
function jsonErrors(logger: Logger): ErrorRequestHandler {
  return (error, _req, res, _next) => {
    const status = typeof error?.status === 'number' && error.status >= 400 && error.status < 500 ? error.status : 500;
    if (status === 500) logger.error('request failed before GraphQL', { error, requestId: res.getHeader('x-request-id') });
    if (status === 500) noteUnexpected(res);
    else noteRefusal(res, { code: 'BAD_REQUEST' });
    const message = status === 413 ? 'The request body is too large' : status === 500 ? 'Internal server error' : 'The request body is not valid JSON';
    res.status(status).json({ errors: [{ message, extensions: { code: status === 500 ? 'INTERNAL_SERVER_ERROR' : 'BAD_REQUEST' } }] });
  };
}
