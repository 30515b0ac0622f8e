import { LockMode } from '@mikro-orm/core';
import type { RequestContext } from '../../platform/context/request-context';
import { ConflictError, NotFoundError } from '../../platform/errors/errors';
import { byIdLoader } from '../../platform/loading/loaders';
import { changeWithLock } from '../../platform/orm/change-with-lock';
import { checkInteger, isUuid, requiredText } from '../../platform/validation/validation';
import { OrganisationKind } from '../organisations/public';
import { CHECKIN_PERMISSIONS as P } from './checkins.permissions';
import { organisationOfKind } from './checkins.rules';
import { MemberAccess } from './member-access';
import { PartyMemberService } from './party-member.service';
import { ServicePost, ServicePostClaim } from './service-post.entity';
import type { OpenServicePostInput } from './service-post.inputs';
import { SERVICE_LIMITS as L } from './service.rules';

const COMMUNITY = [OrganisationKind.COMMUNITY_PARTY_COMMITTEE];

/** Service posts (服务岗位) and members' claims on them; one instance per request. */
export class ServicePostService {
  private readonly byId = byIdLoader((ids) => this.ctx.em.find(ServicePost, { id: { $in: ids } }), isUuid);

  constructor(private readonly ctx: RequestContext) {}

  private get members(): MemberAccess {
    return this.ctx.get(MemberAccess);
  }

  async load(id: string): Promise<ServicePost> {
    const post = await this.byId.load(id);
    if (!post) throw new NotFoundError('ServicePost', id);
    return post;
  }

  /** The posts a community offers, open ones first, by category and title. */
  async ofCommunity(communityId: string): Promise<ServicePost[]> {
    this.ctx.access.requireRole(P.readServicePosts);
    const community = await organisationOfKind(this.ctx, communityId, 'communityId', COMMUNITY);
    await this.ctx.access.require(P.readServicePosts, { organisationId: community.id, organisationPath: community.path });
    return this.ctx.em.find(ServicePost, { communityId: community.id }, { orderBy: { closedAt: 'asc nulls first', category: 'asc', title: 'asc', id: 'asc' } });
  }

  /** Staff of the community open a post. */
  async open(input: OpenServicePostInput): Promise<ServicePost> {
    const category = requiredText(input.category, 'input.category', L.category);
    const title = requiredText(input.title, 'input.title', L.title);
    const description = requiredText(input.description, 'input.description', L.description, 'lines');
    const capacity = checkInteger(input.capacity, 'input.capacity', 1, L.capacity);
    const community = await organisationOfKind(this.ctx, input.communityId, 'input.communityId', COMMUNITY);
    await this.ctx.access.require(P.manageServicePosts, { organisationId: community.id, organisationPath: community.path });
    const post = this.ctx.em.create(ServicePost, { communityId: community.id, category, title, description, capacity });
    await this.ctx.em.flush();
    return post;
  }

  /** Staff close a post: it takes no more claims; those holding it keep their claims until they release them. */
  async close(id: string, version: number): Promise<ServicePost> {
    const post = await this.load(id);
    await this.ctx.access.require(P.manageServicePosts, await this.members.communityTarget(post.communityId));
    return changeWithLock(this.ctx.em, ServicePost, post.id, version, (_em, locked) => {
      if (locked.closedAt) throw new ConflictError('ALREADY_DONE', { entity: 'ServicePost', id: locked.id, action: { en: 'closing it', zh: '关闭' } });
      locked.closedAt = this.ctx.clock.now();
      return locked;
    });
  }

  /**
   * The calling member claims a post (认岗). Under the post's row lock: a closed post, a post the
   * member already holds and a full post are refused, so concurrent claims never overfill it.
   */
  async claim(postId: string): Promise<ServicePostClaim> {
    const memberId = await this.callingMember();
    const post = await this.load(postId);
    return this.ctx.em.transactional(async (em) => {
      const locked = (await em.findOne(ServicePost, { id: post.id }, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true }))!;
      if (locked.closedAt) {
        throw new ConflictError('WRONG_STATE', { entity: 'ServicePost', id: locked.id, state: 'CLOSED', action: { en: 'claim it', zh: '认领' } });
      }
      if ((await em.count(ServicePostClaim, { postId: locked.id, memberId, releasedAt: null })) > 0) {
        throw new ConflictError('ALREADY_DONE', { entity: 'ServicePost', id: locked.id, action: { en: 'claiming it', zh: '认领' } });
      }
      if (locked.claimedCount >= locked.capacity) throw new ConflictError('POST_FULL', { entity: 'ServicePost', id: locked.id, capacity: locked.capacity });
      locked.claimedCount += 1;
      return em.create(ServicePostClaim, { postId: locked.id, memberId, claimedAt: this.ctx.clock.now() });
    });
  }

  /** The calling member releases a post it holds. */
  async release(postId: string): Promise<ServicePost> {
    const memberId = await this.callingMember();
    const post = await this.load(postId);
    return this.ctx.em.transactional(async (em) => {
      const locked = (await em.findOne(ServicePost, { id: post.id }, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true }))!;
      const claim = await em.findOne(ServicePostClaim, { postId: locked.id, memberId, releasedAt: null });
      if (!claim) throw new ConflictError('NOTHING_RECORDED', { entity: 'ServicePost', id: locked.id, what: { en: 'claim of yours', zh: '您的认领' } });
      claim.releasedAt = this.ctx.clock.now();
      locked.claimedCount -= 1;
      return locked;
    });
  }

  /** The member the caller is, who must exist: refused unless the caller acts for itself as a member. */
  private async callingMember(): Promise<string> {
    const memberId = this.members.ownMemberId;
    await this.ctx.access.require(P.claimServicePost, { memberId: memberId ?? undefined });
    await this.ctx.get(PartyMemberService).load(memberId!);
    return memberId!;
  }
}
