import { BadUserInputError, ConflictError } from '../errors/errors';
import { isAcceptableText, normaliseLineBreaks, type TextShape } from './text';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Ids are UUIDs; anything else cannot name a stored record (and must not reach SQL as a uuid). */
export function isUuid(value: unknown): value is string {
  return typeof value === 'string' && UUID.test(value);
}

/**
 * Trims a required text and refuses it empty, longer than `max` characters, or holding characters
 * text may not hold (see text.ts). `shape` is `line` for names, titles and codes, `lines` for
 * descriptions, reasons and notes (whose line breaks are kept, as LF).
 */
export function requiredText(value: string | null | undefined, field: string, max: number, shape: TextShape = 'line'): string {
  const text = shape === 'lines' ? normaliseLineBreaks(value ?? '').trim() : (value ?? '').trim();
  if (!text) throw new BadUserInputError('REQUIRED', { field });
  if (!isAcceptableText(text, shape)) throw new BadUserInputError('INVALID_CHARACTERS', { field });
  if ([...text].length > max) throw new BadUserInputError('TOO_LONG', { field, max });
  return text;
}

/** Trims an optional text: empty becomes null. */
export function optionalText(value: string | null | undefined, field: string, max: number, shape: TextShape = 'line'): string | null {
  if (value === null || value === undefined || value.trim() === '') return null;
  return requiredText(value, field, max, shape);
}

/**
 * The calendar dates the hub accepts: the records it keeps (agreements, seats, meetings) fall in
 * this century and the last; a year 0001 or 9999 is a typing slip or a probe, not a date.
 */
export const DATE_RANGE = { min: '1900-01-01', max: '2099-12-31' } as const;

const LOCAL_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Whether `value` is a calendar date `YYYY-MM-DD` that exists (in any year). */
export function isCalendarDate(value: unknown): value is string {
  if (typeof value !== 'string' || !LOCAL_DATE.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/** A calendar date `YYYY-MM-DD` that exists and lies within `DATE_RANGE`. */
export function checkLocalDate(value: string, field: string): string {
  if (!isCalendarDate(value)) throw new BadUserInputError('INVALID_DATE', { field });
  if (value < DATE_RANGE.min || value > DATE_RANGE.max) throw new BadUserInputError('OUT_OF_RANGE', { field, ...DATE_RANGE });
  return value;
}

/** An instant (a `DateTime`) that exists and whose day, in UTC, lies within `DATE_RANGE`. */
export function checkInstant(value: Date, field: string): Date {
  if (!(value instanceof Date) || Number.isNaN(value.getTime())) throw new BadUserInputError('INVALID_FORMAT', { field, format: 'an ISO 8601 date and time' });
  const day = value.toISOString().slice(0, 10);
  if (day < DATE_RANGE.min || day > DATE_RANGE.max) throw new BadUserInputError('OUT_OF_RANGE', { field, ...DATE_RANGE });
  return value;
}

/** A whole number from `min` to `max`, naming the field when it is not. */
export function checkInteger(value: number, field: string, min: number, max: number): number {
  if (!Number.isInteger(value) || value < min || value > max) throw new BadUserInputError('OUT_OF_RANGE', { field, min, max });
  return value;
}

/** A finite number from `min` to `max`, naming the field when it is not. */
export function checkNumber(value: number, field: string, min: number, max: number): number {
  if (!Number.isFinite(value) || value < min || value > max) throw new BadUserInputError('OUT_OF_RANGE', { field, min, max });
  return value;
}

/** Optimistic locking: a change must name the version it was made from. */
export function assertVersion(entityName: string, entity: { id: string; version: number }, expected: number): void {
  if (entity.version !== expected) {
    throw new ConflictError('STALE_VERSION', { entity: entityName, id: entity.id, currentVersion: entity.version, expectedVersion: expected });
  }
}
