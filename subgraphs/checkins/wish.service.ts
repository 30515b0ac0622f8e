import type { EntityManager } from '@mikro-orm/sql';
import type { Permission, Target } from '../../platform/auth/access';
import type { RequestContext } from '../../platform/context/request-context';
import { BadUserInputError, NotFoundError } from '../../platform/errors/errors';
import { byIdLoader } from '../../platform/loading/loaders';
import { fetchBatchedPages } from '../../platform/pagination/batched-page';
import { pageRequest, toConnection, type Connection } from '../../platform/pagination/connection';
import { defineListOrder } from '../../platform/pagination/list-order';
import { transition } from '../../platform/state/transition';
import { addDays } from '../../platform/time/clock';
import { checkInteger, checkLocalDate, isUuid, optionalText, requiredText } from '../../platform/validation/validation';
import { OrganisationKind } from '../organisations/public';
import { CHECKIN_PERMISSIONS as P } from './checkins.permissions';
import { organisationOfKind } from './checkins.rules';
import { MemberAccess, type Condition } from './member-access';
import { PartyMember } from './party-member.entity';
import { PartyMemberService } from './party-member.service';
import { RULE_CODES } from './points.catalog';
import { PointsEarnerKind } from './points.entity';
import { PointsService } from './points.service';
import { DEFAULT_WISH_DAYS, SERVICE_LIMITS as L, WISH_STEP_DAYS } from './service.rules';
import { VolunteerTeam, VolunteerTeamMember } from './volunteer-team.entity';
import { OPEN_WISH_STATUSES, Wish, WishAssigneeKind, WishStatus } from './wish.entity';
import type { CompleteWishArgs, DispatchWishArgs, PostWishInput, RateWishArgs, WishListArgs, WishMoveArgs, WithdrawWishArgs } from './wish.inputs';
import { WISH_LIFECYCLE } from './wish.lifecycle';

/** A community's wishes, the most urgent step first. */
const ORDER = defineListOrder('Wish:stepDueOn', { step_due_on: 'date', id: 'uuid' }, (w: Wish) => [w.stepDueOn, w.id]);
const COMMUNITY = [OrganisationKind.COMMUNITY_PARTY_COMMITTEE];
const OPEN_SQL = `o.status in (${OPEN_WISH_STATUSES.map((s) => `'${s}'`).join(', ')})`;

/** Wishes (微心愿) from posting to rating; one instance per request. */
export class WishService {
  private readonly byId = byIdLoader((ids) => this.ctx.em.find(Wish, { id: { $in: ids } }), isUuid);

  constructor(private readonly ctx: RequestContext) {}

  private get members(): MemberAccess {
    return this.ctx.get(MemberAccess);
  }

  /** Overdue: still waiting on someone and past the current step's deadline, as of today. Never stored. */
  isOverdue(wish: Wish): boolean {
    return OPEN_WISH_STATUSES.includes(wish.status) && wish.stepDueOn < this.ctx.today;
  }

  /** Where a wish sits, and who accepted it: what every wish permission is checked against. */
  async targetOf(wish: Wish): Promise<Target> {
    const community = await this.members.communityTarget(wish.communityId);
    return { ...community, memberId: wish.acceptedByMemberId ?? undefined, organisationId: wish.acceptedByUnitId ?? community.organisationId };
  }

  async read(id: string): Promise<Wish | null> {
    this.ctx.access.requireRole(P.readWishes);
    const wish = await this.byId.load(id);
    if (wish && !(await this.ctx.access.allows(P.readWishes, await this.members.communityTarget(wish.communityId)))) {
      throw this.ctx.access.refusal(P.readWishes);
    }
    return wish;
  }

  async findVisible(id: string): Promise<Wish | null> {
    const wish = await this.byId.load(id);
    return wish && (await this.ctx.access.allows(P.readWishes, await this.members.communityTarget(wish.communityId))) ? wish : null;
  }

  /** A community's wishes, filtered by status and overdue, the most urgent step first. */
  async list(args: WishListArgs): Promise<Connection<Wish>> {
    this.ctx.access.requireRole(P.readWishes);
    const page = pageRequest(args, this.ctx.settings.maxPageSize, ORDER);
    const community = await organisationOfKind(this.ctx, args.filter.communityId, 'filter.communityId', COMMUNITY);
    await this.ctx.access.require(P.readWishes, { organisationId: community.id, organisationPath: community.path });
    const where: Condition[] = [{ sql: 'o.community_id = ?', params: [community.id] }];
    if (args.filter.status) where.push({ sql: 'o.status = ?', params: [args.filter.status] });
    const overdue = args.filter.overdue;
    if (overdue !== null && overdue !== undefined) where.push({ sql: `${overdue ? '' : 'not '}(${OPEN_SQL} and o.step_due_on < ?)`, params: [this.ctx.today] });
    const pages = await fetchBatchedPages<Wish>(this.ctx.em, { entity: Wish, keys: ['*'], join: 'true', where, page });
    const { rows, total } = pages.get('*')!;
    return toConnection(rows, page, total);
  }

  /** Staff post a resident's wish (群众点单): dispatch is due within three days. */
  async post(input: PostWishInput): Promise<Wish> {
    const title = requiredText(input.title, 'input.title', L.wishTitle);
    const description = requiredText(input.description, 'input.description', L.wishDescription, 'lines');
    const residentName = requiredText(input.residentName, 'input.residentName', L.residentName);
    const residentContact = requiredText(input.residentContact, 'input.residentContact', L.residentContact);
    const today = this.ctx.today;
    const dueOn = input.dueOn ? checkLocalDate(input.dueOn, 'input.dueOn') : addDays(today, DEFAULT_WISH_DAYS);
    if (dueOn < today) throw new BadUserInputError('NOT_BEFORE', { field: 'input.dueOn', other: 'today' });
    if (dueOn > addDays(today, 366)) throw new BadUserInputError('NOT_AFTER', { field: 'input.dueOn', other: addDays(today, 366) });
    const community = await organisationOfKind(this.ctx, input.communityId, 'input.communityId', COMMUNITY);
    await this.ctx.access.require(P.postWish, { organisationId: community.id, organisationPath: community.path });
    const wish = this.ctx.em.create(Wish, {
      communityId: community.id,
      title,
      description,
      residentName,
      residentContact,
      status: WishStatus.POSTED,
      dueOn,
      stepDueOn: this.stepDue(WishStatus.POSTED, dueOn),
      postedAt: this.ctx.clock.now(),
    });
    await this.ctx.em.flush();
    return wish;
  }

  /** Staff dispatch a posted wish (社区派单) to a member, a unit party organisation or one of the community's volunteer teams. */
  async dispatch(args: DispatchWishArgs): Promise<Wish> {
    const wish = await this.load(args.id);
    const assigneeId = await this.checkAssignee(wish, args.assigneeKind, args.assigneeId);
    return this.move(wish, args, WishStatus.DISPATCHED, (w) => {
      Object.assign(w, { assigneeKind: args.assigneeKind, assigneeId, dispatchedAt: this.ctx.clock.now() });
    });
  }

  /**
   * The assignee accepts a dispatched wish (接单), or a member or unit claims a posted one (认领).
   * For a team, any member of the team accepts it for the team.
   */
  async accept(args: WishMoveArgs): Promise<Wish> {
    const wish = await this.load(args.id);
    const memberId = this.members.ownMemberId;
    if (memberId) await this.ctx.get(PartyMemberService).load(memberId);
    const unitId = this.ctx.actor.memberId ? null : (this.ctx.access.actingOrganisationId ?? null);
    const target = await this.acceptTarget(wish, memberId, unitId);
    return this.move(
      wish,
      args,
      WishStatus.ACCEPTED,
      (w, _em, from) => {
        if (from === WishStatus.POSTED)
          Object.assign(w, { assigneeKind: memberId ? WishAssigneeKind.MEMBER : WishAssigneeKind.UNIT, assigneeId: memberId ?? unitId });
        Object.assign(w, { acceptedByMemberId: memberId, acceptedByUnitId: memberId ? null : unitId, acceptedAt: this.ctx.clock.now() });
      },
      target,
    );
  }

  /** Whoever accepted it, or staff, report it done. */
  async complete(args: CompleteWishArgs): Promise<Wish> {
    const wish = await this.load(args.id);
    const outcome = requiredText(args.outcome, 'outcome', L.description, 'lines');
    return this.move(wish, args, WishStatus.DONE, (w) => Object.assign(w, { outcome, doneAt: this.ctx.clock.now() }));
  }

  /** Staff record the resident's rating (群众评单); whoever accepted it earns points by the rating. */
  async rate(args: RateWishArgs): Promise<Wish> {
    const wish = await this.load(args.id);
    const rating = checkInteger(args.rating, 'rating', 1, 5);
    const comment = optionalText(args.comment, 'comment', L.comment, 'lines');
    const earner = await this.earnerOf(wish);
    return this.move(wish, args, WishStatus.RATED, async (w, em) => {
      Object.assign(w, { rating, ratingComment: comment, ratedAt: this.ctx.clock.now() });
      if (!earner) return;
      await this.ctx.get(PointsService).earn(em, {
        ...earner,
        communityId: w.communityId,
        ruleCode: RULE_CODES.wishRating,
        times: rating,
        sourceKind: 'WISH',
        sourceKey: w.id,
        earnedOn: this.ctx.today,
      });
    });
  }

  /** Staff withdraw a wish not yet done, with a reason. */
  async withdraw(args: WithdrawWishArgs): Promise<Wish> {
    const wish = await this.load(args.id);
    const reason = requiredText(args.reason, 'reason', L.reason, 'lines');
    return this.move(wish, args, WishStatus.WITHDRAWN, (w) => Object.assign(w, { withdrawReason: reason, withdrawnAt: this.ctx.clock.now() }));
  }

  private async load(id: string): Promise<Wish> {
    const wish = await this.byId.load(id);
    if (!wish) throw new NotFoundError('Wish', id);
    return wish;
  }

  /** Moves a wish through WISH_LIFECYCLE; the new step's deadline follows from the status it enters. */
  private async move(
    wish: Wish,
    args: WishMoveArgs,
    to: WishStatus,
    change: (w: Wish, em: EntityManager, from: WishStatus) => unknown,
    target?: Target,
  ): Promise<Wish> {
    const checkedTarget = target ?? (await this.targetOf(wish));
    return transition(this.ctx.em, Wish, wish, args.version, {
      machine: WISH_LIFECYCLE,
      to,
      stateOf: (w) => w.status,
      setState: (w, state) => (w.status = state),
      authorize: (permission: Permission) => this.ctx.access.require(permission, checkedTarget),
      onTransition: async (em, locked, from) => {
        await change(locked, em, from);
        locked.stepDueOn = this.stepDue(to, locked.dueOn);
      },
    });
  }

  private stepDue(status: WishStatus, dueOn: string): string {
    const days = WISH_STEP_DAYS[status];
    return days === undefined ? dueOn : addDays(this.ctx.today, days);
  }

  /** Who may accept: the calling member or unit when it is the one dispatched to (or any, to claim a posted wish). */
  private async acceptTarget(wish: Wish, memberId: string | null, unitId: string | null): Promise<Target> {
    const community = await this.members.communityTarget(wish.communityId);
    const open = wish.status === WishStatus.POSTED;
    let forMember = open || (wish.assigneeKind === WishAssigneeKind.MEMBER && wish.assigneeId === memberId);
    if (!forMember && wish.assigneeKind === WishAssigneeKind.TEAM && memberId && wish.assigneeId) {
      forMember = (await this.ctx.em.count(VolunteerTeamMember, { teamId: wish.assigneeId, memberId })) > 0;
    }
    const forUnit = open || (wish.assigneeKind === WishAssigneeKind.UNIT && wish.assigneeId === unitId);
    return {
      organisationPath: community.organisationPath,
      memberId: forMember ? (memberId ?? undefined) : undefined,
      organisationId: forUnit ? (unitId ?? undefined) : undefined,
    };
  }

  private async checkAssignee(wish: Wish, kind: WishAssigneeKind, id: string): Promise<string> {
    const refuse = () => new BadUserInputError('UNKNOWN_REFERENCE', { field: 'assigneeId', id });
    if (!isUuid(id)) throw refuse();
    if (kind === WishAssigneeKind.UNIT) return (await organisationOfKind(this.ctx, id, 'assigneeId', [OrganisationKind.UNIT_PARTY_ORGANISATION])).id;
    if (kind === WishAssigneeKind.MEMBER) {
      if (!(await this.ctx.em.count(PartyMember, { id }))) throw refuse();
      return id;
    }
    if (!(await this.ctx.em.count(VolunteerTeam, { id, communityId: wish.communityId }))) throw refuse();
    return id;
  }

  /** Who earns the points of a rated wish: the member who accepted it (with its employer), or the unit. */
  private async earnerOf(wish: Wish) {
    if (wish.acceptedByMemberId) {
      const member = await this.ctx.em.findOne(PartyMember, { id: wish.acceptedByMemberId });
      if (member) return { earnerKind: PointsEarnerKind.MEMBER, earnerId: member.id, unitId: member.employerId };
    }
    if (wish.acceptedByUnitId) return { earnerKind: PointsEarnerKind.UNIT, earnerId: wish.acceptedByUnitId, unitId: wish.acceptedByUnitId };
    return null;
  }
}
