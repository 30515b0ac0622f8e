/** `npm run compose`: writes each subgraph's SDL and the composed supergraph to `schema/`. */
// Before anything else: type-graphql's and MikroORM's decorators read Reflect metadata as their modules load.
import 'reflect-metadata';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { composeGraph, ERRORS_DOC, SCHEMA_DIR } from '../gateway/composition';
import { reasonsMarkdown } from '../platform/errors/reasons-doc';

async function main() {
  const { subgraphs, supergraph, api } = await composeGraph();
  mkdirSync(SCHEMA_DIR, { recursive: true });
  for (const { name, sdl } of subgraphs) writeFileSync(path.join(SCHEMA_DIR, `${name}.graphql`), sdl);
  writeFileSync(path.join(SCHEMA_DIR, 'supergraph.graphql'), supergraph);
  writeFileSync(path.join(SCHEMA_DIR, 'api.graphql'), api);
  writeFileSync(ERRORS_DOC, reasonsMarkdown());
  console.log(`Wrote ${subgraphs.length} subgraph schemas, schema/supergraph.graphql, schema/api.graphql and docs/errors.md`);
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
