import type { EntityManager } from '@mikro-orm/sql';
import type { RequestContext } from '../../platform/context/request-context';
import { BadUserInputError, ConflictError, NotFoundError } from '../../platform/errors/errors';
import type { Localized } from '../../platform/errors/reasons';
import { byIdLoader } from '../../platform/loading/loaders';
import { changeWithLock, lockForChange } from '../../platform/orm/change-with-lock';
import { transition } from '../../platform/state/transition';
import { isUuid, requiredText } from '../../platform/validation/validation';
import { districtIdOf, OrganisationKind, OrganisationsClient, type OrganisationFacts } from '../organisations/public';
import { JointMeeting, MeetingStatus } from './joint-meeting.entity';
import type { RescheduleJointMeetingInput, ScheduleJointMeetingInput } from './joint-meeting.inputs';
import { AttendanceStatus, MeetingAttendance } from './meeting-attendance.entity';
import { MeetingAccess } from './meeting-access';
import { MEETING_LIFECYCLE } from './meetings.lifecycle';
import { MEETING_PERMISSIONS as P } from './meetings.permissions';
import { checkSpan, checkTitle, checkVenue, CONVENERS_OF, MAX_INVITED_UNITS } from './meetings.rules';

/** Scheduling, changing, cancelling and closing joint meetings, and reading one; one instance per request. */
export class JointMeetingService {
  private readonly byId = byIdLoader((ids) => this.ctx.em.find(JointMeeting, { id: { $in: ids } }), isUuid);

  constructor(private readonly ctx: RequestContext) {}

  private get access(): MeetingAccess {
    return this.ctx.get(MeetingAccess);
  }

  /** A meeting by id, not yet checked against the caller: NOT_FOUND when there is none. */
  async load(id: string): Promise<JointMeeting> {
    const meeting = await this.byId.load(id);
    if (!meeting) throw new NotFoundError('JointMeeting', id);
    return meeting;
  }

  /** A meeting the caller asked for by id: null when there is none, FORBIDDEN when it is not theirs to read. */
  async read(id: string): Promise<JointMeeting | null> {
    this.access.requireSomeRead();
    const meeting = await this.byId.load(id);
    if (meeting && !(await this.access.mayRead(meeting))) throw this.access.readRefusal();
    return meeting;
  }

  /** A meeting the caller may read, or null (nested fields and entity references leak nothing). */
  async findVisible(id: string): Promise<JointMeeting | null> {
    const meeting = await this.byId.load(id);
    return meeting && (await this.access.mayRead(meeting)) ? meeting : null;
  }

  /** The meeting, once the caller is known to run meetings where its convener sits (FORBIDDEN otherwise). */
  async loadToRun(id: string): Promise<JointMeeting> {
    const meeting = await this.load(id);
    await this.ctx.access.require(P.run, await this.access.convenerTarget(meeting.convenerId));
    return meeting;
  }

  async schedule(input: ScheduleJointMeetingInput): Promise<JointMeeting> {
    const title = checkTitle(input.title, 'input.title');
    checkSpan(input.startsAt, input.endsAt, 'input');
    const venue = checkVenue(input.place, input.onlineLink, 'input');
    const convener = await this.checkConvener(input.convenerId, input.kind);
    await this.ctx.access.require(P.run, { organisationId: convener.id, organisationPath: convener.path });
    const invited = await this.checkInvitees(convener, input.invitedUnitIds, 'input.invitedUnitIds');
    return this.ctx.em.transactional(async (em) => {
      const meeting = em.create(JointMeeting, {
        convenerId: convener.id,
        kind: input.kind,
        title,
        startsAt: input.startsAt,
        endsAt: input.endsAt,
        meetingDate: this.ctx.clock.dateAt(input.startsAt),
        ...venue,
        status: MeetingStatus.SCHEDULED,
      });
      for (const unitId of invited) em.create(MeetingAttendance, { meetingId: meeting.id, unitId, status: AttendanceStatus.NOT_RECORDED });
      await em.flush();
      return meeting;
    });
  }

  /** New times, place or title for a meeting not yet held or cancelled. */
  async reschedule(id: string, version: number, input: RescheduleJointMeetingInput): Promise<JointMeeting> {
    const meeting = await this.loadToRun(id);
    const title = input.title != null ? checkTitle(input.title, 'input.title') : meeting.title;
    const startsAt = input.startsAt ?? meeting.startsAt;
    const endsAt = input.endsAt ?? meeting.endsAt;
    checkSpan(startsAt, endsAt, 'input');
    const venue = checkVenue(
      input.place === undefined ? meeting.place : input.place,
      input.onlineLink === undefined ? meeting.onlineLink : input.onlineLink,
      'input',
    );
    return changeWithLock(this.ctx.em, JointMeeting, id, version, (_em, locked) => {
      this.assertStatus(locked, [MeetingStatus.SCHEDULED], { en: 'reschedule it', zh: '调整安排' });
      Object.assign(locked, { title, startsAt, endsAt, meetingDate: this.ctx.clock.dateAt(startsAt), ...venue });
      return locked;
    });
  }

  async cancel(id: string, version: number, reason: string): Promise<JointMeeting> {
    const why = requiredText(reason, 'reason', 500, 'lines');
    return this.move(id, version, MeetingStatus.CANCELLED, (_em, meeting) => {
      meeting.cancelReason = why;
      meeting.cancelledAt = this.ctx.clock.now();
    });
  }

  /**
   * Closes a meeting as held, with its minutes: only once it has begun and some attendance is
   * recorded. Invited units still unrecorded are recorded absent, so every invitation counts.
   */
  async close(id: string, version: number, minutes: string): Promise<JointMeeting> {
    const text = requiredText(minutes, 'minutes', 20_000, 'lines');
    return this.move(id, version, MeetingStatus.HELD, async (em, meeting) => {
      this.assertBegun(meeting, { en: 'close it', zh: '结束会议' });
      const attendance = await em.find(MeetingAttendance, { meetingId: meeting.id });
      if (!attendance.some((a) => a.status !== AttendanceStatus.NOT_RECORDED)) {
        throw new ConflictError('NOTHING_RECORDED', { entity: 'JointMeeting', id: meeting.id, what: { en: 'attendance', zh: '出席情况' } });
      }
      for (const a of attendance.filter((row) => row.status === AttendanceStatus.NOT_RECORDED)) a.status = AttendanceStatus.ABSENT;
      meeting.minutes = text;
      meeting.closedAt = this.ctx.clock.now();
    });
  }

  /**
   * Inside a transaction of its own: the meeting's row locked against concurrent changes (a close, a
   * cancellation), in one of `allowed` states, for writes that belong to it without changing it.
   */
  async withLockedMeeting<R>(
    id: string,
    allowed: MeetingStatus[],
    action: Localized,
    work: (em: EntityManager, meeting: JointMeeting) => Promise<R>,
  ): Promise<R> {
    return this.ctx.em.transactional(async (em) => {
      const meeting = await lockForChange(em, JointMeeting, id);
      this.assertStatus(meeting, allowed, action);
      const result = await work(em, meeting);
      await em.flush();
      return result;
    });
  }

  assertStatus(meeting: JointMeeting, allowed: MeetingStatus[], action: Localized): void {
    if (!allowed.includes(meeting.status)) throw new ConflictError('WRONG_STATE', { entity: 'JointMeeting', id: meeting.id, state: meeting.status, action });
  }

  /** A meeting has begun once its start has passed (in the hub's clock). */
  assertBegun(meeting: JointMeeting, action: Localized): void {
    if (this.ctx.clock.now().getTime() < meeting.startsAt.getTime()) {
      throw new ConflictError('NOT_YET', { entity: 'JointMeeting', id: meeting.id, action, from: meeting.startsAt.toISOString() });
    }
  }

  /** The units invited by default (those holding seats on the convening committee) or those given, each checked. */
  async checkInvitees(convener: OrganisationFacts, given: readonly string[] | null | undefined, field: string): Promise<string[]> {
    const ids = [...new Set(given ?? (await this.ctx.shared(OrganisationsClient).seatHolderUnitIds(convener.id)))];
    if (ids.length > MAX_INVITED_UNITS) throw new BadUserInputError('TOO_MANY', { field, max: MAX_INVITED_UNITS });
    if (ids.length === 0) throw new BadUserInputError('REQUIRED', { field });
    await Promise.all(ids.map((id, i) => this.checkUnit(convener, id, `${field}[${i}]`)));
    return ids;
  }

  /** A unit party organisation of the convener's district. */
  async checkUnit(convener: OrganisationFacts, id: string, field: string): Promise<OrganisationFacts> {
    const unit = isUuid(id) ? await this.ctx.shared(OrganisationsClient).find(id) : null;
    if (!unit) throw new BadUserInputError('UNKNOWN_REFERENCE', { field, id });
    if (unit.kind !== OrganisationKind.UNIT_PARTY_ORGANISATION)
      throw new BadUserInputError('WRONG_KIND', { field, expected: OrganisationKind.UNIT_PARTY_ORGANISATION });
    if (districtIdOf(unit.path) !== districtIdOf(convener.path)) throw new BadUserInputError('OUT_OF_AREA', { field, id });
    return unit;
  }

  async convenerOf(meeting: JointMeeting): Promise<OrganisationFacts> {
    const convener = await this.ctx.shared(OrganisationsClient).find(meeting.convenerId);
    if (!convener) throw new NotFoundError('Organisation', meeting.convenerId);
    return convener;
  }

  private async checkConvener(id: string, kind: ScheduleJointMeetingInput['kind']): Promise<OrganisationFacts> {
    const convener = isUuid(id) ? await this.ctx.shared(OrganisationsClient).find(id) : null;
    if (!convener) throw new BadUserInputError('UNKNOWN_REFERENCE', { field: 'input.convenerId', id });
    if (!CONVENERS_OF[kind].includes(convener.kind)) {
      throw new BadUserInputError('WRONG_KIND', { field: 'input.convenerId', expected: CONVENERS_OF[kind].join(' or ') });
    }
    return convener;
  }

  /** A move through MEETING_LIFECYCLE: who may (`run`, where the convener sits), the version, legality, then `apply`. */
  private async move(id: string, version: number, to: MeetingStatus, apply: (em: EntityManager, meeting: JointMeeting) => Promise<void> | void) {
    const meeting = await this.load(id);
    const target = await this.access.convenerTarget(meeting.convenerId);
    return transition(this.ctx.em, JointMeeting, meeting, version, {
      machine: MEETING_LIFECYCLE,
      to,
      stateOf: (m) => m.status,
      setState: (m, state) => (m.status = state),
      authorize: (permission) => this.ctx.access.require(permission, target),
      onTransition: apply,
    });
  }
}
