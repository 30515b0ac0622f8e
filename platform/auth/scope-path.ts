/**
 * A scope is a materialised path, `/a/b/c/`: it holds every path it prefixes. Which tree the paths
 * describe, and what each level means, is the business of the subgraph that owns the tree; access
 * checks, lists and the audit trail need only what is here.
 */

/** Sorts after every character a path holds (ids and `/`), so `[scope, scope~)` is exactly the scope. */
const PAST_EVERY_PATH = '~';

/** Whether `path` lies within `scope` (a scope lies within itself). */
export function isWithinScope(path: string, scope: string): boolean {
  return path.startsWith(scope);
}

/** The first path after everything `scope` holds. */
export function scopeUpperBound(scope: string): string {
  return `${scope}${PAST_EVERY_PATH}`;
}

/** SQL condition: the path in `column` lies within `scope` (one range scan of a btree on a "C"-collated column). */
export function withinScopeSql(column: string, scope: string): { sql: string; params: unknown[] } {
  return { sql: `${column} >= ? and ${column} < ?`, params: [scope, scopeUpperBound(scope)] };
}

/** SQL condition: the path in `column` lies strictly below the scope that the SQL expression `scopeSql` yields. */
export function belowScopeSql(column: string, scopeSql: string): string {
  return `${column} > ${scopeSql} and ${column} < ${scopeSql} || '${PAST_EVERY_PATH}'`;
}

/** The segments of a path, from the top down. */
export function segmentsOf(path: string): string[] {
  return path.split('/').filter(Boolean);
}

/** The path made of `segments`, from the top down. */
export function pathFrom(segments: readonly string[]): string {
  return `/${segments.map((s) => `${s}/`).join('')}`;
}

/** The top-level scope a path belongs to: the whole tree it sits in. */
export function topScopeOf(path: string): string {
  return pathFrom(segmentsOf(path).slice(0, 1));
}
