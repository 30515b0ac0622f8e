import { auditUnder } from '../../platform/audit/audit.subscriber';
import type { RequestContext } from '../../platform/context/request-context';
import { BadUserInputError, ConflictError, NotFoundError } from '../../platform/errors/errors';
import { byIdLoader, groupedLoader } from '../../platform/loading/loaders';
import { lockForChange } from '../../platform/orm/change-with-lock';
import { transition } from '../../platform/state/transition';
import { checkLocalDate, isUuid, optionalText, requiredText } from '../../platform/validation/validation';
import { OrganisationsClient } from '../organisations/public';
import { CHECKIN_PERMISSIONS as P } from './checkins.permissions';
import { LIMITS } from './checkins.rules';
import { LeaveRequest, LeaveStatus as L } from './leave-request.entity';
import { MemberAccess } from './member-access';
import { MemberRegistration, RegistrationStatus } from './member-registration.entity';
import { PartyMember } from './party-member.entity';
import { PartyMemberService } from './party-member.service';
import { LEAVE_LIFECYCLE } from './registration.lifecycle';
import type { RequestLeaveInput } from './registration.inputs';

const DAY_MS = 86_400_000;

/** Leave from service (请销假): asked by a member, decided by the staff of the member's community. */
export class LeaveService {
  private readonly byId = byIdLoader((ids) => this.ctx.em.find(LeaveRequest, { id: { $in: ids } }), isUuid);
  private readonly ofMember = groupedLoader(
    (memberIds: readonly string[]) => this.ctx.em.find(LeaveRequest, { memberId: { $in: [...memberIds] } }, { orderBy: { startsOn: 'desc', id: 'desc' } }),
    (leave) => leave.memberId,
  );

  constructor(private readonly ctx: RequestContext) {}

  private get access(): MemberAccess {
    return this.ctx.get(MemberAccess);
  }

  async load(id: string): Promise<LeaveRequest> {
    const leave = await this.byId.load(id);
    if (!leave) throw new NotFoundError('LeaveRequest', id);
    return leave;
  }

  /** A member's leave requests, latest first (shown with the member, so read by the member's rule). */
  async ofMemberId(memberId: string): Promise<LeaveRequest[]> {
    return (await this.ofMember.load(memberId)) as LeaveRequest[];
  }

  /** The calling member asks for leave from the community of their confirmed registration. */
  async request(input: RequestLeaveInput): Promise<LeaveRequest> {
    const memberId = this.access.ownMemberId;
    await this.ctx.access.require(P.requestLeave, { memberId: memberId ?? undefined });
    const member = await this.ctx.get(PartyMemberService).load(memberId!);
    const startsOn = checkLocalDate(input.startsOn, 'input.startsOn');
    const endsOn = checkLocalDate(input.endsOn, 'input.endsOn');
    const reason = requiredText(input.reason, 'input.reason', LIMITS.reason, 'lines');
    if (startsOn < this.ctx.today) throw new BadUserInputError('NOT_BEFORE', { field: 'input.startsOn', other: 'today' });
    if (endsOn < startsOn) throw new BadUserInputError('NOT_BEFORE', { field: 'input.endsOn', other: 'input.startsOn' });
    if ((Date.parse(endsOn) - Date.parse(startsOn)) / DAY_MS + 1 > LIMITS.leaveDays) {
      throw new BadUserInputError('SPAN_TOO_LONG', { field: 'input.endsOn', max: `${LIMITS.leaveDays} days` });
    }
    const notRegistered = new ConflictError('NOT_REGISTERED', { member: member.id, action: 'ask for leave' });
    const confirmed = await this.ctx.em.findOne(MemberRegistration, { memberId: member.id, status: RegistrationStatus.CONFIRMED });
    if (!confirmed) throw notRegistered;
    // Asked before the transaction: nothing waits on another subgraph while holding one.
    const communityPath = await this.ctx.shared(OrganisationsClient).pathOf(confirmed.communityId);
    return this.ctx.em.transactional(async (tx) => {
      await lockForChange(tx, PartyMember, member.id);
      const registration = await tx.findOne(MemberRegistration, { memberId: member.id, status: RegistrationStatus.CONFIRMED }, { refresh: true });
      if (!registration || registration.id !== confirmed.id) throw notRegistered;
      const overlapping = await tx.findOne(LeaveRequest, {
        memberId: member.id,
        status: { $in: [L.REQUESTED, L.APPROVED] },
        startsOn: { $lte: endsOn },
        endsOn: { $gte: startsOn },
      });
      if (overlapping) throw new ConflictError('OVERLAPPING_LEAVE', { field: 'input', leaveId: overlapping.id });
      const leave = tx.create(LeaveRequest, {
        memberId: member.id,
        registrationId: registration.id,
        communityId: registration.communityId,
        startsOn,
        endsOn,
        reason,
        status: L.REQUESTED,
      });
      if (communityPath) auditUnder(leave, communityPath);
      await tx.flush();
      return leave;
    });
  }

  async approve(id: string, version: number, remark: string | null | undefined): Promise<LeaveRequest> {
    const why = optionalText(remark, 'reason', LIMITS.reason, 'lines');
    return this.decide(id, version, L.APPROVED, why);
  }

  async reject(id: string, version: number, reason: string): Promise<LeaveRequest> {
    return this.decide(id, version, L.REJECTED, requiredText(reason, 'reason', LIMITS.reason, 'lines'));
  }

  /** The member withdraws a request, or ends approved leave (销假). */
  async cancel(id: string, version: number): Promise<LeaveRequest> {
    const leave = await this.load(id);
    return transition(this.ctx.em, LeaveRequest, leave, version, {
      machine: LEAVE_LIFECYCLE,
      to: L.CANCELLED,
      stateOf: (l) => l.status,
      setState: (l, to) => (l.status = to),
      authorize: async (permission) => this.ctx.access.require(permission, { memberId: leave.memberId }),
      onTransition: (_tx, locked) => {
        locked.cancelledAt = this.ctx.clock.now();
      },
    });
  }

  private async decide(id: string, version: number, to: L.APPROVED | L.REJECTED, reason: string | null): Promise<LeaveRequest> {
    const leave = await this.load(id);
    const target = await this.access.communityTarget(leave.communityId);
    return transition(this.ctx.em, LeaveRequest, leave, version, {
      machine: LEAVE_LIFECYCLE,
      to,
      stateOf: (l) => l.status,
      setState: (l, state) => (l.status = state),
      authorize: async (permission) => this.ctx.access.require(permission, target),
      onTransition: (_tx, locked) => {
        locked.decidedAt = this.ctx.clock.now();
        locked.decisionReason = reason;
      },
    });
  }
}
