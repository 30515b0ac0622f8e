/** `npm run start:gateway`: the gateway alone, in front of subgraphs running elsewhere (distributed mode). */
// Before anything else: type-graphql's and MikroORM's decorators read Reflect metadata as their modules load.
import 'reflect-metadata';
import { runMain } from './run-main';
import { startGateway } from '../gateway/gateway';
import { loadConfigOrExit } from '../platform/config/config';
import { createLogger } from '../platform/logging/logger';
import { resolveSecrets } from '../platform/auth/secrets';
import { gatewayRunOptions, stopOnSignal, withMetricsPort } from './stack';

async function main() {
  const config = loadConfigOrExit();
  const logger = createLogger(config.logLevel);
  const gateway = await withMetricsPort(await startGateway(gatewayRunOptions(config, resolveSecrets(config.auth), logger)), config, logger);
  stopOnSignal(gateway, config.shutdown, logger);
}

runMain(main);
