import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { LocalDate } from '../../platform/graphql/scalars';
import { PageArgs } from '../../platform/pagination/connection';
import { LeaveStatus } from './leave-request.entity';
import { RegistrationStatus } from './member-registration.entity';

@InputType({ description: '党员报到 (input for a member to report to the community where they live).' })
export class ReportToCommunityInput {
  @Field(() => ID, { description: '社区编号 (the community party committee where you live); reporting elsewhere closes your current registration.' })
  communityId!: string;

  @Field(() => [String], {
    nullable: true,
    description: '服务意向 (what you would like to do, e.g. 政策宣讲, 矛盾调解, 治安巡逻: volunteer teams are chosen by these).',
  })
  interests?: string[] | null;
}

@InputType({ description: '确认报到 (input to confirm a registration and place the member: 一律编入).' })
export class ConfirmRegistrationInput {
  @Field(() => ID, { description: '报到编号 (id of the registration).' })
  id!: string;

  @Field(() => Int, { description: '版本 (the version you read).' })
  version!: number;

  @Field(() => ID, { description: '编入的网格党支部或楼栋党小组 (the grid party branch or building party group of this community the member joins).' })
  placementId!: string;

  @Field(() => [ID], {
    nullable: true,
    description: '志愿服务队 (volunteer teams of this community to join); if omitted, the teams whose interest the member named.',
  })
  volunteerTeamIds?: string[] | null;
}

@ArgsType()
export class DecisionArgs {
  @Field(() => ID, { description: '编号 (id).' })
  id!: string;

  @Field(() => Int, { description: '版本 (the version you read).' })
  version!: number;
}

@ArgsType()
export class RejectionArgs extends DecisionArgs {
  @Field({ description: '原因 (reason, required).' })
  reason!: string;
}

@ArgsType()
export class ApprovalArgs extends DecisionArgs {
  @Field(() => String, { nullable: true, description: '审批意见 (remark, optional).' })
  reason?: string | null;
}

@InputType({ description: '请假 (input to ask for leave from community service).' })
export class RequestLeaveInput {
  @Field(() => LocalDate, { description: '开始日期 (first day, today or later).' })
  startsOn!: string;

  @Field(() => LocalDate, { description: '结束日期 (last day; at most a year after the first).' })
  endsOn!: string;

  @Field({ description: '请假事由 (reason).' })
  reason!: string;
}

@InputType({ description: '报到筛选 (filter of registrations).' })
export class RegistrationFilter {
  @Field(() => ID, { description: '社区编号 (the community the registrations are with).' })
  communityId!: string;

  @Field(() => RegistrationStatus, { nullable: true, description: '状态 (status).' })
  status?: RegistrationStatus;
}

@ArgsType()
export class RegistrationListArgs extends PageArgs {
  @Field(() => RegistrationFilter, { description: '筛选 (filter).' })
  filter!: RegistrationFilter;
}

@InputType({ description: '新建志愿服务队 (input to form a volunteer team in a community).' })
export class CreateVolunteerTeamInput {
  @Field(() => ID, { description: '社区编号 (the community).' })
  communityId!: string;

  @Field({ description: '名称 (name).' })
  name!: string;

  @Field({ description: '服务领域 (the interest it serves, e.g. 政策宣讲).' })
  interest!: string;
}

@InputType({ description: '请假筛选 (filter of leave requests).' })
export class LeaveFilter {
  @Field(() => ID, { description: '社区编号 (the community the leave is asked of).' })
  communityId!: string;

  @Field(() => LeaveStatus, { nullable: true, description: '状态 (status).' })
  status?: LeaveStatus;
}

@ArgsType()
export class LeaveListArgs extends PageArgs {
  @Field(() => LeaveFilter, { description: '筛选 (filter).' })
  filter!: LeaveFilter;
}
