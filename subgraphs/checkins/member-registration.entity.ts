import { Entity, Enum, Index, Property, Unique } from '@mikro-orm/decorators/legacy';
import { Directive, Field, ObjectType, registerEnumType } from 'type-graphql';
import { DateTime } from '../../platform/graphql/scalars';
import { BaseEntity } from '../../platform/orm/base.entity';

export enum RegistrationStatus {
  PENDING = 'PENDING',
  CONFIRMED = 'CONFIRMED',
  REJECTED = 'REJECTED',
  CLOSED = 'CLOSED',
}
registerEnumType(RegistrationStatus, {
  name: 'RegistrationStatus',
  description: '报到状态 (status of a registration).',
  valuesConfig: {
    PENDING: { description: '待确认 (reported, awaiting the community).' },
    CONFIRMED: { description: '已确认 (confirmed by the community and placed in a grid or building party organisation).' },
    REJECTED: { description: '已退回 (rejected by the community, with a reason).' },
    CLOSED: { description: '已关闭 (closed: the member moved and reported elsewhere).' },
  },
});

/** The states in which a registration is the member's one active registration. */
export const ACTIVE_REGISTRATION_STATUSES = [RegistrationStatus.PENDING, RegistrationStatus.CONFIRMED] as const;

/**
 * A member's report to the community where they live (在职党员到社区报到). One active (pending or
 * confirmed) registration per member, kept by a partial unique index; a move closes the old one.
 */
@ObjectType('MemberRegistration', { description: '党员报到 (MemberRegistration): a member reports to the community where they live.' })
@Directive('@key(fields: "id")')
@Entity({ tableName: 'member_registration' })
@Unique({
  name: 'member_registration_one_active_per_member',
  expression: `create unique index "member_registration_one_active_per_member" on "checkins"."member_registration" ("member_id") where "status" in ('PENDING', 'CONFIRMED')`,
})
@Index({ properties: ['communityId', 'status'] })
@Index({ properties: ['memberId', 'reportedAt'] })
export class MemberRegistration extends BaseEntity<'decidedAt' | 'rejectReason' | 'placementId' | 'interests' | 'closedAt' | 'closedReason' | 'replacedById'> {
  @Property({ type: 'uuid' })
  memberId!: string;

  /** The community party committee the member reports to. */
  @Property({ type: 'uuid' })
  communityId!: string;

  @Field(() => RegistrationStatus, { description: '状态 (status).' })
  @Enum({ items: () => RegistrationStatus, nativeEnumName: 'registration_status' })
  status!: RegistrationStatus;

  @Field(() => DateTime, { description: '报到时间 (when the member reported).' })
  @Property({ type: 'timestamptz' })
  reportedAt!: Date;

  @Field(() => [String], { description: '服务意向 (what the member would like to do: the interests volunteer teams are chosen by).' })
  @Property({ type: 'text[]' })
  interests: string[] = [];

  @Field(() => DateTime, { nullable: true, description: '确认或退回时间 (when the community confirmed or rejected it).' })
  @Property({ type: 'timestamptz', nullable: true })
  decidedAt: Date | null = null;

  @Field(() => String, { nullable: true, description: '退回原因 (why the community rejected it).' })
  @Property({ length: 500, nullable: true })
  rejectReason: string | null = null;

  /** The grid party branch or building party group the member was placed in on confirmation (一律编入). */
  @Property({ type: 'uuid', nullable: true })
  placementId: string | null = null;

  @Field(() => DateTime, { nullable: true, description: '关闭时间 (when it was closed by a move).' })
  @Property({ type: 'timestamptz', nullable: true })
  closedAt: Date | null = null;

  @Field(() => String, { nullable: true, description: '关闭原因 (why it was closed).' })
  @Property({ length: 500, nullable: true })
  closedReason: string | null = null;

  /** The registration that replaced this one when the member moved. */
  @Property({ type: 'uuid', nullable: true })
  replacedById: string | null = null;
}
