import assert from 'node:assert/strict';
import { beforeAll, describe, test } from '@jest/globals';
import { Role } from '../platform/auth/identity';
import { resolveSecrets } from '../platform/auth/secrets';
import { createLogger } from '../platform/logging/logger';
import { Clock } from '../platform/time/clock';
import { seedDatabase, type SeedReport } from '../bench/seed/seed.runner';
import type { GraphQLClient } from './kit/client';
import { AGING, ATTENDANCE, median, periodStartsByHand, REPORT, sqlRows } from './kit/reports';
import { useTestStack } from './kit/stack';

/**
 * Every figure of the joint-meeting reports, through the gateway, equals what hand-written SQL gives
 * on a generated city (a tiny one: 60 meetings over the past year and the month ahead, with their
 * attendance, agenda, resolutions and action items in every status). The hand-written queries count
 * each figure on its own, one group at a time, with no shared statement.
 */
const hub = useTestStack();
const today = new Clock('Asia/Shanghai').today();
let seeded: SeedReport;
let admin: GraphQLClient;
const from = `${Number(today.slice(0, 4)) - 2}-01-01`; // two years back: empty months, quarters and a year before the data
const to = `${Number(today.slice(0, 4)) + 1}-12-31`;
const CATEGORIES = ['RESIDENTS_URGENT_PROBLEM', 'CO_BUILDING_PROJECT', 'REGULAR_BUSINESS', 'OTHER'];

beforeAll(async () => {
  seeded = await seedDatabase(hub.stack.database, {
    scale: 'tiny',
    asOf: today,
    logger: createLogger('silent'),
    out: null,
    memberDataKey: resolveSecrets(hub.config.auth).memberDataKey,
  });
  admin = await hub.as({ role: Role.DISTRICT_ADMIN, subject: 'report-admin', organisationId: seeded.city!.districts[0].id });
});

const uuids = (ids: string[]) => `array[${ids.map((id) => `'${id}'`).join(',') || `'00000000-0000-4000-8000-000000000000'`}]::uuid[]`;

/** Conditions on meetings `m`, their attendance rows `a` and action items `i` (joined to `m`) that pick one group. */
interface Group {
  meetings: string;
  attendance?: string;
  items: string;
}

/** One group's figures, each counted by its own hand-written query. */
async function handFigures(group: Group) {
  const held = `meetings.joint_meeting m where m.meeting_date between '${from}' and '${to}' and m.status = 'HELD' and ${group.meetings}`;
  const att = group.attendance ? ` and ${group.attendance}` : '';
  const items = `meetings.action_item i join meetings.joint_meeting m on m.id = i.meeting_id
    where m.meeting_date between '${from}' and '${to}' and m.status = 'HELD' and ${group.items}`;
  const [row] = await sqlRows<Record<string, string>>(
    hub,
    `select
      (select count(*) from ${held}) as held,
      (select count(*) from meetings.joint_meeting m where m.meeting_date between '${from}' and '${to}' and m.status = 'CANCELLED' and ${group.meetings}) as cancelled,
      (select count(*) from meetings.meeting_attendance a where a.meeting_id in (select m.id from ${held})${att}) as invitations,
      (select count(*) from meetings.meeting_attendance a where a.meeting_id in (select m.id from ${held})${att} and a.status = 'PRESENT') as attendances,
      (select count(*) from ${held} and 2 * (select count(*) from meetings.meeting_attendance q where q.meeting_id = m.id and q.status = 'PRESENT')
         > (select count(*) from meetings.meeting_attendance q where q.meeting_id = m.id)) as quorum,
      (select count(*) from meetings.agenda_item g where g.meeting_id in (select m.id from ${held})) as agenda,
      ${CATEGORIES.map((c) => `(select count(*) from meetings.agenda_item g where g.category = '${c}' and g.meeting_id in (select m.id from ${held})) as "${c}"`).join(',')},
      (select count(*) from meetings.resolution r where r.meeting_id in (select m.id from ${held})) as resolutions,
      (select count(*) from ${items}) as items,
      (select count(*) from ${items} and i.status = 'DONE') as done,
      (select count(*) from ${items} and i.status = 'DONE' and i.completed_on <= i.due_date) as on_time,
      (select count(*) from ${items} and i.status in ('OPEN', 'IN_PROGRESS') and i.due_date < '${today}') as overdue,
      (select count(*) from ${items} and i.status = 'DROPPED') as dropped,
      (select coalesce(json_agg(i.completed_on - i.assigned_on), '[]') from ${items} and i.status = 'DONE') as days`,
  );
  const n = (key: string) => Number(row[key]);
  const days = (typeof row.days === 'string' ? JSON.parse(row.days) : row.days) as number[];
  return {
    meetingsHeld: n('held'),
    meetingsCancelled: n('cancelled'),
    invitations: n('invitations'),
    attendances: n('attendances'),
    attendanceRate: n('invitations') ? n('attendances') / n('invitations') : null,
    meetingsWithQuorum: n('quorum'),
    quorumRate: n('held') ? n('quorum') / n('held') : null,
    agendaItems: n('agenda'),
    agendaItemsByCategory: CATEGORIES.map((category) => ({ category, count: n(category) })),
    resolutions: n('resolutions'),
    actionItems: n('items'),
    actionItemsDone: n('done'),
    actionItemsDoneOnTime: n('on_time'),
    actionItemsOverdue: n('overdue'),
    actionItemsDropped: n('dropped'),
    medianDaysToClose: median(days),
  };
}

function figuresOf(row: Record<string, unknown>) {
  const { key: _key, label: _label, periodStart: _start, organisation: _organisation, ...figures } = row;
  return figures;
}

function conveners(rootId: string | null): string[] {
  const city = seeded.city!;
  const within = (o: { id: string; parent: unknown }): boolean => rootId === null || o.id === rootId || (!!o.parent && within(o.parent as typeof o));
  return [...city.streets, ...city.communities].filter(within).map((o) => o.id);
}

async function report(client: GraphQLClient, scopeId: string | null, groupBy: 'MONTH' | 'QUARTER' | 'YEAR' | 'CONVENER' | 'MEMBER_UNIT') {
  return (await client.data(REPORT, { scopeId, from, to, groupBy })).jointMeetingReport;
}

describe('jointMeetingReport', () => {
  test('by month, quarter and year: every period of the range in order, empty ones with zeros, each figure as hand-written SQL counts it', async () => {
    const scope = uuids(conveners(null));
    for (const [groupBy, months, unit] of [
      ['MONTH', 1, '1 month'],
      ['QUARTER', 3, '3 months'],
      ['YEAR', 12, '1 year'],
    ] as const) {
      const answer = await report(admin, seeded.city!.districts[0].id, groupBy);
      assert.deepEqual(
        answer.rows.map((r) => r.periodStart),
        periodStartsByHand(from, to, months),
      );
      assert.ok(answer.rows.some((r) => r.meetingsHeld === 0) && answer.rows.some((r) => r.meetingsHeld > 0));
      for (const row of answer.rows) {
        const start = row.periodStart!;
        const group = `m.meeting_date >= '${start}' and m.meeting_date < '${start}'::date + interval '${unit}'`;
        assert.deepEqual(
          figuresOf(row),
          await handFigures({ meetings: `m.convener_id = any(${scope}) and ${group}`, items: `i.convener_id = any(${scope}) and ${group}` }),
          `${groupBy} ${start}`,
        );
      }
      assert.deepEqual(answer.totals, await handFigures({ meetings: `m.convener_id = any(${scope})`, items: `i.convener_id = any(${scope})` }));
    }
  });

  test('the data is rich enough to test with: held, cancelled, overdue, done late and on time, every agenda category', async () => {
    const { totals } = await report(admin, seeded.city!.districts[0].id, 'YEAR');
    assert.ok(totals.meetingsHeld > 20 && totals.meetingsCancelled > 0, JSON.stringify(totals));
    assert.ok(totals.actionItemsOverdue > 0 && totals.actionItemsDoneOnTime > 0 && totals.actionItemsDone > totals.actionItemsDoneOnTime);
    assert.ok(totals.agendaItemsByCategory.every((c) => c.count > 0));
    assert.ok(totals.meetingsWithQuorum > 0 && totals.meetingsWithQuorum < totals.meetingsHeld);
  });

  test('by convener: every street and community of a street scope, those that held nothing too', async () => {
    const street = seeded.city!.streets[0];
    const answer = await report(admin, street.id, 'CONVENER');
    assert.deepEqual(answer.rows.map((r) => r.key).sort(), conveners(street.id).sort());
    for (const row of answer.rows) {
      assert.equal(row.organisation!.id, row.key);
      assert.equal(row.label, row.organisation!.name);
      assert.deepEqual(figuresOf(row), await handFigures({ meetings: `m.convener_id = '${row.key}'`, items: `i.convener_id = '${row.key}'` }));
    }
    const scope = uuids(conveners(street.id));
    assert.deepEqual(answer.totals, await handFigures({ meetings: `m.convener_id = any(${scope})`, items: `i.convener_id = any(${scope})` }));
  });

  test('by member unit: each unit counts the meetings it was invited to, its own attendance and the action items it owns; totals count each meeting once', async () => {
    const scope = uuids(conveners(null));
    const answer = await report(hub.gateway, null, 'MEMBER_UNIT');
    const [{ n }] = await sqlRows<{ n: string }>(
      hub,
      `select count(*) as n from (select a.unit_id from meetings.meeting_attendance a join meetings.joint_meeting m on m.id = a.meeting_id
         where m.meeting_date between '${from}' and '${to}' and m.status in ('HELD', 'CANCELLED', 'SCHEDULED')
       union select i.owner_id from meetings.action_item i join meetings.joint_meeting m on m.id = i.meeting_id
         where m.meeting_date between '${from}' and '${to}' and m.status = 'HELD') k`,
    );
    assert.equal(answer.rows.length, Number(n));
    for (const row of answer.rows) {
      const invited = `exists (select 1 from meetings.meeting_attendance x where x.meeting_id = m.id and x.unit_id = '${row.key}')`;
      assert.deepEqual(
        figuresOf(row),
        await handFigures({ meetings: invited, attendance: `a.unit_id = '${row.key}'`, items: `i.owner_id = '${row.key}'` }),
        row.label,
      );
    }
    assert.deepEqual(answer.totals, await handFigures({ meetings: `m.convener_id = any(${scope})`, items: `i.convener_id = any(${scope})` }));
  });
});

describe('attendanceByUnit', () => {
  test('invited, attended and runs of absences per unit, as counted by hand from each unit’s held meetings in order', async () => {
    const answer = (await admin.data(ATTENDANCE, { scopeId: seeded.city!.districts[0].id, from, to })).attendanceByUnit;
    const rows = await sqlRows<{ unit_id: string; status: string }>(
      hub,
      `select a.unit_id::text as unit_id, a.status::text as status from meetings.meeting_attendance a join meetings.joint_meeting m on m.id = a.meeting_id
       where m.status = 'HELD' and m.meeting_date between '${from}' and '${to}' order by a.unit_id, m.starts_at, m.id`,
    );
    const expected = new Map<string, { invited: number; attended: number; current: number; longest: number }>();
    for (const row of rows) {
      const unit = expected.get(row.unit_id) ?? { invited: 0, attended: 0, current: 0, longest: 0 };
      unit.invited += 1;
      if (row.status === 'PRESENT') {
        unit.attended += 1;
        unit.current = 0;
      } else {
        unit.current += 1;
        unit.longest = Math.max(unit.longest, unit.current);
      }
      expected.set(row.unit_id, unit);
    }
    assert.equal(answer.units.length, expected.size);
    for (const unit of answer.units) {
      const want = expected.get(unit.unitId)!;
      assert.deepEqual(
        [unit.invited, unit.attended, unit.attendanceRate, unit.currentConsecutiveAbsences, unit.longestConsecutiveAbsences],
        [want.invited, want.attended, want.attended / want.invited, want.current, want.longest],
        unit.unitName,
      );
      assert.ok(unit.unitName.length > 0);
    }
    assert.ok(
      answer.units.some((u) => u.longestConsecutiveAbsences > 1),
      'some unit stays away more than once in a row',
    );
    const order = answer.units.map((u) => [u.currentConsecutiveAbsences, u.attendanceRate]);
    for (let k = 1; k < order.length; k += 1) {
      assert.ok(order[k - 1][0] > order[k][0] || (order[k - 1][0] === order[k][0] && order[k - 1][1] <= order[k][1]), 'those who stay away come first');
    }
  });
});

describe('actionItemAging', () => {
  for (const daysBack of [0, 60]) {
    test(`open items by owner and age bucket ${daysBack ? 'on a past day' : 'today'}, as hand-written SQL counts them`, async () => {
      const asOf = new Date(Date.parse(`${today}T00:00:00Z`) - daysBack * 86_400_000).toISOString().slice(0, 10);
      const answer = (await admin.data(AGING, { scopeId: seeded.city!.districts[0].id, asOf })).actionItemAging;
      const rows = await sqlRows<{ owner: string; age: number; overdue: boolean }>(
        hub,
        `select i.owner_id::text as owner, ('${asOf}'::date - i.assigned_on) as age, i.due_date < '${asOf}' as overdue from meetings.action_item i
         where i.assigned_on <= '${asOf}' and (i.status in ('OPEN', 'IN_PROGRESS') or (i.status = 'DONE' and i.completed_on > '${asOf}'))`,
      );
      const bucket = (age: number) =>
        age <= 30 ? 'WITHIN_30_DAYS' : age <= 60 ? 'DAYS_31_TO_60' : age <= 90 ? 'DAYS_61_TO_90' : age <= 180 ? 'DAYS_91_TO_180' : 'OVER_180_DAYS';
      const tally = (subset: typeof rows) =>
        ['WITHIN_30_DAYS', 'DAYS_31_TO_60', 'DAYS_61_TO_90', 'DAYS_91_TO_180', 'OVER_180_DAYS'].map((b) => {
          const inBucket = subset.filter((r) => bucket(Number(r.age)) === b);
          return { bucket: b, open: inBucket.length, overdue: inBucket.filter((r) => r.overdue).length };
        });
      assert.equal(answer.open, rows.length);
      assert.ok(rows.length > 0);
      assert.equal(answer.overdue, rows.filter((r) => r.overdue).length);
      assert.deepEqual(answer.buckets, tally(rows));
      assert.equal(answer.owners.length, new Set(rows.map((r) => r.owner)).size);
      for (const owner of answer.owners) {
        const own = rows.filter((r) => r.owner === owner.ownerId);
        assert.deepEqual([owner.open, owner.overdue, owner.buckets], [own.length, own.filter((r) => r.overdue).length, tally(own)]);
      }
    });
  }
});
