import path from 'node:path';
import { composeServices } from '@apollo/composition';
import { parse, printSchema } from 'graphql';
import { subgraphSdl } from '../platform/federation/subgraph';
import { SUBGRAPHS } from '../subgraphs';

export const SCHEMA_DIR = path.join(__dirname, '..', 'schema');
/** Every error reason a client can meet, generated with the schema. */
export const ERRORS_DOC = path.join(__dirname, '..', 'docs', 'errors.md');

export interface ComposedGraph {
  /** `schema/<name>.graphql` for each subgraph. */
  subgraphs: Array<{ name: string; sdl: string }>;
  /** `schema/supergraph.graphql`. */
  supergraph: string;
  /** `schema/api.graphql`: the schema clients see (the typed test documents are checked against it). */
  api: string;
}

/**
 * Composes the supergraph from the subgraphs' own SDL. Routing URLs are those of the distributed
 * defaults (localhost:4001…); deployments override them per subgraph (`SUBGRAPH_<NAME>_URL`).
 */
export async function composeGraph(): Promise<ComposedGraph> {
  const subgraphs = await Promise.all(SUBGRAPHS.map(async (s) => ({ name: s.name, port: s.port, sdl: await subgraphSdl(s) })));
  const result = composeServices(subgraphs.map(({ name, port, sdl }) => ({ name, typeDefs: parse(sdl), url: `http://localhost:${port}/graphql` })));
  if (result.errors) {
    throw new Error(`Composition failed:\n${result.errors.map((e) => `  ${e.message}`).join('\n')}`);
  }
  // What clients see: the supergraph without federation's own types and directives.
  const api = printSchema(result.schema.toAPISchema().toGraphQLJSSchema());
  return { subgraphs, supergraph: `${result.supergraphSdl.trim()}\n`, api: `${api.trim()}\n` };
}
