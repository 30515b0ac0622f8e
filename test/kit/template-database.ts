import { startStack } from '../../cli/stack';
import { loadConfig } from '../../platform/config/config';
import { harnessSettings } from '../../platform/config/harness';
import { createLogger } from '../../platform/logging/logger';
import { createTestDatabase, ensureTemplateDatabase, type TestDatabase } from '../../platform/testing/test-database';

/**
 * The database of one test file's stack. On PostgreSQL within `npm test` it is a copy of this run's
 * template, already migrated (and holding the demo district when `demo`): copying takes a fraction
 * of a second where every subgraph's migrations plus the demo district took seconds per file. The
 * stack still runs its migrations on start, and finds nothing left to do.
 *
 * The template is built by starting the very stack the file would have started on an empty
 * database, so what a file sees is the same either way. Without the global setup (a single file
 * run through another Jest config, the benchmark) each file builds its own database as before.
 */
export async function stackDatabase(demo: boolean): Promise<TestDatabase> {
  const harness = harnessSettings();
  const prefix = harness.TEST_TEMPLATE_PREFIX;
  if (!harness.DATABASE_URL || !prefix) return createTestDatabase(harness.DATABASE_URL);
  const template = `${prefix}_${demo ? 'demo' : 'empty'}`;
  await ensureTemplateDatabase(harness.DATABASE_URL, template, (url) => buildTemplate(url, demo));
  return createTestDatabase(harness.DATABASE_URL, { template });
}

async function buildTemplate(url: string, demo: boolean): Promise<void> {
  const config = loadConfig({ GATEWAY_PORT: '0', LOG_LEVEL: 'silent', LOAD_DEMO_DATA: demo ? 'true' : 'false' });
  config.database = { kind: 'postgresql', url, poolMax: 5 };
  const stack = await startStack(config, { logger: createLogger(config.logLevel) });
  await stack.close();
}
