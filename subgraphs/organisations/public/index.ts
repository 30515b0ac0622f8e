/**
 * What other subgraphs (and the composition root) may know of organisations: the kinds (and the
 * units' sectors and seats' roles the shared demo data names), how to
 * read a path, the reference stub, the client of the organisations subgraph and the tree lookup
 * built on it, and the check of a token's organisation. Nothing else of this folder is imported
 * from outside it (ESLint enforces it).
 */
export * from './organisation-kind';
export * from './unit-sector';
export * from './seat-role';
export * from './organisation-path';
export * from './organisation-reference';
export * from './organisations.client';
export * from './remote-tree-lookup';
export * from './acting-organisation';
