import pg from 'pg';
import { graphql } from './graphql';
import type { TestStack } from './stack';

export const REPORT = graphql(`
  query Report($scopeId: ID, $from: LocalDate!, $to: LocalDate!, $groupBy: ReportGrouping!) {
    jointMeetingReport(scopeId: $scopeId, from: $from, to: $to, groupBy: $groupBy) {
      scopeId
      scopeName
      from
      to
      asOf
      groupBy
      rows {
        key
        label
        periodStart
        organisation {
          id
          name
        }
        meetingsHeld
        meetingsCancelled
        invitations
        attendances
        attendanceRate
        meetingsWithQuorum
        quorumRate
        agendaItems
        agendaItemsByCategory {
          category
          count
        }
        resolutions
        actionItems
        actionItemsDone
        actionItemsDoneOnTime
        actionItemsOverdue
        actionItemsDropped
        medianDaysToClose
      }
      totals {
        meetingsHeld
        meetingsCancelled
        invitations
        attendances
        attendanceRate
        meetingsWithQuorum
        quorumRate
        agendaItems
        agendaItemsByCategory {
          category
          count
        }
        resolutions
        actionItems
        actionItemsDone
        actionItemsDoneOnTime
        actionItemsOverdue
        actionItemsDropped
        medianDaysToClose
      }
    }
  }
`);

export const ATTENDANCE = graphql(`
  query AttendanceByUnit($scopeId: ID, $from: LocalDate!, $to: LocalDate!) {
    attendanceByUnit(scopeId: $scopeId, from: $from, to: $to) {
      scopeId
      units {
        unitId
        unitName
        unit {
          id
        }
        invited
        attended
        attendanceRate
        currentConsecutiveAbsences
        longestConsecutiveAbsences
      }
    }
  }
`);

export const AGING = graphql(`
  query ActionItemAging($scopeId: ID, $asOf: LocalDate) {
    actionItemAging(scopeId: $scopeId, asOf: $asOf) {
      scopeId
      asOf
      open
      overdue
      buckets {
        bucket
        open
        overdue
      }
      owners {
        ownerId
        ownerName
        open
        overdue
        buckets {
          bucket
          open
          overdue
        }
      }
    }
  }
`);

/** Runs hand-written SQL (with $1… parameters) on the stack's own database, PostgreSQL or PGlite. */
export async function sqlRows<T = Record<string, unknown>>(hub: TestStack, sql: string, params: unknown[] = []): Promise<T[]> {
  const database = hub.stack.database;
  if (database.pglite) return (await database.pglite.instance.query<T>(sql, params)).rows;
  const client = new pg.Client({ connectionString: (database.settings as { url: string }).url });
  await client.connect();
  try {
    return (await client.query(sql, params)).rows as T[];
  } finally {
    await client.end();
  }
}

/** The middle value of a list of numbers (the mean of the two middle ones for an even count), null for none. */
export function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** The first day of each month (step 1), quarter (3) or year (12) that meets [from, to], counted by hand. */
export function periodStartsByHand(from: string, to: string, months: 1 | 3 | 12): string[] {
  let year = Number(from.slice(0, 4));
  let month = Number(from.slice(5, 7));
  month -= (month - 1) % months;
  const starts: string[] = [];
  for (;;) {
    const start = `${year}-${String(month).padStart(2, '0')}-01`;
    if (start > to) return starts;
    starts.push(start);
    month += months;
    if (month > 12) {
      month -= 12;
      year += 1;
    }
  }
}
