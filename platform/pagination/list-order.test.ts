import assert from 'node:assert/strict';
import { test } from '@jest/globals';
import { isHubError } from '../errors/errors';
import { decodeCursor, defineListOrder, encodeCursor } from './list-order';

interface Item {
  day: string;
  id: string;
}
const BY_DAY = defineListOrder('Item:day', { day: 'date', id: 'uuid' }, (i: Item) => [i.day, i.id]);
const BY_NAME = defineListOrder('Item:name', { name: 'text', id: 'uuid' }, (i: { name: string; id: string }) => [i.name, i.id]);
const ID = '8c6e2d7a-3b1f-4c8e-9a2d-5f0b1c2d3e4f';
const forged = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

test('a cursor round-trips through the list that issued it', () => {
  const cursor = encodeCursor(BY_DAY, { day: '2026-01-01', id: ID });
  assert.deepEqual(decodeCursor(BY_DAY, cursor), ['2026-01-01', ID]);
});

test('forged, foreign or mistyped cursors are refused as INVALID_CURSOR, never handed on', () => {
  const cases: Array<[typeof BY_DAY | typeof BY_NAME, string]> = [
    [BY_DAY, 'not base64 at all!'],
    [BY_DAY, forged(['x'])],
    [BY_DAY, forged([1, 2, 3])],
    [BY_DAY, forged({ day: '2026-01-01' })],
    [BY_DAY, forged(['Item:day', '2026-01-01'])], // too short
    [BY_DAY, forged(['Item:day', 'x', ID])], // not a date
    [BY_DAY, forged(['Item:day', '2026-02-30', ID])], // not a calendar date
    [BY_DAY, forged(['Item:day', '2026-01-01', 'abc'])], // not a uuid
    [BY_DAY, forged(['Item:day', 20260101, ID])],
    [BY_DAY, encodeCursor(BY_NAME, { name: '2026-01-01', id: ID })], // another list's cursor, even with values that would fit
    [BY_NAME, forged(['Item:name', 'a\u0000b', ID])],
  ];
  for (const [order, cursor] of cases) {
    assert.throws(
      () => decodeCursor(order as typeof BY_DAY, cursor, 'after'),
      (error: unknown) => isHubError(error) && error.reason === 'INVALID_CURSOR' && error.toExtensions().field === 'after',
      cursor,
    );
  }
});
