/**
 * What other parts of the hub may know of check-ins: the `PartyMember` reference stub, for a
 * subgraph that names members by id. Nothing else of this folder is imported from outside it
 * (ESLint enforces it).
 */
export * from './party-member-reference';
