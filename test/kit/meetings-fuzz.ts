import type { Reason } from '../../platform/errors/reasons';
import type { Parties } from './agreements';
import type { FuzzOperation } from './fuzz';
import { ADD_AGENDA, ADOPT, dayFromToday, SCHEDULE, UPDATE_ITEM } from './meetings';

const HOUR = 3_600_000;
const FAR_PAST = '0001-01-01T00:00:00Z';
const FAR_FUTURE = '9999-12-31T00:00:00Z';

/** Every mutation and list of the meetings subgraph, on a meeting of the demo community that has begun. */
export async function meetingOperations(p: Parties): Promise<FuzzOperation[]> {
  const start = Date.now() - HOUR;
  const input = {
    convenerId: p.community.id,
    kind: 'BIG_PARTY_COMMITTEE_JOINT_MEETING',
    title: '联席会议',
    startsAt: new Date(start).toISOString(),
    endsAt: new Date(start + 2 * HOUR).toISOString(),
    place: '会议室',
    onlineLink: 'https://meeting.example.cn/j/1',
    invitedUnitIds: [p.unit.id],
  };
  const meeting = (await p.staff.data(SCHEDULE, { input })).scheduleJointMeeting;
  const agenda = (await p.staff.data(ADD_AGENDA, { id: meeting.id, input: { title: '议题', raisedById: p.unit.id, category: 'OTHER' } })).addAgendaItem;
  const second = (await p.staff.data(ADD_AGENDA, { id: meeting.id, input: { title: '议题二', raisedById: p.unit.id, category: 'OTHER' } })).addAgendaItem;
  const action = { ownerId: p.unit.id, description: '办理', dueDate: dayFromToday(10) };
  const item = (await p.staff.data(ADOPT, { id: meeting.id, item: agenda.id, text: '决议', actions: [action] })).adoptResolution.actionItems[0];
  const ref = { id: meeting.id, version: meeting.version };
  const instants = (path: string): Array<[string, unknown, Reason]> => [
    [path, FAR_PAST, 'OUT_OF_RANGE'],
    [path, FAR_FUTURE, 'OUT_OF_RANGE'],
    [path, 'not a time', 'INVALID_VALUE'],
  ];
  const version: Array<[string, number, Reason]> = [
    ['version', 2 ** 31, 'INVALID_VALUE'],
    ['version', 2 ** 31 - 1, 'STALE_VERSION'],
  ];
  return [
    {
      name: 'scheduleJointMeeting',
      as: () => p.staff,
      query: SCHEDULE,
      vars: { input },
      texts: ['input.title', 'input.place', 'input.onlineLink'],
      strings: ['input.convenerId', 'input.invitedUnitIds[0]'],
      values: [...instants('input.startsAt'), ...instants('input.endsAt')],
    },
    {
      name: 'rescheduleJointMeeting',
      as: () => p.staff,
      query: `mutation ($id: ID!, $version: Int!, $input: RescheduleJointMeetingInput!) { rescheduleJointMeeting(id: $id, version: $version, input: $input) { id } }`,
      vars: { ...ref, input: { title: '改名', place: '新地点', startsAt: input.startsAt, endsAt: input.endsAt } },
      texts: ['input.title', 'input.place'],
      strings: ['id'],
      numbers: version,
      values: instants('input.startsAt'),
    },
    {
      name: 'cancelJointMeeting',
      as: () => p.staff,
      query: `mutation ($id: ID!, $version: Int!, $reason: String!) { cancelJointMeeting(id: $id, version: $version, reason: $reason) { id } }`,
      vars: { ...ref, reason: '改期' },
      texts: ['reason'],
      strings: ['id'],
    },
    {
      name: 'closeJointMeeting',
      as: () => p.staff,
      query: `mutation ($id: ID!, $version: Int!, $minutes: String!) { closeJointMeeting(id: $id, version: $version, minutes: $minutes) { id } }`,
      vars: { ...ref, minutes: '纪要' },
      texts: ['minutes'],
      strings: ['id'],
    },
    {
      name: 'addAgendaItem',
      as: () => p.staff,
      query: ADD_AGENDA,
      vars: { id: meeting.id, input: { title: '议题', description: '说明', raisedById: p.unit.id, category: 'OTHER' } },
      texts: ['input.title', 'input.description'],
      strings: ['id', 'input.raisedById'],
    },
    {
      name: 'recordAttendance',
      as: () => p.staff,
      query: `mutation ($id: ID!, $entries: [AttendanceInput!]!) { recordAttendance(meetingId: $id, entries: $entries) { status } }`,
      vars: { id: meeting.id, entries: [{ unitId: p.unit.id, status: 'PRESENT', representative: '张三', checkedInAt: new Date().toISOString() }] },
      texts: ['entries[0].representative'],
      strings: ['id', 'entries[0].unitId'],
      values: instants('entries[0].checkedInAt'),
    },
    {
      name: 'changeInvitations',
      as: () => p.staff,
      query: `mutation ($id: ID!, $invite: [ID!]) { changeInvitations(meetingId: $id, invite: $invite) { status } }`,
      vars: { id: meeting.id, invite: [p.unit.id] },
      strings: ['id', 'invite[0]'],
    },
    {
      name: 'openCheckIn',
      as: () => p.staff,
      query: `mutation ($id: ID!, $minutes: Int) { openCheckIn(meetingId: $id, validMinutes: $minutes) { code } }`,
      vars: { id: meeting.id, minutes: 30 },
      strings: ['id'],
      numbers: [
        ['minutes', 2 ** 31 - 1, 'OUT_OF_RANGE'],
        ['minutes', -(2 ** 31), 'OUT_OF_RANGE'],
        ['minutes', 2 ** 31, 'INVALID_VALUE'],
      ],
    },
    {
      name: 'checkInToMeeting',
      as: () => p.partner,
      query: `mutation ($id: ID!, $code: String!, $name: String!) { checkInToMeeting(meetingId: $id, code: $code, representative: $name) { status } }`,
      vars: { id: meeting.id, code: 'ABCDE-FGHJK', name: '张三' },
      texts: ['code', 'name'],
      strings: ['id'],
    },
    {
      name: 'adoptResolution',
      as: () => p.staff,
      query: ADOPT,
      vars: { id: meeting.id, item: second.id, text: '决议', actions: [{ ...action, advances: { agreementId: p.unit.id, projectId: p.unit.id } }] },
      texts: ['text', 'actions[0].description'],
      strings: ['id', 'item', 'actions[0].ownerId', 'actions[0].advances.agreementId', 'actions[0].advances.projectId'],
      dates: ['actions[0].dueDate'],
    },
    {
      name: 'updateActionItem',
      as: () => p.partner,
      query: UPDATE_ITEM,
      vars: { id: item.id, version: item.version, status: 'DONE', note: '办结', outcome: '已完成', completedOn: dayFromToday(0) },
      texts: ['note', 'outcome'],
      strings: ['id'],
      dates: ['completedOn'],
      numbers: version,
    },
    {
      name: 'issueCalendarFeed',
      as: () => p.staff,
      query: `mutation ($id: ID!, $days: Int) { issueCalendarFeed(organisationId: $id, validDays: $days) { path } }`,
      vars: { id: p.community.id, days: 30 },
      strings: ['id'],
      numbers: [
        ['days', 2 ** 31 - 1, 'OUT_OF_RANGE'],
        ['days', 0, 'OUT_OF_RANGE'],
      ],
    },
    {
      name: 'revokeCalendarFeed',
      as: () => p.staff,
      query: `mutation ($id: ID!) { revokeCalendarFeed(id: $id) { id } }`,
      vars: { id: meeting.id },
      strings: ['id'],
    },
    {
      name: 'meeting lookups',
      as: () => p.staff,
      query: `query ($id: ID!, $item: ID!, $org: ID!, $from: LocalDate, $to: LocalDate) { jointMeeting(id: $id) { id } actionItem(id: $item) { id }
        calendarFeeds(organisationId: $org) { id } jointMeetings(filter: { convenerId: $org, subtreeOf: $org, from: $from, to: $to }) { totalCount }
        actionItems(filter: { ownerId: $org, subtreeOf: $org }) { totalCount } }`,
      vars: { id: meeting.id, item: item.id, org: p.community.id, from: '2026-01-01', to: '2026-12-31' },
      strings: ['id', 'item', 'org'],
      dates: ['from', 'to'],
    },
    {
      name: 'meeting list sizes',
      as: () => p.staff,
      query: `query ($id: ID!, $first: Int) { jointMeetings(first: $first) { totalCount } actionItems(first: $first) { totalCount }
        organisation(id: $id) { jointMeetings(first: $first) { totalCount } openActionItems(first: $first) { totalCount } actionItemsOwned(first: $first) { totalCount } } }`,
      vars: { id: p.community.id, first: 5 },
      numbers: [
        ['first', 2 ** 31 - 1, 'OUT_OF_RANGE'],
        ['first', -1, 'OUT_OF_RANGE'],
      ],
    },
  ];
}
