import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { LocalDate } from '../../platform/graphql/scalars';
import { PageArgs } from '../../platform/pagination/connection';
import { WishAssigneeKind, WishStatus } from './wish.entity';

@InputType({ description: '发布微心愿 (post a resident’s wish: 群众点单).' })
export class PostWishInput {
  @Field(() => ID, { description: '社区党组织编号 (the community posting it).' })
  communityId!: string;

  @Field({ description: '心愿标题 (what the resident needs, in a line).' })
  title!: string;

  @Field({ description: '心愿详情 (details).' })
  description!: string;

  @Field({ description: '群众姓名 (the resident’s name; personal).' })
  residentName!: string;

  @Field({ description: '群众联系方式 (the resident’s contact; personal).' })
  residentContact!: string;

  @Field(() => LocalDate, { nullable: true, description: '完成期限 (the day it must be done by: today to a year ahead; 14 days if omitted).' })
  dueOn?: string | null;
}

@InputType({ description: '微心愿筛选 (filter of a community’s wishes); conditions combine.' })
export class WishFilter {
  @Field(() => ID, { description: '社区党组织编号 (the community whose wishes to list).' })
  communityId!: string;

  @Field(() => WishStatus, { nullable: true, description: '状态 (only wishes with this status).' })
  status?: WishStatus | null;

  @Field(() => Boolean, { nullable: true, description: '是否逾期 (true: only overdue wishes; false: only those not overdue).' })
  overdue?: boolean | null;
}

@ArgsType()
export class WishListArgs extends PageArgs {
  @Field(() => WishFilter, { description: '筛选 (filter).' })
  filter!: WishFilter;
}

@ArgsType()
export class WishMoveArgs {
  @Field(() => ID, { description: '微心愿编号 (id of the wish).' })
  id!: string;

  @Field(() => Int, { description: '版本 (the version you read).' })
  version!: number;
}

@ArgsType()
export class DispatchWishArgs extends WishMoveArgs {
  @Field(() => WishAssigneeKind, { description: '承接方类型 (a member, a unit or a volunteer team).' })
  assigneeKind!: WishAssigneeKind;

  @Field(() => ID, { description: '承接方编号 (the member, unit party organisation or volunteer team).' })
  assigneeId!: string;
}

@ArgsType()
export class CompleteWishArgs extends WishMoveArgs {
  @Field({ description: '完成情况 (what was done).' })
  outcome!: string;
}

@ArgsType()
export class RateWishArgs extends WishMoveArgs {
  @Field(() => Int, { description: '评分 (the resident’s rating, 1 to 5).' })
  rating!: number;

  @Field(() => String, { nullable: true, description: '评价 (the resident’s comment).' })
  comment?: string | null;
}

@ArgsType()
export class WithdrawWishArgs extends WishMoveArgs {
  @Field({ description: '撤回原因 (why it is withdrawn).' })
  reason!: string;
}
