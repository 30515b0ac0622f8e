import { randomUUID } from 'node:crypto';
import { LockMode, UniqueConstraintViolationException } from '@mikro-orm/core';
import { checkInCodeHash, CHECK_IN_MINUTES, MAX_FAILED_CHECK_INS, newCheckInCode } from '../../platform/auth/check-in-code';
import type { RequestContext } from '../../platform/context/request-context';
import { BadUserInputError, ConflictError, NotFoundError } from '../../platform/errors/errors';
import { qualifiedTable } from '../../platform/pagination/batched-page';
import { checkInteger, isUuid, requiredText } from '../../platform/validation/validation';
import { OrganisationKind } from '../organisations/public';
import { CHECKIN_PERMISSIONS as P } from './checkins.permissions';
import { organisationOfKind } from './checkins.rules';
import { MemberAccess } from './member-access';
import { PartyMemberService } from './party-member.service';
import { RULE_CODES } from './points.catalog';
import { PointsEarnerKind } from './points.entity';
import { PointsService } from './points.service';
import { ServicePost } from './service-post.entity';
import { ServiceKind, ServiceRecord, ServiceRecordMethod } from './service-record.entity';
import { ServiceCheckIn, ServiceSession } from './service-session.entity';
import { SERVICE_LIMITS as L } from './service.rules';
import { Wish } from './wish.entity';

export interface OpenSessionInput {
  communityId: string;
  postId?: string | null;
  wishId?: string | null;
  activity?: string | null;
  validMinutes?: number | null;
}

/** Check-in by a one-time code staff display, and check-out that makes the service record; one instance per request. */
export class ServiceSessionService {
  constructor(private readonly ctx: RequestContext) {}

  /** Staff open a session of service and get its code, shown only now. */
  async open(input: OpenSessionInput): Promise<{ session: ServiceSession; code: string; expiresAt: Date }> {
    const given = [input.postId, input.wishId, input.activity].filter((v) => v !== null && v !== undefined && v !== '');
    if (given.length !== 1) throw new BadUserInputError('ONE_OF_REQUIRED', { field: 'input', fields: 'exactly one of postId, wishId, activity' });
    const minutes = checkInteger(input.validMinutes ?? CHECK_IN_MINUTES.default, 'input.validMinutes', CHECK_IN_MINUTES.min, CHECK_IN_MINUTES.max);
    const activity = input.activity ? requiredText(input.activity, 'input.activity', L.activity) : null;
    const community = await organisationOfKind(this.ctx, input.communityId, 'input.communityId', [OrganisationKind.COMMUNITY_PARTY_COMMITTEE]);
    await this.ctx.access.require(P.issueCheckInCode, { organisationId: community.id, organisationPath: community.path });
    if (input.postId && !(await this.belongs('post', input.postId, community.id))) {
      throw new BadUserInputError('UNKNOWN_REFERENCE', { field: 'input.postId', id: input.postId });
    }
    if (input.wishId && !(await this.belongs('wish', input.wishId, community.id))) {
      throw new BadUserInputError('UNKNOWN_REFERENCE', { field: 'input.wishId', id: input.wishId });
    }
    const code = newCheckInCode();
    const id = randomUUID();
    const now = this.ctx.clock.now();
    const expiresAt = new Date(now.getTime() + minutes * 60_000);
    const session = this.ctx.em.create(ServiceSession, {
      id,
      communityId: community.id,
      kind: input.postId ? ServiceKind.POST : input.wishId ? ServiceKind.WISH : ServiceKind.ACTIVITY,
      postId: input.postId?.toLowerCase() ?? null,
      wishId: input.wishId?.toLowerCase() ?? null,
      activity,
      sourceKey: input.postId?.toLowerCase() ?? input.wishId?.toLowerCase() ?? activity!,
      codeHash: checkInCodeHash(id, code),
      expiresAt,
      openedBy: this.ctx.actor.subject,
      openedAt: now,
    });
    await this.ctx.em.flush();
    return { session, code, expiresAt };
  }

  /**
   * The calling member checks in with the code shown: once per session, while the code is valid, and
   * not twice to the same thing on one day. Wrong codes count (kept even though the check-in is
   * refused); after five the member is locked out of this session.
   */
  async checkIn(sessionId: string, code: string): Promise<ServiceSession> {
    const memberId = await this.callingMember();
    const given = requiredText(code, 'code', 40);
    const session = await this.load(sessionId);
    const table = qualifiedTable(this.ctx.em, ServiceCheckIn);
    const outcome = await this.ctx.em.transactional(async (em) => {
      await em.execute(
        `insert into ${table} (id, created_at, updated_at, version, session_id, member_id, failed_attempts) values (?, now(), now(), 1, ?, ?, 0) on conflict do nothing`,
        [randomUUID(), session.id, memberId],
      );
      const row = (await em.findOne(ServiceCheckIn, { sessionId: session.id, memberId }, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true }))!;
      if (row.checkInAt) throw new ConflictError('ALREADY_DONE', { entity: 'ServiceSession', id: session.id, action: { en: 'checking in', zh: '签到' } });
      if (row.failedAttempts >= MAX_FAILED_CHECK_INS) throw new ConflictError('TOO_MANY_ATTEMPTS', { field: 'code', max: MAX_FAILED_CHECK_INS });
      const now = this.ctx.clock.now();
      if (!(session.expiresAt > now && session.codeHash === checkInCodeHash(session.id, given))) {
        row.failedAttempts += 1;
        return 'refused' as const;
      }
      const day = this.ctx.clock.dateAt(now);
      if (await em.count(ServiceRecord, { memberId, kind: session.kind, sourceKey: session.sourceKey, serviceDay: day })) {
        throw new ConflictError('ALREADY_DONE', { entity: 'ServiceSession', id: session.id, action: { en: 'checking in today', zh: '今日签到' } });
      }
      row.checkInAt = now;
      return 'checked-in' as const;
    });
    if (outcome === 'refused') throw new BadUserInputError('CODE_INVALID', { field: 'code' });
    return session;
  }

  /** The calling member checks out: the service record is made, with its points. Check-out before check-in and service over a day are refused. */
  async checkOut(sessionId: string): Promise<ServiceRecord> {
    const memberId = await this.callingMember();
    const member = await this.ctx.get(PartyMemberService).load(memberId);
    const session = await this.load(sessionId);
    try {
      return await this.ctx.em.transactional(async (em) => {
        const row = await em.findOne(ServiceCheckIn, { sessionId: session.id, memberId }, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
        if (!row?.checkInAt)
          throw new ConflictError('NOTHING_RECORDED', { entity: 'ServiceSession', id: session.id, what: { en: 'check-in of yours', zh: '您的签到' } });
        if (row.recordId) throw new ConflictError('ALREADY_DONE', { entity: 'ServiceSession', id: session.id, action: { en: 'checking out', zh: '签退' } });
        const now = this.ctx.clock.now();
        const minutes = Math.floor((now.getTime() - row.checkInAt.getTime()) / 60_000);
        if (minutes > L.serviceMinutes) throw new BadUserInputError('SPAN_TOO_LONG', { field: 'sessionId', max: { en: '24 hours', zh: '24 小时' } });
        const record = em.create(ServiceRecord, {
          memberId,
          communityId: session.communityId,
          kind: session.kind,
          postId: session.postId,
          wishId: session.wishId,
          activity: session.activity,
          sourceKey: session.sourceKey,
          checkInAt: row.checkInAt,
          checkOutAt: now,
          serviceDay: this.ctx.clock.dateAt(row.checkInAt),
          minutes,
          method: ServiceRecordMethod.CODE,
          recordedBy: this.ctx.actor.subject,
        });
        row.recordId = record.id;
        await this.ctx.get(PointsService).earn(em, {
          earnerKind: PointsEarnerKind.MEMBER,
          earnerId: memberId,
          unitId: member.employerId,
          communityId: session.communityId,
          ruleCode: RULE_CODES.serviceHour,
          times: minutes / 60,
          sourceKind: 'SERVICE_RECORD',
          sourceKey: record.id,
          earnedOn: record.serviceDay,
        });
        return record;
      });
    } catch (error) {
      if (error instanceof UniqueConstraintViolationException) {
        throw new ConflictError('ALREADY_DONE', { entity: 'ServiceSession', id: session.id, action: { en: 'checking in today', zh: '今日签到' } });
      }
      throw error;
    }
  }

  private async load(id: string): Promise<ServiceSession> {
    const session = isUuid(id) ? await this.ctx.em.findOne(ServiceSession, { id }) : null;
    if (!session) throw new NotFoundError('ServiceSession', id);
    return session;
  }

  private async belongs(entity: 'post' | 'wish', id: string, communityId: string): Promise<boolean> {
    if (!isUuid(id)) return false;
    const count = entity === 'post' ? await this.ctx.em.count(ServicePost, { id, communityId }) : await this.ctx.em.count(Wish, { id, communityId });
    return count > 0;
  }

  private async callingMember(): Promise<string> {
    const memberId = this.ctx.get(MemberAccess).ownMemberId;
    await this.ctx.access.require(P.checkIn, { memberId: memberId ?? undefined });
    await this.ctx.get(PartyMemberService).load(memberId!);
    return memberId!;
  }
}
