import { Entity, Index, Property, Unique } from '@mikro-orm/decorators/legacy';
import { Field, Int, ObjectType } from 'type-graphql';
import { DateTime } from '../../platform/graphql/scalars';
import { BaseEntity } from '../../platform/orm/base.entity';

/**
 * A standing role a community offers its reported members (服务岗位: 政策宣传员, 楼栋长助理, 文明劝导员…),
 * with room for `capacity` members at once. Members claim (认岗) and release it; a full post refuses
 * further claims. `claimedCount` is kept with the post and changed under its row lock, so concurrent
 * claims never overfill it.
 */
@ObjectType('ServicePost', { description: '服务岗位 (ServicePost): a standing role a community offers, claimed by members up to its capacity.' })
@Entity({ tableName: 'service_post' })
@Index({ properties: ['communityId', 'category'] })
export class ServicePost extends BaseEntity<'claimedCount' | 'closedAt'> {
  /** The community party committee that offers it. */
  @Property({ type: 'uuid' })
  communityId!: string;

  @Field({ description: '岗位类别 (category, e.g. 政策宣传, 环境卫生, 治安巡逻).' })
  @Property({ length: 50 })
  category!: string;

  @Field({ description: '岗位名称 (title).' })
  @Property({ length: 100 })
  title!: string;

  @Field({ description: '岗位说明 (what the role asks of a member).' })
  @Property({ length: 1000 })
  description!: string;

  @Field(() => Int, { description: '岗位容量 (how many members it takes at once).' })
  @Property()
  capacity!: number;

  @Field(() => Int, { description: '已认领人数 (members holding it now).' })
  @Property({ default: 0 })
  claimedCount: number = 0;

  @Field(() => DateTime, { nullable: true, description: '关闭时间 (when the community closed it; a closed post takes no claims).' })
  @Property({ type: 'timestamptz', nullable: true })
  closedAt: Date | null = null;
}

/** A member holding a post (认岗), from the claim to the release. One open claim per member and post. */
@ObjectType('ServicePostClaim', { description: '岗位认领 (ServicePostClaim): a member holding a service post.' })
@Entity({ tableName: 'service_post_claim' })
@Unique({
  name: 'service_post_claim_one_open_per_member',
  expression: `create unique index "service_post_claim_one_open_per_member" on "checkins"."service_post_claim" ("post_id", "member_id") where "released_at" is null`,
})
@Index({ properties: ['memberId', 'claimedAt'] })
export class ServicePostClaim extends BaseEntity<'releasedAt'> {
  @Property({ type: 'uuid' })
  postId!: string;

  @Property({ type: 'uuid' })
  memberId!: string;

  @Field(() => DateTime, { description: '认领时间 (when the member claimed it).' })
  @Property({ type: 'timestamptz' })
  claimedAt!: Date;

  @Field(() => DateTime, { nullable: true, description: '释放时间 (when the member released it).' })
  @Property({ type: 'timestamptz', nullable: true })
  releasedAt: Date | null = null;
}
