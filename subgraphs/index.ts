import type { SubgraphName } from '../platform/config/config';
import type { SubgraphDefinition } from '../platform/federation/subgraph';
import { agreementsSubgraph } from './agreements/agreements.subgraph';
import { organisationsSubgraph } from './organisations/organisations.subgraph';

/** The subgraphs this code base implements, in the order they start. */
export const SUBGRAPHS: SubgraphDefinition[] = [organisationsSubgraph, agreementsSubgraph];

export function subgraphNamed(name: SubgraphName): SubgraphDefinition {
  const definition = SUBGRAPHS.find((s) => s.name === name);
  if (!definition) throw new Error(`Subgraph ${name} is not implemented yet; available: ${SUBGRAPHS.map((s) => s.name).join(', ')}`);
  return definition;
}
