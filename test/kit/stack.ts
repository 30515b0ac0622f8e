import { afterAll, beforeAll } from '@jest/globals';
import { startStack, type Stack } from '../../cli/stack';
import { randomBytes } from 'node:crypto';
import { Role, type Actor } from '../../platform/auth/identity';
import { encodeIdentity, signRequest } from '../../platform/auth/internal-signature';
import { mintToken } from '../../platform/auth/jwt';
import { resolveSecrets } from '../../platform/auth/secrets';
import { loadConfig, type Config, type SubgraphName } from '../../platform/config/config';
import { harnessSettings } from '../../platform/config/harness';
import { createLogger, type Logger } from '../../platform/logging/logger';
import type { EntityManager } from '../../platform/orm/orm';
import { createTestDatabase, type TestDatabase } from '../../platform/testing/test-database';
import { GraphQLClient } from './client';
import { stackDatabase } from './template-database';
import { TcpRelay } from './tcp-relay';

export interface TestStackOptions {
  /** Load the demo district (清河区) before the tests run. */
  demo?: boolean;
  maxPageSize?: number;
  /** More configuration variables for this file's stack (timeouts, limits). */
  env?: Record<string, string>;
  /**
   * On PostgreSQL, reach the database through a TCP relay the test can stall, as a hung database
   * or network would (`proxy.stall()`); without PostgreSQL there is no relay.
   */
  throughRelay?: boolean;
  /**
   * The instant the subgraphs' clock reads instead of the system time (the one test seam for the
   * clock, see `StackOptions.now`): for checking what a date rule does at a given moment.
   */
  now?: () => Date;
  /** Where the stack logs (a `recordingLogger` for tests of the logs); silent unless TEST_LOG_LEVEL says otherwise. */
  logger?: Logger;
}

export interface TestStack {
  /** A client of the gateway over real HTTP, signed in as the hub's operator (PLATFORM_ADMIN). */
  gateway: GraphQLClient;
  /** A client of the gateway signed in as `actor`. */
  as(actor: Actor): Promise<GraphQLClient>;
  /** A bearer token for `actor`, from this stack's configuration. */
  tokenFor(actor: Actor, ttlSeconds?: number): Promise<string>;
  /**
   * The signature headers for sending exactly `body` to `subgraph` directly, as the gateway does.
   * Each call signs anew with a fresh nonce: a subgraph accepts each signed request once.
   */
  signedHeaders(actor: Actor, body: string, subgraph?: SubgraphName): Record<string, string>;
  config: Config;
  stack: Stack;
  /** The relay in front of PostgreSQL, when `throughRelay` was asked for on PostgreSQL. */
  relay?: TcpRelay;
  /** The test database's URL on PostgreSQL (direct, not through the relay). */
  databaseUrl?: string;
  /** A fresh EntityManager of a subgraph, for factories and for checking what is stored. */
  em(subgraph: string): EntityManager;
  /** Counts the SQL statements all subgraphs run while `work` runs. */
  countSql<T>(work: () => Promise<T>): Promise<{ result: T; statements: number; log: string[] }>;
}

/**
 * Starts the whole hub (every subgraph and the gateway, over HTTP) on a fresh database for the
 * tests of one file, and stops it after them. On PostgreSQL when DATABASE_URL is set, else PGlite.
 */
export function useTestStack(options: TestStackOptions = {}): TestStack {
  let database: TestDatabase;
  let counting: { statements: number; log: string[] } | undefined;
  const handle = {} as TestStack;
  beforeAll(async () => {
    const harness = harnessSettings();
    // A file that sets its own configuration may change what migrations or the demo district write.
    database = options.env ? await createTestDatabase(harness.DATABASE_URL) : await stackDatabase(options.demo ?? false);
    const config = loadConfig({
      GATEWAY_PORT: '0',
      AUTH_JWT_SECRET: randomBytes(32).toString('base64url'),
      INTERNAL_SIGNING_SECRET: randomBytes(32).toString('base64url'),
      LOG_LEVEL: harness.TEST_LOG_LEVEL,
      LOAD_DEMO_DATA: options.demo ? 'true' : 'false',
      MAX_PAGE_SIZE: String(options.maxPageSize ?? 100),
      ...options.env,
    });
    config.database = database.settings;
    if (database.settings.kind === 'postgresql') {
      handle.databaseUrl = database.settings.url;
      if (options.throughRelay) {
        handle.relay = await TcpRelay.start(new URL(database.settings.url));
        config.database = { ...database.settings, url: handle.relay.url(database.settings.url) };
      }
    }
    const stack = await startStack(config, {
      logger: options.logger ?? createLogger(config.logLevel),
      now: options.now,
      observeSql: (sql) => {
        if (!counting) return;
        counting.statements += 1;
        counting.log.push(sql);
      },
    });
    const secrets = resolveSecrets(config.auth);
    handle.stack = stack;
    handle.config = config;
    handle.tokenFor = (actor, ttl) => mintToken(config.auth, secrets, actor, ttl);
    handle.as = async (actor) => new GraphQLClient(stack.gateway.url, await handle.tokenFor(actor));
    handle.signedHeaders = (actor, body, subgraph = 'organisations') =>
      signRequest(secrets.internalSigningSecret, { subgraph, identity: encodeIdentity(actor), body });
    handle.gateway = await handle.as({ role: Role.PLATFORM_ADMIN, subject: 'test-operator' });
    handle.em = (name) => stack.subgraphs.find((s) => s.name === name)!.orm.em.fork();
    handle.countSql = async (work) => {
      counting = { statements: 0, log: [] };
      try {
        const result = await work();
        return { result, statements: counting.statements, log: counting.log };
      } finally {
        counting = undefined;
      }
    };
  });
  afterAll(async () => {
    await handle.stack?.close();
    await handle.relay?.close();
    await database?.drop();
  });
  return handle;
}
