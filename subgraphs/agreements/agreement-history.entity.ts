import { randomUUID } from 'node:crypto';
import { OptionalProps } from '@mikro-orm/core';
import { Entity, Index, PrimaryKey, Property, Unique } from '@mikro-orm/decorators/legacy';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { JSONObject } from '../../platform/graphql/scalars';

/** A numbered change to a signed agreement: kept for good, never altered. */
@ObjectType({ description: '协议变更 (AgreementAmendment): a numbered change to a signed agreement.' })
@Entity({ tableName: 'agreement_amendment' })
@Unique({ properties: ['agreementId', 'number'] })
export class AgreementAmendment {
  [OptionalProps]?: 'id' | 'amendedAt';

  @Field(() => ID, { description: '编号 (id).' })
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Index()
  @Property({ type: 'uuid' })
  agreementId!: string;

  @Field(() => Int, { description: '变更序号 (amendment number, from 1).' })
  @Property()
  number!: number;

  @Field({ description: '变更原因 (why).' })
  @Property({ length: 500 })
  reason!: string;

  @Field(() => JSONObject, { description: '变更内容 (the difference: each changed field with `from` and `to`).' })
  @Property({ type: 'json' })
  changes!: Record<string, { from: unknown; to: unknown }>;

  @Field({ description: '变更人 (who: token subject).' })
  @Property({ length: 200 })
  amendedBy!: string;

  @Field({ description: '变更时间 (when).' })
  @Property()
  amendedAt: Date = new Date();
}

/** The committee side's annual review of an agreement: one a year. */
@ObjectType({ description: "年度评议 (AgreementReview): the committee side's annual rating of an agreement." })
@Entity({ tableName: 'agreement_review' })
@Unique({ properties: ['agreementId', 'year'] })
export class AgreementReview {
  [OptionalProps]?: 'id' | 'reviewedAt';

  @Field(() => ID, { description: '编号 (id).' })
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Index()
  @Property({ type: 'uuid' })
  agreementId!: string;

  @Field(() => Int, { description: '年度 (year reviewed).' })
  @Property()
  year!: number;

  @Field(() => Int, { description: '评分 (rating, 1 to 5).' })
  @Property()
  rating!: number;

  @Field({ description: '评语 (comment).' })
  @Property({ length: 1000 })
  comment!: string;

  @Field({ description: '评议人 (who: token subject).' })
  @Property({ length: 200 })
  reviewedBy!: string;

  @Field({ description: '评议时间 (when).' })
  @Property()
  reviewedAt: Date = new Date();
}

/** The next readable number per district and year (QH-2026-0007), taken in the registering transaction. */
@Entity({ tableName: 'agreement_number_sequence' })
export class AgreementNumberSequence {
  @PrimaryKey({ type: 'uuid' })
  districtId!: string;

  @PrimaryKey()
  year!: number;

  @Property()
  last!: number;
}
