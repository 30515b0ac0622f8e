import { BadUserInputError, ConflictError } from '../errors/errors';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Ids are UUIDs; anything else cannot name a stored record (and must not reach SQL as a uuid). */
export function isUuid(value: unknown): value is string {
  return typeof value === 'string' && UUID.test(value);
}

/** Trims a required text and refuses it empty or longer than `max`, naming the field. */
export function requiredText(value: string | null | undefined, field: string, max: number): string {
  const text = (value ?? '').trim();
  if (!text) throw new BadUserInputError('REQUIRED', { field });
  if ([...text].length > max) throw new BadUserInputError('TOO_LONG', { field, max });
  return text;
}

/** Trims an optional text: empty becomes null. */
export function optionalText(value: string | null | undefined, field: string, max: number): string | null {
  if (value === null || value === undefined || value.trim() === '') return null;
  return requiredText(value, field, max);
}

const LOCAL_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A calendar date `YYYY-MM-DD` that exists. */
export function checkLocalDate(value: string, field: string): string {
  const date = new Date(`${value}T00:00:00Z`);
  if (!LOCAL_DATE.test(value) || Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value) {
    throw new BadUserInputError('INVALID_DATE', { field });
  }
  return value;
}

/** Optimistic locking: a change must name the version it was made from. */
export function assertVersion(entityName: string, entity: { id: string; version: number }, expected: number): void {
  if (entity.version !== expected) {
    throw new ConflictError('STALE_VERSION', { entity: entityName, id: entity.id, currentVersion: entity.version, expectedVersion: expected });
  }
}
