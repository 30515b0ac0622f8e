import { Role, type Actor } from '../../platform/auth/identity';
import type { GraphQLClient } from './client';
import type { TestStack } from './stack';

/** Who takes part in joint meetings in the demo district (清河区), taken through the gateway. */
export interface MeetingParties {
  street: { id: string; code: string };
  community: { id: string; code: string; name: string };
  otherCommunity: { id: string; code: string };
  /** The units sitting in `community`, which hold seats on its big party committee. */
  units: Array<{ id: string; code: string; name: string }>;
  /** A unit of `otherCommunity`. */
  outsideUnit: { id: string; code: string };
  districtId: string;
  staff: GraphQLClient;
  streetStaff: GraphQLClient;
  otherStaff: GraphQLClient;
  partner: GraphQLClient;
  secondPartner: GraphQLClient;
  outsidePartner: GraphQLClient;
  districtAdmin: GraphQLClient;
  analyst: GraphQLClient;
  member: GraphQLClient;
}

export async function meetingParties(hub: TestStack): Promise<MeetingParties> {
  const data = await hub.gateway.data(`{ organisationByCode(code: "QH-JD01") { id code ancestors { id }
    children(kind: COMMUNITY_PARTY_COMMITTEE, first: 10) { edges { node { id code name residentUnits(first: 10) { edges { node { id code name } } } } } } } }`);
  const street = data.organisationByCode;
  const [community, otherCommunity] = street.children.edges.map((e: any) => e.node);
  const units = community.residentUnits.edges.map((e: any) => e.node);
  const outsideUnit = otherCommunity.residentUnits.edges[0].node;
  const districtId = street.ancestors[0].id;
  const as = (actor: Actor) => hub.as(actor);
  return {
    street: { id: street.id, code: street.code },
    community: { id: community.id, code: community.code, name: community.name },
    otherCommunity: { id: otherCommunity.id, code: otherCommunity.code },
    units,
    outsideUnit,
    districtId,
    staff: await as({ role: Role.COMMUNITY_STAFF, subject: 'staff-1', organisationId: community.id }),
    streetStaff: await as({ role: Role.COMMUNITY_STAFF, subject: 'street-staff', organisationId: street.id }),
    otherStaff: await as({ role: Role.COMMUNITY_STAFF, subject: 'staff-2', organisationId: otherCommunity.id }),
    partner: await as({ role: Role.PARTNER_UNIT, subject: 'unit-1', organisationId: units[0].id }),
    secondPartner: await as({ role: Role.PARTNER_UNIT, subject: 'unit-2', organisationId: units[1].id }),
    outsidePartner: await as({ role: Role.PARTNER_UNIT, subject: 'unit-x', organisationId: outsideUnit.id }),
    districtAdmin: await as({ role: Role.DISTRICT_ADMIN, subject: 'admin-1', organisationId: districtId }),
    analyst: await as({ role: Role.ANALYST, subject: 'analyst-1', organisationId: districtId }),
    member: await as({ role: Role.PARTY_MEMBER, subject: 'member-1', organisationId: community.id, memberId: 'a0000000-0000-4000-8000-000000000001' }),
  };
}

export const MEETING_FIELDS = `id version title kind status startsAt endsAt meetingDate place onlineLink cancelReason minutes
  convener { id name }
  attendance { unit { id name } status representative absenceReason method checkedInAt }
  attendanceSummary { invited present absent notRecorded attendanceRate quorum }
  agendaItems { id position title category raisedBy { id } resolution { id text actionItems { id status dueDate owner { id } } } }`;

export const SCHEDULE = `mutation ($input: ScheduleJointMeetingInput!) { scheduleJointMeeting(input: $input) { ${MEETING_FIELDS} } }`;
export const CANCEL = `mutation ($id: ID!, $version: Int!, $reason: String!) { cancelJointMeeting(id: $id, version: $version, reason: $reason) { id version status cancelReason } }`;
export const CLOSE = `mutation ($id: ID!, $version: Int!, $minutes: String!) { closeJointMeeting(id: $id, version: $version, minutes: $minutes) { ${MEETING_FIELDS} } }`;
export const RECORD = `mutation ($id: ID!, $entries: [AttendanceInput!]!) { recordAttendance(meetingId: $id, entries: $entries) { unit { id } status representative method } }`;
export const ADD_AGENDA = `mutation ($id: ID!, $input: AgendaItemInput!) { addAgendaItem(meetingId: $id, input: $input) { id position title category } }`;
export const ADOPT = `mutation ($id: ID!, $item: ID!, $text: String!, $actions: [ActionItemInput!]) {
  adoptResolution(meetingId: $id, agendaItemId: $item, text: $text, actionItems: $actions) {
    id text adoptedOn actionItems { id version status dueDate assignedOn overdue owner { id } } } }`;
export const UPDATE_ITEM = `mutation ($id: ID!, $version: Int!, $status: ActionItemStatus, $note: String!, $outcome: String, $completedOn: LocalDate) {
  updateActionItem(id: $id, version: $version, status: $status, note: $note, outcome: $outcome, completedOn: $completedOn) {
    id version status completedOn outcome dropReason overdue notes { note fromStatus toStatus writtenBy } } }`;

const HOUR = 3_600_000;

/** A meeting that began an hour ago and ends in an hour (so resolutions may be adopted), unless overridden. */
export function meetingInput(p: MeetingParties, overrides: Record<string, unknown> = {}) {
  const now = Date.now();
  return {
    convenerId: p.community.id,
    kind: 'BIG_PARTY_COMMITTEE_JOINT_MEETING',
    title: '社区"大党委"联席会议',
    startsAt: new Date(now - HOUR).toISOString(),
    endsAt: new Date(now + HOUR).toISOString(),
    place: '社区党群服务中心二楼会议室',
    ...overrides,
  };
}

/** Schedules a meeting (as the community's staff unless told), adds one agenda item, and returns both. */
export async function meetingWithAgenda(p: MeetingParties, overrides: Record<string, unknown> = {}, staff: GraphQLClient = p.staff) {
  const meeting = (await staff.data(SCHEDULE, { input: meetingInput(p, overrides) })).scheduleJointMeeting;
  const item = (
    await staff.data(ADD_AGENDA, {
      id: meeting.id,
      input: { title: '老旧小区加装电梯', description: '3号楼居民反映出行难', raisedById: p.units[0].id, category: 'RESIDENTS_URGENT_PROBLEM' },
    })
  ).addAgendaItem;
  return { meeting, item };
}

/** YYYY-MM-DD `days` from today in China. */
export function dayFromToday(days: number): string {
  return new Date(Date.now() + 8 * HOUR + days * 24 * HOUR).toISOString().slice(0, 10);
}
