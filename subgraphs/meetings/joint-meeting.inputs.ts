import { ArgsType, Field, ID, InputType, Int, registerEnumType } from 'type-graphql';
import { DateTime, LocalDate } from '../../platform/graphql/scalars';
import { PageArgs } from '../../platform/pagination/connection';
import { AgendaCategory } from './agenda-item.entity';
import { AttendanceStatus } from './meeting-attendance.entity';
import { MeetingKind, MeetingStatus } from './joint-meeting.entity';

@InputType({ description: '安排联席会议 (input to schedule a joint meeting).' })
export class ScheduleJointMeetingInput {
  @Field(() => ID, { description: '召集组织编号 (the convening street working committee or community party committee).' })
  convenerId!: string;

  @Field(() => MeetingKind, { description: '会议类别 (kind).' })
  kind!: MeetingKind;

  @Field({ description: '会议名称 (title).' })
  title!: string;

  @Field(() => DateTime, { description: '开始时间 (start).' })
  startsAt!: Date;

  @Field(() => DateTime, { description: '结束时间 (end): after the start, at most 24 hours later.' })
  endsAt!: Date;

  @Field(() => String, { nullable: true, description: '会议地点 (place); give a place, an online link, or both.' })
  place?: string | null;

  @Field(() => String, { nullable: true, description: '线上会议链接 (online meeting link, http or https).' })
  onlineLink?: string | null;

  @Field(() => [ID], {
    nullable: true,
    description: '受邀单位编号 (invited unit party organisations of the district); if omitted, the units holding seats on the convening committee.',
  })
  invitedUnitIds?: string[] | null;
}

@InputType({ description: '调整会议安排 (input to reschedule a meeting): omitted fields stay as they are.' })
export class RescheduleJointMeetingInput {
  @Field({ nullable: true, description: '会议名称 (title).' })
  title?: string;

  @Field(() => DateTime, { nullable: true, description: '开始时间 (start).' })
  startsAt?: Date;

  @Field(() => DateTime, { nullable: true, description: '结束时间 (end).' })
  endsAt?: Date;

  @Field(() => String, { nullable: true, description: '会议地点 (place); an empty text removes it.' })
  place?: string | null;

  @Field(() => String, { nullable: true, description: '线上会议链接 (online link); an empty text removes it.' })
  onlineLink?: string | null;
}

@ArgsType()
export class MeetingRef {
  @Field(() => ID, { description: '会议编号 (id of the meeting).' })
  id!: string;

  @Field(() => Int, { description: '版本 (the version you read).' })
  version!: number;
}

@InputType({ description: '议题 (input to add an agenda item).' })
export class AgendaItemInput {
  @Field({ description: '议题名称 (title).' })
  title!: string;

  @Field(() => String, { nullable: true, description: '议题说明 (description).' })
  description?: string | null;

  @Field(() => ID, { description: '提出方编号 (the organisation raising it: the convener, a member unit, a community, a grid…).' })
  raisedById!: string;

  @Field(() => AgendaCategory, { description: '议题类别 (category).' })
  category!: AgendaCategory;
}

@InputType({ description: "出席记录 (one invited unit's attendance, recorded by staff)." })
export class AttendanceInput {
  @Field(() => ID, { description: '单位编号 (the invited unit).' })
  unitId!: string;

  @Field(() => AttendanceStatus, { description: '出席情况 (PRESENT, ABSENT, or NOT_RECORDED to undo a record).' })
  status!: AttendanceStatus;

  @Field(() => String, { nullable: true, description: '参会代表 (the representative, when present).' })
  representative?: string | null;

  @Field(() => String, { nullable: true, description: '缺席原因 (why absent, when known).' })
  absenceReason?: string | null;

  @Field(() => DateTime, { nullable: true, description: '签到时间 (when the representative arrived, when present).' })
  checkedInAt?: Date | null;
}

@InputType({ description: '关联共建项目 (the agreement project an action item advances).' })
export class ProjectLinkInput {
  @Field(() => ID, { description: '协议编号 (the agreement).' })
  agreementId!: string;

  @Field(() => ID, { description: '项目编号 (the project within it).' })
  projectId!: string;
}

@InputType({ description: '督办事项 (an action item a resolution assigns).' })
export class ActionItemInput {
  @Field(() => ID, { description: '责任单位编号 (the member unit, department or committee that must do it).' })
  ownerId!: string;

  @Field({ description: '事项内容 (what must be done).' })
  description!: string;

  @Field(() => LocalDate, { description: '完成期限 (due date), not before the meeting.' })
  dueDate!: string;

  @Field(() => ProjectLinkInput, { nullable: true, description: '推进的共建项目 (the agreement project it advances, if any).' })
  advances?: ProjectLinkInput | null;
}

export enum MeetingOrder {
  NEWEST_FIRST = 'NEWEST_FIRST',
  OLDEST_FIRST = 'OLDEST_FIRST',
}
registerEnumType(MeetingOrder, {
  name: 'MeetingOrder',
  description: '会议排序 (order of a list of meetings).',
  valuesConfig: {
    NEWEST_FIRST: { description: '最近的在前 (latest start first: the last meetings).' },
    OLDEST_FIRST: { description: '最早的在前 (earliest start first: a calendar).' },
  },
});

@InputType({ description: '会议筛选 (filter of a list of meetings); conditions combine.' })
export class JointMeetingFilter {
  @Field(() => ID, { nullable: true, description: '召集组织编号 (only meetings this committee convenes).' })
  convenerId?: string;

  @Field(() => ID, { nullable: true, description: '范围 (only meetings convened within the subtree of this organisation).' })
  subtreeOf?: string;

  @Field(() => LocalDate, { nullable: true, description: '起始日期 (only meetings on or after this day).' })
  from?: string;

  @Field(() => LocalDate, { nullable: true, description: '截止日期 (only meetings on or before this day).' })
  to?: string;

  @Field(() => MeetingStatus, { nullable: true, description: '状态 (only meetings with this status).' })
  status?: MeetingStatus;

  @Field(() => MeetingKind, { nullable: true, description: '会议类别 (only meetings of this kind).' })
  kind?: MeetingKind;
}

@ArgsType()
export class JointMeetingListArgs extends PageArgs {
  @Field(() => MeetingOrder, { defaultValue: MeetingOrder.NEWEST_FIRST, description: '排序 (order; latest first if omitted).' })
  order!: MeetingOrder;
}

@ArgsType()
export class OrganisationMeetingArgs extends JointMeetingListArgs {
  @Field(() => MeetingStatus, { nullable: true, description: '状态 (only meetings with this status).' })
  status?: MeetingStatus;

  @Field(() => LocalDate, { nullable: true, description: '起始日期 (only meetings on or after this day).' })
  from?: string;

  @Field(() => LocalDate, { nullable: true, description: '截止日期 (only meetings on or before this day).' })
  to?: string;
}
