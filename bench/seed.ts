/**
 * `npm run seed -- --scale city|demo [--database-url postgres://…]`: fills an empty database with a
 * generated city (or the demo district) through the subgraphs' own schemas, after their migrations.
 * Without --database-url it uses DATABASE_URL, else the embedded PGlite that `npm start` opens.
 */
import 'reflect-metadata';
import { mkdirSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { runMain } from '../cli/run-main';
import { loadConfigOrExit } from '../platform/config/config';
import { resolveSecrets } from '../platform/auth/secrets';
import { createLogger } from '../platform/logging/logger';
import { connectDatabase } from '../platform/orm/orm';
import { DEFAULT_SEED, seedDatabase } from './seed/seed.runner';
import { SCALES, type Scale } from './seed/seed.types';

const USAGE = `usage: npm run seed -- --scale <${[...SCALES, 'demo'].join('|')}> [options]

  --scale city          4 districts, 60 streets, 400 communities, 4,000 grids, 5,000 units, 20,000 agreements,
                        3,000 meetings, 200,000 members, 30,000 wishes, 2,000,000 service records
  --scale demo          the demo district (清河区) that \`npm start\` loads
  --scale tiny          a few of everything (tests)
  --database-url URL    PostgreSQL to fill (default: DATABASE_URL, else embedded PGlite in PGLITE_DATA_DIR)
  --as-of YYYY-MM-DD    the day the city is generated as of (default: today in China)
  --seed N              another, equally shaped city (default ${DEFAULT_SEED})
  --reset               drop the subgraphs' schemas first (everything in them is lost)`;

async function main() {
  const { values } = parseArgs({
    options: {
      scale: { type: 'string' },
      'database-url': { type: 'string' },
      'as-of': { type: 'string' },
      seed: { type: 'string' },
      reset: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) return void console.log(USAGE);
  const scale = values.scale as Scale | 'demo' | undefined;
  if (!scale || ![...SCALES, 'demo'].includes(scale)) exit(`--scale is required: ${[...SCALES, 'demo'].join(', ')}`);
  if (values['as-of'] && !/^\d{4}-\d{2}-\d{2}$/.test(values['as-of'])) exit('--as-of must be a date, YYYY-MM-DD');
  const seed = values.seed === undefined ? DEFAULT_SEED : Number(values.seed);
  if (!Number.isInteger(seed) || seed < 0) exit('--seed must be a whole number');

  const config = loadConfigOrExit({ DATABASE_URL: values['database-url'], LOG_LEVEL: 'warn' });
  const where = config.database.kind === 'postgresql' ? redact(config.database.url) : `embedded PGlite in ${config.database.dataDir}`;
  if (config.database.kind === 'pglite' && !config.database.dataDir.startsWith('memory:')) mkdirSync(config.database.dataDir, { recursive: true });
  console.error(`seeding ${scale} into ${where}`);
  const database = await connectDatabase(config.database, config.databaseTimeouts);
  try {
    const report = await seedDatabase(database, {
      scale,
      asOf: values['as-of'],
      timeZone: config.timeZone,
      seed,
      reset: values.reset,
      logger: createLogger(config.logLevel),
      memberDataKey: resolveSecrets(config.auth).memberDataKey,
    });
    for (const t of report.tables) console.log(`  ${`${t.subgraph}.${t.table}`.padEnd(44)}${t.rows ? t.rows.toLocaleString('en').padStart(10) : ''}`);
    console.log(`${scale} seeded as of ${report.asOf} (seed ${report.seed}) in ${(report.ms / 1000).toFixed(1)} s`);
  } finally {
    await database.close();
  }
}

function exit(message: string): never {
  console.error(`${message}\n\n${USAGE}`);
  process.exit(64);
}

function redact(url: string): string {
  const parsed = new URL(url);
  if (parsed.password) parsed.password = '***';
  return parsed.toString();
}

runMain(main);
