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

  /** The calendar date (`YYYY-MM-DD`) in this clock's time zone at `instant`. */
  dateAt(instant: Date): string {
    const parts: Record<string, string> = {};
    for (const { type, value } of this.format.formatToParts(instant)) parts[type] = value;
    return `${parts.year}-${parts.month}-${parts.day}`;
  }

  /** Today's calendar date in this clock's time zone. */
  today(): string {
    return this.dateAt(this.now());
  }
}

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
