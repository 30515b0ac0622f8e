import { OptionalProps } from '@mikro-orm/core';
import { Entity, Enum, Index, PrimaryKey, Property, Unique } from '@mikro-orm/decorators/legacy';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DateTime, LocalDate } from '../../platform/graphql/scalars';

export enum PointsCategory {
  PUBLIC_SECURITY = 'PUBLIC_SECURITY',
  PUBLIC_VIRTUE = 'PUBLIC_VIRTUE',
  COMMUNITY_BUILDING = 'COMMUNITY_BUILDING',
  AWARD_AND_PENALTY = 'AWARD_AND_PENALTY',
}
registerEnumType(PointsCategory, {
  name: 'PointsCategory',
  description: '积分大类 (the four categories of points, as the city publishes them).',
  valuesConfig: {
    PUBLIC_SECURITY: { description: '社会治安类 (public security).' },
    PUBLIC_VIRTUE: { description: '公益美德类 (public good and virtue).' },
    COMMUNITY_BUILDING: { description: '社区建设类 (community building).' },
    AWARD_AND_PENALTY: { description: '奖励惩罚类 (awards and deductions).' },
  },
});

export enum PointsBasis {
  PER_HOUR = 'PER_HOUR',
  PER_WISH_RATING = 'PER_WISH_RATING',
  PER_POST_MONTH = 'PER_POST_MONTH',
  AWARD = 'AWARD',
  DEDUCTION = 'DEDUCTION',
}
registerEnumType(PointsBasis, {
  name: 'PointsBasis',
  description: '计分方式 (what a rule counts).',
  valuesConfig: {
    PER_HOUR: { description: '按服务时长 (points per hour of service).' },
    PER_WISH_RATING: { description: '按心愿评分 (points per star of a rated wish).' },
    PER_POST_MONTH: { description: '按在岗月数 (points per month holding a post).' },
    AWARD: { description: '奖励 (awarded by staff, with a reason).' },
    DEDUCTION: { description: '扣减 (deducted by staff, with a reason).' },
  },
});

export enum PointsEarnerKind {
  MEMBER = 'MEMBER',
  UNIT = 'UNIT',
}
registerEnumType(PointsEarnerKind, {
  name: 'PointsEarnerKind',
  description: '积分主体 (who earns points: a member or a unit).',
  valuesConfig: { MEMBER: { description: '党员 (a party member).' }, UNIT: { description: '单位 (a unit party organisation).' } },
});

/**
 * One version of a points rule (积分规则), in a category and subcategory. A change is a new version;
 * the old one is kept, since ledger entries name the version they were earned under.
 */
@ObjectType('PointsRule', { description: '积分规则 (PointsRule): one version of a rule: category, subcategory and points.' })
@Entity({ tableName: 'points_rule' })
@Unique({ properties: ['code', 'version'] })
@Unique({
  name: 'points_rule_one_current_per_code',
  expression: `create unique index "points_rule_one_current_per_code" on "checkins"."points_rule" ("code") where "current"`,
})
export class PointsRule {
  [OptionalProps]?: 'id' | 'current' | 'createdAt';

  @Field(() => ID, { description: '编号 (id).' })
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Field({ description: '规则代码 (code, stable across versions, e.g. SERVICE_HOUR).' })
  @Property({ length: 50 })
  code!: string;

  @Field(() => Int, { description: '版本 (version: 1, then one more with each change).' })
  @Property()
  version!: number;

  @Field(() => PointsCategory, { description: '大类 (category).' })
  @Enum({ items: () => PointsCategory, nativeEnumName: 'points_category' })
  category!: PointsCategory;

  @Field({ description: '小类 (subcategory).' })
  @Property({ length: 100 })
  subcategory!: string;

  @Field(() => PointsBasis, { description: '计分方式 (what it counts).' })
  @Enum({ items: () => PointsBasis, nativeEnumName: 'points_basis' })
  basis!: PointsBasis;

  @Field(() => Int, { description: '分值 (points per hour, per star, per month, or per award; deductions are given as a positive number).' })
  @Property()
  points!: number;

  @Field({ description: '是否现行 (whether this is the version in force).' })
  @Property({ default: true })
  current: boolean = true;

  @Field(() => DateTime, { description: '生效时间 (when this version was made).' })
  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();
}

/**
 * One entry of the points ledger (积分台账): unique on its source, so the same service, wish or
 * adjustment never counts twice. Balances are sums of entries; nothing is ever reset, and entries
 * keep the points and rule version they were earned under.
 */
@ObjectType('PointsEntry', { description: '积分记录 (PointsEntry): points earned or deducted, with the rule version and source.' })
@Entity({ tableName: 'points_entry' })
@Unique({ name: 'points_entry_one_per_source', properties: ['sourceKind', 'sourceKey'] })
@Index({ properties: ['earnerId', 'earnedOn'] })
@Index({ properties: ['communityId', 'earnedOn'] })
export class PointsEntry {
  [OptionalProps]?: 'id' | 'reason' | 'createdAt';

  @Field(() => ID, { description: '编号 (id).' })
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Field(() => PointsEarnerKind, { description: '积分主体 (member or unit).' })
  @Enum({ items: () => PointsEarnerKind, nativeEnumName: 'points_earner_kind' })
  earnerKind!: PointsEarnerKind;

  /** The member or unit party organisation that earned it. */
  @Property({ type: 'uuid' })
  earnerId!: string;

  /** For rankings by unit: the member's employer when earned (the unit itself for a unit). */
  @Index()
  @Property({ type: 'uuid' })
  unitId!: string;

  /** Where it was earned. */
  @Property({ type: 'uuid' })
  communityId!: string;

  @Field(() => Int, { description: '积分 (points: negative for a deduction).' })
  @Property()
  points!: number;

  @Property({ type: 'uuid' })
  ruleId!: string;

  @Field({ description: '规则代码 (the rule it was earned under).' })
  @Property({ length: 50 })
  ruleCode!: string;

  @Field(() => Int, { description: '规则版本 (the version of the rule then in force).' })
  @Property()
  ruleVersion!: number;

  @Field({ description: '来源类型 (SERVICE_RECORD, WISH, POST_MONTH or ADJUSTMENT).' })
  @Property({ length: 20 })
  sourceKind!: string;

  /** The service record's or wish's id, the claim and month, or a fresh id for an adjustment. */
  @Property({ length: 100 })
  sourceKey!: string;

  @Field(() => LocalDate, { description: '计分日期 (the day it counts for).' })
  @Property({ type: 'date' })
  earnedOn!: string;

  @Field(() => String, { nullable: true, description: '说明 (the reason of an award or deduction).' })
  @Property({ length: 500, nullable: true })
  reason: string | null = null;

  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();
}
