/** `npm start`: the whole hub in one process (embedded mode). */
// Before anything else: type-graphql's and MikroORM's decorators read Reflect metadata as their modules load.
import 'reflect-metadata';
import { runMain } from './run-main';
import { loadConfigOrExit } from '../platform/config/config';
import { createLogger } from '../platform/logging/logger';
import { startStack, stopOnSignal, withMetricsPort } from './stack';

async function main() {
  const config = loadConfigOrExit();
  const logger = createLogger(config.logLevel);
  const stack = await withMetricsPort(await startStack(config, { logger }), config, logger);
  stopOnSignal(stack, config.shutdown, logger);
  const where = config.database.kind === 'pglite' ? `embedded PGlite in ${config.database.dataDir}` : 'PostgreSQL (DATABASE_URL)';
  console.log(
    [
      '',
      `  党建引领基层治理联邦图 is running on ${where}.`,
      '',
      `  GraphQL endpoint and IDE:  ${stack.gateway.url}`,
      '',
      '  Every request needs a bearer token. Get one for any role of the demo district:',
      '    npm run -s token -- --role DISTRICT_ADMIN | tail -1',
      '    (roles: PLATFORM_ADMIN DISTRICT_ADMIN COMMUNITY_STAFF PARTNER_UNIT PARTY_MEMBER ANALYST;',
      '     --org <organisation id> acts for another organisation)',
      '  and put it in the IDE\'s Headers tab:  { "Authorization": "Bearer <token>" }',
      '',
      `  Try:  { organisationByCode(code: "QH") { name children { edges { node { name } } } } }`,
      '',
      '  Stop with Ctrl+C.',
      '',
    ].join('\n'),
  );
}

runMain(main);
