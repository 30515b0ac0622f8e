import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { LocalDate } from '../../platform/graphql/scalars';
import { PageArgs } from '../../platform/pagination/connection';
import { ActionItemStatus } from './action-item.entity';

@InputType({ description: '督办事项筛选 (filter of a list of action items); conditions combine.' })
export class ActionItemFilter {
  @Field(() => ID, { nullable: true, description: '责任单位编号 (only items this organisation owns).' })
  ownerId?: string;

  @Field(() => ActionItemStatus, { nullable: true, description: '状态 (only items with this status).' })
  status?: ActionItemStatus;

  @Field({ nullable: true, description: '是否逾期 (true: only overdue items; false: only items not overdue).' })
  overdue?: boolean;

  @Field(() => ID, { nullable: true, description: '范围 (only items of meetings convened within the subtree of this organisation).' })
  subtreeOf?: string;
}

@ArgsType()
export class ActionItemListArgs extends PageArgs {
  @Field(() => ActionItemStatus, { nullable: true, description: '状态 (only items with this status).' })
  status?: ActionItemStatus;

  @Field({ nullable: true, description: '是否逾期 (true: only overdue items; false: only items not overdue).' })
  overdue?: boolean;
}

@ArgsType()
export class OpenActionItemArgs extends PageArgs {
  @Field({ nullable: true, description: '是否逾期 (true: only overdue items; false: only items not yet due).' })
  overdue?: boolean;
}

@ArgsType()
export class UpdateActionItemArgs {
  @Field(() => ID, { description: '事项编号 (id of the action item).' })
  id!: string;

  @Field(() => Int, { description: '版本 (the version you read).' })
  version!: number;

  @Field(() => ActionItemStatus, { nullable: true, description: '新状态 (new status; omit to report progress only).' })
  status?: ActionItemStatus;

  @Field({ description: '进展说明 (what was done; the reason, when dropping it or reopening it).' })
  note!: string;

  @Field(() => String, { nullable: true, description: '办理结果 (outcome; required when DONE).' })
  outcome?: string | null;

  @Field(() => LocalDate, { nullable: true, description: '办结日期 (the day it was done; today if omitted).' })
  completedOn?: string | null;
}
