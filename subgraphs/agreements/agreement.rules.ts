import { createHash, randomUUID } from 'node:crypto';
import { BadUserInputError } from '../../platform/errors/errors';
import { checkLocalDate, requiredText } from '../../platform/validation/validation';
import type { Commitment, Need, NeedInput, Project, ProjectInput, Resource } from './agreement-lists';

/** Times per period a unit can commit to: daily for a year is 366. */
export const MAX_COMMITMENT_QUANTITY = 1000;
/** Rooms, people or yuan: a billion is beyond any agreement of one unit with one community. */
export const MAX_RESOURCE_QUANTITY = 1_000_000_000;

/** A term is two calendar dates, the end not before the start. */
export function checkTerm(validFrom: string, validTo: string, field = 'input'): void {
  checkLocalDate(validFrom, `${field}.validFrom`);
  checkLocalDate(validTo, `${field}.validTo`);
  if (validTo < validFrom) throw new BadUserInputError('NOT_BEFORE', { field: `${field}.validTo`, other: `${field}.validFrom` });
}

export function checkCommitments(items: Commitment[], field: string): Commitment[] {
  return items.map((c, i) => {
    if (!Number.isInteger(c.quantity) || c.quantity < 1 || c.quantity > MAX_COMMITMENT_QUANTITY) {
      throw new BadUserInputError('OUT_OF_RANGE', { field: `${field}[${i}].quantity`, min: 1, max: MAX_COMMITMENT_QUANTITY });
    }
    return { description: requiredText(c.description, `${field}[${i}].description`, 500), quantity: c.quantity, period: c.period };
  });
}

export function checkResources(items: Resource[], field: string): Resource[] {
  return items.map((r, i) => {
    if (!(r.quantity >= 0 && r.quantity <= MAX_RESOURCE_QUANTITY)) {
      throw new BadUserInputError('OUT_OF_RANGE', { field: `${field}[${i}].quantity`, min: 0, max: MAX_RESOURCE_QUANTITY });
    }
    return {
      category: r.category,
      description: requiredText(r.description, `${field}[${i}].description`, 500),
      quantity: r.quantity,
      unit: requiredText(r.unit, `${field}[${i}].unit`, 20),
    };
  });
}

export function checkNeeds(items: NeedInput[], field: string): Need[] {
  return items.map((n, i) => ({
    category: n.category,
    description: requiredText(n.description, `${field}[${i}].description`, 500),
    priority: n.priority,
    met: n.met ?? false,
  }));
}

/** Projects keep their id, progress and reports across amendments when the id is given back. */
export function checkProjects(items: ProjectInput[], field: string, existing: Project[] = []): Project[] {
  return items.map((p, i) => {
    const before = p.id ? existing.find((e) => e.id === p.id) : undefined;
    if (p.id && !before) throw new BadUserInputError('UNKNOWN_REFERENCE', { field: `${field}[${i}].id`, id: p.id });
    return {
      id: before?.id ?? randomUUID(),
      title: requiredText(p.title, `${field}[${i}].title`, 200),
      goal: requiredText(p.goal, `${field}[${i}].goal`, 1000),
      owner: requiredText(p.owner, `${field}[${i}].owner`, 100),
      dueDate: p.dueDate ? checkLocalDate(p.dueDate, `${field}[${i}].dueDate`) : null,
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
