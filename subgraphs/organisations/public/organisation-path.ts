import { isWithinScope, pathFrom, segmentsOf } from '../../../platform/auth/scope-path';

/**
 * Where an organisation sits: its materialised path, `/district-id/…/parent-id/own-id/`, the ids
 * from the root of its district down to itself. The organisations subgraph keeps it; other
 * subgraphs read it from `OrganisationFacts.path` and ask these, never parse it themselves.
 * (The path is a scope in the platform's sense: `platform/auth/scope-path.ts`.)
 */

/** The path of an organisation with id `id` under a parent at `parentPath` (null for a district). */
export function childPath(parentPath: string | null, id: string): string {
  return pathFrom([...(parentPath ? segmentsOf(parentPath) : []), id]);
}

/** The ids on a path, from the district down to the organisation itself. */
export function idsOnPath(path: string): string[] {
  return segmentsOf(path);
}

/** The id of the district (the root) an organisation belongs to. */
export function districtIdOf(path: string): string {
  return idsOnPath(path)[0];
}

/** The id of an organisation's parent; null for a district. */
export function parentIdOf(path: string): string | null {
  return idsOnPath(path).at(-2) ?? null;
}

/** Whether the organisation at `path` is the one at `rootPath` or lies below it. */
export function isInSubtree(path: string, rootPath: string): boolean {
  return isWithinScope(path, rootPath);
}
