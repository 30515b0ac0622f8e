import { Kind, type GraphQLResolveInfo } from 'graphql';

const IDENTITY_FIELDS = new Set(['id', '__typename']);

/**
 * Whether the caller asked for nothing of this field's objects but their `id` (and `__typename`):
 * another subgraph's client reading references (`ancestors { id }`), which a resolver can then
 * answer without loading the records. Fragments count as asking for more: no guessing at types.
 */
export function selectsOnlyIds(info: GraphQLResolveInfo): boolean {
  return info.fieldNodes.every((node) => node.selectionSet?.selections.every((s) => s.kind === Kind.FIELD && IDENTITY_FIELDS.has(s.name.value)) ?? false);
}
