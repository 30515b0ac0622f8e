import { readFileSync } from 'node:fs';
import path from 'node:path';
import type http from 'node:http';
import type express from 'express';
import { ApolloGateway } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import type { GatewayTimeouts, MetricsSettings, SubgraphName, TracingSettings } from '../platform/config/config';
import { switchOffGatewayTelemetry } from '../platform/config/vendor-telemetry';
import { maskUnlessSafe, withoutSuggestions } from '../platform/errors/format-error';
import { startGraphQLServer, type RunningServer } from '../platform/http/graphql-server';
import { bindPort } from '../platform/http/listen';
import { noVendorReporting } from '../platform/http/offline';
import { REQUEST_ID_HEADER, requestIdPlugin } from '../platform/http/request-id';
import type { Logger } from '../platform/logging/logger';
import { requestIdOf } from '../platform/http/access-log';
import { HubMetrics } from '../platform/metrics/metrics';
import { Tracing } from '../platform/tracing/tracing';
import { mountIde } from './ide/ide';
import { observedDataSource } from './observed-data-source';
import { operationNamePlugin } from './operation-name';
import { SubgraphDataSource } from './subgraph-data-source';
import { bearerGuard, type CallerCheck } from '../platform/auth/guards';
import { Peers } from '../platform/federation/peers';
import type { Actor } from '../platform/auth/identity';
import { encodeIdentity, IDENTITY_HEADER } from '../platform/auth/internal-signature';
import type { TokenVerifier } from '../platform/auth/jwt';
import type { EdgeLimits, HealthSettings } from '../platform/config/config';
import { operationLimitRules } from '../platform/http/limits';
import { DEFAULT_PAGE_SIZE } from '../platform/pagination/connection';
import type { GatewayRoute, PublicGraph } from '../platform/http/gateway-route';

export const SUPERGRAPH_PATH = path.join(__dirname, '..', 'schema', 'supergraph.graphql');

export interface GatewayContext {
  requestId: string;
  actor: Actor;
  acceptLanguage?: string;
  /** When the answer is due (epoch ms); subgraph calls are cut off by then. */
  deadline: number;
}

export interface GatewayOptions {
  host: string;
  port: number;
  /** The port already bound (`bindPort`), when the caller had slow work to do before the gateway. */
  listener?: http.Server;
  logger: Logger;
  /** Where each subgraph is reached; a subgraph not named here keeps the URL in the supergraph. */
  subgraphUrls: Partial<Record<SubgraphName, string>>;
  timeouts: GatewayTimeouts;
  /** Longest wait for one direct call to a subgraph (the caller check, a route's lookups); 5 s when absent. */
  peerTimeoutMs?: number;
  ide: boolean;
  introspection: boolean;
  limits: EdgeLimits;
  health: HealthSettings;
  verifyToken: TokenVerifier;
  /** Checks a verified caller against the hub's data (its organisation), asking the subgraphs that own it. */
  callerCheck?: CallerCheck;
  /** Test seam: where the caller check's caches take the time from (the system time when unset), as `StackOptions.now`. */
  now?: () => Date;
  internalSigningSecret: string;
  supergraphSdl?: string;
  /** Plain GET routes beside /graphql that subgraphs provide (see `GatewayRoute`). */
  routes?: readonly GatewayRoute[];
  /** The process's metrics, and whether /metrics is served on the gateway's port; none when absent. */
  metrics?: { registry: HubMetrics; settings: MetricsSettings };
  /** Traces of the gateway and Apollo Gateway's own spans; off when absent. */
  tracing?: TracingSettings;
}

/** The one endpoint clients use: the committed supergraph, served by Apollo Gateway. */
export async function startGateway(options: GatewayOptions): Promise<RunningServer> {
  const logger = options.logger.child({ component: 'gateway' });
  const listener = options.listener ?? (await bindPort({ host: options.host, port: options.port, portVariable: 'GATEWAY_PORT' }));
  switchOffGatewayTelemetry();
  const supergraphSdl = options.supergraphSdl ?? readFileSync(SUPERGRAPH_PATH, 'utf8');
  const subgraphUrls = resolveSubgraphUrls(supergraphSdl, options.subgraphUrls);
  const metrics = options.metrics?.registry ?? new HubMetrics({ enabled: false, maxOperations: 0 });
  const tracing = options.tracing ? Tracing.start('gateway', options.tracing, { global: true }) : undefined;
  const peerOptions = { timeoutMs: options.peerTimeoutMs, tracing, now: () => (options.now?.() ?? new Date()).getTime() };
  const callerCheck = options.callerCheck?.create(
    Peers.connect('gateway', options.callerCheck.peers, Object.fromEntries(subgraphUrls), options.internalSigningSecret, peerOptions),
  );
  const gateway = new ApolloGateway({
    supergraphSdl,
    logger: { debug: () => {}, info: (m) => logger.info(String(m)), warn: (m) => logger.warn(String(m)), error: (m) => logger.error(String(m)) },
    buildService: ({ name, url = '' }) =>
      observedDataSource(
        subgraphDataSource(name, subgraphUrls.get(name) ?? url, options, logger, tracing),
        name,
        subgraphUrls.get(name) ?? url,
        metrics,
        tracing,
      ),
  });
  const apollo = new ApolloServer<GatewayContext>({
    gateway,
    introspection: options.introspection,
    // Without introspection, error messages must not reveal the schema ("Did you mean …?").
    hideSchemaDetailsFromClientErrors: !options.introspection,
    allowBatchedHttpRequests: options.limits.allowBatchedRequests,
    parseOptions: { maxTokens: options.limits.maxTokens },
    validationRules: operationLimitRules({ ...options.limits, defaultPageSize: DEFAULT_PAGE_SIZE }),
    // Our own signal handler closes the HTTP server, Apollo and the database in order.
    stopOnTerminationSignals: false,
    // Subgraphs mask their own unexpected errors; here we also drop what names them (serviceName…).
    formatError: options.introspection ? (formatted) => maskUnlessSafe(formatted) : (formatted) => withoutSuggestions(maskUnlessSafe(formatted)),
    plugins: [ApolloServerPluginLandingPageDisabled(), ...noVendorReporting<GatewayContext>(), operationNamePlugin(), requestIdPlugin(logger)],
  });
  const guard = bearerGuard(options.verifyToken, callerCheck, logger);
  const contextOf = async ({ req, res }: { req: express.Request; res: express.Response }): Promise<GatewayContext> => ({
    requestId: requestIdOf(res),
    actor: res.locals.actor as Actor,
    acceptLanguage: req.header('accept-language'),
    deadline: Date.now() + options.timeouts.requestMs,
  });
  // Routes acting for the caller run their operations through the same server as /graphql.
  const graph: PublicGraph = {
    execute: async <T>(req: express.Request, res: express.Response, query: string, variables: Record<string, unknown>) => {
      const response = await apollo.executeOperation<T>({ query, variables }, { contextValue: await contextOf({ req, res }) });
      if (response.body.kind !== 'single') throw new Error('a gateway route asked for an incremental answer');
      return response.body.singleResult;
    },
  };
  const server = await startGraphQLServer({
    apollo,
    listener,
    logger,
    readiness: [...subgraphUrls].map(([name, url]) => ({ name, check: (signal: AbortSignal) => checkReady(url, signal) })),
    // One subgraph down costs only its fields: the gateway stays ready (degraded) while any subgraph is.
    readyWhen: 'any',
    healthCheckTimeoutMs: options.health.checkTimeoutMs,
    beforeGraphQL: (app) => {
      if (options.ide) mountIde(app, { path: '/graphql' });
      for (const route of options.routes ?? []) {
        const handler = route.create(
          Peers.connect('gateway', route.peers, Object.fromEntries(subgraphUrls), options.internalSigningSecret, peerOptions),
          graph,
        );
        if (route.access === 'caller') app.get(route.path, guard, handler);
        else app.get(route.path, handler);
      }
    },
    guard,
    maxBodyBytes: options.limits.maxBodyBytes,
    observability: {
      service: 'gateway',
      metrics,
      tracing,
      metricsRoute: options.metrics && options.metrics.settings.port === undefined ? { token: options.metrics.settings.token } : undefined,
    },
    context: contextOf,
  });
  logger.info('gateway listening', { url: server.url });
  return {
    ...server,
    close: async (deadline) => {
      await server.close(deadline);
      await tracing?.shutdown();
    },
  };
}

/** How the gateway calls one subgraph: signed, with the request id, the caller's language and the trace. */
function subgraphDataSource(name: string, url: string, options: GatewayOptions, logger: Logger, tracing: Tracing | undefined) {
  return new SubgraphDataSource<GatewayContext>({
    url,
    subgraphName: name,
    signingSecret: options.internalSigningSecret,
    timeouts: options.timeouts,
    logger,
    willSendRequest: ({ request, context }) => {
      const headers = request.http!.headers;
      headers.set(REQUEST_ID_HEADER, context.requestId);
      // The call's span (see observedDataSource) goes on as `traceparent`; not signed, see docs/internal-signature.md.
      tracing?.inject((header, value) => headers.set(header, value));
      // Subgraphs word their refusals in the caller's language.
      if (context.acceptLanguage) headers.set('accept-language', context.acceptLanguage);
      // Health checks and schema loading have no caller; they are not sent with an identity.
      // The identity is signed with the final body, in the fetcher (see SubgraphDataSource).
      if (context.actor) headers.set(IDENTITY_HEADER, encodeIdentity(context.actor));
    },
  });
}

/** The subgraphs the supergraph names, each at its configured URL or the one it was composed with. */
function resolveSubgraphUrls(supergraphSdl: string, overrides: Partial<Record<SubgraphName, string>>): Map<string, string> {
  const urls = new Map<string, string>();
  for (const [, name, url] of supergraphSdl.matchAll(/@join__graph\(name: "([^"]+)", url: "([^"]+)"\)/g)) {
    urls.set(name, overrides[name as SubgraphName] ?? url);
  }
  return urls;
}

/** A subgraph that does not answer within the health check timeout counts as not ready (`signal` aborts then). */
async function checkReady(graphqlUrl: string, signal: AbortSignal): Promise<void> {
  const response = await fetch(new URL('/health/ready', graphqlUrl), { signal });
  if (!response.ok) throw new Error(`${graphqlUrl} is not ready (${response.status})`);
}
