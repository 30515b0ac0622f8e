import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Requires } from '../../platform/auth/requires';
import type { RequestContext } from '../../platform/context/request-context';
import { OrganisationReference, organisationReference } from '../organisations/public';
import { CHECKIN_PERMISSIONS as P } from './checkins.permissions';
import { ServicePost, ServicePostClaim } from './service-post.entity';
import { OpenServicePostInput } from './service-post.inputs';
import { ServicePostService } from './service-post.service';

const postId = { description: '岗位编号 (id of the service post).' };

@Resolver(() => ServicePost)
export class ServicePostResolver {
  @Query(() => [ServicePost], { description: '服务岗位 (the service posts a community offers: open ones first, by category and title).' })
  servicePosts(@Arg('communityId', () => ID, { description: '社区党组织编号 (the community).' }) communityId: string, @Ctx() ctx: RequestContext) {
    return ctx.get(ServicePostService).ofCommunity(communityId);
  }

  @FieldResolver(() => OrganisationReference, { description: '所属社区 (the community offering it).' })
  community(@Root() post: ServicePost) {
    return organisationReference(post.communityId);
  }

  @FieldResolver(() => Int, { description: '剩余名额 (places left).' })
  placesLeft(@Root() post: ServicePost): number {
    return post.closedAt ? 0 : Math.max(0, post.capacity - post.claimedCount);
  }

  @Mutation(() => ServicePost, { description: '开设服务岗位 (staff open a service post in their community).' })
  @Requires(P.manageServicePosts)
  openServicePost(@Arg('input', { description: '输入 (input).' }) input: OpenServicePostInput, @Ctx() ctx: RequestContext) {
    return ctx.get(ServicePostService).open(input);
  }

  @Mutation(() => ServicePost, { description: '关闭服务岗位 (staff close a post: it takes no more claims).' })
  @Requires(P.manageServicePosts)
  closeServicePost(
    @Arg('id', () => ID, postId) id: string,
    @Arg('version', () => Int, { description: '版本 (the version you read).' }) version: number,
    @Ctx() ctx: RequestContext,
  ) {
    return ctx.get(ServicePostService).close(id, version);
  }

  @Mutation(() => ServicePostClaim, { description: '认领服务岗位 (a member claims a post; a full or closed post refuses).' })
  @Requires(P.claimServicePost)
  claimServicePost(@Arg('id', () => ID, postId) id: string, @Ctx() ctx: RequestContext) {
    return ctx.get(ServicePostService).claim(id);
  }

  @Mutation(() => ServicePost, { description: '释放服务岗位 (a member releases a post it holds).' })
  @Requires(P.claimServicePost)
  releaseServicePost(@Arg('id', () => ID, postId) id: string, @Ctx() ctx: RequestContext) {
    return ctx.get(ServicePostService).release(id);
  }
}

@Resolver(() => ServicePostClaim)
export class ServicePostClaimResolver {
  @FieldResolver(() => ServicePost, { description: '岗位 (the post claimed).' })
  post(@Root() claim: ServicePostClaim, @Ctx() ctx: RequestContext) {
    return ctx.get(ServicePostService).load(claim.postId);
  }
}
