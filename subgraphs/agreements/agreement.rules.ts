import { createHash, randomUUID } from 'node:crypto';
import { BadUserInputError } from '../../platform/errors/errors';
import { checkInteger, checkLocalDate, checkNumber, requiredText } from '../../platform/validation/validation';
import type { Commitment, Need, Project, ProjectInput, Resource } from './agreement-lists';

/** Times per period a unit can commit to: daily for a year is 366. */
export const MAX_COMMITMENT_QUANTITY = 1000;
/** Rooms, people or yuan: a billion is beyond any agreement of one unit with one community. */
export const MAX_RESOURCE_QUANTITY = 1_000_000_000;
/** Each list of an agreement is short: a unit offers a handful of resources, not thousands. */
export const MAX_LIST_ITEMS = 100;

/** A list of at most MAX_LIST_ITEMS, each item checked by `check`. */
function checkList<T, R>(items: T[], field: string, check: (item: T, itemField: string) => R): R[] {
  if (items.length > MAX_LIST_ITEMS) throw new BadUserInputError('TOO_MANY', { field, max: MAX_LIST_ITEMS });
  return items.map((item, i) => check(item, `${field}[${i}]`));
}

/** A term is two calendar dates, the end not before the start. */
export function checkTerm(validFrom: string, validTo: string, field = 'input'): void {
  checkLocalDate(validFrom, `${field}.validFrom`);
  checkLocalDate(validTo, `${field}.validTo`);
  if (validTo < validFrom) throw new BadUserInputError('NOT_BEFORE', { field: `${field}.validTo`, other: `${field}.validFrom` });
}

/**
 * When an agreement was signed: a calendar date, not after the last day of its term (nobody signs
 * an agreement that has already ended; signing a little before the term starts is usual) and not
 * after today (a signature cannot be recorded ahead of time).
 */
export function checkSigningDate(value: string, field: string, validTo: string, today: string): string {
  checkLocalDate(value, field);
  if (value > validTo) throw new BadUserInputError('NOT_AFTER', { field, other: validTo });
  if (value > today) throw new BadUserInputError('NOT_AFTER', { field, other: today });
  return value;
}

export function checkCommitments(items: Commitment[], field: string): Commitment[] {
  return checkList(items, field, (c, at) => ({
    description: requiredText(c.description, `${at}.description`, 500, 'lines'),
    quantity: checkInteger(c.quantity, `${at}.quantity`, 1, MAX_COMMITMENT_QUANTITY),
    period: c.period,
  }));
}

export function checkResources(items: Resource[], field: string): Resource[] {
  return checkList(items, field, (r, at) => ({
    category: r.category,
    description: requiredText(r.description, `${at}.description`, 500, 'lines'),
    quantity: checkNumber(r.quantity, `${at}.quantity`, 0, MAX_RESOURCE_QUANTITY),
    unit: requiredText(r.unit, `${at}.unit`, 20),
  }));
}

export function checkNeeds(items: Need[], field: string): Need[] {
  return checkList(items, field, (n, at) => ({
    category: n.category,
    description: requiredText(n.description, `${at}.description`, 500, 'lines'),
    priority: n.priority,
    met: n.met ?? false,
  }));
}

/** Projects keep their id, progress and reports across amendments when the id is given back. */
export function checkProjects(items: ProjectInput[], field: string, existing: Project[] = []): Project[] {
  return checkList(items, field, (p, at) => {
    const before = p.id ? existing.find((e) => e.id === p.id) : undefined;
    if (p.id && !before) throw new BadUserInputError('UNKNOWN_REFERENCE', { field: `${at}.id`, id: p.id });
    return {
      id: before?.id ?? randomUUID(),
      title: requiredText(p.title, `${at}.title`, 200),
      goal: requiredText(p.goal, `${at}.goal`, 1000, 'lines'),
      owner: requiredText(p.owner, `${at}.owner`, 100),
      dueDate: p.dueDate ? checkLocalDate(p.dueDate, `${at}.dueDate`) : null,
      progress: before?.progress ?? 0,
      reports: before?.reports ?? [],
    };
  });
}

/** The fields that differ, each with its value before and after (an amendment's record). */
export function difference(before: Record<string, unknown>, after: Record<string, unknown>): Record<string, { from: unknown; to: unknown }> {
  const changes: Record<string, { from: unknown; to: unknown }> = {};
  for (const [field, to] of Object.entries(after)) {
    if (JSON.stringify(before[field]) !== JSON.stringify(to)) changes[field] = { from: before[field] ?? null, to };
  }
  return changes;
}

/** A stable hash of a registration's input: the same key with other input is a conflict. */
export function requestHash(input: unknown): string {
  return createHash('sha256').update(stableJson(input)).digest('hex');
}

function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (value && typeof value === 'object') {
    return `{${Object.keys(value)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${stableJson((value as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}
