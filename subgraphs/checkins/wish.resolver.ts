import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { maskPhone, Personal } from '../../platform/auth/personal';
import { Requires } from '../../platform/auth/requires';
import type { RequestContext } from '../../platform/context/request-context';
import { ConnectionType } from '../../platform/pagination/connection';
import { OrganisationReference, organisationReference } from '../organisations/public';
import { CHECKIN_PERMISSIONS as P } from './checkins.permissions';
import { MemberAccess } from './member-access';
import { Wish } from './wish.entity';
import { CompleteWishArgs, DispatchWishArgs, PostWishInput, RateWishArgs, WishListArgs, WishMoveArgs, WithdrawWishArgs } from './wish.inputs';
import { WishService } from './wish.service';

export const WishConnection = ConnectionType(Wish, 'Wish', '微心愿');

/** The resident's name, with the family name kept: 王**. */
const maskName = (name: string) => `${[...name][0] ?? ''}**`;
const wishTarget = (wish: Wish, ctx: RequestContext) => ctx.get(MemberAccess).communityTarget(wish.communityId);

@Resolver(() => Wish)
export class WishResolver {
  @Query(() => Wish, { nullable: true, description: '按编号查微心愿 (a wish by id): null when there is none, FORBIDDEN when it is not yours to read.' })
  wish(@Arg('id', () => ID, { description: '编号 (id).' }) id: string, @Ctx() ctx: RequestContext) {
    return ctx.get(WishService).read(id);
  }

  @Query(() => WishConnection, { description: '微心愿列表 (a community’s wishes, by status and overdue), the most urgent step first.' })
  wishes(@Args() args: WishListArgs, @Ctx() ctx: RequestContext) {
    return ctx.get(WishService).list(args);
  }

  @FieldResolver(() => String, { nullable: true, description: '群众姓名 (the resident’s name; personal: masked except for the community’s staff).' })
  @Personal(P.readWishPersonal, wishTarget, maskName)
  residentName(@Root() wish: Wish) {
    return wish.residentName;
  }

  @FieldResolver(() => String, { nullable: true, description: '群众联系方式 (the resident’s contact; personal: masked except for the community’s staff).' })
  @Personal(P.readWishPersonal, wishTarget, maskPhone)
  residentContact(@Root() wish: Wish) {
    return wish.residentContact;
  }

  @FieldResolver(() => OrganisationReference, { description: '所属社区 (the community that posted it).' })
  community(@Root() wish: Wish) {
    return organisationReference(wish.communityId);
  }

  @FieldResolver(() => String, { nullable: true, description: '承接方编号 (the member, unit or volunteer team it is dispatched to or claimed by).' })
  assigneeId(@Root() wish: Wish) {
    return wish.assigneeId;
  }

  @FieldResolver({ description: '是否逾期 (overdue: still waiting on someone and past the current step’s deadline, as of today).' })
  overdue(@Root() wish: Wish, @Ctx() ctx: RequestContext): boolean {
    return ctx.get(WishService).isOverdue(wish);
  }

  @Mutation(() => Wish, { description: '发布微心愿 (群众点单: staff post a resident’s wish).' })
  @Requires(P.postWish)
  postWish(@Arg('input', { description: '输入 (input).' }) input: PostWishInput, @Ctx() ctx: RequestContext) {
    return ctx.get(WishService).post(input);
  }

  @Mutation(() => Wish, { description: '派单 (社区派单: staff dispatch a posted wish to a member, a unit or a volunteer team).' })
  @Requires(P.dispatchWish)
  dispatchWish(@Args() args: DispatchWishArgs, @Ctx() ctx: RequestContext) {
    return ctx.get(WishService).dispatch(args);
  }

  @Mutation(() => Wish, { description: '接单或认领 (accept a wish dispatched to you or your team or unit, or claim a posted one).' })
  @Requires(P.acceptWish)
  acceptWish(@Args() args: WishMoveArgs, @Ctx() ctx: RequestContext) {
    return ctx.get(WishService).accept(args);
  }

  @Mutation(() => Wish, { description: '完成微心愿 (report an accepted wish done: whoever accepted it, or staff).' })
  @Requires(P.completeWish)
  completeWish(@Args() args: CompleteWishArgs, @Ctx() ctx: RequestContext) {
    return ctx.get(WishService).complete(args);
  }

  @Mutation(() => Wish, { description: '评单 (群众评单: staff record the resident’s rating, 1 to 5; whoever accepted it earns points).' })
  @Requires(P.rateWish)
  rateWish(@Args() args: RateWishArgs, @Ctx() ctx: RequestContext) {
    return ctx.get(WishService).rate(args);
  }

  @Mutation(() => Wish, { description: '撤回微心愿 (staff withdraw a wish not yet done, with a reason).' })
  @Requires(P.withdrawWish)
  withdrawWish(@Args() args: WithdrawWishArgs, @Ctx() ctx: RequestContext) {
    return ctx.get(WishService).withdraw(args);
  }
}
