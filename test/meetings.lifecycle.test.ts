import assert from 'node:assert/strict';
import { beforeAll, describe, test } from '@jest/globals';
import {
  ADD_AGENDA,
  ADOPT,
  CANCEL,
  CLOSE,
  dayFromToday,
  meetingInput,
  meetingParties,
  meetingWithAgenda,
  RECORD,
  SCHEDULE,
  type MeetingParties,
} from './kit/meetings';
import { useTestStack } from './kit/stack';

/** Journey 4: a big committee schedules, holds or cancels, and closes its joint meetings; every refusal says why. */
const hub = useTestStack({ demo: true });
let p: MeetingParties;
beforeAll(async () => {
  p = await meetingParties(hub);
});

const RESCHEDULE = `mutation ($id: ID!, $version: Int!, $input: RescheduleJointMeetingInput!) {
  rescheduleJointMeeting(id: $id, version: $version, input: $input) { id version title startsAt endsAt meetingDate place onlineLink } }`;
const HOUR = 3_600_000;

describe('scheduling', () => {
  test('invites the units holding seats on the convening committee unless told otherwise', async () => {
    const meeting = (await p.staff.data(SCHEDULE, { input: meetingInput(p) })).scheduleJointMeeting;
    assert.equal(meeting.status, 'SCHEDULED');
    assert.equal(meeting.convener.id, p.community.id);
    assert.deepEqual(meeting.attendance.map((a: any) => a.unit.id).sort(), p.units.map((u) => u.id).sort());
    assert.ok(meeting.attendance.every((a: any) => a.status === 'NOT_RECORDED'));
    assert.deepEqual(meeting.attendanceSummary, {
      invited: p.units.length,
      present: 0,
      absent: 0,
      notRecorded: p.units.length,
      attendanceRate: 0,
      quorum: false,
    });
    const chosen = (
      await p.staff.data(SCHEDULE, { input: meetingInput(p, { kind: 'RESIDENTS_DELIBERATION_MEETING', invitedUnitIds: [p.units[1].id, p.units[1].id] }) })
    ).scheduleJointMeeting;
    assert.deepEqual(
      chosen.attendance.map((a: any) => a.unit.id),
      [p.units[1].id],
    );
  });

  test('the meeting day is the day of the start in China, and online meetings need no place', async () => {
    const input = meetingInput(p, {
      startsAt: '2026-03-01T16:30:00Z',
      endsAt: '2026-03-01T18:00:00Z',
      place: null,
      onlineLink: 'https://meeting.example.cn/j/1',
    });
    const meeting = (await p.staff.data(SCHEDULE, { input })).scheduleJointMeeting;
    assert.equal(meeting.meetingDate, '2026-03-02');
    assert.equal(meeting.onlineLink, 'https://meeting.example.cn/j/1');
  });

  test('a street convenes its big working committee; the kind must fit the convener', async () => {
    const street = (await p.streetStaff.data(SCHEDULE, { input: meetingInput(p, { convenerId: p.street.id, kind: 'BIG_WORKING_COMMITTEE_JOINT_MEETING' }) }))
      .scheduleJointMeeting;
    assert.ok(street.attendance.length > 0);
    const wrong = await p.streetStaff.error('WRONG_KIND', SCHEDULE, { input: meetingInput(p, { convenerId: p.street.id }) });
    assert.equal(wrong.extensions?.field, 'input.convenerId');
    await p.staff.error('WRONG_KIND', SCHEDULE, { input: meetingInput(p, { convenerId: p.units[0].id, kind: 'AREA_JOINT_MEETING' }) });
    await p.staff.error('UNKNOWN_REFERENCE', SCHEDULE, { input: meetingInput(p, { convenerId: 'not-an-id' }) });
  });

  test('refuses a meeting that ends before it starts, lasts over a day, has no place or a bad link, or invites no unit of the district', async () => {
    const start = Date.now() + 24 * HOUR;
    const at = (ms: number) => new Date(ms).toISOString();
    assert.equal(
      (await p.staff.error('MUST_BE_AFTER', SCHEDULE, { input: meetingInput(p, { startsAt: at(start), endsAt: at(start - HOUR) }) })).extensions?.field,
      'input.endsAt',
    );
    await p.staff.error('MUST_BE_AFTER', SCHEDULE, { input: meetingInput(p, { startsAt: at(start), endsAt: at(start) }) });
    await p.staff.error('SPAN_TOO_LONG', SCHEDULE, { input: meetingInput(p, { startsAt: at(start), endsAt: at(start + 25 * HOUR) }) });
    await p.staff.error('ONE_OF_REQUIRED', SCHEDULE, { input: meetingInput(p, { place: '  ' }) });
    await p.staff.error('INVALID_FORMAT', SCHEDULE, { input: meetingInput(p, { onlineLink: 'javascript:alert(1)' }) });
    await p.staff.error('REQUIRED', SCHEDULE, { input: meetingInput(p, { invitedUnitIds: [] }) });
    await p.staff.error('WRONG_KIND', SCHEDULE, { input: meetingInput(p, { invitedUnitIds: [p.community.id] }) });
    await p.staff.error('UNKNOWN_REFERENCE', SCHEDULE, { input: meetingInput(p, { invitedUnitIds: ['00000000-0000-4000-8000-000000000000'] }) });
    await p.staff.error('REQUIRED', SCHEDULE, { input: meetingInput(p, { title: ' ' }) });
  });

  test('only staff of the convener or above run its meetings', async () => {
    await p.otherStaff.error('OUT_OF_SCOPE', SCHEDULE, { input: meetingInput(p) });
    await p.staff.error('OUT_OF_SCOPE', SCHEDULE, { input: meetingInput(p, { convenerId: p.street.id, kind: 'BIG_WORKING_COMMITTEE_JOINT_MEETING' }) });
    for (const client of [p.partner, p.districtAdmin, p.analyst, p.member, hub.gateway]) {
      await client.error('ROLE_NOT_PERMITTED', SCHEDULE, { input: meetingInput(p) });
    }
    const byStreet = (await p.streetStaff.data(SCHEDULE, { input: meetingInput(p) })).scheduleJointMeeting;
    assert.equal(byStreet.convener.id, p.community.id);
  });
});

describe('rescheduling and cancelling', () => {
  test('a scheduled meeting moves, keeping what is not given; a stale version is refused', async () => {
    const meeting = (await p.staff.data(SCHEDULE, { input: meetingInput(p) })).scheduleJointMeeting;
    const moved = (
      await p.staff.data(RESCHEDULE, { id: meeting.id, version: meeting.version, input: { startsAt: '2026-06-01T06:00:00Z', endsAt: '2026-06-01T08:00:00Z' } })
    ).rescheduleJointMeeting;
    assert.equal(moved.version, meeting.version + 1);
    assert.equal(moved.meetingDate, '2026-06-01');
    assert.equal(moved.place, meeting.place);
    const stale = await p.staff.error('STALE_VERSION', RESCHEDULE, { id: meeting.id, version: meeting.version, input: { title: '新名称' } });
    assert.equal(stale.extensions?.currentVersion, moved.version);
    await p.staff.error('MUST_BE_AFTER', RESCHEDULE, { id: meeting.id, version: moved.version, input: { endsAt: '2026-06-01T05:00:00Z' } });
    const online = (
      await p.staff.data(RESCHEDULE, { id: meeting.id, version: moved.version, input: { place: '', onlineLink: 'https://meeting.example.cn/j/2' } })
    ).rescheduleJointMeeting;
    assert.equal(online.place, null);
    await p.staff.error('ONE_OF_REQUIRED', RESCHEDULE, { id: meeting.id, version: online.version, input: { onlineLink: '' } });
    await p.otherStaff.error('OUT_OF_SCOPE', RESCHEDULE, { id: meeting.id, version: online.version, input: { title: '新名称' } });
  });

  test('a cancelled meeting keeps its reason and takes no attendance, agenda, resolution or further change', async () => {
    const { meeting, item } = await meetingWithAgenda(p);
    await p.staff.error('REQUIRED', CANCEL, { id: meeting.id, version: meeting.version, reason: '' });
    const cancelled = (await p.staff.data(CANCEL, { id: meeting.id, version: meeting.version, reason: '与上级会议冲突' })).cancelJointMeeting;
    assert.deepEqual([cancelled.status, cancelled.cancelReason], ['CANCELLED', '与上级会议冲突']);
    const entries = [{ unitId: p.units[0].id, status: 'PRESENT' }];
    assert.equal((await p.staff.error('WRONG_STATE', RECORD, { id: meeting.id, entries })).extensions?.state, 'CANCELLED');
    await p.staff.error('WRONG_STATE', ADOPT, { id: meeting.id, item: item.id, text: '决议', actions: [] });
    await p.staff.error('WRONG_STATE', ADD_AGENDA, { id: meeting.id, input: { title: '议题', raisedById: p.community.id, category: 'OTHER' } });
    await p.staff.error('WRONG_STATE', RESCHEDULE, { id: meeting.id, version: cancelled.version, input: { title: '再开' } });
    const again = await p.staff.error('ILLEGAL_TRANSITION', CANCEL, { id: meeting.id, version: cancelled.version, reason: '再取消' });
    assert.deepEqual([again.extensions?.from, again.extensions?.to], ['CANCELLED', 'CANCELLED']);
    await p.staff.error('ILLEGAL_TRANSITION', CLOSE, { id: meeting.id, version: cancelled.version, minutes: '纪要' });
  });
});

describe('closing', () => {
  test('needs attendance recorded; units not recorded count as absent; a held meeting is final', async () => {
    const { meeting } = await meetingWithAgenda(p);
    const none = await p.staff.error('NOTHING_RECORDED', CLOSE, { id: meeting.id, version: meeting.version, minutes: '纪要' });
    assert.equal(none.extensions?.entity, 'JointMeeting');
    await p.staff.data(RECORD, { id: meeting.id, entries: p.units.slice(0, 2).map((u) => ({ unitId: u.id, status: 'PRESENT', representative: '代表' })) });
    await p.staff.error('REQUIRED', CLOSE, { id: meeting.id, version: meeting.version, minutes: ' ' });
    await p.staff.error('STALE_VERSION', CLOSE, { id: meeting.id, version: meeting.version + 5, minutes: '纪要' });
    const closed = (await p.staff.data(CLOSE, { id: meeting.id, version: meeting.version, minutes: '会议议定三项事项' })).closeJointMeeting;
    assert.equal(closed.status, 'HELD');
    assert.equal(closed.minutes, '会议议定三项事项');
    assert.deepEqual(closed.attendanceSummary, {
      invited: p.units.length,
      present: 2,
      absent: p.units.length - 2,
      notRecorded: 0,
      attendanceRate: 2 / p.units.length,
      quorum: 2 * 2 > p.units.length,
    });
    await p.staff.error('WRONG_STATE', RECORD, { id: meeting.id, entries: [{ unitId: p.units[2].id, status: 'PRESENT' }] });
    await p.staff.error('ILLEGAL_TRANSITION', CANCEL, { id: meeting.id, version: closed.version, reason: '补取消' });
  });

  test('a meeting that has not begun cannot be closed', async () => {
    const start = Date.now() + 48 * HOUR;
    const meeting = (
      await p.staff.data(SCHEDULE, { input: meetingInput(p, { startsAt: new Date(start).toISOString(), endsAt: new Date(start + HOUR).toISOString() }) })
    ).scheduleJointMeeting;
    await p.staff.data(RECORD, { id: meeting.id, entries: [{ unitId: p.units[0].id, status: 'ABSENT', absenceReason: '请假' }] });
    const early = await p.staff.error('NOT_YET', CLOSE, { id: meeting.id, version: meeting.version, minutes: '纪要' });
    assert.equal(early.extensions?.from, new Date(start).toISOString());
  });

  test('a meeting id that names nothing is NOT_FOUND for changes and null for reading', async () => {
    const missing = '00000000-0000-4000-8000-000000000000';
    await p.staff.error('NOT_FOUND', CLOSE, { id: missing, version: 1, minutes: '纪要' });
    await p.staff.error('NOT_FOUND', CLOSE, { id: 'nope', version: 1, minutes: '纪要' });
    assert.equal((await p.staff.data(`query ($id: ID!) { jointMeeting(id: $id) { id } }`, { id: missing })).jointMeeting, null);
  });
});

describe('agenda and resolutions', () => {
  test('items are numbered in order; a resolution is adopted once per item, at a meeting that has begun', async () => {
    const { meeting, item } = await meetingWithAgenda(p);
    const second = (await p.staff.data(ADD_AGENDA, { id: meeting.id, input: { title: '停车难', raisedById: p.community.id, category: 'REGULAR_BUSINESS' } }))
      .addAgendaItem;
    assert.deepEqual([item.position, second.position], [1, 2]);
    await p.staff.error('OUT_OF_AREA', ADD_AGENDA, {
      id: meeting.id,
      input: { title: '外区议题', raisedById: (await otherDistrictUnit()).id, category: 'OTHER' },
    });
    const resolution = (
      await p.staff.data(ADOPT, {
        id: meeting.id,
        item: item.id,
        text: '由物业牵头办理',
        actions: [{ ownerId: p.units[0].id, description: '征求意见', dueDate: dayFromToday(14) }],
      })
    ).adoptResolution;
    assert.equal(resolution.actionItems[0].status, 'OPEN');
    assert.equal(resolution.actionItems[0].assignedOn, resolution.adoptedOn);
    await p.staff.error('DUPLICATE', ADOPT, { id: meeting.id, item: item.id, text: '再议', actions: [] });
    const other = await meetingWithAgenda(p);
    await p.staff.error('UNKNOWN_REFERENCE', ADOPT, { id: meeting.id, item: other.item.id, text: '串会', actions: [] });
    const future = Date.now() + 72 * HOUR;
    const ahead = await meetingWithAgenda(p, { startsAt: new Date(future).toISOString(), endsAt: new Date(future + HOUR).toISOString() });
    await p.staff.error('NOT_YET', ADOPT, { id: ahead.meeting.id, item: ahead.item.id, text: '提前决议', actions: [] });
  });

  test('an action item is not due before its meeting, and goes to a unit of the district or a committee in the area', async () => {
    const { meeting, item } = await meetingWithAgenda(p);
    const adopt = (action: Record<string, unknown>) => ({
      id: meeting.id,
      item: item.id,
      text: '决议',
      actions: [{ ownerId: p.units[0].id, description: '办理', dueDate: dayFromToday(10), ...action }],
    });
    const early = await p.staff.error('NOT_BEFORE', ADOPT, adopt({ dueDate: dayFromToday(-30) }));
    assert.equal(early.extensions?.field, 'actionItems[0].dueDate');
    await p.staff.error('OUT_OF_AREA', ADOPT, adopt({ ownerId: p.street.id }));
    await p.staff.error('WRONG_KIND', ADOPT, adopt({ ownerId: p.districtId }));
    await p.staff.error('OUT_OF_AREA', ADOPT, adopt({ ownerId: (await otherDistrictUnit()).id }));
    await p.staff.error(
      'UNKNOWN_REFERENCE',
      ADOPT,
      adopt({ advances: { agreementId: '00000000-0000-4000-8000-000000000000', projectId: '00000000-0000-4000-8000-000000000000' } }),
    );
    await p.staff.error('INVALID_VALUE', ADOPT, adopt({ dueDate: '2026-02-30' }));
    // A unit outside the community's area but in the district may be given a task (a department).
    const resolution = (await p.staff.data(ADOPT, adopt({ ownerId: p.outsideUnit.id }))).adoptResolution;
    assert.equal(resolution.actionItems[0].owner.id, p.outsideUnit.id);
  });

  test('after a meeting is closed its resolutions can still be recorded', async () => {
    const { meeting, item } = await meetingWithAgenda(p);
    await p.staff.data(RECORD, { id: meeting.id, entries: [{ unitId: p.units[0].id, status: 'PRESENT' }] });
    await p.staff.data(CLOSE, { id: meeting.id, version: meeting.version, minutes: '纪要' });
    const resolution = (await p.staff.data(ADOPT, { id: meeting.id, item: item.id, text: '会后补录', actions: [] })).adoptResolution;
    assert.equal(resolution.text, '会后补录');
    await p.staff.error('WRONG_STATE', ADD_AGENDA, { id: meeting.id, input: { title: '会后议题', raisedById: p.community.id, category: 'OTHER' } });
  });
});

let outsider: { id: string } | undefined;
async function otherDistrictUnit() {
  if (outsider) return outsider;
  const mutation = `mutation ($input: CreateOrganisationInput!) { createOrganisation(input: $input) { id } }`;
  const district = (await hub.gateway.data(mutation, { input: { code: 'MTG-D', name: '中共外区区委', kind: 'DISTRICT_COMMITTEE' } })).createOrganisation;
  const street = (
    await hub.gateway.data(mutation, { input: { code: 'MTG-S', name: '外区街道党工委', kind: 'STREET_WORKING_COMMITTEE', parentId: district.id } })
  ).createOrganisation;
  outsider = (
    await hub.gateway.data(mutation, {
      input: { code: 'MTG-U', name: '外区单位党支部', kind: 'UNIT_PARTY_ORGANISATION', parentId: street.id, sector: 'SCHOOL' },
    })
  ).createOrganisation;
  return outsider!;
}
