import { mkdirSync } from 'node:fs';
import { startGateway } from '../gateway/gateway';
import type { Config } from '../platform/config/config';
import { startSubgraph, type RunningSubgraph } from '../platform/federation/subgraph';
import type { RunningServer } from '../platform/http/graphql-server';
import { bindPort } from '../platform/http/listen';
import type { Logger } from '../platform/logging/logger';
import { connectDatabase, type DatabaseConnection } from '../platform/orm/orm';
import { SUBGRAPHS } from '../subgraphs';
import { actingOrganisationCheck } from '../subgraphs/organisations/public';
import { createTokenVerifier } from '../platform/auth/jwt';
import { resolveSecrets, type Secrets } from '../platform/auth/secrets';
import { Clock } from '../platform/time/clock';

export interface Stack {
  gateway: RunningServer;
  subgraphs: RunningSubgraph[];
  database: DatabaseConnection;
  close(): Promise<void>;
}

export interface StackOptions {
  logger: Logger;
  /** Sees every SQL statement of every subgraph (the tests count them). */
  observeSql?: (sql: string) => void;
  supergraphSdl?: string;
  /**
   * Test seam: where the subgraphs' clock takes the current instant from (the system time when
   * unset). Tests fix it to check date rules at a given moment, e.g. 07:59 in Beijing.
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
  const database = await connectDatabase(config.database).catch((error) => {
    listener.close();
    throw error;
  });
  const subgraphs: RunningSubgraph[] = [];
  try {
    for (const definition of SUBGRAPHS) {
      const subgraph = await startSubgraph(definition, {
        ...subgraphRunOptions(config, database, secrets, options.logger, options.now),
        host: '127.0.0.1',
        port: 0,
        observeSql: options.observeSql,
        // Subgraphs start in order, organisations first: the others ask it about the tree.
        peerUrls: Object.fromEntries(subgraphs.map((s) => [s.name, s.url])),
      });
      subgraphs.push(subgraph);
      const wantDemo = config.loadDemoData ?? config.database.kind === 'pglite';
      if (wantDemo && definition.loadDemoData && (await definition.isEmpty?.(subgraph.orm.em.fork()))) {
        await definition.loadDemoData(subgraph.orm.em.fork());
        options.logger.info('demo district loaded', { subgraph: definition.name });
      }
    }
    const gateway = await startGateway({
      ...gatewayRunOptions(config, secrets, options.logger),
      subgraphUrls: Object.fromEntries(subgraphs.map((s) => [s.name, s.url])),
      supergraphSdl: options.supergraphSdl,
      listener,
    });
    return {
      gateway,
      subgraphs,
      database,
      close: async () => {
        await gateway.close();
        await closeAll(subgraphs);
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

/** How every subgraph process is run, embedded or alone. */
export function subgraphRunOptions(config: Config, database: DatabaseConnection, secrets: Secrets, logger: Logger, now?: () => Date) {
  return {
    database,
    logger,
    settings: { maxPageSize: config.maxPageSize, clock: new Clock(config.timeZone, now) },
    internalSigningSecret: secrets.internalSigningSecret,
    maxBodyBytes: config.limits.maxBodyBytes,
    runMigrations: config.runMigrations,
    logSql: config.logSql,
  };
}

/** How the gateway is run, embedded or alone. */
export function gatewayRunOptions(config: Config, secrets: Secrets, logger: Logger) {
  if (secrets.usesDevelopmentSecrets) {
    logger.warn('using generated development secrets; configure AUTH_JWT_* and INTERNAL_SIGNING_SECRET in production', { file: config.auth.devSecretsFile });
  }
  return {
    host: config.host,
    port: config.gatewayPort,
    logger,
    subgraphUrls: config.subgraphUrls,
    timeouts: config.timeouts,
    ide: config.graphqlIde,
    introspection: config.introspection,
    limits: config.limits,
    verifyToken: createTokenVerifier(config.auth, secrets),
    callerCheck: actingOrganisationCheck,
    internalSigningSecret: secrets.internalSigningSecret,
  };
}

async function closeAll(subgraphs: RunningSubgraph[]) {
  for (const subgraph of subgraphs.reverse()) await subgraph.close();
}

/** Closes what was started when the process is asked to stop. */
export function closeOnSignal(close: () => Promise<void>, logger: Logger) {
  let closing = false;
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => {
      if (closing) return;
      closing = true;
      logger.info('shutting down', { signal });
      close().then(
        () => process.exit(0),
        (error) => {
          logger.error('shutdown failed', { error });
          process.exit(1);
        },
      );
    });
  }
}
