import { Entity, Enum, Index, Property } from '@mikro-orm/decorators/legacy';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { DateTime, LocalDate } from '../../platform/graphql/scalars';
import { BaseEntity } from '../../platform/orm/base.entity';

export enum LeaveStatus {
  REQUESTED = 'REQUESTED',
  APPROVED = 'APPROVED',
  REJECTED = 'REJECTED',
  CANCELLED = 'CANCELLED',
}
registerEnumType(LeaveStatus, {
  name: 'LeaveStatus',
  description: '请假状态 (status of a leave request).',
  valuesConfig: {
    REQUESTED: { description: '待审批 (asked for, awaiting the community).' },
    APPROVED: { description: '已批准 (approved: the member is reported as on leave for the period).' },
    REJECTED: { description: '未批准 (rejected, with a reason).' },
    CANCELLED: { description: '已销假 / 已撤回 (withdrawn by the member, or ended early on return).' },
  },
});

/**
 * A member's leave from service (请销假) for a period, with a reason, asked of the community where
 * the member is registered. Members on approved leave are reported as such, not as missing.
 */
@ObjectType('LeaveRequest', { description: '请假 (LeaveRequest): a member asks for leave from community service for a period.' })
@Entity({ tableName: 'leave_request' })
@Index({ properties: ['memberId', 'startsOn'] })
@Index({ properties: ['communityId', 'status'] })
export class LeaveRequest extends BaseEntity<'decidedAt' | 'decisionReason' | 'cancelledAt'> {
  @Property({ type: 'uuid' })
  memberId!: string;

  /** The registration (and so the community) the leave is asked of. */
  @Property({ type: 'uuid' })
  registrationId!: string;

  @Property({ type: 'uuid' })
  communityId!: string;

  @Field(() => LocalDate, { description: '开始日期 (first day of leave).' })
  @Property({ type: 'date' })
  startsOn!: string;

  @Field(() => LocalDate, { description: '结束日期 (last day of leave).' })
  @Property({ type: 'date' })
  endsOn!: string;

  @Field({ description: '请假事由 (reason for the leave).' })
  @Property({ length: 500 })
  reason!: string;

  @Field(() => LeaveStatus, { description: '状态 (status).' })
  @Enum({ items: () => LeaveStatus, nativeEnumName: 'leave_status' })
  status!: LeaveStatus;

  @Field(() => DateTime, { nullable: true, description: '审批时间 (when it was approved or rejected).' })
  @Property({ type: 'timestamptz', nullable: true })
  decidedAt: Date | null = null;

  @Field(() => String, { nullable: true, description: "审批意见 (the community's reason, required for a rejection)." })
  @Property({ length: 500, nullable: true })
  decisionReason: string | null = null;

  @Field(() => DateTime, { nullable: true, description: '销假 / 撤回时间 (when the member withdrew it or came back early).' })
  @Property({ type: 'timestamptz', nullable: true })
  cancelledAt: Date | null = null;
}
