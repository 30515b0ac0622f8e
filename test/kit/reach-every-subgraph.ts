import { readFileSync } from 'node:fs';
import path from 'node:path';
import { getNamedType, isObjectType, isNonNullType, buildASTSchema, parse, Kind, type DirectiveNode, type GraphQLField } from 'graphql';
import { SUBGRAPHS } from '../../subgraphs';

/**
 * A query through the gateway that asks every subgraph of the list something, read from the
 * composed supergraph rather than named by hand: the organisations list (the organisations
 * subgraph), and on each organisation one field that each other subgraph adds to it (the first
 * one whose arguments are all optional). A new subgraph that extends Organisation is in it once
 * composed.
 */
export interface SubgraphProbe {
  query: string;
  /** The field of each organisation node each subgraph answers (organisations: the root list). */
  fieldOf: Record<string, string>;
}

const SUPERGRAPH = path.join(__dirname, '..', '..', 'schema', 'supergraph.graphql');

export function reachEverySubgraph(first = 5): SubgraphProbe {
  const document = parse(readFileSync(SUPERGRAPH, 'utf8'));
  const graphNames = new Map<string, string>();
  for (const definition of document.definitions) {
    if (definition.kind !== Kind.ENUM_TYPE_DEFINITION || definition.name.value !== 'join__Graph') continue;
    for (const value of definition.values ?? []) {
      const name = argument(
        value.directives?.find((d) => d.name.value === 'join__graph'),
        'name',
      );
      if (name) graphNames.set(value.name.value, name);
    }
  }
  const schema = buildASTSchema(document, { assumeValid: true, assumeValidSDL: true });
  const organisation = schema.getType('Organisation');
  if (!isObjectType(organisation)) throw new Error('the supergraph has no Organisation type');
  const fieldOf: Record<string, string> = {};
  for (const field of Object.values(organisation.getFields())) {
    const graph = argument(
      field.astNode?.directives?.find((d) => d.name.value === 'join__field'),
      'graph',
    );
    const subgraph = graph ? graphNames.get(graph) : undefined;
    if (!subgraph || subgraph === 'organisations' || fieldOf[subgraph] || !askable(field)) continue;
    fieldOf[subgraph] = field.name;
  }
  const missing = SUBGRAPHS.map((s) => s.name).filter((name) => name !== 'organisations' && !fieldOf[name]);
  if (missing.length > 0) throw new Error(`no field of Organisation reaches ${missing.join(', ')}: extend reachEverySubgraph`);
  fieldOf.organisations = 'organisations';
  const selections = Object.entries(fieldOf)
    .filter(([name]) => name !== 'organisations')
    .map(([, field]) => selectionOf(organisation.getFields()[field]))
    .join(' ');
  return { query: `{ organisations(first: ${first}) { totalCount edges { node { id name ${selections} } } } }`, fieldOf };
}

function askable(field: GraphQLField<unknown, unknown>): boolean {
  return field.args.every((arg) => !isNonNullType(arg.type) || arg.defaultValue !== undefined);
}

function selectionOf(field: GraphQLField<unknown, unknown>): string {
  return isObjectType(getNamedType(field.type)) ? `${field.name} { __typename }` : field.name;
}

function argument(directive: DirectiveNode | undefined, name: string): string | undefined {
  const value = directive?.arguments?.find((a) => a.name.value === name)?.value;
  if (!value) return undefined;
  return value.kind === Kind.ENUM || value.kind === Kind.STRING ? value.value : undefined;
}
