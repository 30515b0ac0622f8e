import type { RequestContext } from '../../platform/context/request-context';
import { OrganisationsClient, organisationReference } from '../organisations/public';
import { checkAsOf, checkPeriod, resolveReportScope, type ReportScope } from './report.scope';
import { AGENDA_CATEGORIES, agingStatement, attendanceStatement, figuresStatement, type FigureKey, type FigureRow, type Statement } from './report.sql';
import {
  ActionItemAgeBucket,
  type ActionItemAgingReport,
  type AgeBucketCount,
  type AttendanceByUnitReport,
  type JointMeetingFigures,
  type JointMeetingReport,
  type JointMeetingReportRow,
  type OwnerAging,
  ReportGrouping,
} from './report.types';

const BUCKETS = Object.values(ActionItemAgeBucket);
const byName = new Intl.Collator('zh');
const count = (value: string | number | null | undefined) => Number(value ?? 0);
const ratio = (part: number, whole: number) => (whole === 0 ? null : part / whole);

/**
 * The joint-meeting reports (journey 5): figures summed by the database over the meetings, their
 * attendance, agenda, resolutions and action items of a scope and period (see `report.sql.ts`);
 * here they are only checked for access, labelled and shaped. Aggregates only: no field of a
 * report names a person.
 */
export class ReportService {
  constructor(private readonly ctx: RequestContext) {}

  async jointMeetingReport(scopeId: string | null | undefined, from: string, to: string, groupBy: ReportGrouping): Promise<JointMeetingReport> {
    const period = checkPeriod(from, to);
    const scope = await resolveReportScope(this.ctx, scopeId);
    const today = this.ctx.today;
    // Two statements, side by side on PostgreSQL (PGlite runs them in turn).
    const [groups, totals] = await Promise.all([
      this.run<FigureRow>(figuresStatement(this.ctx.em, scope, period, today, groupBy)),
      this.run<FigureRow>(figuresStatement(this.ctx.em, scope, period, today, 'TOTAL')),
    ]);
    const rows = await this.label(groupBy, this.withEveryConvener(groupBy, scope, groups));
    return { scopeId: scope.id, scopeName: scope.name, from, to, asOf: today, groupBy, rows, totals: figures(totals[0] ?? { key: 'total' }) };
  }

  async attendanceByUnit(scopeId: string | null | undefined, from: string, to: string): Promise<AttendanceByUnitReport> {
    const period = checkPeriod(from, to);
    const scope = await resolveReportScope(this.ctx, scopeId);
    const rows = await this.run<{ unit_id: string; invited: string; attended: string; current_run: string; longest_run: string }>(
      attendanceStatement(this.ctx.em, scope, period),
    );
    const names = await this.names(rows.map((r) => r.unit_id));
    const units = rows.map((r) => ({
      unitId: r.unit_id,
      unit: organisationReference(r.unit_id),
      unitName: names.get(r.unit_id) ?? '',
      invited: count(r.invited),
      attended: count(r.attended),
      attendanceRate: count(r.attended) / count(r.invited),
      currentConsecutiveAbsences: count(r.current_run),
      longestConsecutiveAbsences: count(r.longest_run),
    }));
    units.sort(
      (a, b) => b.currentConsecutiveAbsences - a.currentConsecutiveAbsences || a.attendanceRate - b.attendanceRate || byName.compare(a.unitName, b.unitName),
    );
    return { scopeId: scope.id, from, to, units };
  }

  async actionItemAging(scopeId: string | null | undefined, asOfArg: string | null | undefined): Promise<ActionItemAgingReport> {
    const asOf = checkAsOf(asOfArg, this.ctx.today);
    const scope = await resolveReportScope(this.ctx, scopeId);
    const rows = await this.run<{ owner_id: string | null; bucket: ActionItemAgeBucket; open: string; overdue: string }>(
      agingStatement(this.ctx.em, scope, asOf),
    );
    const bucketsOf = (ownerId: string | null): AgeBucketCount[] =>
      BUCKETS.map((bucket) => {
        const row = rows.find((r) => r.owner_id === ownerId && r.bucket === bucket);
        return { bucket, open: count(row?.open), overdue: count(row?.overdue) };
      });
    const ownerIds = [...new Set(rows.map((r) => r.owner_id).filter((id): id is string => id !== null))];
    const names = await this.names(ownerIds);
    const owners: OwnerAging[] = ownerIds.map((ownerId) => {
      const buckets = bucketsOf(ownerId);
      return {
        ownerId,
        owner: organisationReference(ownerId),
        ownerName: names.get(ownerId) ?? '',
        open: buckets.reduce((n, b) => n + b.open, 0),
        overdue: buckets.reduce((n, b) => n + b.overdue, 0),
        buckets,
      };
    });
    owners.sort((a, b) => b.overdue - a.overdue || b.open - a.open || byName.compare(a.ownerName, b.ownerName));
    const buckets = bucketsOf(null);
    return {
      scopeId: scope.id,
      asOf,
      open: buckets.reduce((n, b) => n + b.open, 0),
      overdue: buckets.reduce((n, b) => n + b.overdue, 0),
      buckets,
      owners,
    };
  }

  private run<T>(statement: Statement): Promise<T[]> {
    return this.ctx.em.execute<T[]>(statement.sql, statement.params);
  }

  /** Per convener, every committee of a committee's scope has its row, zeros for those that held nothing. */
  private withEveryConvener(groupBy: FigureKey, scope: ReportScope, rows: FigureRow[]): FigureRow[] {
    if (groupBy !== ReportGrouping.CONVENER || !scope.conveners) return rows;
    const present = new Set(rows.map((r) => r.key));
    return [...rows, ...scope.conveners.filter((id) => !present.has(id)).map((key) => ({ key }) as FigureRow)];
  }

  private async label(groupBy: ReportGrouping, rows: FigureRow[]): Promise<JointMeetingReportRow[]> {
    if (groupBy === ReportGrouping.CONVENER || groupBy === ReportGrouping.MEMBER_UNIT) {
      const names = await this.names(rows.map((r) => r.key));
      return rows
        .map((r) => ({ ...figures(r), key: r.key, label: names.get(r.key) ?? '', periodStart: null, organisation: organisationReference(r.key) }))
        .sort((a, b) => byName.compare(a.label, b.label) || a.key.localeCompare(b.key));
    }
    return rows.map((r) => ({ ...figures(r), key: r.key, label: periodLabel(groupBy, r.key), periodStart: r.key, organisation: null }));
  }

  private async names(ids: string[]): Promise<Map<string, string>> {
    const organisations = this.ctx.shared(OrganisationsClient);
    const found = await Promise.all(ids.map((id) => organisations.find(id)));
    return new Map(ids.map((id, i) => [id, found[i]?.name ?? '']));
  }
}

/** A group's figures from its row of sums (a group the database did not return has none). */
function figures(row: Partial<FigureRow>): JointMeetingFigures {
  const held = count(row.held);
  const invitations = count(row.invitations);
  const attendances = count(row.attendances);
  const quorum = count(row.quorum);
  return {
    meetingsHeld: held,
    meetingsCancelled: count(row.cancelled),
    invitations,
    attendances,
    attendanceRate: ratio(attendances, invitations),
    meetingsWithQuorum: quorum,
    quorumRate: ratio(quorum, held),
    agendaItems: count(row.agenda),
    agendaItemsByCategory: AGENDA_CATEGORIES.map((category) => ({ category, count: count(row[category]) })),
    resolutions: count(row.resolutions),
    actionItems: count(row.items),
    actionItemsDone: count(row.done),
    actionItemsDoneOnTime: count(row.on_time),
    actionItemsOverdue: count(row.overdue),
    actionItemsDropped: count(row.dropped),
    medianDaysToClose: row.median_days === null || row.median_days === undefined ? null : Number(row.median_days),
  };
}

/** 2026年3月, 2026年第1季度, 2026年: a time group in words, from its first day. */
function periodLabel(groupBy: ReportGrouping, start: string): string {
  const year = start.slice(0, 4);
  const month = Number(start.slice(5, 7));
  if (groupBy === ReportGrouping.MONTH) return `${year}年${month}月`;
  if (groupBy === ReportGrouping.QUARTER) return `${year}年第${(month + 2) / 3}季度`;
  return `${year}年`;
}
