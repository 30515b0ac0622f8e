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

test('kept quarter-hour dates agree with formatting every instant: midnights, daylight saving, the 1901 offset in seconds', () => {
  const exact = (timeZone: string, time: number) =>
    new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(time);
  const spans: Array<[string, string, number]> = [
    ['Asia/Shanghai', '2026-03-01T15:00:00Z', 2 * 3_600_000], // across midnight in Beijing
    ['America/Sao_Paulo', '2018-11-03T23:00:00Z', 4 * 3_600_000], // daylight saving began at local midnight
    ['America/Sao_Paulo', '2019-02-17T00:00:00Z', 4 * 3_600_000], // and ended at local midnight
    ['Australia/Lord_Howe', '2025-04-05T13:00:00Z', 3 * 3_600_000], // a half-hour change
    ['Asia/Shanghai', '1900-12-31T15:00:00Z', 2 * 3_600_000], // local mean time, +08:05:43
  ];
  for (const [timeZone, from, length] of spans) {
    const clock = new Clock(timeZone);
    const start = Date.parse(from);
    // Twice over: formatted first, then from what was kept.
    for (let pass = 0; pass < 2; pass++) {
      for (let t = start; t < start + length; t += 37_000)
        assert.equal(clock.dateAt(new Date(t)), exact(timeZone, t), `${timeZone} ${new Date(t).toISOString()}`);
    }
  }
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

test('startOf: the first instant of a date in the clock’s time zone', () => {
  assert.equal(new Clock('Asia/Shanghai').startOf('2026-01-01').toISOString(), '2025-12-31T16:00:00.000Z');
  // Where midnight is skipped by a change to summer time, the day begins at 01:00 (Havana, 2026-03-08).
  assert.equal(new Clock('America/Havana').startOf('2026-03-08').toISOString(), '2026-03-08T05:00:00.000Z');
  assert.equal(new Clock('UTC').startOf('2026-07-01').toISOString(), '2026-07-01T00:00:00.000Z');
});
