/**
 * What other subgraphs may know of agreements: the reference stubs for adding fields to `Agreement`
 * and for linking to one of its projects, and the client of the agreements subgraph. Nothing else of
 * this folder is imported from outside it (ESLint enforces it).
 */
export * from './agreement-reference';
export * from './agreements.client';
