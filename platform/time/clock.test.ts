import assert from 'node:assert/strict';
import { test } from '@jest/globals';
import { addDays, Clock, isKnownTimeZone } from './clock';

test("today is the date in the clock's time zone: at 07:59 in Beijing it is already the next day there", () => {
  const at = (iso: string) => () => new Date(iso);
  assert.equal(new Clock('Asia/Shanghai', at('2026-03-01T23:59:00Z')).today(), '2026-03-02'); // 07:59 on 2 March in Beijing
  assert.equal(new Clock('UTC', at('2026-03-01T23:59:00Z')).today(), '2026-03-01');
  assert.equal(new Clock('Asia/Shanghai', at('2026-03-01T15:59:59Z')).today(), '2026-03-01'); // 23:59:59 in Beijing
  assert.equal(new Clock('Asia/Shanghai', at('2026-03-01T16:00:00Z')).today(), '2026-03-02'); // midnight in Beijing
  assert.equal(new Clock('Asia/Shanghai', at('2024-12-31T16:00:00Z')).today(), '2025-01-01'); // the year turns too
});

test('one clock formats many dates with the one formatter it built', () => {
  const clock = new Clock('Asia/Shanghai');
  const built = countFormattersBuilt(() => {
    for (let i = 0; i < 1000; i++) clock.dateAt(new Date(Date.UTC(2026, 0, 1) + i * 3_600_000));
  });
  assert.equal(built, 0);
});

test('time zones are checked by name; dates move by calendar days', () => {
  assert.equal(isKnownTimeZone('Asia/Shanghai'), true);
  assert.equal(isKnownTimeZone('Beijing'), false);
  assert.equal(addDays('2024-02-28', 1), '2024-02-29');
  assert.equal(addDays('2025-12-31', 30), '2026-01-30');
});

/** How many Intl.DateTimeFormat objects `work` builds. */
function countFormattersBuilt(work: () => void): number {
  const original = Intl.DateTimeFormat;
  let built = 0;
  Intl.DateTimeFormat = function (...args: ConstructorParameters<typeof Intl.DateTimeFormat>) {
    built += 1;
    return new original(...args);
  } as unknown as typeof Intl.DateTimeFormat;
  try {
    work();
  } finally {
    Intl.DateTimeFormat = original;
  }
  return built;
}
