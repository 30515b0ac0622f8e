import assert from 'node:assert/strict';
import { test } from '@jest/globals';
import { LocalDate } from './scalars';

test('LocalDate serialises a date it has served before without validating it anew, and still refuses what is no date', () => {
  assert.equal(LocalDate.serialize('2026-02-28'), '2026-02-28');
  assert.equal(LocalDate.serialize('2026-02-28'), '2026-02-28');
  assert.throws(() => LocalDate.serialize('2026-02-30'), /not a valid LocalDate/);
  assert.throws(() => LocalDate.serialize('2026-2-28'), /not a valid LocalDate/);
  assert.throws(() => LocalDate.serialize(20260228), /not string/);
});
