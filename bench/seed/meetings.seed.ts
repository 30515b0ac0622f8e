import { meetingsSubgraph } from '../../subgraphs/meetings/meetings.subgraph';
import { shiftDate, type City, type CityOrganisation } from './city.model';
import { personName } from './names';
import { spread, type Random } from './random';
import type { Column, Scale, SubgraphSeed, TableRows } from './seed.types';

const SCHEMA = meetingsSubgraph.storage.schema;

/** A year of joint meetings (and the month ahead) over the city's streets and communities. */
export const MEETINGS: Record<Scale, number> = { tiny: 60, city: 3_000 };

const TOPICS: ReadonlyArray<readonly [string, string, string]> = [
  ['老旧小区加装电梯', 'RESIDENTS_URGENT_PROBLEM', '完成加装电梯意见征询'],
  ['小区停车难', 'RESIDENTS_URGENT_PROBLEM', '协调共建单位错时开放停车位'],
  ['楼道照明改造', 'RESIDENTS_URGENT_PROBLEM', '更换老旧楼道感应灯'],
  ['独居老人照护', 'RESIDENTS_URGENT_PROBLEM', '落实党员结对走访'],
  ['四点半课堂', 'CO_BUILDING_PROJECT', '落实场地与志愿者'],
  ['邻里食堂', 'CO_BUILDING_PROJECT', '制定运营方案'],
  ['垃圾分类督导', 'REGULAR_BUSINESS', '排定督导轮值表'],
  ['汛期安全排查', 'REGULAR_BUSINESS', '完成隐患排查'],
  ['年度共建计划', 'OTHER', '报送共建项目清单'],
];
const KINDS = {
  street: 'BIG_WORKING_COMMITTEE_JOINT_MEETING',
  community: 'BIG_PARTY_COMMITTEE_JOINT_MEETING',
  consultations: ['PARTY_MASSES_JOINT_MEETING', 'RESIDENTS_DELIBERATION_MEETING', 'PUBLIC_OPINION_MEETING', 'AREA_JOINT_MEETING'],
} as const;

const enumType = (name: string) => `"${SCHEMA}"."${name}"`;
const columns = (spec: Array<[string, string]>): Column[] => spec.map(([name, type]) => ({ name, type }));
const BASE: Array<[string, string]> = [
  ['id', 'uuid'],
  ['created_at', 'timestamptz'],
  ['updated_at', 'timestamptz'],
  ['version', 'int'],
];

interface Rows {
  meetings: unknown[][];
  attendance: unknown[][];
  agenda: unknown[][];
  resolutions: unknown[][];
  items: unknown[][];
  notes: unknown[][];
}

/**
 * Joint meetings (联席会议): each street and community convenes some over the year before `asOf`
 * (streets fewer), some still ahead, a few cancelled; each invites the units holding seats on the
 * committee and those sitting in its area; held meetings have attendance, agenda items, resolutions
 * and action items, whose states follow from their due dates (most past ones done, some late, some overdue).
 */
export const meetingsSeed: SubgraphSeed = {
  subgraph: 'meetings',
  tables: (context) => {
    const r = context.random('meetings.meetings');
    const rows: Rows = { meetings: [], attendance: [], agenda: [], resolutions: [], items: [], notes: [] };
    const conveners = [...context.city.streets, ...context.city.communities];
    const counts = spread(r, MEETINGS[context.scale], conveners.length, 2, (i) => (conveners[i].kind === 'STREET_WORKING_COMMITTEE' ? 0.6 : 1));
    const invitees = invitedUnits(context.city);
    conveners.forEach((convener, c) => {
      for (let m = 0; m < counts[c]; m++) addMeeting(rows, convener, invitees.get(convener.id) ?? [], m, counts[c], context.asOf, r);
    });
    return [
      table(
        'joint_meeting',
        [
          ...BASE,
          ['convener_id', 'uuid'],
          ['kind', enumType('meeting_kind')],
          ['title', 'text'],
          ['starts_at', 'timestamptz'],
          ['ends_at', 'timestamptz'],
          ['meeting_date', 'date'],
          ['place', 'text'],
          ['status', enumType('meeting_status')],
          ['cancel_reason', 'text'],
          ['cancelled_at', 'timestamptz'],
          ['minutes', 'text'],
          ['closed_at', 'timestamptz'],
        ],
        rows.meetings,
      ),
      table(
        'meeting_attendance',
        [
          ...BASE,
          ['meeting_id', 'uuid'],
          ['unit_id', 'uuid'],
          ['status', enumType('attendance_status')],
          ['representative', 'text'],
          ['absence_reason', 'text'],
          ['checked_in_at', 'timestamptz'],
          ['method', enumType('check_in_method')],
          ['failed_check_ins', 'int'],
        ],
        rows.attendance,
      ),
      table(
        'agenda_item',
        [
          ...BASE,
          ['meeting_id', 'uuid'],
          ['position', 'int'],
          ['title', 'text'],
          ['description', 'text'],
          ['raised_by_id', 'uuid'],
          ['category', enumType('agenda_category')],
        ],
        rows.agenda,
      ),
      table(
        'resolution',
        [
          ...BASE,
          ['meeting_id', 'uuid'],
          ['agenda_item_id', 'uuid'],
          ['text', 'text'],
          ['adopted_on', 'date'],
          ['adopted_at', 'timestamptz'],
          ['adopted_by', 'text'],
        ],
        rows.resolutions,
      ),
      table(
        'action_item',
        [
          ...BASE,
          ['meeting_id', 'uuid'],
          ['resolution_id', 'uuid'],
          ['convener_id', 'uuid'],
          ['owner_id', 'uuid'],
          ['description', 'text'],
          ['due_date', 'date'],
          ['assigned_on', 'date'],
          ['status', enumType('action_item_status')],
          ['completed_on', 'date'],
          ['outcome', 'text'],
          ['drop_reason', 'text'],
        ],
        rows.items,
      ),
      table(
        'action_item_note',
        [
          ['id', 'uuid'],
          ['action_item_id', 'uuid'],
          ['note', 'text'],
          ['from_status', enumType('action_item_status')],
          ['to_status', enumType('action_item_status')],
          ['written_by', 'text'],
          ['written_at', 'timestamptz'],
        ],
        rows.notes,
      ),
    ];
  },
};

function table(name: string, spec: Array<[string, string]>, rows: unknown[][]): TableRows {
  return { table: name, columns: columns(spec), count: rows.length, rows };
}

/**
 * Each committee's member units: those holding seats on it, then those sitting in its area, and for
 * a community two of the departments sitting at its street (police station, law enforcement); 20 at most.
 */
function invitedUnits(city: City): Map<string, CityOrganisation[]> {
  const invited = new Map<string, CityOrganisation[]>();
  for (const seat of city.seats) {
    if (seat.holderUnit) invited.set(seat.committee.id, [...(invited.get(seat.committee.id) ?? []), seat.holderUnit]);
  }
  for (const host of [...city.streets, ...city.communities]) {
    const departments = host.kind === 'COMMUNITY_PARTY_COMMITTEE' ? (city.unitsAt.get(host.parent!.id) ?? []).slice(0, 2) : [];
    const units = [...new Set([...(invited.get(host.id) ?? []), ...(city.unitsAt.get(host.id) ?? []), ...departments])].slice(0, 20);
    invited.set(host.id, units);
  }
  return invited;
}

/** `day` at `utc` (HH:MM in UTC; 01:30 is 09:30 in China). */
const at = (day: string, utc: string) => `${day}T${utc}:00.000Z`;

function addMeeting(rows: Rows, convener: CityOrganisation, units: CityOrganisation[], m: number, count: number, asOf: string, r: Random): void {
  const id = r.uuid();
  // Spread over the 365 days before asOf and the 30 after, with a few days' jitter.
  const day = shiftDate(asOf, Math.min(30, Math.round(-365 + ((m + 0.5) * 395) / count) + r.int(-3, 3)));
  const street = convener.kind === 'STREET_WORKING_COMMITTEE';
  const consultation = r.chance(0.2) ? r.pick(KINDS.consultations) : null;
  const kind = consultation ?? (street ? KINDS.street : KINDS.community);
  const past = day < asOf;
  const cancelled = past && r.chance(0.05);
  const held = past && !cancelled;
  const afternoon = r.chance(0.3);
  const created = at(shiftDate(day, -r.int(7, 20)), '02:00');
  const closed = held ? at(day, afternoon ? '09:00' : '04:00') : null;
  const status = cancelled ? 'CANCELLED' : held ? 'HELD' : 'SCHEDULED';
  rows.meetings.push([
    id,
    created,
    closed ?? created,
    held || cancelled ? 2 : 1,
    convener.id,
    kind,
    `${convener.place}联席会议（${day.slice(0, 7)}）`,
    at(day, afternoon ? '06:30' : '01:30'),
    at(day, afternoon ? '08:30' : '03:30'),
    day,
    `${convener.place}党群服务中心会议室`,
    status,
    cancelled ? '与上级会议时间冲突' : null,
    cancelled ? at(shiftDate(day, -2), '02:00') : null,
    held ? '各成员单位汇报共建情况，议定事项明确责任单位和时限。' : null,
    closed,
  ]);
  for (const unit of units) {
    const present = held && r.chance(0.82);
    rows.attendance.push([
      r.uuid(),
      created,
      closed ?? created,
      held ? 2 : 1,
      id,
      unit.id,
      held ? (present ? 'PRESENT' : 'ABSENT') : 'NOT_RECORDED',
      present ? personName(r) : null,
      held && !present && r.chance(0.6) ? '单位有重要工作安排' : null,
      present ? at(day, afternoon ? '06:20' : '01:20') : null,
      present ? (r.chance(0.7) ? 'CODE' : 'STAFF') : null,
      0,
    ]);
  }
  const items = cancelled ? 1 : r.int(3, 5);
  for (let t = 0; t < items; t++) {
    const [title, category, task] = r.pick(TOPICS);
    const agendaId = r.uuid();
    const raisedBy = units.length && r.chance(0.6) ? r.pick(units).id : convener.id;
    rows.agenda.push([agendaId, created, created, 1, id, t + 1, title, `${title}：居民反映集中，需成员单位协同解决。`, raisedBy, category]);
    if (held && r.chance(0.85)) addResolution(rows, convener, units, id, agendaId, day, task, asOf, r);
  }
}

function addResolution(
  rows: Rows,
  convener: CityOrganisation,
  units: CityOrganisation[],
  meetingId: string,
  agendaId: string,
  day: string,
  task: string,
  asOf: string,
  r: Random,
): void {
  const resolutionId = r.uuid();
  const adoptedAt = at(day, '03:00');
  rows.resolutions.push([resolutionId, adoptedAt, adoptedAt, 1, meetingId, agendaId, `议定：${task}`, day, adoptedAt, 'staff-seed']);
  for (let k = r.int(1, 3) + (r.chance(0.15) ? 1 : 0); k > 0; k--) {
    const itemId = r.uuid();
    const owner = units.length && r.chance(0.9) ? r.pick(units).id : convener.id;
    const due = shiftDate(day, r.int(14, 60));
    const overdueable = due < asOf;
    const roll = r.next();
    const status = overdueable
      ? roll < 0.7
        ? 'DONE'
        : roll < 0.75
          ? 'DROPPED'
          : roll < 0.88
            ? 'IN_PROGRESS'
            : 'OPEN'
      : roll < 0.4
        ? 'OPEN'
        : roll < 0.8
          ? 'IN_PROGRESS'
          : 'DONE';
    const latest = shiftDate(asOf, -1) < shiftDate(due, 30) ? shiftDate(asOf, -1) : shiftDate(due, 30);
    const completedOn = status === 'DONE' ? shiftDate(day, r.int(1, Math.max(1, daysBetween(day, latest)))) : null;
    const changed = completedOn ? at(completedOn, '08:00') : adoptedAt;
    rows.items.push([
      itemId,
      adoptedAt,
      changed,
      status === 'OPEN' ? 1 : 2,
      meetingId,
      resolutionId,
      convener.id,
      owner,
      task,
      due,
      day,
      status,
      completedOn,
      completedOn ? `${task}，已完成并反馈。` : null,
      status === 'DROPPED' ? '已纳入区级统一办理' : null,
    ]);
    if (status !== 'OPEN')
      rows.notes.push([r.uuid(), itemId, status === 'DONE' ? '已办结' : status === 'DROPPED' ? '撤销' : '已部署落实', 'OPEN', status, 'unit-seed', changed]);
  }
}

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000);
}
