import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ApolloGateway, RemoteGraphQLDataSource } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import type { SubgraphName } from '../platform/config/config';
import { CLIENT_SAFE_CODES, maskUnlessSafe } from '../platform/errors/format-error';
import type { FetcherResponse } from '@apollo/utils.fetcher';
import { GraphQLError } from 'graphql';
import { startGraphQLServer, type RunningServer } from '../platform/http/graphql-server';
import { REQUEST_ID_HEADER, requestIdPlugin } from '../platform/http/request-id';
import type { Logger } from '../platform/logging/logger';
import { mountIde } from './ide/ide';
import { bearerGuard } from '../platform/auth/guards';
import type { Actor } from '../platform/auth/identity';
import { signIdentity } from '../platform/auth/internal-signature';
import type { TokenVerifier } from '../platform/auth/jwt';
import type { EdgeLimits, HealthSettings } from '../platform/config/config';
import { operationLimitRules } from '../platform/http/limits';
import { DEFAULT_PAGE_SIZE } from '../platform/pagination/connection';

export const SUPERGRAPH_PATH = path.join(__dirname, '..', 'schema', 'supergraph.graphql');

export interface GatewayContext {
  requestId: string;
  actor: Actor;
}

export interface GatewayOptions {
  host: string;
  port: number;
  logger: Logger;
  /** Where each subgraph is reached; a subgraph not named here keeps the URL in the supergraph. */
  subgraphUrls: Partial<Record<SubgraphName, string>>;
  ide: boolean;
  introspection: boolean;
  limits: EdgeLimits;
  health: HealthSettings;
  verifyToken: TokenVerifier;
  internalSigningSecret: string;
  supergraphSdl?: string;
}

/** The one endpoint clients use: the committed supergraph, served by Apollo Gateway. */
export async function startGateway(options: GatewayOptions): Promise<RunningServer> {
  const logger = options.logger.child({ component: 'gateway' });
  const supergraphSdl = options.supergraphSdl ?? readFileSync(SUPERGRAPH_PATH, 'utf8');
  const subgraphUrls = resolveSubgraphUrls(supergraphSdl, options.subgraphUrls);
  const gateway = new ApolloGateway({
    supergraphSdl,
    logger: { debug: () => {}, info: (m) => logger.info(String(m)), warn: (m) => logger.warn(String(m)), error: (m) => logger.error(String(m)) },
    buildService: ({ name, url }) =>
      new SubgraphDataSource({
        url: subgraphUrls.get(name) ?? url,
        willSendRequest: ({ request, context }) => {
          const headers = request.http!.headers;
          headers.set(REQUEST_ID_HEADER, context.requestId);
          // Health checks and schema loading have no caller; they are not sent with an identity.
          if (!context.actor) return;
          const signed = signIdentity(options.internalSigningSecret, context.actor, request.query ?? '');
          for (const [name, value] of Object.entries(signed)) headers.set(name, value);
        },
      }),
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
    formatError: (formatted) => maskUnlessSafe(formatted),
    plugins: [ApolloServerPluginLandingPageDisabled(), requestIdPlugin(logger)],
  });
  const server = await startGraphQLServer({
    apollo,
    host: options.host,
    port: options.port,
    logger,
    readiness: [...subgraphUrls].map(([name, url]) => ({ name, check: (signal: AbortSignal) => checkReady(url, signal) })),
    healthCheckTimeoutMs: options.health.checkTimeoutMs,
    beforeGraphQL: options.ide ? (app) => mountIde(app, { path: '/graphql' }) : undefined,
    guard: bearerGuard(options.verifyToken),
    maxBodyBytes: options.limits.maxBodyBytes,
    context: async ({ req, res }) => ({
      requestId: acceptableRequestId(req.header(REQUEST_ID_HEADER)) ?? randomUUID(),
      actor: res.locals.actor as Actor,
    }),
  });
  logger.info('gateway listening', { url: server.url });
  return server;
}

/**
 * A subgraph refuses a bad request with a non-2xx status and a GraphQL error body (a variable that is
 * not a valid LocalDate answers 400 BAD_USER_INPUT). Apollo's data source would turn that into an
 * opaque "400: Bad Request"; we pass the subgraph's own client-safe error on instead.
 */
class SubgraphDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  override async errorFromResponse(response: FetcherResponse): Promise<GraphQLError> {
    const body = (await this.parseBody(response)) as { errors?: Array<{ message: string; extensions?: { code?: unknown } }> } | string;
    const first = typeof body === 'object' ? body.errors?.[0] : undefined;
    const code = first?.extensions?.code;
    if (first && typeof code === 'string' && CLIENT_SAFE_CODES.has(code)) {
      return new GraphQLError(first.message, { extensions: { code } });
    }
    return super.errorFromResponse(response);
  }
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

/** A caller's own request id is kept when it is a plain token, so its logs and ours line up. */
function acceptableRequestId(value: string | undefined): string | undefined {
  return value && /^[A-Za-z0-9._-]{8,100}$/.test(value) ? value : undefined;
}
