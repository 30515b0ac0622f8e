import type { EntityManager } from '@mikro-orm/sql';
import { DEMO_AGREEMENT_PARTIES } from '../../../demo/demo-agreements.data';
import { DEMO_ORGANISATIONS, DEMO_SEATS } from '../../../demo/demo-district.data';
import { demoId } from '../../../demo/demo-ids';
import { Clock, addDays } from '../../../platform/time/clock';
import { OrganisationKind } from '../../organisations/public';
import { ActionItem, ActionItemNote, ActionItemStatus } from '../action-item.entity';
import { AgendaItem } from '../agenda-item.entity';
import { JointMeeting, MeetingKind, MeetingStatus } from '../joint-meeting.entity';
import { AttendanceStatus, CheckInMethod, MeetingAttendance } from '../meeting-attendance.entity';
import { Resolution } from '../resolution.entity';
import { ABSENCE_REASONS, CONSULTATIONS, DEMO_TOPICS, REPRESENTATIVES } from './demo-meetings.data';

/** Days from today of a community's big party committee meetings over the past year; the last is ahead. */
const COMMUNITY_DAYS = [-330, -285, -240, -195, -150, -105, -60, -21, 12];
/** A street's quarterly big working committee meetings, the last ahead. */
const STREET_DAYS = [-300, -210, -120, -30, 20];
const A = ActionItemStatus;

interface Rows {
  meetings: JointMeeting[];
  attendance: MeetingAttendance[];
  agenda: AgendaItem[];
  resolutions: Resolution[];
  items: ActionItem[];
  notes: ActionItemNote[];
}

/**
 * A year of joint meetings for the demo district's streets and communities, dated from today so that
 * `npm start` always shows some held, one cancelled, some ahead, and action items in every state,
 * some overdue and some advancing the demo agreements' projects. Ids derive from codes and dates'
 * positions, so they are the same on every machine; the rows go in as the system, unaudited.
 */
export async function loadDemoMeetings(em: EntityManager, today = new Clock('Asia/Shanghai').today()): Promise<void> {
  const rows: Rows = { meetings: [], attendance: [], agenda: [], resolutions: [], items: [], notes: [] };
  let n = 0;
  DEMO_ORGANISATIONS.filter((o) => o.kind === OrganisationKind.COMMUNITY_PARTY_COMMITTEE).forEach((committee, c) => {
    COMMUNITY_DAYS.forEach((day, k) => {
      // Two of a community's meetings a year are consultation meetings, each community its own pair.
      const consultation = k === 3 || k === 6 ? CONSULTATIONS[(c + k / 3) % CONSULTATIONS.length] : null;
      const kind = consultation?.kind ?? MeetingKind.BIG_PARTY_COMMITTEE_JOINT_MEETING;
      const title = consultation ? `${committee.name.replace(/党委$/, '')}${consultation.title}` : `${committee.name.replace(/党委$/, '')}"大党委"联席会议`;
      addMeeting(rows, { code: committee.code, kind, title, day: addDays(today, day), cancelled: k === 4 && c % 2 === 0, n: n++, today });
    });
  });
  for (const street of DEMO_ORGANISATIONS.filter((o) => o.kind === OrganisationKind.STREET_WORKING_COMMITTEE)) {
    STREET_DAYS.forEach((day, k) => {
      const title = `${street.name.replace(/党工委$/, '')}"大工委"联席会议（第${k + 1}次）`;
      addMeeting(rows, {
        code: street.code,
        kind: MeetingKind.BIG_WORKING_COMMITTEE_JOINT_MEETING,
        title,
        day: addDays(today, day),
        cancelled: false,
        n: n++,
        today,
      });
    });
  }
  await em.transactional(async (tx) => {
    for (const [entity, list] of [
      [JointMeeting, rows.meetings],
      [MeetingAttendance, rows.attendance],
      [AgendaItem, rows.agenda],
      [Resolution, rows.resolutions],
      [ActionItem, rows.items],
      [ActionItemNote, rows.notes],
    ] as const) {
      if (list.length) await tx.insertMany(entity as never, list as never[]);
    }
  });
}

interface Planned {
  code: string;
  kind: MeetingKind;
  title: string;
  day: string;
  cancelled: boolean;
  n: number;
  today: string;
}

/** One meeting with its invitations; once held, its attendance, agenda, resolutions and action items. */
function addMeeting(rows: Rows, plan: Planned): void {
  const id = demoId(`meeting:${plan.code}:${plan.n}`);
  const convenerId = demoId(plan.code);
  const held = plan.day < plan.today && !plan.cancelled;
  const startsAt = at(plan.day, '01:30');
  const stamp = held ? at(plan.day, '04:00') : at(addDays(plan.day, -14), '02:00');
  const meeting = {
    id,
    createdAt: at(addDays(plan.day, -14), '02:00'),
    updatedAt: stamp,
    version: held ? 2 : 1,
    convenerId,
    kind: plan.kind,
    title: plan.title,
    startsAt,
    endsAt: at(plan.day, '03:30'),
    meetingDate: plan.day,
    place: plan.n % 7 === 3 ? null : `${DEMO_ORGANISATIONS.find((o) => o.code === plan.code)!.name.replace(/党委|党工委/, '')}党群服务中心会议室`,
    onlineLink: plan.n % 7 === 3 ? `https://meeting.example.cn/j/${100000 + plan.n}` : null,
    status: plan.cancelled ? MeetingStatus.CANCELLED : held ? MeetingStatus.HELD : MeetingStatus.SCHEDULED,
    cancelReason: plan.cancelled ? '与区级集中学习时间冲突，另行安排' : null,
    cancelledAt: plan.cancelled ? at(addDays(plan.day, -2), '02:00') : null,
    minutes: held ? `会议听取了各成员单位共建情况汇报，围绕议题逐项协商，形成议定事项并明确责任单位和完成时限。` : null,
    closedAt: held ? stamp : null,
  };
  rows.meetings.push(meeting as JointMeeting);
  const units = seatHolderUnits(plan.code);
  units.forEach((unitCode, u) => {
    const absent = held && (plan.n + u) % 5 === 0;
    rows.attendance.push({
      id: demoId(`attendance:${id}:${unitCode}`),
      createdAt: meeting.createdAt,
      updatedAt: stamp,
      version: held ? 2 : 1,
      meetingId: id,
      unitId: demoId(unitCode),
      status: !held ? AttendanceStatus.NOT_RECORDED : absent ? AttendanceStatus.ABSENT : AttendanceStatus.PRESENT,
      representative: held && !absent ? REPRESENTATIVES[(plan.n * 3 + u) % REPRESENTATIVES.length] : null,
      absenceReason: absent && u % 2 === 0 ? ABSENCE_REASONS[plan.n % ABSENCE_REASONS.length] : null,
      checkedInAt: held && !absent ? at(plan.day, '01:2' + (u % 10)) : null,
      method: held && !absent ? ((plan.n + u) % 4 === 0 ? CheckInMethod.STAFF : CheckInMethod.CODE) : null,
      failedCheckIns: 0,
    } as MeetingAttendance);
  });
  const topics = plan.cancelled ? 1 : 2;
  for (let t = 0; t < topics; t++) {
    const topic = DEMO_TOPICS[(plan.n * 2 + t) % DEMO_TOPICS.length];
    const agendaId = demoId(`agenda:${id}:${t}`);
    const raisedBy = t === 0 && units.length ? demoId(units[plan.n % units.length]) : convenerId;
    rows.agenda.push({
      id: agendaId,
      createdAt: meeting.createdAt,
      updatedAt: meeting.createdAt,
      version: 1,
      meetingId: id,
      position: t + 1,
      title: topic.title,
      description: `${topic.title}：居民反映强烈，需成员单位协同解决。`,
      raisedById: raisedBy,
      category: topic.category,
    } as AgendaItem);
    if (held && units.length && !(t === 1 && plan.n % 6 === 0)) addResolution(rows, plan, id, agendaId, topic, units, t);
  }
}

/** The resolution of one item and its one action item, in a state that follows from how long ago it was given. */
function addResolution(rows: Rows, plan: Planned, meetingId: string, agendaId: string, topic: (typeof DEMO_TOPICS)[number], units: string[], t: number): void {
  const resolutionId = demoId(`resolution:${agendaId}`);
  const adoptedAt = at(plan.day, '03:00');
  rows.resolutions.push({
    id: resolutionId,
    createdAt: adoptedAt,
    updatedAt: adoptedAt,
    version: 1,
    meetingId,
    agendaItemId: agendaId,
    text: topic.resolution,
    adoptedOn: plan.day,
    adoptedAt,
    adoptedBy: 'demo-community-staff',
  } as Resolution);
  const ownerCode = units[(plan.n + t) % units.length];
  const dueDate = addDays(plan.day, 30 + 15 * ((plan.n + t) % 3));
  const age = Math.round((Date.parse(plan.today) - Date.parse(plan.day)) / 86_400_000);
  const roll = (plan.n * 7 + t * 3) % 10;
  // Older items are mostly done (a few late or dropped); recent ones open or under way, some overdue.
  const status =
    age > 90 ? (roll < 6 ? A.DONE : roll < 8 ? A.DONE : roll < 9 ? A.DROPPED : A.IN_PROGRESS) : roll < 4 ? A.OPEN : roll < 8 ? A.IN_PROGRESS : A.DONE;
  const late = roll === 6 || roll === 7;
  const completedOn = status === A.DONE ? minDate(addDays(dueDate, late ? 12 : -5), addDays(plan.today, -1)) : null;
  const itemId = demoId(`action:${resolutionId}`);
  const link = DEMO_AGREEMENT_PARTIES.find((a) => a.unitCode === ownerCode && a.communityCode === plan.code);
  const linked = link && (plan.n + t) % 3 !== 1 ? link : null;
  rows.items.push({
    id: itemId,
    createdAt: adoptedAt,
    updatedAt: completedOn ? at(completedOn, '08:00') : adoptedAt,
    version: status === A.OPEN ? 1 : status === A.IN_PROGRESS ? 2 : 3,
    meetingId,
    resolutionId,
    convenerId: demoId(plan.code),
    ownerId: demoId(ownerCode),
    description: topic.task,
    dueDate,
    assignedOn: plan.day,
    status,
    completedOn,
    outcome: status === A.DONE ? `${topic.task}，已完成并向社区反馈。` : null,
    dropReason: status === A.DROPPED ? '经复核，该事项已纳入区级民生实事统一办理' : null,
    advancesAgreementId: linked?.id ?? null,
    advancesProjectId: linked?.projectId ?? null,
  } as ActionItem);
  const note = (k: number, text: string, from: ActionItemStatus, to: ActionItemStatus, day: string) =>
    rows.notes.push({
      id: demoId(`note:${itemId}:${k}`),
      actionItemId: itemId,
      note: text,
      fromStatus: from,
      toStatus: to,
      writtenBy: 'demo-partner-unit',
      writtenAt: at(day, '06:00'),
    } as ActionItemNote);
  if (status !== A.OPEN && status !== A.DROPPED) note(1, '已召开专题会部署落实', A.OPEN, A.IN_PROGRESS, minDate(addDays(plan.day, 7), addDays(plan.today, -1)));
  if (status === A.DONE) note(2, `${topic.task}，已办结`, A.IN_PROGRESS, A.DONE, completedOn!);
  if (status === A.DROPPED) note(1, '经复核，该事项已纳入区级民生实事统一办理', A.OPEN, A.DROPPED, addDays(plan.day, 20));
}

/** The units whose leaders hold seats on the committee: its big committee's member units. */
function seatHolderUnits(committeeCode: string): string[] {
  return [...new Set(DEMO_SEATS.filter((s) => s.organisationCode === committeeCode && s.holderUnitCode).map((s) => s.holderUnitCode!))];
}

/** An instant on `day` at `utc` (HH:MM in UTC; 01:30 is 09:30 in China). */
function at(day: string, utc: string): Date {
  return new Date(`${day}T${utc}:00.000Z`);
}

function minDate(a: string, b: string): string {
  return a < b ? a : b;
}
