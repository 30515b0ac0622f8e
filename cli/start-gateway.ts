/** `npm run start:gateway`: the gateway alone, in front of subgraphs running elsewhere (distributed mode). */
import { startGateway } from '../gateway/gateway';
import { loadConfigOrExit } from '../platform/config/config';
import { createLogger } from '../platform/logging/logger';
import { closeOnSignal } from './stack';

async function main() {
  const config = loadConfigOrExit();
  const logger = createLogger(config.logLevel);
  const gateway = await startGateway({
    host: config.host,
    port: config.gatewayPort,
    logger,
    subgraphUrls: config.subgraphUrls,
    ide: config.graphqlIde,
    introspection: config.introspection,
  });
  closeOnSignal(gateway.close, logger);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
