import { mkdirSync } from 'node:fs';
import { startGateway } from '../gateway/gateway';
import type { Config, ShutdownSettings } from '../platform/config/config';
import { startSubgraph, type RunningSubgraph } from '../platform/federation/subgraph';
import type { RunningServer } from '../platform/http/graphql-server';
import { bindPort } from '../platform/http/listen';
import type { Logger } from '../platform/logging/logger';
import { connectDatabase, type DatabaseConnection } from '../platform/orm/orm';
import { inStartOrder, SUBGRAPHS } from '../subgraphs';
import { actingOrganisationCheck } from '../subgraphs/organisations/public';
import { createTokenVerifier } from '../platform/auth/jwt';
import { resolveSecrets, type Secrets } from '../platform/auth/secrets';
import { Clock } from '../platform/time/clock';
import { HubMetrics } from '../platform/metrics/metrics';
import { startMetricsServer } from '../platform/metrics/endpoint';

/** What a process serves and how it stops (see `stopOnSignal`). */
export interface Stoppable {
  /** /health/ready answers 503 from now on; requests are still served. */
  stopBeingReady(): void;
  /** Stops accepting, lets requests in flight finish until `deadline` aborts (without one: cuts them), closes the database. */
  close(deadline?: AbortSignal): Promise<void>;
}

export interface Stack extends Stoppable {
  gateway: RunningServer;
  subgraphs: RunningSubgraph[];
  database: DatabaseConnection;
}

export interface StackOptions {
  logger: Logger;
  /** Sees every SQL statement of every subgraph (the tests count them). */
  observeSql?: (sql: string) => void;
  supergraphSdl?: string;
  /**
   * Test seam: where the subgraphs' clock takes the current instant from (the system time when
   * unset), and what their and the gateway's caches of organisations expire by. Tests fix it to
   * check date rules at a given moment, e.g. 07:59 in Beijing, or hold it while counting statements.
   */
  now?: () => Date;
}

/**
 * Embedded mode: every subgraph in this process on its own loopback port, one shared database
 * (PGlite unless DATABASE_URL is set), and the gateway in front over real HTTP.
 */
export async function startStack(config: Config, options: StackOptions): Promise<Stack> {
  if (config.database.kind === 'pglite' && !config.database.dataDir.startsWith('memory:')) {
    mkdirSync(config.database.dataDir, { recursive: true });
  }
  const secrets = resolveSecrets(config.auth);
  // The gateway's port first: one in use fails now, not after migrations and the demo district.
  const listener = await bindPort({ host: config.host, port: config.gatewayPort, portVariable: 'GATEWAY_PORT' });
  const database = await connectDatabase(config.database, config.databaseTimeouts).catch((error) => {
    listener.close();
    throw error;
  });
  const subgraphs: RunningSubgraph[] = [];
  try {
    for (const definition of inStartOrder()) {
      const subgraph = await startSubgraph(definition, {
        ...subgraphRunOptions(config, database, secrets, options.logger, options.now),
        host: '127.0.0.1',
        port: 0,
        observeSql: options.observeSql,
        // Each starts after the peers it asks (organisations first).
        peerUrls: Object.fromEntries(subgraphs.map((s) => [s.name, s.url])),
      });
      subgraphs.push(subgraph);
      const wantDemo = config.loadDemoData ?? config.database.kind === 'pglite';
      if (wantDemo && definition.loadDemoData && (await definition.isEmpty?.(subgraph.orm.em.fork()))) {
        await definition.loadDemoData(subgraph.orm.em.fork(), { memberDataKey: secrets.memberDataKey });
        options.logger.info('demo district loaded', { subgraph: definition.name });
      }
    }
    const gateway = await startGateway({
      ...gatewayRunOptions(config, secrets, options.logger),
      subgraphUrls: Object.fromEntries(subgraphs.map((s) => [s.name, s.url])),
      supergraphSdl: options.supergraphSdl,
      listener,
      now: options.now,
    });
    return {
      gateway,
      subgraphs,
      database,
      stopBeingReady: () => {
        for (const server of [gateway, ...subgraphs]) server.stopBeingReady();
      },
      // The gateway first: its requests in flight still need the subgraphs, which drain after it.
      close: async (deadline) => {
        await gateway.close(deadline);
        await closeAll(subgraphs, deadline);
        await database.close();
      },
    };
  } catch (error) {
    listener.close();
    await closeAll(subgraphs);
    await database.close();
    throw error;
  }
}

/**
 * `/metrics` on a port of its own when METRICS_PORT is set (else each server answers it on its own
 * port): started with the process, closed after everything else.
 */
export async function withMetricsPort<T extends Stoppable>(target: T, config: Config, logger: Logger): Promise<T> {
  const { enabled, port, host, token } = config.metrics;
  if (!enabled || port === undefined) return target;
  const server = await startMetricsServer(HubMetrics.forProcess(config.metrics), { host, port, token, logger });
  return {
    ...target,
    close: async (deadline?: AbortSignal) => {
      await target.close(deadline);
      await server.close();
    },
  };
}

/** How every subgraph process is run, embedded or alone. */
export function subgraphRunOptions(config: Config, database: DatabaseConnection, secrets: Secrets, logger: Logger, now?: () => Date) {
  return {
    database,
    logger,
    settings: { maxPageSize: config.maxPageSize, clock: new Clock(config.timeZone, now), memberDataKey: secrets.memberDataKey },
    internalSigningSecret: secrets.internalSigningSecret,
    maxBodyBytes: config.limits.maxBodyBytes,
    health: config.health,
    runMigrations: config.runMigrations,
    logSql: config.logSql,
    metrics: { registry: HubMetrics.forProcess(config.metrics), settings: config.metrics },
    tracing: config.tracing,
    peerTimeoutMs: config.peerTimeoutMs,
  };
}

/** How the gateway is run, embedded or alone. */
export function gatewayRunOptions(config: Config, secrets: Secrets, logger: Logger) {
  if (secrets.usesDevelopmentSecrets) {
    logger.warn('using generated development secrets; configure AUTH_JWT_*, INTERNAL_SIGNING_SECRET and MEMBER_DATA_KEY in production', {
      file: config.auth.devSecretsFile,
    });
  }
  return {
    host: config.host,
    port: config.gatewayPort,
    logger,
    subgraphUrls: config.subgraphUrls,
    timeouts: config.timeouts,
    peerTimeoutMs: config.peerTimeoutMs,
    ide: config.graphqlIde,
    introspection: config.introspection,
    limits: config.limits,
    health: config.health,
    verifyToken: createTokenVerifier(config.auth, secrets),
    callerCheck: actingOrganisationCheck,
    internalSigningSecret: secrets.internalSigningSecret,
    routes: SUBGRAPHS.flatMap((s) => s.gatewayRoutes ?? []),
    metrics: { registry: HubMetrics.forProcess(config.metrics), settings: config.metrics },
    tracing: config.tracing,
  };
}

async function closeAll(subgraphs: RunningSubgraph[], deadline?: AbortSignal) {
  for (const subgraph of [...subgraphs].reverse()) await subgraph.close(deadline);
}

/** Beyond the drain, how long closing the databases may take before the process gives up on it. */
const CLOSE_GRACE_MS = 10_000;

/**
 * Stops the process gracefully on SIGTERM or SIGINT: readiness answers 503 at once; after
 * `delayMs` (time for load balancers to notice) the listeners close, requests in flight get up to
 * `drainTimeoutMs` to finish, keep-alive connections close once idle, then the databases close and
 * the process exits 0. Further signals (npm and the terminal both forward Ctrl+C) change nothing.
 */
export function stopOnSignal(target: Stoppable, settings: ShutdownSettings, logger: Logger) {
  let stopping = false;
  const stop = async (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    logger.info('shutting down', { signal, delayMs: settings.delayMs, drainTimeoutMs: settings.drainTimeoutMs });
    target.stopBeingReady();
    // Closing the database waits for statements still running for requests cut at the deadline.
    setTimeout(
      () => {
        logger.error('shutdown did not finish in time; exiting');
        process.exit(1);
      },
      settings.delayMs + settings.drainTimeoutMs + CLOSE_GRACE_MS,
    ).unref();
    try {
      await new Promise((resolve) => setTimeout(resolve, settings.delayMs));
      await target.close(AbortSignal.timeout(settings.drainTimeoutMs));
      logger.info('stopped');
      process.exit(0);
    } catch (error) {
      logger.error('shutdown failed', { error });
      process.exit(1);
    }
  };
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => void stop(signal));
}
