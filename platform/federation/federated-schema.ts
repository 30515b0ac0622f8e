import { buildSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLResolverMap } from '@apollo/subgraph';
import { printSchemaWithDirectives } from '@graphql-tools/utils';
import type { GraphQLSchema } from 'graphql';
import gql from 'graphql-tag';
import { buildSchema, createResolversMap, type NonEmptyArray } from 'type-graphql';
import { assertMutationsRequirePermissions } from '../auth/requires';
import type { RequestContext } from '../context/request-context';
import { DateTime } from '../graphql/scalars';

/** `__resolveReference` for each entity type a subgraph owns, keyed by type name. */
export type ReferenceResolvers = Record<string, (reference: { id: string }, ctx: RequestContext) => Promise<unknown>>;

export interface FederatedSchemaInput {
  resolvers: NonEmptyArray<Function>;
  orphanedTypes?: Function[];
  referenceResolvers: ReferenceResolvers;
}

const FEDERATION_LINK = `extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key", "@shareable", "@external", "@requires", "@provides", "@inaccessible"])`;

/**
 * Turns type-graphql resolvers into a Federation v2 subgraph schema: type-graphql builds the schema
 * (entities carry `@Directive('@key(fields: "id")')`), which is printed with its directives and
 * handed to `buildSubgraphSchema` with the reference resolvers added.
 */
export async function buildFederatedSchema(input: FederatedSchemaInput): Promise<GraphQLSchema> {
  const schema = await buildSchema({
    resolvers: input.resolvers,
    orphanedTypes: input.orphanedTypes,
    validate: false,
    skipCheck: true,
    scalarsMap: [{ type: Date, scalar: DateTime }],
  });
  assertMutationsRequirePermissions(schema);
  const resolvers = createResolversMap(schema) as GraphQLResolverMap<RequestContext>;
  for (const [typeName, resolveReference] of Object.entries(input.referenceResolvers)) {
    resolvers[typeName] = { ...(resolvers[typeName] as object), __resolveReference: resolveReference } as never;
  }
  const typeDefs = gql(`${FEDERATION_LINK}\n${printSchemaWithDirectives(schema)}`);
  return buildSubgraphSchema([{ typeDefs, resolvers }]);
}
