/**
 * `npm run start:subgraph -- <name>` (or SUBGRAPH_NAME=<name>): one subgraph as its own process,
 * on PostgreSQL (DATABASE_URL) in distributed mode; any number of instances may run behind a router.
 */
// First: compiled code run with plain node needs the metadata polyfill before any decorator runs
// (type-graphql's, in modules the gateway imports); in development tools/register.cjs loads it.
import 'reflect-metadata';
import { DEFAULT_SUBGRAPH_PORTS, loadConfigOrExit, SUBGRAPH_NAMES, type SubgraphName } from '../platform/config/config';
import { startSubgraph } from '../platform/federation/subgraph';
import { createLogger } from '../platform/logging/logger';
import { connectDatabase } from '../platform/orm/orm';
import { subgraphNamed } from '../subgraphs';
import { resolveSecrets } from '../platform/auth/secrets';
import { stopOnSignal, subgraphRunOptions } from './stack';

async function main() {
  const config = loadConfigOrExit({ SUBGRAPH_NAME: process.argv[2] });
  const name = config.subgraphName;
  if (!name) {
    console.error(`usage: npm run start:subgraph -- <${SUBGRAPH_NAMES.join('|')}>  (or set SUBGRAPH_NAME)`);
    process.exit(64);
  }
  const logger = createLogger(config.logLevel);
  const database = await connectDatabase(config.database, config.databaseTimeouts);
  const subgraph = await startSubgraph(subgraphNamed(name as SubgraphName), {
    ...subgraphRunOptions(config, database, resolveSecrets(config.auth), logger),
    host: config.host,
    port: config.subgraphPort ?? DEFAULT_SUBGRAPH_PORTS[name],
    organisationsUrl: config.subgraphUrls.organisations ?? `http://localhost:${DEFAULT_SUBGRAPH_PORTS.organisations}/graphql`,
  });
  stopOnSignal(
    {
      stopBeingReady: subgraph.stopBeingReady,
      close: async (deadline) => {
        await subgraph.close(deadline);
        await database.close();
      },
    },
    config.shutdown,
    logger,
  );
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
