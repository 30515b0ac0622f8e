import { randomUUID } from 'node:crypto';
import { OptionalProps } from '@mikro-orm/core';
import { Entity, Enum, Index, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { Directive, Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { DateTime, LocalDate } from '../../platform/graphql/scalars';
import { BaseEntity } from '../../platform/orm/base.entity';

export enum ActionItemStatus {
  OPEN = 'OPEN',
  IN_PROGRESS = 'IN_PROGRESS',
  DONE = 'DONE',
  DROPPED = 'DROPPED',
}
registerEnumType(ActionItemStatus, {
  name: 'ActionItemStatus',
  description: '督办状态 (status of an action item).',
  valuesConfig: {
    OPEN: { description: '待办 (assigned, not started).' },
    IN_PROGRESS: { description: '办理中 (in progress).' },
    DONE: { description: '已办结 (done, with its completion date and outcome).' },
    DROPPED: { description: '已撤销 (dropped by the convening committee, with a reason).' },
  },
});

/** Statuses in which an action item is still being followed: it can be overdue. */
export const OPEN_STATUSES: readonly ActionItemStatus[] = [ActionItemStatus.OPEN, ActionItemStatus.IN_PROGRESS];

/**
 * A task a resolution gives to a member unit (or a department, or a committee), followed until done
 * (督办事项). Whether it is overdue follows from today and is never stored. The convener is kept with
 * it (a meeting's convener never changes), so lists and reports over a committee need no join.
 */
@ObjectType({ description: '督办事项 (ActionItem): a task a resolution assigns, followed until done.' })
@Directive('@key(fields: "id")')
@Entity({ tableName: 'action_item' })
@Index({ properties: ['ownerId', 'status', 'dueDate'] })
@Index({ properties: ['convenerId', 'status', 'dueDate'] })
@Index({ properties: ['convenerId', 'assignedOn'] })
export class ActionItem extends BaseEntity<'completedOn' | 'outcome' | 'dropReason' | 'advancesAgreementId' | 'advancesProjectId'> {
  @Index()
  @Property({ type: 'uuid' })
  meetingId!: string;

  @Index()
  @Property({ type: 'uuid' })
  resolutionId!: string;

  @Property({ type: 'uuid' })
  convenerId!: string;

  /** The unit party organisation (or committee) that must do it. */
  @Property({ type: 'uuid' })
  ownerId!: string;

  @Field({ description: '事项内容 (what must be done).' })
  @Property({ length: 1000 })
  description!: string;

  @Field(() => LocalDate, { description: '完成期限 (due date).' })
  @Property({ type: 'date' })
  dueDate!: string;

  /** The day its resolution was adopted: days to close count from it. */
  @Field(() => LocalDate, { description: '交办日期 (the day it was assigned: its resolution was adopted).' })
  @Property({ type: 'date' })
  assignedOn!: string;

  @Field(() => ActionItemStatus, { description: '状态 (status).' })
  @Enum({ items: () => ActionItemStatus, nativeEnumName: 'action_item_status' })
  status!: ActionItemStatus;

  @Field(() => LocalDate, { nullable: true, description: '办结日期 (the day it was done).' })
  @Property({ type: 'date', nullable: true })
  completedOn: string | null = null;

  @Field(() => String, { nullable: true, description: '办理结果 (outcome, when done).' })
  @Property({ length: 2000, nullable: true })
  outcome: string | null = null;

  @Field(() => String, { nullable: true, description: '撤销原因 (why it was dropped).' })
  @Property({ length: 500, nullable: true })
  dropReason: string | null = null;

  /** The agreement whose joint project this advances, with the project's id. */
  @Index()
  @Property({ type: 'uuid', nullable: true })
  advancesAgreementId: string | null = null;

  @Property({ type: 'uuid', nullable: true })
  advancesProjectId: string | null = null;
}

/** One progress report on an action item (办理进展), with the move it made: kept for good. */
@ObjectType({ description: '办理进展 (ActionItemNote): one progress report on an action item.' })
@Entity({ tableName: 'action_item_note' })
export class ActionItemNote {
  [OptionalProps]?: 'id' | 'writtenAt' | 'fromStatus' | 'toStatus';

  @Field(() => ID, { description: '编号 (id).' })
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Index()
  @Property({ type: 'uuid' })
  actionItemId!: string;

  @Field({ description: '进展说明 (what was done, or why the status changed).' })
  @Property({ length: 1000 })
  note!: string;

  @Field(() => ActionItemStatus, { nullable: true, description: '原状态 (status before, when it changed).' })
  @Enum({ items: () => ActionItemStatus, nativeEnumName: 'action_item_status', nullable: true })
  fromStatus: ActionItemStatus | null = null;

  @Field(() => ActionItemStatus, { nullable: true, description: '新状态 (status after, when it changed).' })
  @Enum({ items: () => ActionItemStatus, nativeEnumName: 'action_item_status', nullable: true })
  toStatus: ActionItemStatus | null = null;

  @Field({ description: '报告人 (who: token subject).' })
  @Property({ length: 200 })
  writtenBy!: string;

  @Field(() => DateTime, { description: '报告时间 (when).' })
  @Property({ type: 'timestamptz' })
  writtenAt: Date = new Date();
}
