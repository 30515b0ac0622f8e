import type { EntityManager } from '../../platform/orm/orm';
import { qualifiedTable } from '../../platform/pagination/batched-page';
import { ActionItem } from './action-item.entity';
import { AgendaCategory, AgendaItem } from './agenda-item.entity';
import { JointMeeting } from './joint-meeting.entity';
import type { Condition } from './meeting-access';
import { MeetingAttendance } from './meeting-attendance.entity';
import type { ReportPeriod, ReportScope } from './report.scope';
import { Resolution } from './resolution.entity';
import { ReportGrouping } from './report.types';

/** A statement with `?` placeholders, built in order. */
export interface Statement {
  sql: string;
  params: unknown[];
}

/** What the figures statement groups by: one of the report's groupings, or nothing (the totals). */
export type FigureKey = ReportGrouping | 'TOTAL';

export const AGENDA_CATEGORIES = Object.values(AgendaCategory);
const TIME_UNITS: Partial<Record<FigureKey, 'month' | 'quarter' | 'year'>> = { MONTH: 'month', QUARTER: 'quarter', YEAR: 'year' };
const STEPS = { month: '1 month', quarter: '3 months', year: '1 year' } as const;

/** One group's figures as the database returns them (counts as text, from bigint). */
export interface FigureRow {
  key: string;
  held: string | null;
  cancelled: string | null;
  invitations: string | null;
  attendances: string | null;
  quorum: string | null;
  agenda: string | null;
  resolutions: string | null;
  items: string | null;
  done: string | null;
  on_time: string | null;
  overdue: string | null;
  dropped: string | null;
  median_days: number | string | null;
  [category: string]: string | number | null;
}

const tables = (em: EntityManager) => ({
  meeting: qualifiedTable(em, JointMeeting),
  attendance: qualifiedTable(em, MeetingAttendance),
  agenda: qualifiedTable(em, AgendaItem),
  resolution: qualifiedTable(em, Resolution),
  item: qualifiedTable(em, ActionItem),
});

/**
 * The one statement behind `jointMeetingReport`: meetings of the scope whose day is in the period,
 * their attendance, agenda, resolutions and action items, summed per group in the database. Time
 * groupings list every month, quarter or year of the period (`generate_series`), empty ones too.
 */
export function figuresStatement(em: EntityManager, scope: ReportScope, period: ReportPeriod, today: string, key: FigureKey): Statement {
  const t = tables(em);
  const unit = TIME_UNITS[key];
  const meetingKey = unit
    ? `date_trunc('${unit}', m.meeting_date::timestamp)::date::text`
    : key === 'CONVENER'
      ? 'm.convener_id::text'
      : key === 'TOTAL'
        ? `'total'`
        : 'a.unit_id::text';
  const itemKey = unit
    ? `date_trunc('${unit}', o.meeting_date::timestamp)::date::text`
    : key === 'CONVENER'
      ? 'i.convener_id::text'
      : key === 'TOTAL'
        ? `'total'`
        : 'i.owner_id::text';
  const categoryCounts = AGENDA_CATEGORIES.map((c) => `count(*) filter (where g.category = '${c}') as "${c}"`).join(', ');
  const categoryFacts = AGENDA_CATEGORIES.map((c) => `coalesce(ag."${c}", 0) as "${c}"`).join(', ');
  const categoryZeros = AGENDA_CATEGORIES.map((c) => `0 as "${c}"`).join(', ');
  const categorySums = AGENDA_CATEGORIES.map((c) => `sum("${c}") as "${c}"`).join(', ');
  const heldIds = `select id from m where st = 'HELD'`;
  // Per member unit, each meeting counts once for each invited unit of the scope, with that unit's own attendance.
  const meetingFacts =
    key === 'MEMBER_UNIT'
      ? `select ${meetingKey} as key, (m.st = 'HELD')::int as held, (m.st = 'CANCELLED')::int as cancelled,
           (m.st = 'HELD')::int as invitations, (m.st = 'HELD' and a.status = 'PRESENT')::int as attendances,
           (m.st = 'HELD' and coalesce(aa.present, 0) * 2 > coalesce(aa.invited, 0))::int as quorum,
           coalesce(ag.total, 0) as agenda, ${categoryFacts}, coalesce(rs.n, 0) as resolutions
         from m join ${t.attendance} a on a.meeting_id = m.id and (${scope.attendance.sql})
         left join att_all aa on aa.meeting_id = m.id left join ag on ag.meeting_id = m.id left join rs on rs.meeting_id = m.id`
      : `select ${meetingKey} as key, (m.st = 'HELD')::int as held, (m.st = 'CANCELLED')::int as cancelled,
           coalesce(att.invited, 0) as invitations, coalesce(att.present, 0) as attendances,
           (m.st = 'HELD' and coalesce(aa.present, 0) * 2 > coalesce(aa.invited, 0))::int as quorum,
           coalesce(ag.total, 0) as agenda, ${categoryFacts}, coalesce(rs.n, 0) as resolutions
         from m left join att_all aa on aa.meeting_id = m.id left join att on att.meeting_id = m.id
         left join ag on ag.meeting_id = m.id left join rs on rs.meeting_id = m.id`;
  const attendanceFacts = key === 'MEMBER_UNIT' ? '' : ` and (${scope.attendance.sql})`;
  const sql = `with m as (
      select o.id, o.status::text as st, o.meeting_date, o.convener_id from ${t.meeting} o
      where o.meeting_date >= ?::date and o.meeting_date <= ?::date and (${scope.meetings.sql})),
    att_all as (select a.meeting_id, count(*) as invited, count(*) filter (where a.status = 'PRESENT') as present
      from ${t.attendance} a where a.meeting_id in (${heldIds}) group by a.meeting_id),
    att as (select a.meeting_id, count(*) as invited, count(*) filter (where a.status = 'PRESENT') as present
      from ${t.attendance} a where a.meeting_id in (${heldIds})${attendanceFacts} group by a.meeting_id),
    ag as (select g.meeting_id, count(*) as total, ${categoryCounts} from ${t.agenda} g where g.meeting_id in (${heldIds}) group by g.meeting_id),
    rs as (select r.meeting_id, count(*) as n from ${t.resolution} r where r.meeting_id in (${heldIds}) group by r.meeting_id),
    facts as (
      select key, held, cancelled, invitations, attendances, quorum, agenda, ${AGENDA_CATEGORIES.map((c) => `"${c}"`).join(', ')}, resolutions,
        0 as items, 0 as done, 0 as on_time, 0 as overdue, 0 as dropped, null::int as days
      from (${meetingFacts}) mf
      union all
      select ${itemKey}, 0, 0, 0, 0, 0, 0, ${categoryZeros.replace(/ as "[A-Z_]+"/g, '')}, 0, 1,
        (i.status = 'DONE')::int, (i.status = 'DONE' and i.completed_on <= i.due_date)::int,
        (i.status in ('OPEN', 'IN_PROGRESS') and i.due_date < ?::date)::int, (i.status = 'DROPPED')::int,
        case when i.status = 'DONE' then i.completed_on - i.assigned_on end
      from ${t.item} i join ${t.meeting} o on o.id = i.meeting_id
      where o.status = 'HELD' and o.meeting_date >= ?::date and o.meeting_date <= ?::date and (${scope.actionItems.sql})),
    grouped as (
      select key, sum(held) as held, sum(cancelled) as cancelled, sum(invitations) as invitations, sum(attendances) as attendances,
        sum(quorum) as quorum, sum(agenda) as agenda, ${categorySums}, sum(resolutions) as resolutions, sum(items) as items,
        sum(done) as done, sum(on_time) as on_time, sum(overdue) as overdue, sum(dropped) as dropped,
        percentile_cont(0.5) within group (order by days) as median_days
      from facts group by key)
    ${
      unit
        ? `select * from (select d::date::text as key from generate_series(date_trunc('${unit}', ?::date)::timestamp, ?::date::timestamp, interval '${STEPS[unit]}') d) s
           left join grouped using (key) order by key`
        : `select * from grouped order by key`
    }`;
  const params = [
    period.from,
    period.to,
    ...paramsOf(scope.meetings),
    // in \`att\`, or (per member unit) in the facts' join: either way between the two
    ...paramsOf(scope.attendance),
    today,
    period.from,
    period.to,
    ...paramsOf(scope.actionItems),
    ...(unit ? [period.from, period.to] : []),
  ];
  return { sql, params };
}

/**
 * `attendanceByUnit`: per unit invited to held meetings of the scope in the period, invited and
 * attended counts, and runs of consecutive absences (gaps and islands over each unit's meetings in
 * order: a run is a stretch of ABSENT rows between two others); the current run is the one holding
 * the unit's latest meeting.
 */
export function attendanceStatement(em: EntityManager, scope: ReportScope, period: ReportPeriod): Statement {
  const t = tables(em);
  const sql = `with r as (
      select a.unit_id, a.meeting_id, a.status::text as st, o.starts_at from ${t.attendance} a join ${t.meeting} o on o.id = a.meeting_id
      where o.status = 'HELD' and o.meeting_date >= ?::date and o.meeting_date <= ?::date and (${scope.meetings.sql}) and (${scope.attendance.sql})),
    runs as (
      select unit_id, st,
        row_number() over (partition by unit_id order by starts_at, meeting_id)
          - row_number() over (partition by unit_id, st order by starts_at, meeting_id) as run,
        row_number() over (partition by unit_id order by starts_at desc, meeting_id desc) as recency
      from r),
    absences as (select unit_id, run, count(*) as length, bool_or(recency = 1) as latest from runs where st = 'ABSENT' group by unit_id, run),
    per_unit as (select unit_id, count(*) as invited, count(*) filter (where st = 'PRESENT') as attended from r group by unit_id)
    select p.unit_id::text as unit_id, p.invited, p.attended,
      coalesce(max(x.length) filter (where x.latest), 0) as current_run, coalesce(max(x.length), 0) as longest_run
    from per_unit p left join absences x on x.unit_id = p.unit_id
    group by p.unit_id, p.invited, p.attended`;
  return { sql, params: [period.from, period.to, ...paramsOf(scope.meetings), ...paramsOf(scope.attendance)] };
}

/** Age buckets by the days from assignment to the report day, as SQL over items `i` (upper bounds inclusive). */
const BUCKET_SQL = `case when ?::date - i.assigned_on <= 30 then 'WITHIN_30_DAYS' when ?::date - i.assigned_on <= 60 then 'DAYS_31_TO_60'
  when ?::date - i.assigned_on <= 90 then 'DAYS_61_TO_90' when ?::date - i.assigned_on <= 180 then 'DAYS_91_TO_180' else 'OVER_180_DAYS' end`;

/**
 * `actionItemAging`: items of the scope open on `asOf` (assigned by then, and still OPEN or
 * IN_PROGRESS, or DONE after it), counted per owner and age bucket, with the totals per bucket
 * (`owner_id` null) from the same grouping sets.
 */
export function agingStatement(em: EntityManager, scope: ReportScope, asOf: string): Statement {
  const t = tables(em);
  const sql = `select owner_id, bucket, count(*) as open, count(*) filter (where overdue) as overdue
    from (
      select i.owner_id::text as owner_id, ${BUCKET_SQL} as bucket, i.due_date < ?::date as overdue
      from ${t.item} i
      where i.assigned_on <= ?::date and (i.status in ('OPEN', 'IN_PROGRESS') or (i.status = 'DONE' and i.completed_on > ?::date))
        and (${scope.actionItems.sql})) open_items
    group by grouping sets ((owner_id, bucket), (bucket))`;
  return { sql, params: [asOf, asOf, asOf, asOf, asOf, asOf, asOf, ...paramsOf(scope.actionItems)] };
}

function paramsOf(condition: Condition): unknown[] {
  return condition.params ?? [];
}
