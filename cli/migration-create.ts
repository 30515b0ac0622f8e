/**
 * `npm run migration:create -- <subgraph> [name]`: diffs the subgraph's entities against a fresh
 * database with its existing migrations applied, writes the difference as a new migration in
 * `subgraphs/<subgraph>/migrations/`, and lists it in that folder's index.
 */
// Before anything else: type-graphql's and MikroORM's decorators read Reflect metadata as their modules load.
import 'reflect-metadata';
import { readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { createLogger } from '../platform/logging/logger';
import { connectDatabase, initORM, migrate } from '../platform/orm/orm';
import { SUBGRAPH_NAMES, subgraphNamed } from '../subgraphs';

async function main() {
  const [name, label] = process.argv.slice(2);
  const definition = subgraphNamed(name);
  if (!definition) {
    console.error(`usage: npm run migration:create -- <${SUBGRAPH_NAMES.join('|')}> [name]`);
    process.exit(64);
  }
  const folder = path.join(__dirname, '..', 'subgraphs', name, 'migrations');
  const database = await connectDatabase({ kind: 'pglite', dataDir: 'memory://' }, { acquireMs: 60_000, statementMs: 0 });
  const logger = createLogger('warn');
  await migrate(database, definition.storage, { logger });
  const orm = await initORM(database, definition.storage, { logger });
  try {
    const result = await orm.migrator.create(folder, false, false, label);
    if (!result.fileName) {
      console.log('No changes: the entities match the migrations.');
      return;
    }
    writeIndex(folder);
    console.log(`Wrote ${path.join(folder, result.fileName)}`);
  } finally {
    await orm.close();
    await database.close();
  }
}

function writeIndex(folder: string) {
  const files = readdirSync(folder)
    .filter((f) => /^Migration\d+.*\.ts$/.test(f))
    .map((f) => f.replace(/\.ts$/, ''))
    .sort();
  const imports = files.map((f) => `import { ${className(f)} } from './${f}';`).join('\n');
  const entries = files.map((f) => `  { name: '${f}', class: ${className(f)} },`).join('\n');
  writeFileSync(
    path.join(folder, 'index.ts'),
    `import type { MigrationObject } from '@mikro-orm/core';\n${imports}\n\n` +
      `/** Every migration of this subgraph, oldest first (\`npm run migration:create\` adds to it). */\n` +
      `export const migrations: MigrationObject[] = [\n${entries}\n];\n`,
  );
}

const className = (file: string) => file.replace(/[^A-Za-z0-9_]/g, '_');

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
