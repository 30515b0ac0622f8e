/**
 * `node dist/cli/migrate.js [name …]` (or `npm run migrate`): applies the pending migrations of the
 * named subgraphs (default: every subgraph of the list) and creates the shared nonce table, then
 * exits. The Kubernetes migration Job runs it before the Deployments roll, which then start with
 * RUN_MIGRATIONS=false; instances that do migrate on start take the same advisory lock, so either
 * way each schema migrates once.
 */
// Before anything else: type-graphql's and MikroORM's decorators read Reflect metadata as their modules load.
import 'reflect-metadata';
import { runMain } from './run-main';
import { openNonceStore } from '../platform/auth/nonce-store';
import { loadConfigOrExit } from '../platform/config/config';
import { createLogger } from '../platform/logging/logger';
import { connectDatabase, migrate } from '../platform/orm/orm';
import { SUBGRAPH_NAMES, SUBGRAPHS, subgraphNamed } from '../subgraphs';

async function main() {
  const config = loadConfigOrExit();
  const names = process.argv.slice(2);
  const unknown = names.filter((name) => !subgraphNamed(name));
  if (unknown.length > 0 || config.database.kind !== 'postgresql') {
    console.error(
      `usage: DATABASE_URL=postgres://… node dist/cli/migrate.js [${SUBGRAPH_NAMES.join('|')} …]${unknown.length ? `  (unknown: ${unknown.join(', ')})` : ''}`,
    );
    process.exit(64);
  }
  const logger = createLogger(config.logLevel);
  const database = await connectDatabase(config.database, config.databaseTimeouts);
  try {
    for (const definition of names.length ? names.map((name) => subgraphNamed(name)!) : SUBGRAPHS) {
      await migrate(database, definition.storage, { logger });
      logger.info('migrated', { subgraph: definition.name, schema: definition.storage.schema });
    }
    await (await openNonceStore(database, logger, true)).close();
  } finally {
    await database.close();
  }
}

runMain(main);
