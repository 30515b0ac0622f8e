import { BadUserInputError } from '../errors/errors';
import { isStorableText } from '../validation/text';
import { isCalendarDate, isUuid } from '../validation/validation';

/** The type of one value in a cursor: what the column it is compared with holds. */
export type CursorPart = 'text' | 'uuid' | 'date' | 'timestamp' | 'integer';

/** The sort key of one item: its ordering values followed by its id. */
export type CursorValue = Array<string | number>;

/**
 * How a list is ordered: its columns (the last unique, usually `id`), the type of each, and how to
 * read an item's values. A cursor names its list and carries the values, so a cursor is accepted
 * only by the list that issued it and only with values of the right types: a forged or foreign
 * cursor is refused as INVALID_CURSOR and never reaches SQL.
 */
export interface ListOrder<T> {
  /** Which list issued a cursor, e.g. `Agreement:validFrom`. */
  readonly name: string;
  /** Columns of `o` (the row alias in batched pages), in order. */
  readonly columns: readonly string[];
  readonly parts: readonly CursorPart[];
  /** Newest first: every column runs from high to low (a list of the last meetings). */
  readonly descending: boolean;
  valuesOf(item: T): CursorValue;
}

export function defineListOrder<T>(
  name: string,
  columns: Record<string, CursorPart>,
  valuesOf: (item: T) => CursorValue,
  options: { descending?: boolean } = {},
): ListOrder<T> {
  return { name, columns: Object.keys(columns), parts: Object.values(columns), descending: options.descending ?? false, valuesOf };
}

export function encodeCursor<T>(order: ListOrder<T>, item: T): string {
  return Buffer.from(JSON.stringify([order.name, ...order.valuesOf(item)]), 'utf8').toString('base64url');
}

/** The values of a cursor issued by `order`'s list, or INVALID_CURSOR naming `field`. */
export function decodeCursor(order: ListOrder<unknown>, cursor: string, field = 'after'): CursorValue {
  let decoded: unknown;
  try {
    decoded = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    decoded = undefined;
  }
  if (!Array.isArray(decoded) || decoded[0] !== order.name || decoded.length !== order.parts.length + 1) {
    throw new BadUserInputError('INVALID_CURSOR', { field });
  }
  const values = decoded.slice(1);
  if (!values.every((value, i) => fits(value, order.parts[i]))) throw new BadUserInputError('INVALID_CURSOR', { field });
  return values;
}

const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,6})?Z$/;

function fits(value: unknown, part: CursorPart): boolean {
  switch (part) {
    case 'text':
      return typeof value === 'string' && value.length <= 1000 && isStorableText(value);
    case 'uuid':
      return isUuid(value);
    case 'date':
      return isCalendarDate(value);
    case 'timestamp':
      return typeof value === 'string' && TIMESTAMP.test(value) && !Number.isNaN(Date.parse(value));
    case 'integer':
      return Number.isSafeInteger(value);
  }
}
