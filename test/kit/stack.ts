import { after, before } from 'node:test';
import { startStack, type Stack } from '../../cli/stack';
import { loadConfig } from '../../platform/config/config';
import { createLogger } from '../../platform/logging/logger';
import type { EntityManager } from '../../platform/orm/orm';
import { createTestDatabase, type TestDatabase } from '../../platform/testing/test-database';
import { GraphQLClient } from './client';

export interface TestStackOptions {
  /** Load the demo district (清河区) before the tests run. */
  demo?: boolean;
  maxPageSize?: number;
}

export interface TestStack {
  /** A client of the gateway, over real HTTP. */
  gateway: GraphQLClient;
  stack: Stack;
  /** A fresh EntityManager of a subgraph, for factories and for checking what is stored. */
  em(subgraph: string): EntityManager;
  /** Counts the SQL statements all subgraphs run while `work` runs. */
  countSql<T>(work: () => Promise<T>): Promise<{ result: T; statements: number }>;
}

/**
 * Starts the whole hub (every subgraph and the gateway, over HTTP) on a fresh database for the
 * tests of one file, and stops it after them. On PostgreSQL when DATABASE_URL is set, else PGlite.
 */
export function useTestStack(options: TestStackOptions = {}): TestStack {
  let database: TestDatabase;
  let counting: { statements: number } | undefined;
  const handle = {} as TestStack;
  before(async () => {
    database = await createTestDatabase(process.env.DATABASE_URL);
    const config = loadConfig({
      GATEWAY_PORT: '0',
      LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
      LOAD_DEMO_DATA: options.demo ? 'true' : 'false',
      MAX_PAGE_SIZE: String(options.maxPageSize ?? 100),
    });
    config.database = database.settings;
    const stack = await startStack(config, {
      logger: createLogger(config.logLevel),
      observeSql: () => {
        if (counting) counting.statements += 1;
      },
    });
    handle.stack = stack;
    handle.gateway = new GraphQLClient(stack.gateway.url);
    handle.em = (name) => stack.subgraphs.find((s) => s.name === name)!.orm.em.fork();
    handle.countSql = async (work) => {
      counting = { statements: 0 };
      try {
        const result = await work();
        return { result, statements: counting.statements };
      } finally {
        counting = undefined;
      }
    };
  });
  after(async () => {
    await handle.stack?.close();
    await database?.drop();
  });
  return handle;
}
