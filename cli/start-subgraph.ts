/**
 * `npm run start:subgraph -- <name>` (or SUBGRAPH_NAME=<name>): one subgraph as its own process,
 * on PostgreSQL (DATABASE_URL) in distributed mode; any number of instances may run behind a router.
 */
// Before anything else: type-graphql's and MikroORM's decorators read Reflect metadata as their modules load.
import 'reflect-metadata';
import { runMain } from './run-main';
import { loadConfigOrExit } from '../platform/config/config';
import { startSubgraph } from '../platform/federation/subgraph';
import { createLogger } from '../platform/logging/logger';
import { connectDatabase } from '../platform/orm/orm';
import { bindPort } from '../platform/http/listen';
import { SUBGRAPH_NAMES, SUBGRAPHS, subgraphNamed } from '../subgraphs';
import { resolveSecrets } from '../platform/auth/secrets';
import { stopOnSignal, subgraphRunOptions, withMetricsPort } from './stack';

async function main() {
  const config = loadConfigOrExit({ SUBGRAPH_NAME: process.argv[2] });
  const definition = config.subgraphName ? subgraphNamed(config.subgraphName) : undefined;
  if (!definition) {
    console.error(`usage: npm run start:subgraph -- <${SUBGRAPH_NAMES.join('|')}>  (or set SUBGRAPH_NAME)`);
    process.exit(64);
  }
  const logger = createLogger(config.logLevel);
  const host = config.host;
  const port = config.subgraphPort ?? definition.port;
  // The port first: one in use fails now, not after opening the database and migrating.
  const listener = await bindPort({ host, port, portVariable: 'SUBGRAPH_PORT' });
  const database = await connectDatabase(config.database, config.databaseTimeouts);
  const subgraph = await startSubgraph(definition, {
    ...subgraphRunOptions(config, database, resolveSecrets(config.auth), logger),
    host,
    port,
    listener,
    // Peers not configured are looked for where `start:subgraph` puts them by default.
    peerUrls: Object.fromEntries(SUBGRAPHS.map((peer) => [peer.name, config.subgraphUrls[peer.name] ?? `http://localhost:${peer.port}/graphql`])),
  });
  const running = await withMetricsPort(
    {
      stopBeingReady: subgraph.stopBeingReady,
      close: async (deadline?: AbortSignal) => {
        await subgraph.close(deadline);
        await database.close();
      },
    },
    config,
    logger,
  );
  stopOnSignal(running, config.shutdown, logger);
}

runMain(main);
