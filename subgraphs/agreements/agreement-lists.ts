import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DateTime, LocalDate } from '../../platform/graphql/scalars';

/**
 * The typed records inside an agreement: commitments and the three lists (资源清单, 需求清单,
 * 项目清单). They live in JSON columns of the agreement's row, so an agreement and its lists are
 * read, amended and versioned as one.
 */
export enum CommitmentPeriod {
  YEAR = 'YEAR',
  QUARTER = 'QUARTER',
  MONTH = 'MONTH',
}
registerEnumType(CommitmentPeriod, {
  name: 'CommitmentPeriod',
  description: '承诺周期 (period of a commitment).',
  valuesConfig: { YEAR: { description: '每年 (per year).' }, QUARTER: { description: '每季度 (per quarter).' }, MONTH: { description: '每月 (per month).' } },
});

export enum ResourceCategory {
  VENUE = 'VENUE',
  VOLUNTEERS = 'VOLUNTEERS',
  FUNDS = 'FUNDS',
  EXPERTISE = 'EXPERTISE',
  OTHER = 'OTHER',
}
registerEnumType(ResourceCategory, {
  name: 'ResourceCategory',
  description: '资源类别 (category of a resource or need).',
  valuesConfig: {
    VENUE: { description: '场地 (venue).' },
    VOLUNTEERS: { description: '志愿者 (volunteers).' },
    FUNDS: { description: '资金 (funds).' },
    EXPERTISE: { description: '专业技术 (expertise).' },
    OTHER: { description: '其他 (other).' },
  },
});

export enum NeedPriority {
  HIGH = 'HIGH',
  MEDIUM = 'MEDIUM',
  LOW = 'LOW',
}
registerEnumType(NeedPriority, {
  name: 'NeedPriority',
  description: '需求优先级 (priority of a need).',
  valuesConfig: { HIGH: { description: '高 (high).' }, MEDIUM: { description: '中 (medium).' }, LOW: { description: '低 (low).' } },
});

@ObjectType({ description: '承诺事项 (Commitment): what the unit commits to, e.g. services per year.' })
@InputType('CommitmentInput', { description: '承诺事项 (a commitment).' })
export class Commitment {
  @Field({ description: '内容 (what is committed).' })
  description!: string;

  @Field(() => Int, { description: '数量 (how many per period), at least 1.' })
  quantity!: number;

  @Field(() => CommitmentPeriod, { description: '周期 (period).' })
  period!: CommitmentPeriod;
}

@ObjectType({ description: '资源 (Resource): what the unit offers.' })
@InputType('ResourceInput', { description: '资源清单项 (a resource the unit offers).' })
export class Resource {
  @Field(() => ResourceCategory, { description: '类别 (category).' })
  category!: ResourceCategory;

  @Field({ description: '内容 (description), e.g. 党员活动室.' })
  description!: string;

  @Field(() => Float, { description: '数量 (quantity), zero or more.' })
  quantity!: number;

  @Field({ description: '单位 (unit of the quantity), e.g. 间, 人, 万元.' })
  unit!: string;
}

@ObjectType({ description: '需求 (Need): what the community needs.' })
@InputType('NeedInput', { description: '需求清单项 (a need of the community).' })
export class Need {
  @Field(() => ResourceCategory, { description: '类别 (category).' })
  category!: ResourceCategory;

  @Field({ description: '内容 (description).' })
  description!: string;

  @Field(() => NeedPriority, { description: '优先级 (priority).' })
  priority!: NeedPriority;

  @Field({ defaultValue: false, description: '是否已满足 (whether the need has been met; false if omitted).' })
  met!: boolean;
}

@ObjectType({ description: '项目进展报告 (ProgressReport).' })
export class ProgressReport {
  @Field(() => Int, { description: '进度 (progress, percent 0 to 100).' })
  progress!: number;

  @Field({ description: '说明 (note).' })
  note!: string;

  @Field(() => String, { nullable: true, description: '进度回退原因 (why progress went back, when it did).' })
  reason?: string | null;

  @Field({ description: '报告人 (who reported: token subject).' })
  reportedBy!: string;

  @Field(() => DateTime, { description: '报告时间 (when).' })
  reportedAt!: string;
}

/** What a project is, whether given as input or read back (both types inherit these fields). */
@ObjectType('ProjectFields', { description: '项目 (the fields of a project).' })
@InputType('ProjectFieldsInput', { description: '项目 (the fields of a project).' })
abstract class ProjectFields {
  @Field({ description: '项目名称 (title).' })
  title!: string;

  @Field({ description: '目标 (goal).' })
  goal!: string;

  @Field({ description: '负责人 (owner).' })
  owner!: string;

  @Field(() => LocalDate, { nullable: true, description: '完成期限 (due date).' })
  dueDate?: string | null;
}

@ObjectType({ description: '共建项目 (Project): a joint project of the agreement.' })
export class Project extends ProjectFields {
  @Field(() => ID, { description: '项目编号 (id, stable across amendments).' })
  id!: string;

  @Field(() => Int, { description: '当前进度 (progress, percent 0 to 100).' })
  progress!: number;

  @Field(() => [ProgressReport], { description: '进展报告 (progress reports, oldest first).' })
  reports!: ProgressReport[];
}

@InputType({ description: '项目清单项 (a joint project).' })
export class ProjectInput extends ProjectFields {
  @Field(() => ID, { nullable: true, description: '项目编号 (id of an existing project, when amending; omit for a new one).' })
  id?: string;
}
