import { agreementsSeed } from './agreements.seed';
import { checkinsSeed } from './checkins.seed';
import { meetingsSeed } from './meetings.seed';
import { organisationsSeed } from './organisations.seed';
import type { SubgraphSeed } from './seed.types';

/**
 * The city generator of each subgraph, in the order they are written (organisations first: the
 * others name its organisations). A subgraph without one is migrated and left empty, with a warning.
 */
export const SEEDS: SubgraphSeed[] = [organisationsSeed, agreementsSeed, meetingsSeed, checkinsSeed];
