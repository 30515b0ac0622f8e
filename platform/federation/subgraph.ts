import type http from 'node:http';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { printSubgraphSchema } from '@apollo/subgraph';
import type { MikroORM, EntityManager } from '@mikro-orm/sql';
import type { GraphQLSchema } from 'graphql';
import type { HealthSettings, MetricsSettings, SubgraphName, TracingSettings } from '../config/config';
import type { TreeLookup } from '../auth/access';
import type { GatewayRoute } from '../http/gateway-route';
import { RequestContext, type RequestScopedClass, type RequestSettings } from '../context/request-context';
import { formatError } from '../errors/format-error';
import { startGraphQLServer, type RunningServer } from '../http/graphql-server';
import { requestIdPlugin } from '../http/request-id';
import { inputTextGuard } from '../validation/input-guard';
import { bindPort } from '../http/listen';
import { noVendorReporting } from '../http/offline';
import { gatewaySignatureGuard } from '../auth/guards';
import { Role } from '../auth/identity';
import { encodeIdentity, signRequest } from '../auth/internal-signature';
import { openNonceStore, type NonceStore } from '../auth/nonce-store';
import type { Logger } from '../logging/logger';
import { initORM, migrate, type DatabaseConnection, type SubgraphStorage } from '../orm/orm';
import type { ConnectionWatch } from '../orm/connection-watch';
import { HubMetrics } from '../metrics/metrics';
import { Tracing } from '../tracing/tracing';
import { buildFederatedSchema, type FederatedSchemaInput } from './federated-schema';
import { Peers } from './peers';

/** The configured secrets demo data is written with (personal data is stored encrypted). */
export interface DemoSecrets {
  memberDataKey: string;
}

/** All a subgraph folder exports: the one shape that the runner, the composer and the tests know. */
export interface SubgraphDefinition extends FederatedSchemaInput {
  name: SubgraphName;
  /** Its port when it runs as its own process (`start:subgraph`), and in the composed supergraph's URL. */
  port: number;
  storage: SubgraphStorage;
  /** How this subgraph finds where an organisation sits, for access checks. */
  treeLookup: RequestScopedClass<TreeLookup>;
  /** The other subgraphs it asks directly (signed like the gateway), e.g. `['organisations']`. */
  peers?: readonly SubgraphName[];
  /** Loads the demo district into an empty database (embedded `npm start`). */
  loadDemoData?(em: EntityManager, secrets: DemoSecrets): Promise<void>;
  /** Whether this subgraph's tables hold any data yet (demo data goes only into an empty database). */
  isEmpty?(em: EntityManager): Promise<boolean>;
  /** Plain GET routes the gateway serves for this subgraph's data (a calendar feed), each with its own credential. */
  gatewayRoutes?: readonly GatewayRoute[];
}

const schemas = new WeakMap<SubgraphDefinition, Promise<GraphQLSchema>>();

/** The subgraph's executable schema, built once per process. */
export function subgraphSchema(definition: SubgraphDefinition): Promise<GraphQLSchema> {
  let schema = schemas.get(definition);
  if (!schema) schemas.set(definition, (schema = buildFederatedSchema(definition)));
  return schema;
}

/** The SDL the subgraph publishes for composition (what `schema/<name>.graphql` holds). */
export async function subgraphSdl(definition: SubgraphDefinition): Promise<string> {
  return `${printSubgraphSchema(await subgraphSchema(definition)).trim()}\n`;
}

export interface SubgraphRunOptions {
  database: DatabaseConnection;
  host: string;
  port: number;
  /** The port already bound (`bindPort`), when the caller had slow work to do first (opening PGlite). */
  listener?: http.Server;
  logger: Logger;
  settings: Omit<RequestSettings, 'treeLookup' | 'peers'>;
  /** Where the other subgraphs answer: those the definition names as its peers must be here. */
  peerUrls?: Partial<Record<SubgraphName, string>>;
  /** Verifies the gateway's signature on every request, and signs requests to peers. */
  internalSigningSecret: string;
  maxBodyBytes: number;
  health: HealthSettings;
  runMigrations: boolean;
  logSql?: boolean;
  observeSql?: (sql: string) => void;
  /** The process's metrics, and whether /metrics is served on this subgraph's port; none when absent. */
  metrics?: { registry: HubMetrics; settings: MetricsSettings };
  /** Traces of this subgraph's requests; off when absent. */
  tracing?: TracingSettings;
  /** Longest wait for one call to a peer subgraph (PEER_TIMEOUT_MS); 5 s when absent. */
  peerTimeoutMs?: number;
}

export interface RunningSubgraph extends RunningServer {
  name: SubgraphName;
  orm: MikroORM;
}

export async function startSubgraph(definition: SubgraphDefinition, options: SubgraphRunOptions): Promise<RunningSubgraph> {
  const logger = options.logger.child({ subgraph: definition.name });
  const listener = options.listener ?? (await bindPort({ host: options.host, port: options.port, portVariable: 'SUBGRAPH_PORT' }));
  const connections = options.database.watchConnections();
  const orm = await (async () => {
    if (options.runMigrations) await migrate(options.database, definition.storage, { logger });
    return initORM(options.database, definition.storage, { logger, logSql: options.logSql, observeSql: options.observeSql, connections });
  })().catch((error) => {
    listener.close();
    throw error;
  });
  const nonces = await openNonceStore(options.database, logger, options.runMigrations);
  const metrics = options.metrics?.registry ?? new HubMetrics({ enabled: false, maxOperations: 0 });
  // Embedded subgraphs share one PGlite connection: one pool, `pglite`; on PostgreSQL each has its own.
  metrics.watchPool(options.database.settings.kind === 'pglite' ? 'pglite' : definition.name, connections);
  // The nonce store's own small pool (`hub:nonces`) takes connections from the same server.
  if (nonces.connections) metrics.watchPool(`${definition.name}:nonces`, nonces.connections);
  const tracing = options.tracing ? Tracing.start(definition.name, options.tracing, { global: false }) : undefined;
  const clock = options.settings.clock;
  const peers = Peers.connect(`subgraph:${definition.name}`, definition.peers ?? [], options.peerUrls ?? {}, options.internalSigningSecret, {
    timeoutMs: options.peerTimeoutMs,
    tracing,
    now: () => clock.now().getTime(),
  });
  const settings: RequestSettings = { ...options.settings, treeLookup: definition.treeLookup, peers };
  const apollo = new ApolloServer<RequestContext>({
    schema: await subgraphSchema(definition),
    formatError,
    introspection: true,
    // Our own signal handler closes the HTTP server, Apollo and the database in order.
    stopOnTerminationSignals: false,
    // No cache hints are given or read: Apollo's cache-control plugin would otherwise wrap every field's resolver.
    plugins: [
      ApolloServerPluginInlineTraceDisabled(),
      ApolloServerPluginCacheControlDisabled(),
      ...noVendorReporting(),
      requestIdPlugin(logger),
      inputTextGuard(),
    ],
  });
  const server = await startGraphQLServer({
    apollo,
    listener,
    logger,
    readiness: [{ name: 'database', check: async () => void (await orm.em.fork().execute('select 1')) }],
    liveness: [{ name: 'database connections', problem: () => stalled(connections, options.health.databaseStallMs) }],
    healthCheckTimeoutMs: options.health.checkTimeoutMs,
    guard: gatewaySignatureGuard({ secret: options.internalSigningSecret, subgraph: definition.name, nonces }),
    maxBodyBytes: options.maxBodyBytes,
    warmUp: (url) =>
      warmUp({
        url,
        definition,
        orm,
        nonces,
        peers,
        poolSize: options.database.settings.kind === 'postgresql' ? options.database.settings.poolMax : 1,
        signingSecret: options.internalSigningSecret,
      }),
    observability: {
      service: definition.name,
      metrics,
      tracing,
      metricsRoute: options.metrics && options.metrics.settings.port === undefined ? { token: options.metrics.settings.token } : undefined,
    },
    // `useContext`: inside `em.transactional`, the request's own EntityManager (and so its
    // DataLoaders) reads through the open transaction instead of waiting for another connection,
    // which on the single-connection embedded database would never come.
    context: async ({ res }) => new RequestContext(orm.em.fork({ useContext: true }), logger, settings, res.locals.scope),
  });
  logger.info('subgraph listening', { url: server.url });
  return {
    ...server,
    name: definition.name,
    orm,
    close: async (deadline) => {
      await server.close(deadline);
      await nonces.close();
      await orm.close();
      await tracing?.shutdown();
    },
  };
}

/** Connections opened before the first request: enough for a burst, not the whole pool of an idle instance. */
const WARM_CONNECTIONS = 3;

/**
 * What a new instance does before it reports ready, so that its first requests in a rolling restart
 * are served as fast as later ones: it opens some database connections, a connection to each peer,
 * and sends itself one signed request through the whole path a request takes (signature and nonce
 * store, Apollo, the access log), compiling that code now rather than within a caller's timeout.
 */
async function warmUp(target: {
  url: string;
  definition: SubgraphDefinition;
  orm: MikroORM;
  nonces: NonceStore;
  peers: Peers;
  poolSize: number;
  signingSecret: string;
}) {
  const { url, definition, orm, nonces, peers, poolSize, signingSecret } = target;
  await Promise.all([
    ...Array.from({ length: Math.min(poolSize, WARM_CONNECTIONS) }, () => orm.em.fork().execute('select 1')),
    nonces.warmUp(),
    peers.warmUp(),
  ]);
  const body = JSON.stringify({ query: '{ __typename }' });
  const identity = encodeIdentity({ role: Role.PLATFORM_ADMIN, subject: `subgraph:${definition.name}:warm-up` });
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...signRequest(signingSecret, { subgraph: definition.name, identity, body }) },
    body,
    signal: AbortSignal.timeout(10_000),
  });
  await response.arrayBuffer();
  if (!response.ok) throw new Error(`the warm-up request answered ${response.status}`);
}

/**
 * A subgraph whose connections are all held and none has come back for `limitMs` while requests
 * wait cannot serve until restarted (statements and idle transactions time out well before that).
 */
function stalled(connections: ConnectionWatch, limitMs: number): string | undefined {
  const stalledMs = connections.stalledForMs();
  if (stalledMs <= limitMs) return undefined;
  return `all ${connections.capacity} database connections have been in use for ${Math.round(stalledMs / 1000)} s while requests waited`;
}
