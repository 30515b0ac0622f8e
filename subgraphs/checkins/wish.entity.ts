import { Entity, Enum, Index, Property } from '@mikro-orm/decorators/legacy';
import { Directive, Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { keepOutOfAudit } from '../../platform/audit/audit.subscriber';
import { DateTime, LocalDate } from '../../platform/graphql/scalars';
import { BaseEntity } from '../../platform/orm/base.entity';

export enum WishStatus {
  POSTED = 'POSTED',
  DISPATCHED = 'DISPATCHED',
  ACCEPTED = 'ACCEPTED',
  DONE = 'DONE',
  RATED = 'RATED',
  WITHDRAWN = 'WITHDRAWN',
}
registerEnumType(WishStatus, {
  name: 'WishStatus',
  description: '微心愿状态 (status of a wish: the "五单" of the practice).',
  valuesConfig: {
    POSTED: { description: '群众点单 (posted by community staff for a resident).' },
    DISPATCHED: { description: '社区派单 (dispatched to a member, a unit or a volunteer team).' },
    ACCEPTED: { description: '党员/单位接单 (accepted, or claimed directly by a member or unit: 认领).' },
    DONE: { description: '已完成 (reported done, awaiting the resident’s rating).' },
    RATED: { description: '群众评单 (rated by the resident, 1 to 5, recorded by staff).' },
    WITHDRAWN: { description: '已撤回 (withdrawn by the community, with a reason).' },
  },
});

export enum WishAssigneeKind {
  MEMBER = 'MEMBER',
  UNIT = 'UNIT',
  TEAM = 'TEAM',
}
registerEnumType(WishAssigneeKind, {
  name: 'WishAssigneeKind',
  description: '承接方类型 (who a wish is dispatched to).',
  valuesConfig: {
    MEMBER: { description: '党员 (a party member).' },
    UNIT: { description: '单位 (a unit party organisation).' },
    TEAM: { description: '志愿服务队 (a volunteer team of the community: any of its members accepts).' },
  },
});

/** Statuses in which a wish is still waiting on someone: it can be overdue. */
export const OPEN_WISH_STATUSES: readonly WishStatus[] = [WishStatus.POSTED, WishStatus.DISPATCHED, WishStatus.ACCEPTED];

/**
 * A resident's small need (微心愿/微诉求), posted by community staff. The resident's name and
 * contact are personal (shown behind `@Personal`). Each step has its deadline (`stepDueOn`, set as
 * the wish moves); whether it is overdue follows from today and is never stored.
 */
@ObjectType('Wish', { description: '微心愿 (Wish): a resident’s small need, from posting to the resident’s rating.' })
@Directive('@key(fields: "id")')
@Entity({ tableName: 'wish' })
@Index({ properties: ['communityId', 'status', 'stepDueOn'] })
@Index({ properties: ['communityId', 'postedAt'] })
@Index({ properties: ['assigneeId', 'status'] })
export class Wish extends BaseEntity<
  | 'assigneeKind'
  | 'assigneeId'
  | 'acceptedByMemberId'
  | 'acceptedByUnitId'
  | 'dispatchedAt'
  | 'acceptedAt'
  | 'doneAt'
  | 'outcome'
  | 'rating'
  | 'ratingComment'
  | 'ratedAt'
  | 'withdrawnAt'
  | 'withdrawReason'
> {
  /** The community party committee that posted it. */
  @Property({ type: 'uuid' })
  communityId!: string;

  @Field({ description: '心愿标题 (what the resident needs, in a line).' })
  @Property({ length: 200 })
  title!: string;

  @Field({ description: '心愿详情 (details).' })
  @Property({ length: 2000 })
  description!: string;

  /** Personal: shown through `Wish.residentName` behind `@Personal`. */
  @Property({ length: 100 })
  residentName!: string;

  /** Personal: shown through `Wish.residentContact` behind `@Personal`. */
  @Property({ length: 100 })
  residentContact!: string;

  @Field(() => WishStatus, { description: '状态 (status).' })
  @Enum({ items: () => WishStatus, nativeEnumName: 'wish_status' })
  status!: WishStatus;

  @Field(() => LocalDate, { description: '当前环节期限 (the deadline of the current step: dispatch, acceptance, completion or rating).' })
  @Property({ type: 'date' })
  stepDueOn!: string;

  @Field(() => LocalDate, { description: '完成期限 (the day the resident needs it done by).' })
  @Property({ type: 'date' })
  dueOn!: string;

  @Field(() => WishAssigneeKind, { nullable: true, description: '承接方类型 (who it was dispatched to or claimed by).' })
  @Enum({ items: () => WishAssigneeKind, nativeEnumName: 'wish_assignee_kind', nullable: true })
  assigneeKind: WishAssigneeKind | null = null;

  /** The member, unit party organisation or volunteer team it is dispatched to (or that claimed it). */
  @Property({ type: 'uuid', nullable: true })
  assigneeId: string | null = null;

  /** The member who accepted it (for a team, the member of the team who did). */
  @Property({ type: 'uuid', nullable: true })
  acceptedByMemberId: string | null = null;

  /** The unit that accepted it. */
  @Property({ type: 'uuid', nullable: true })
  acceptedByUnitId: string | null = null;

  @Field(() => DateTime, { description: '点单时间 (when it was posted).' })
  @Property({ type: 'timestamptz' })
  postedAt!: Date;

  @Field(() => DateTime, { nullable: true, description: '派单时间 (when it was dispatched).' })
  @Property({ type: 'timestamptz', nullable: true })
  dispatchedAt: Date | null = null;

  @Field(() => DateTime, { nullable: true, description: '接单时间 (when it was accepted or claimed).' })
  @Property({ type: 'timestamptz', nullable: true })
  acceptedAt: Date | null = null;

  @Field(() => DateTime, { nullable: true, description: '完成时间 (when it was reported done).' })
  @Property({ type: 'timestamptz', nullable: true })
  doneAt: Date | null = null;

  @Field(() => String, { nullable: true, description: '完成情况 (what was done).' })
  @Property({ length: 1000, nullable: true })
  outcome: string | null = null;

  @Field(() => Int, { nullable: true, description: '群众评分 (the resident’s rating, 1 to 5).' })
  @Property({ type: 'smallint', nullable: true })
  rating: number | null = null;

  @Field(() => String, { nullable: true, description: '群众评价 (the resident’s comment).' })
  @Property({ length: 500, nullable: true })
  ratingComment: string | null = null;

  @Field(() => DateTime, { nullable: true, description: '评单时间 (when the rating was recorded).' })
  @Property({ type: 'timestamptz', nullable: true })
  ratedAt: Date | null = null;

  @Field(() => DateTime, { nullable: true, description: '撤回时间 (when it was withdrawn).' })
  @Property({ type: 'timestamptz', nullable: true })
  withdrawnAt: Date | null = null;

  @Field(() => String, { nullable: true, description: '撤回原因 (why it was withdrawn).' })
  @Property({ length: 500, nullable: true })
  withdrawReason: string | null = null;
}

keepOutOfAudit('Wish', ['residentName', 'residentContact']);
