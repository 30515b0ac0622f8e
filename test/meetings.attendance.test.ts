import assert from 'node:assert/strict';
import { beforeAll, describe, test } from '@jest/globals';
import { CLOSE, meetingInput, meetingParties, RECORD, SCHEDULE, type MeetingParties } from './kit/meetings';
import { useTestStack } from './kit/stack';

/** Who attended: staff records, one-time check-in codes shown at the meeting, quorum, invitations. */
let offsetMs = 0;
const hub = useTestStack({ demo: true, now: () => new Date(Date.now() + offsetMs) });
let p: MeetingParties;
beforeAll(async () => {
  p = await meetingParties(hub);
});

const OPEN = `mutation ($id: ID!, $minutes: Int) { openCheckIn(meetingId: $id, validMinutes: $minutes) { meetingId code expiresAt } }`;
const CHECK_IN = `mutation ($id: ID!, $code: String!, $name: String!) { checkInToMeeting(meetingId: $id, code: $code, representative: $name) { unit { id } status representative method checkedInAt } }`;
const INVITATIONS = `mutation ($id: ID!, $invite: [ID!], $withdraw: [ID!]) { changeInvitations(meetingId: $id, invite: $invite, withdraw: $withdraw) { unit { id } status } }`;
const SUMMARY = `query ($id: ID!) { jointMeeting(id: $id) { version checkInOpenUntil attendanceSummary { invited present absent notRecorded attendanceRate quorum } } }`;

async function schedule() {
  return (await p.staff.data(SCHEDULE, { input: meetingInput(p) })).scheduleJointMeeting;
}

describe('check-in codes', () => {
  test('each invited unit checks in once with the code; a wrong code, a foreign unit and a second check-in are refused', async () => {
    const meeting = await schedule();
    const { code, expiresAt } = (await p.staff.data(OPEN, { id: meeting.id })).openCheckIn;
    assert.match(code, /^[2-9A-HJKMNP-TV-Z]{5}-[2-9A-HJKMNP-TV-Z]{5}$/);
    assert.ok(Math.abs(Date.parse(expiresAt) - (Date.now() + 30 * 60_000)) < 60_000);
    assert.equal((await p.staff.data(SUMMARY, { id: meeting.id })).jointMeeting.checkInOpenUntil, expiresAt);
    const wrong = await p.partner.error('CODE_INVALID', CHECK_IN, { id: meeting.id, code: 'AAAAA-AAAAA', name: '张三' });
    assert.equal(wrong.extensions?.field, 'code');
    // Typed in lower case and without the dash, it is the same code.
    const attended = (await p.partner.data(CHECK_IN, { id: meeting.id, code: code.toLowerCase().replace('-', ' '), name: '张三' })).checkInToMeeting;
    assert.deepEqual([attended.unit.id, attended.status, attended.representative, attended.method], [p.units[0].id, 'PRESENT', '张三', 'CODE']);
    assert.ok(attended.checkedInAt);
    await p.partner.error('ALREADY_DONE', CHECK_IN, { id: meeting.id, code, name: '李四' });
    await p.outsidePartner.error('OUT_OF_SCOPE', CHECK_IN, { id: meeting.id, code, name: '王五' });
    await p.staff.error('ROLE_NOT_PERMITTED', CHECK_IN, { id: meeting.id, code, name: '赵六' });
    await p.secondPartner.data(CHECK_IN, { id: meeting.id, code, name: '钱七' });
    const summary = (await p.staff.data(SUMMARY, { id: meeting.id })).jointMeeting.attendanceSummary;
    assert.deepEqual([summary.present, summary.quorum], [2, 2 * 2 > p.units.length]);
  });

  test('a code expires, a new code replaces the old, and too many wrong codes lock a unit out until check-in is opened again', async () => {
    const meeting = await schedule();
    const first = (await p.staff.data(OPEN, { id: meeting.id, minutes: 5 })).openCheckIn.code;
    offsetMs = 6 * 60_000;
    try {
      await p.partner.error('CODE_INVALID', CHECK_IN, { id: meeting.id, code: first, name: '张三' });
      assert.equal((await p.staff.data(SUMMARY, { id: meeting.id })).jointMeeting.checkInOpenUntil, null);
    } finally {
      offsetMs = 0;
    }
    const second = (await p.staff.data(OPEN, { id: meeting.id })).openCheckIn.code;
    assert.notEqual(second, first);
    await p.partner.error('CODE_INVALID', CHECK_IN, { id: meeting.id, code: first, name: '张三' });
    for (let i = 0; i < 3; i++) await p.partner.error('CODE_INVALID', CHECK_IN, { id: meeting.id, code: 'WRONG-CODE', name: '张三' });
    await p.partner.error('CODE_INVALID', CHECK_IN, { id: meeting.id, code: 'WRONG-CODE2', name: '张三' });
    const locked = await p.partner.error('TOO_MANY_ATTEMPTS', CHECK_IN, { id: meeting.id, code: second, name: '张三' });
    assert.equal(locked.extensions?.max, 5);
    // Another unit is not locked out by the first one's tries.
    await p.secondPartner.data(CHECK_IN, { id: meeting.id, code: second, name: '李四' });
    const third = (await p.staff.data(OPEN, { id: meeting.id })).openCheckIn.code;
    assert.equal((await p.partner.data(CHECK_IN, { id: meeting.id, code: third, name: '张三' })).checkInToMeeting.status, 'PRESENT');
  });

  test('the code is stored only as a hash; validity is bounded; only scheduled meetings open check-in', async () => {
    const meeting = await schedule();
    const { code } = (await p.staff.data(OPEN, { id: meeting.id })).openCheckIn;
    const rows = await hub.em('meetings').execute(`select * from meetings.check_in_code where meeting_id = ?`, [meeting.id]);
    assert.equal(rows.length, 1);
    assert.ok(!JSON.stringify(rows).includes(code) && !JSON.stringify(rows).includes(code.replace('-', '')));
    await p.staff.error('OUT_OF_RANGE', OPEN, { id: meeting.id, minutes: 1 });
    await p.staff.error('OUT_OF_RANGE', OPEN, { id: meeting.id, minutes: 10_000 });
    await p.otherStaff.error('OUT_OF_SCOPE', OPEN, { id: meeting.id });
    await p.partner.error('ROLE_NOT_PERMITTED', OPEN, { id: meeting.id });
    await p.staff.data(`mutation ($id: ID!, $v: Int!) { cancelJointMeeting(id: $id, version: $v, reason: "改期") { id } }`, {
      id: meeting.id,
      v: meeting.version,
    });
    await p.staff.error('WRONG_STATE', OPEN, { id: meeting.id });
    await p.partner.error('WRONG_STATE', CHECK_IN, { id: meeting.id, code, name: '张三' });
  });
});

describe('staff records and invitations', () => {
  test('attendance is recorded for invited units only, with a reason for absence; a record can be undone', async () => {
    const meeting = await schedule();
    const recorded = (
      await p.staff.data(RECORD, {
        id: meeting.id,
        entries: [
          { unitId: p.units[0].id, status: 'PRESENT', representative: '张三', checkedInAt: new Date().toISOString() },
          { unitId: p.units[1].id, status: 'ABSENT', absenceReason: '外出学习' },
        ],
      })
    ).recordAttendance;
    assert.deepEqual(
      recorded.map((r: any) => [r.status, r.method]),
      [
        ['PRESENT', 'STAFF'],
        ['ABSENT', 'STAFF'],
      ],
    );
    const outsider = await p.staff.error('NOT_INVITED', RECORD, { id: meeting.id, entries: [{ unitId: p.outsideUnit.id, status: 'PRESENT' }] });
    assert.equal(outsider.extensions?.field, 'entries[0].unitId');
    await p.staff.error('NOT_APPLICABLE', RECORD, { id: meeting.id, entries: [{ unitId: p.units[0].id, status: 'ABSENT', representative: '张三' }] });
    await p.staff.error('NOT_APPLICABLE', RECORD, { id: meeting.id, entries: [{ unitId: p.units[0].id, status: 'PRESENT', absenceReason: '请假' }] });
    await p.staff.error('REQUIRED', RECORD, { id: meeting.id, entries: [] });
    await p.otherStaff.error('OUT_OF_SCOPE', RECORD, { id: meeting.id, entries: [{ unitId: p.units[0].id, status: 'PRESENT' }] });
    const undone = (await p.staff.data(RECORD, { id: meeting.id, entries: [{ unitId: p.units[0].id, status: 'NOT_RECORDED' }] })).recordAttendance;
    assert.deepEqual([undone[0].status, undone[0].representative, undone[0].method], ['NOT_RECORDED', null, null]);
  });

  test('quorum is more than half of the invited units present', async () => {
    const meeting = (await p.staff.data(SCHEDULE, { input: meetingInput(p, { invitedUnitIds: p.units.slice(0, 2).map((u) => u.id) }) })).scheduleJointMeeting;
    await p.staff.data(RECORD, { id: meeting.id, entries: [{ unitId: p.units[0].id, status: 'PRESENT' }] });
    assert.equal((await p.staff.data(SUMMARY, { id: meeting.id })).jointMeeting.attendanceSummary.quorum, false, 'half is not more than half');
    await p.staff.data(RECORD, { id: meeting.id, entries: [{ unitId: p.units[1].id, status: 'PRESENT' }] });
    const summary = (await p.staff.data(SUMMARY, { id: meeting.id })).jointMeeting.attendanceSummary;
    assert.deepEqual(summary, { invited: 2, present: 2, absent: 0, notRecorded: 0, attendanceRate: 1, quorum: true });
  });

  test('invitations change before the meeting is held; a unit that attended stays invited', async () => {
    const meeting = (await p.staff.data(SCHEDULE, { input: meetingInput(p, { invitedUnitIds: [p.units[0].id] }) })).scheduleJointMeeting;
    const changed = (await p.staff.data(INVITATIONS, { id: meeting.id, invite: [p.units[1].id, p.outsideUnit.id] })).changeInvitations;
    assert.deepEqual(
      changed.map((a: any) => a.unit.id),
      [p.units[0].id, p.units[1].id, p.outsideUnit.id],
    );
    // The invited unit from another community now sees the meeting.
    assert.equal((await p.outsidePartner.data(`query ($id: ID!) { jointMeeting(id: $id) { id } }`, { id: meeting.id })).jointMeeting.id, meeting.id);
    await p.staff.data(RECORD, { id: meeting.id, entries: [{ unitId: p.units[0].id, status: 'PRESENT' }] });
    await p.staff.error('WRONG_STATE', INVITATIONS, { id: meeting.id, withdraw: [p.units[0].id] });
    await p.staff.error('NOT_INVITED', INVITATIONS, { id: meeting.id, withdraw: [p.units[2].id] });
    await p.staff.error('NOTHING_TO_CHANGE', INVITATIONS, { id: meeting.id });
    await p.staff.error('WRONG_KIND', INVITATIONS, { id: meeting.id, invite: [p.community.id] });
    const withdrawn = (await p.staff.data(INVITATIONS, { id: meeting.id, withdraw: [p.outsideUnit.id] })).changeInvitations;
    assert.equal(withdrawn.length, 2);
    await p.outsidePartner.error('OUT_OF_SCOPE', `query ($id: ID!) { jointMeeting(id: $id) { id } }`, { id: meeting.id });
    await p.staff.data(CLOSE, { id: meeting.id, version: meeting.version, minutes: '纪要' });
    await p.staff.error('WRONG_STATE', INVITATIONS, { id: meeting.id, invite: [p.units[2].id] });
  });
});
