import { buildSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLResolverMap } from '@apollo/subgraph';
import { printSchemaWithDirectives } from '@graphql-tools/utils';
import type { GraphQLSchema } from 'graphql';
import gql from 'graphql-tag';
import { buildSchemaSync, createResolversMap, getMetadataStorage, type NonEmptyArray } from 'type-graphql';
import { assertMutationsRequirePermissions } from '../auth/requires';
import type { RequestContext } from '../context/request-context';
import { DateTime } from '../graphql/scalars';

/**
 * What the router hands `__resolveReference`: the entity's key fields as strings. Most entities are
 * keyed by `id`; an entity with a compound key (`@key(fields: "agreementId projectId")`) has those.
 */
export type EntityRepresentation = { id: string } & Record<string, string>;

/** `__resolveReference` for each entity type a subgraph owns, keyed by type name. */
export type ReferenceResolvers = Record<string, (reference: EntityRepresentation, ctx: RequestContext) => Promise<unknown>>;

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
  const schema = withPristineTypes(() =>
    buildSchemaSync({
      resolvers: input.resolvers,
      orphanedTypes: input.orphanedTypes,
      validate: false,
      skipCheck: true,
      scalarsMap: [{ type: Date, scalar: DateTime }],
    }),
  );
  assertMutationsRequirePermissions(schema);
  const resolvers = createResolversMap(schema) as GraphQLResolverMap<RequestContext>;
  for (const [typeName, resolveReference] of Object.entries(input.referenceResolvers)) {
    resolvers[typeName] = { ...(resolvers[typeName] as object), __resolveReference: resolveReference } as never;
  }
  const typeDefs = gql(`${FEDERATION_LINK}\n${printSchemaWithDirectives(schema)}`);
  return buildSubgraphSchema([{ typeDefs, resolvers }]);
}

/**
 * type-graphql keeps one metadata store per process, and building a schema adds the fields of each
 * resolver to the type it extends, for good. Two subgraphs built in one process that extend the
 * same stub (`Organisation`, extended by agreements and meetings) would then each publish the
 * other's fields. Each build (synchronous, so none runs in between) leaves the types' fields as it found them.
 */
function withPristineTypes<T>(build: () => T): T {
  const storage = getMetadataStorage();
  const types = [...storage.objectTypes, ...storage.interfaceTypes];
  const fields = types.map((type) => (type.fields ? [...type.fields] : undefined));
  try {
    return build();
  } finally {
    types.forEach((type, i) => (type.fields = fields[i]));
  }
}
