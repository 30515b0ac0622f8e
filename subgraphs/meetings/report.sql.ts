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
const ALL: Condition = { sql: 'true' };
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
  const categorySums = AGENDA_CATEGORIES.map((c) => `sum("${c}") as "${c}"`).join(', ');
  const heldIds = `select id from m where status = 'HELD'`;
  // Per member unit, each meeting counts once for each invited unit of the scope, with that unit's own
  // attendance; otherwise a meeting counts once, with the invitations of the scope (all, or a unit's own).
  const perUnit = key === 'MEMBER_UNIT';
  const counted = perUnit ? ALL : scope.attendance;
  const meetingFacts = perUnit
    ? `select ${meetingKey} as key, (m.status = 'HELD')::int as held, (m.status = 'CANCELLED')::int as cancelled,
         (m.status = 'HELD')::int as invitations, (m.status = 'HELD' and a.status = 'PRESENT')::int as attendances,
         (m.status = 'HELD' and coalesce(att.present_all, 0) * 2 > coalesce(att.invited_all, 0))::int as quorum,
         coalesce(ag.total, 0) as agenda, ${categoryFacts}, coalesce(rs.n, 0) as resolutions
       from m join ${t.attendance} a on a.meeting_id = m.id and (${scope.attendance.sql})
       left join att on att.meeting_id = m.id left join ag on ag.meeting_id = m.id left join rs on rs.meeting_id = m.id`
    : `select ${meetingKey} as key, (m.status = 'HELD')::int as held, (m.status = 'CANCELLED')::int as cancelled,
         coalesce(att.invited, 0) as invitations, coalesce(att.present, 0) as attendances,
         (m.status = 'HELD' and coalesce(att.present_all, 0) * 2 > coalesce(att.invited_all, 0))::int as quorum,
         coalesce(ag.total, 0) as agenda, ${categoryFacts}, coalesce(rs.n, 0) as resolutions
       from m left join att on att.meeting_id = m.id left join ag on ag.meeting_id = m.id left join rs on rs.meeting_id = m.id`;
  // `m` is inlined where it is used (not materialised), so the planner sees the table's own statistics
  // and joins the 40,000 attendance rows by hash rather than probing them meeting by meeting.
  const sql = `with m as not materialized (
      select o.id, o.status, o.meeting_date, o.convener_id from ${t.meeting} o
      where o.meeting_date >= ?::date and o.meeting_date <= ?::date and (${scope.meetings.sql})),
    att as (select a.meeting_id, count(*) as invited_all, count(*) filter (where a.status = 'PRESENT') as present_all,
        count(*) filter (where ${counted.sql}) as invited, count(*) filter (where a.status = 'PRESENT' and ${counted.sql}) as present
      from ${t.attendance} a where a.meeting_id in (${heldIds}) group by a.meeting_id),
    ag as (select g.meeting_id, count(*) as total, ${categoryCounts} from ${t.agenda} g where g.meeting_id in (${heldIds}) group by g.meeting_id),
    rs as (select r.meeting_id, count(*) as n from ${t.resolution} r where r.meeting_id in (${heldIds}) group by r.meeting_id),
    meeting_groups as (
      select key, sum(held) as held, sum(cancelled) as cancelled, sum(invitations) as invitations, sum(attendances) as attendances,
        sum(quorum) as quorum, sum(agenda) as agenda, ${categorySums}, sum(resolutions) as resolutions
      from (${meetingFacts}) mf group by key),
    item_groups as (
      select ${itemKey} as key, count(*) as items, count(*) filter (where i.status = 'DONE') as done,
        count(*) filter (where i.status = 'DONE' and i.completed_on <= i.due_date) as on_time,
        count(*) filter (where i.status in ('OPEN', 'IN_PROGRESS') and i.due_date < ?::date) as overdue,
        count(*) filter (where i.status = 'DROPPED') as dropped,
        percentile_cont(0.5) within group (order by case when i.status = 'DONE' then i.completed_on - i.assigned_on end) as median_days
      from ${t.item} i join ${t.meeting} o on o.id = i.meeting_id
      where o.status = 'HELD' and o.meeting_date >= ?::date and o.meeting_date <= ?::date and (${scope.actionItems.sql})
      group by 1),
    grouped as (select * from meeting_groups full join item_groups using (key))
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
    ...paramsOf(counted),
    ...paramsOf(counted),
    ...(perUnit ? paramsOf(scope.attendance) : []),
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
