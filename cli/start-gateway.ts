/** `npm run start:gateway`: the gateway alone, in front of subgraphs running elsewhere (distributed mode). */
// First: compiled code run with plain node needs the metadata polyfill before any decorator runs
// (type-graphql's, in modules the gateway imports); in development tools/register.cjs loads it.
import 'reflect-metadata';
import { startGateway } from '../gateway/gateway';
import { loadConfigOrExit } from '../platform/config/config';
import { createLogger } from '../platform/logging/logger';
import { resolveSecrets } from '../platform/auth/secrets';
import { gatewayRunOptions, stopOnSignal } from './stack';

async function main() {
  const config = loadConfigOrExit();
  const logger = createLogger(config.logLevel);
  const gateway = await startGateway(gatewayRunOptions(config, resolveSecrets(config.auth), logger));
  stopOnSignal(gateway, config.shutdown, logger);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
