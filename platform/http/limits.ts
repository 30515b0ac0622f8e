import { GraphQLError, Kind, SchemaMetaFieldDef, TypeMetaFieldDef, getNamedType, isInterfaceType, isObjectType } from 'graphql';
import type { FieldNode, GraphQLField, GraphQLNamedType, GraphQLSchema } from 'graphql';
import type { SelectionSetNode, ValidationContext, ValidationRule } from 'graphql';

/**
 * Limits for the public edge. They refuse abusive operations (graphql-cop style probes: deep
 * nesting, alias and directive floods, repeated fields, huge fan-out) during validation, i.e.
 * before any resolver or subgraph is touched.
 */
export interface OperationLimits {
  maxDepth: number; // deepest field nesting (fragments and inline fragments followed); introspection is measured apart
  maxIntrospectionDepth?: number; // deepest nesting under `__schema` / `__type` (MAX_INTROSPECTION_DEPTH unless given)
  maxAliases: number; // aliased fields in an operation, fragments expanded where spread
  maxDirectives: number; // directive usages in an operation, fragments expanded where spread
  maxCost: number; // estimated cost, see `measure`
  defaultPageSize: number; // assumed `first` for a list field with a `first` argument not given (20)
}

type Limit = 'depth' | 'introspectionDepth' | 'aliases' | 'directives' | 'cost';
type Stats = Record<Limit, number>;

const ZERO: Stats = { depth: 0, introspectionDepth: 0, aliases: 0, directives: 0, cost: 0 };

/**
 * The standard introspection query (`getIntrospectionQuery`, which GraphiQL and most tools send)
 * nests 15 deep, mostly `ofType` chains that cost nothing: measured against the data depth limit
 * it would break every IDE's docs and autocomplete. Introspection is measured apart, against this
 * limit, and is reachable only when introspection is enabled; graphql-js's own
 * MaxIntrospectionDepthRule already refuses the costly shape (`fields { type { fields …`).
 */
export const MAX_INTROSPECTION_DEPTH = 20;

/**
 * Returns one rule that measures every operation of the document and reports each exceeded
 * limit. All four measures come from one walk, so a document is traversed once, not four times.
 */
export function operationLimitRules(limits: OperationLimits): ValidationRule[] {
  const rule: ValidationRule = (context) => ({
    OperationDefinition(operation) {
      const rootType = context.getSchema().getRootType(operation.operation) ?? undefined;
      const stats = new Measurer(context, limits).selectionSet(operation.selectionSet, rootType);
      // Directives on the operation itself and on its variable definitions count too.
      stats.directives += operation.directives?.length ?? 0;
      for (const variable of operation.variableDefinitions ?? []) stats.directives += variable.directives?.length ?? 0;

      const report = (limit: Limit, label: string, max: number) => {
        if (stats[limit] <= max) return;
        context.reportError(
          new GraphQLError(`Query ${label} ${stats[limit]} exceeds the limit of ${max}`, {
            nodes: operation,
            extensions: { code: 'GRAPHQL_VALIDATION_FAILED', limit },
          }),
        );
      };
      report('depth', 'depth', limits.maxDepth);
      report('introspectionDepth', 'introspection depth', limits.maxIntrospectionDepth ?? MAX_INTROSPECTION_DEPTH);
      report('aliases', 'alias count', limits.maxAliases);
      report('directives', 'directive count', limits.maxDirectives);
      report('cost', 'cost', limits.maxCost);
      return false; // everything below was already walked by the measurer
    },
    // Fragments are measured where an operation spreads them; a fragment nobody spreads is
    // never executed (and NoUnusedFragments reports it anyway).
    FragmentDefinition: () => false,
  });
  return [rule];
}

/**
 * Walks an operation's selections, following fragment spreads. A fragment's stats depend only on
 * its own selections and type condition, so they are memoised: a "fragment bomb" (each fragment
 * spreading the next one several times) costs linear work here while its measured cost still
 * grows exponentially, as execution would. Fragments being measured count as empty when met
 * again, so a cycle terminates; NoFragmentCycles reports the cycle itself.
 */
class Measurer {
  private readonly schema: GraphQLSchema;
  private readonly fragments = new Map<string, Stats>();
  private readonly inProgress = new Set<string>();

  constructor(
    private readonly context: ValidationContext,
    private readonly limits: OperationLimits,
  ) {
    this.schema = context.getSchema();
  }

  selectionSet(set: SelectionSetNode, parentType: GraphQLNamedType | undefined): Stats {
    const total = { ...ZERO };
    for (const selection of set.selections) {
      let part: Stats;
      if (selection.kind === Kind.FIELD) {
        part = this.field(selection, parentType);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const type = selection.typeCondition ? this.schema.getType(selection.typeCondition.name.value) : parentType;
        part = this.selectionSet(selection.selectionSet, type);
      } else {
        part = this.fragment(selection.name.value);
      }
      total.depth = Math.max(total.depth, part.depth); // fragments add no nesting of their own
      total.introspectionDepth = Math.max(total.introspectionDepth, part.introspectionDepth);
      total.aliases += part.aliases;
      total.directives += part.directives + (selection.directives?.length ?? 0);
      total.cost += part.cost; // repeated identical fields are counted every time on purpose
    }
    return total;
  }

  private field(node: FieldNode, parentType: GraphQLNamedType | undefined): Stats {
    const definition = this.definitionOf(node.name.value, parentType);
    const child = node.selectionSet ? this.selectionSet(node.selectionSet, definition && getNamedType(definition.type)) : ZERO;
    if (definition === SchemaMetaFieldDef || definition === TypeMetaFieldDef) {
      // Nothing but introspection can sit below `__schema` or `__type`: its whole depth is introspection's.
      const depth = 1 + Math.max(child.depth, child.introspectionDepth);
      return { ...child, depth: 0, introspectionDepth: depth, cost: 1 + child.cost };
    }
    return {
      depth: 1 + child.depth,
      introspectionDepth: child.introspectionDepth,
      aliases: (node.alias ? 1 : 0) + child.aliases,
      directives: child.directives,
      cost: 1 + this.pageSize(node, definition) * child.cost,
    };
  }

  /**
   * A field that accepts `first` (a Relay connection) runs its sub-selection once per item.
   * Variable values are unknown during validation, so a variable or an omitted `first` is taken
   * as the default page size; a literal is taken as written.
   */
  private pageSize(node: FieldNode, definition: GraphQLField<unknown, unknown> | undefined): number {
    if (!definition?.args.some((arg) => arg.name === 'first')) return 1;
    const first = node.arguments?.find((arg) => arg.name.value === 'first')?.value;
    return first?.kind === Kind.INT ? Math.max(0, Number.parseInt(first.value, 10)) : this.limits.defaultPageSize;
  }

  private fragment(name: string): Stats {
    const known = this.fragments.get(name);
    if (known) return known;
    const definition = this.context.getFragment(name);
    if (!definition || this.inProgress.has(name)) return ZERO; // unknown (reported elsewhere) or a cycle
    this.inProgress.add(name);
    const stats = this.selectionSet(definition.selectionSet, this.schema.getType(definition.typeCondition.name.value));
    stats.directives += definition.directives?.length ?? 0;
    this.inProgress.delete(name);
    this.fragments.set(name, stats);
    return stats;
  }

  private definitionOf(name: string, parentType: GraphQLNamedType | undefined) {
    // The meta fields are not part of any type's field map; `__typename` has no sub-selection.
    if (parentType && parentType === this.schema.getQueryType()) {
      if (name === SchemaMetaFieldDef.name) return SchemaMetaFieldDef;
      if (name === TypeMetaFieldDef.name) return TypeMetaFieldDef;
    }
    return isObjectType(parentType) || isInterfaceType(parentType) ? parentType.getFields()[name] : undefined;
  }
}
