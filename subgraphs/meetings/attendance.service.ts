import type { RequestContext } from '../../platform/context/request-context';
import { BadUserInputError, ConflictError } from '../../platform/errors/errors';
import { groupedLoader } from '../../platform/loading/loaders';
import { checkInstant, checkInteger, isUuid, optionalText, requiredText } from '../../platform/validation/validation';
import { CheckInCode } from './check-in-code.entity';
import { JointMeeting, MeetingStatus } from './joint-meeting.entity';
import type { AttendanceInput } from './joint-meeting.inputs';
import { JointMeetingService } from './joint-meeting.service';
import { MeetingAccess } from './meeting-access';
import { AttendanceStatus, CheckInMethod, MeetingAttendance } from './meeting-attendance.entity';
import { MEETING_PERMISSIONS as P } from './meetings.permissions';
import { checkInCodeHash, CHECK_IN_MINUTES, MAX_FAILED_CHECK_INS, newCheckInCode } from '../../platform/auth/check-in-code';
import { MAX_INVITED_UNITS } from './meetings.rules';
import type { AttendanceSummary, CheckInWindow } from './meetings.types';

/** Invitations and attendance: staff records, one-time check-in codes, quorum; one instance per request. */
export class AttendanceService {
  private readonly byMeeting = groupedLoader(
    (ids: readonly string[]) => this.ctx.em.find(MeetingAttendance, { meetingId: { $in: [...ids] } }, { orderBy: { createdAt: 'asc', id: 'asc' } }),
    (a) => a.meetingId,
  );
  private readonly codes = groupedLoader(
    (ids: readonly string[]) => this.ctx.em.find(CheckInCode, { meetingId: { $in: [...ids] } }),
    (c) => c.meetingId,
  );

  constructor(private readonly ctx: RequestContext) {}

  private get meetings(): JointMeetingService {
    return this.ctx.get(JointMeetingService);
  }

  /** The invited units of a meeting and their attendance, in the order they were invited. */
  attendanceOf(meetingId: string): Promise<MeetingAttendance[]> {
    return this.byMeeting.load(meetingId);
  }

  /** Counts, the attendance rate, and quorum: more than half of the invited units present. */
  async summaryOf(meetingId: string): Promise<AttendanceSummary> {
    const rows = await this.attendanceOf(meetingId);
    const count = (status: AttendanceStatus) => rows.filter((r) => r.status === status).length;
    const present = count(AttendanceStatus.PRESENT);
    return {
      invited: rows.length,
      present,
      absent: count(AttendanceStatus.ABSENT),
      notRecorded: count(AttendanceStatus.NOT_RECORDED),
      attendanceRate: rows.length ? present / rows.length : 0,
      quorum: present * 2 > rows.length,
    };
  }

  /** Until when the current check-in code is valid, or null when none is. */
  async checkInOpenUntil(meeting: JointMeeting): Promise<Date | null> {
    const [code] = await this.codes.load(meeting.id);
    return meeting.status === MeetingStatus.SCHEDULED && code && code.expiresAt > this.ctx.clock.now() ? code.expiresAt : null;
  }

  /** Staff record who attended (or undo a record), for invited units only, until the meeting is closed. */
  async record(meetingId: string, entries: AttendanceInput[]): Promise<MeetingAttendance[]> {
    await this.meetings.loadToRun(meetingId);
    if (entries.length > MAX_INVITED_UNITS) throw new BadUserInputError('TOO_MANY', { field: 'entries', max: MAX_INVITED_UNITS });
    if (entries.length === 0) throw new BadUserInputError('REQUIRED', { field: 'entries' });
    const checked = entries.map((entry, i) => this.checkEntry(entry, `entries[${i}]`));
    return this.meetings.withLockedMeeting(meetingId, [MeetingStatus.SCHEDULED], { en: 'record attendance', zh: '记录出席情况' }, async (em, meeting) => {
      const rows = await em.find(MeetingAttendance, { meetingId: meeting.id });
      return checked.map(({ unitId, field, ...values }) => {
        const row = rows.find((r) => r.unitId === unitId);
        if (!row) throw new BadUserInputError('NOT_INVITED', { field: `${field}.unitId`, id: unitId });
        return Object.assign(row, values, { method: values.status === AttendanceStatus.NOT_RECORDED ? null : CheckInMethod.STAFF });
      });
    });
  }

  /** Adds and withdraws invitations before the meeting is held; a unit recorded present cannot be withdrawn. */
  async changeInvitations(meetingId: string, invite: string[], withdraw: string[]): Promise<MeetingAttendance[]> {
    const meeting = await this.meetings.loadToRun(meetingId);
    if (invite.length + withdraw.length === 0) throw new BadUserInputError('NOTHING_TO_CHANGE', { field: 'invite' });
    const convener = await this.meetings.convenerOf(meeting);
    const added = invite.length ? await this.meetings.checkInvitees(convener, invite, 'invite') : [];
    if (withdraw.length > MAX_INVITED_UNITS) throw new BadUserInputError('TOO_MANY', { field: 'withdraw', max: MAX_INVITED_UNITS });
    return this.meetings.withLockedMeeting(meetingId, [MeetingStatus.SCHEDULED], { en: 'change its invitations', zh: '调整受邀单位' }, async (em) => {
      const rows = await em.find(MeetingAttendance, { meetingId }, { orderBy: { createdAt: 'asc', id: 'asc' } });
      withdraw.forEach((unitId, i) => {
        const row = rows.find((r) => r.unitId === unitId);
        if (!row) throw new BadUserInputError('NOT_INVITED', { field: `withdraw[${i}]`, id: unitId });
        if (row.status === AttendanceStatus.PRESENT) {
          throw new ConflictError('WRONG_STATE', {
            entity: 'MeetingAttendance',
            id: row.id,
            state: row.status,
            action: { en: 'withdraw the invitation', zh: '撤回邀请' },
          });
        }
        em.remove(row);
      });
      const kept = rows.filter((r) => !withdraw.includes(r.unitId));
      if (kept.length + added.filter((id) => !kept.some((r) => r.unitId === id)).length > MAX_INVITED_UNITS) {
        throw new BadUserInputError('TOO_MANY', { field: 'invite', max: MAX_INVITED_UNITS });
      }
      const fresh = added
        .filter((id) => !kept.some((r) => r.unitId === id))
        .map((unitId) => em.create(MeetingAttendance, { meetingId, unitId, status: AttendanceStatus.NOT_RECORDED }));
      if (kept.length + fresh.length === 0) throw new BadUserInputError('REQUIRED', { field: 'invite' });
      return [...kept, ...fresh];
    });
  }

  /**
   * Opens check-in: a fresh one-time code to show at the meeting, valid for `validMinutes`. Only its
   * hash is kept; opening again replaces it and gives every unit its tries back.
   */
  async openCheckIn(meetingId: string, validMinutes?: number | null): Promise<CheckInWindow> {
    await this.meetings.loadToRun(meetingId);
    const minutes = checkInteger(validMinutes ?? CHECK_IN_MINUTES.default, 'validMinutes', CHECK_IN_MINUTES.min, CHECK_IN_MINUTES.max);
    const code = newCheckInCode();
    const expiresAt = new Date(this.ctx.clock.now().getTime() + minutes * 60_000);
    await this.meetings.withLockedMeeting(meetingId, [MeetingStatus.SCHEDULED], { en: 'open check-in', zh: '开启签到' }, async (em, meeting) => {
      const existing = await em.findOne(CheckInCode, { meetingId });
      const values = { codeHash: checkInCodeHash(meeting.id, code), expiresAt, openedBy: this.ctx.actor.subject, openedAt: this.ctx.clock.now() };
      if (existing) Object.assign(existing, values);
      else em.create(CheckInCode, { meetingId, ...values });
      for (const row of await em.find(MeetingAttendance, { meetingId, failedCheckIns: { $gt: 0 } })) row.failedCheckIns = 0;
    });
    return { meetingId, code, expiresAt };
  }

  /**
   * A unit's representative checks in with the code shown at the meeting: once per unit, for
   * invited units only, while the code is valid. A unit that has tried too many wrong codes must
   * wait for check-in to be opened again.
   */
  async checkIn(meetingId: string, code: string, representative: string): Promise<MeetingAttendance> {
    const unitId = this.ctx.actor.organisationId;
    const meeting = await this.meetings.load(meetingId);
    const invited = unitId ? (await this.attendanceOf(meeting.id)).some((a) => a.unitId === unitId) : false;
    if (!invited) throw this.ctx.get(MeetingAccess).readRefusal();
    await this.ctx.access.require(P.checkIn, { organisationId: unitId });
    const name = requiredText(representative, 'representative', 100);
    const given = requiredText(code, 'code', 40);
    const outcome = await this.meetings.withLockedMeeting(meetingId, [MeetingStatus.SCHEDULED], { en: 'check in', zh: '签到' }, async (em) => {
      const row = (await em.findOne(MeetingAttendance, { meetingId, unitId: unitId! }))!;
      if (row.status === AttendanceStatus.PRESENT) {
        throw new ConflictError('ALREADY_DONE', { entity: 'MeetingAttendance', id: row.id, action: { en: 'checking in', zh: '签到' } });
      }
      if (row.failedCheckIns >= MAX_FAILED_CHECK_INS) throw new ConflictError('TOO_MANY_ATTEMPTS', { field: 'code', max: MAX_FAILED_CHECK_INS });
      const current = await em.findOne(CheckInCode, { meetingId });
      const valid = current && current.expiresAt > this.ctx.clock.now() && current.codeHash === checkInCodeHash(meetingId, given);
      if (!valid) {
        // Kept even though the check-in is refused: the count of wrong codes must outlive this request.
        row.failedCheckIns += 1;
        return { refused: true as const };
      }
      Object.assign(row, {
        status: AttendanceStatus.PRESENT,
        representative: name,
        absenceReason: null,
        checkedInAt: this.ctx.clock.now(),
        method: CheckInMethod.CODE,
      });
      return { refused: false as const, row };
    });
    if (outcome.refused) throw new BadUserInputError('CODE_INVALID', { field: 'code' });
    return outcome.row;
  }

  private checkEntry(entry: AttendanceInput, field: string) {
    if (!isUuid(entry.unitId)) throw new BadUserInputError('NOT_INVITED', { field: `${field}.unitId`, id: entry.unitId });
    const present = entry.status === AttendanceStatus.PRESENT;
    const absent = entry.status === AttendanceStatus.ABSENT;
    const representative = optionalText(entry.representative, `${field}.representative`, 100);
    const absenceReason = optionalText(entry.absenceReason, `${field}.absenceReason`, 500, 'lines');
    if (representative && !present) throw new BadUserInputError('NOT_APPLICABLE', { field: `${field}.representative`, of: entry.status });
    if (absenceReason && !absent) throw new BadUserInputError('NOT_APPLICABLE', { field: `${field}.absenceReason`, of: entry.status });
    if (entry.checkedInAt && !present) throw new BadUserInputError('NOT_APPLICABLE', { field: `${field}.checkedInAt`, of: entry.status });
    const checkedInAt = entry.checkedInAt ? checkInstant(entry.checkedInAt, `${field}.checkedInAt`) : null;
    return { field, unitId: entry.unitId, status: entry.status, representative, absenceReason, checkedInAt };
  }
}
