import type { SubgraphDefinition } from '../platform/federation/subgraph';
import { agreementsSubgraph } from './agreements/agreements.subgraph';
import { checkinsSubgraph } from './checkins/checkins.subgraph';
import { meetingsSubgraph } from './meetings/meetings.subgraph';
import { organisationsSubgraph } from './organisations/organisations.subgraph';

/**
 * The subgraphs this code base implements: the one list that the embedded start, `start:subgraph`,
 * composition, migrations, the seed and the tests read. A new subgraph is its folder plus one line here.
 */
export const SUBGRAPHS: readonly SubgraphDefinition[] = [organisationsSubgraph, agreementsSubgraph, checkinsSubgraph, meetingsSubgraph];

export const SUBGRAPH_NAMES = SUBGRAPHS.map((s) => s.name);

/** The definition named `name`, or undefined for a name this code base does not implement. */
export function subgraphNamed(name: string): SubgraphDefinition | undefined {
  return SUBGRAPHS.find((s) => s.name === name);
}

/** Every subgraph after the peers it asks (organisations first), so each starts when its peers answer. */
export function inStartOrder(definitions: readonly SubgraphDefinition[] = SUBGRAPHS): SubgraphDefinition[] {
  const ordered: SubgraphDefinition[] = [];
  const visit = (definition: SubgraphDefinition, path: string[]) => {
    if (ordered.includes(definition)) return;
    if (path.includes(definition.name)) throw new Error(`Subgraphs ask each other in a circle: ${[...path, definition.name].join(' -> ')}`);
    for (const peer of definition.peers ?? []) {
      const needed = definitions.find((d) => d.name === peer);
      if (!needed) throw new Error(`Subgraph ${definition.name} asks ${peer}, which is not in the list`);
      visit(needed, [...path, definition.name]);
    }
    ordered.push(definition);
  };
  for (const definition of definitions) visit(definition, []);
  return ordered;
}
