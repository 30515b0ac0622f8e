/**
 * The one clock of the hub. Terms, signing dates and "today" are calendar dates where the
 * agreements are made, so every date is derived in the configured time zone (`TIME_ZONE`, default
 * Asia/Shanghai), never in UTC: at 07:59 in Beijing it is already tomorrow there, still today in UTC.
 *
 * Formatting a date in a time zone needs an `Intl.DateTimeFormat`, which is costly to build, so each
 * clock builds one and keeps it; a request asks for "today" once (`RequestContext.today`).
 */
export class Clock {
  private readonly format: Intl.DateTimeFormat;
  /** Dates of quarter hours already formatted (see `dateAt`); cleared when it grows past `QUARTERS_KEPT`. */
  private readonly quarters = new Map<number, string>();

  /**
   * @param now where instants come from. Production passes nothing (the system time); a test may
   * pass a fixed instant through the test kit's `useTestStack({ now })`, the one seam for it.
   */
  constructor(
    readonly timeZone: string,
    private readonly source: () => Date = () => new Date(),
  ) {
    this.format = new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hourCycle: 'h23' });
  }

  /** The current instant. */
  now(): Date {
    return this.source();
  }

  /**
   * The calendar date (`YYYY-MM-DD`) in this clock's time zone at `instant`. Formatting costs
   * microseconds, which a batch of 5,000 service records felt (a fifth of its checking), so the
   * date of each quarter hour is kept: time-zone offsets and their changes fall on quarter hours,
   * so a quarter hour whose first and last millisecond have the same date has it throughout; one
   * that straddles a change of date (midnight there, or a historical offset in seconds) is
   * formatted instant by instant.
   */
  dateAt(instant: Date): string {
    const time = instant.getTime();
    const quarter = Math.floor(time / QUARTER_MS);
    const known = this.quarters.get(quarter);
    if (known !== undefined) return known;
    const first = this.formatted(quarter * QUARTER_MS);
    if (first !== this.formatted((quarter + 1) * QUARTER_MS - 1)) return this.formatted(time);
    if (this.quarters.size >= QUARTERS_KEPT) this.quarters.clear();
    this.quarters.set(quarter, first);
    return first;
  }

  private formatted(time: number): string {
    const parts: Record<string, string> = {};
    for (const { type, value } of this.format.formatToParts(time)) parts[type] = value;
    return `${parts.year}-${parts.month}-${parts.day}`;
  }

  /**
   * The first instant of `date` (`YYYY-MM-DD`) in this clock's time zone, e.g. where a year's or a
   * day's range begins. Time zones lie within ±14 h of UTC and change offset on quarter hours, so it
   * is the first quarter hour from there whose date is `date` or later (01:00 where midnight is skipped).
   */
  startOf(date: string): Date {
    const midnightUtc = Date.parse(`${date}T00:00:00Z`);
    for (let time = midnightUtc - 14 * HOUR_MS; time <= midnightUtc + 14 * HOUR_MS; time += QUARTER_MS) {
      if (this.dateAt(new Date(time)) >= date) return new Date(time);
    }
    return new Date(midnightUtc);
  }

  /** Today's calendar date in this clock's time zone. */
  today(): string {
    return this.dateAt(this.now());
  }
}

const HOUR_MS = 3_600_000;
const QUARTER_MS = 15 * 60_000;
/** About a year of distinct quarter hours, a few megabytes at most. */
const QUARTERS_KEPT = 40_000;

/** Whether the runtime knows `timeZone` (an IANA name such as Asia/Shanghai). */
export function isKnownTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone });
    return true;
  } catch {
    return false;
  }
}

/** `date` (`YYYY-MM-DD`) moved by `days` calendar days. */
export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}
