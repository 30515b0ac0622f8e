import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { LocalDate } from '../../platform/graphql/scalars';
import { OrganisationReference } from '../organisations/public';
import { AgendaCategory } from './agenda-item.entity';

/** How the rows of a joint-meeting report are grouped. */
export enum ReportGrouping {
  MONTH = 'MONTH',
  QUARTER = 'QUARTER',
  YEAR = 'YEAR',
  CONVENER = 'CONVENER',
  MEMBER_UNIT = 'MEMBER_UNIT',
}
registerEnumType(ReportGrouping, {
  name: 'ReportGrouping',
  description: '分组方式 (how a joint-meeting report groups its rows).',
  valuesConfig: {
    MONTH: { description: '按月 (by the month of the meeting day; months without meetings appear with zeros).' },
    QUARTER: { description: '按季度 (by calendar quarter of the meeting day; empty quarters appear with zeros).' },
    YEAR: { description: '按年 (by calendar year of the meeting day; empty years appear with zeros).' },
    CONVENER: { description: '按召集组织 (by convening street or community committee; every committee of the scope appears, with zeros when it held none).' },
    MEMBER_UNIT: {
      description:
        '按成员单位 (by member unit: the meetings it was invited to, its own attendance, and the action items it owns; units with neither do not appear).',
    },
  },
});

/** Age of an open action item, counted from the day it was assigned. */
export enum ActionItemAgeBucket {
  WITHIN_30_DAYS = 'WITHIN_30_DAYS',
  DAYS_31_TO_60 = 'DAYS_31_TO_60',
  DAYS_61_TO_90 = 'DAYS_61_TO_90',
  DAYS_91_TO_180 = 'DAYS_91_TO_180',
  OVER_180_DAYS = 'OVER_180_DAYS',
}
registerEnumType(ActionItemAgeBucket, {
  name: 'ActionItemAgeBucket',
  description: '账龄区间 (age of an open action item: days from the day it was assigned to the day of the report).',
  valuesConfig: {
    WITHIN_30_DAYS: { description: '30 天以内 (0 to 30 days).' },
    DAYS_31_TO_60: { description: '31–60 天 (31 to 60 days).' },
    DAYS_61_TO_90: { description: '61–90 天 (61 to 90 days).' },
    DAYS_91_TO_180: { description: '91–180 天 (91 to 180 days).' },
    OVER_180_DAYS: { description: '180 天以上 (more than 180 days).' },
  },
});

@ObjectType({ description: '议题分类计数 (AgendaCategoryCount): agenda items of held meetings in one category.' })
export class AgendaCategoryCount {
  @Field(() => AgendaCategory, { description: '议题类别 (category).' })
  category!: AgendaCategory;

  @Field(() => Int, { description: '议题数 (agenda items of held meetings in this category).' })
  count!: number;
}

/**
 * The figures of one group (or of the whole scope) of a joint-meeting report. Every figure counts
 * meetings whose day (`meetingDate`) lies in the period; all but `meetingsCancelled` count held
 * meetings only (a cancelled meeting has no attendance, and a scheduled one is not yet recorded).
 */
@ObjectType({ description: '联席会议统计指标 (JointMeetingFigures): the figures of one group of a joint-meeting report, or of the whole scope.' })
export class JointMeetingFigures {
  @Field(() => Int, { description: '召开会议数 (meetings held: closed as HELD, meeting day in the period).' })
  meetingsHeld!: number;

  @Field(() => Int, { description: '取消会议数 (meetings cancelled, meeting day in the period).' })
  meetingsCancelled!: number;

  @Field(() => Int, { description: '应到单位次数 (invitations: invited units summed over held meetings; for a unit, its own invitations).' })
  invitations!: number;

  @Field(() => Int, { description: '实到单位次数 (attendances: invitations recorded PRESENT).' })
  attendances!: number;

  @Field(() => Float, { nullable: true, description: '出席率 (attendance rate: attendances ÷ invitations, 0 to 1; null without invitations).' })
  attendanceRate!: number | null;

  @Field(() => Int, { description: '达到法定人数的会议数 (held meetings with a quorum: more than half of all their invited units present).' })
  meetingsWithQuorum!: number;

  @Field(() => Float, {
    nullable: true,
    description: '法定人数达成率 (quorum rate: meetings with quorum ÷ meetings held, 0 to 1; null without held meetings).',
  })
  quorumRate!: number | null;

  @Field(() => Int, { description: '议题数 (agenda items of held meetings).' })
  agendaItems!: number;

  @Field(() => [AgendaCategoryCount], { description: '各类议题数 (agenda items of held meetings by category; every category, zeros included).' })
  agendaItemsByCategory!: AgendaCategoryCount[];

  @Field(() => Int, { description: '议定事项数 (resolutions adopted at held meetings).' })
  resolutions!: number;

  @Field(() => Int, { description: '督办事项数 (action items assigned at held meetings, whatever their status, dropped included).' })
  actionItems!: number;

  @Field(() => Int, { description: '已办结 (action items DONE).' })
  actionItemsDone!: number;

  @Field(() => Int, { description: '按期办结 (action items DONE on or before their due date).' })
  actionItemsDoneOnTime!: number;

  @Field(() => Int, { description: '当前逾期 (action items overdue now: OPEN or IN_PROGRESS with the due date before the report day).' })
  actionItemsOverdue!: number;

  @Field(() => Int, { description: '已撤销 (action items DROPPED by the convening committee).' })
  actionItemsDropped!: number;

  @Field(() => Float, {
    nullable: true,
    description: '办结天数中位数 (median days from the resolution to done: completedOn − assignedOn over DONE items; null when none is done).',
  })
  medianDaysToClose!: number | null;
}

@ObjectType({ description: '报表行 (JointMeetingReportRow): one group of a joint-meeting report and its figures.' })
export class JointMeetingReportRow extends JointMeetingFigures {
  @Field({ description: '分组键 (the group: the first day of its month, quarter or year, or the organisation id).' })
  key!: string;

  @Field({ description: '分组名称 (the group in words: 2026年3月, 2026年第1季度, 2026年, or the organisation name).' })
  label!: string;

  @Field(() => LocalDate, { nullable: true, description: '起始日期 (for time groupings: the first day of the month, quarter or year).' })
  periodStart!: string | null;

  @Field(() => OrganisationReference, { nullable: true, description: '组织 (for CONVENER and MEMBER_UNIT: the committee or the unit).' })
  organisation!: OrganisationReference | null;
}

@ObjectType({ description: '联席会议统计报表 (JointMeetingReport): joint-meeting figures of a subtree and period, grouped, with totals.' })
export class JointMeetingReport {
  @Field(() => ID, { nullable: true, description: '统计范围 (the organisation whose subtree is reported; null for every district, the operator only).' })
  scopeId!: string | null;

  @Field({ description: '范围名称 (the scope in words).' })
  scopeName!: string;

  @Field(() => LocalDate, { description: '起始日期 (first meeting day counted).' })
  from!: string;

  @Field(() => LocalDate, { description: '截止日期 (last meeting day counted).' })
  to!: string;

  @Field(() => LocalDate, { description: '统计日 (the day "overdue now" is measured against: today in the hub\'s time zone).' })
  asOf!: string;

  @Field(() => ReportGrouping, { description: '分组方式 (grouping).' })
  groupBy!: ReportGrouping;

  @Field(() => [JointMeetingReportRow], { description: '各组数据 (the groups: time groups in order, organisations by name).' })
  rows!: JointMeetingReportRow[];

  @Field(() => JointMeetingFigures, { description: '合计 (totals over the whole scope and period; each meeting counted once, whatever the grouping).' })
  totals!: JointMeetingFigures;
}

@ObjectType({ description: '单位出席情况 (UnitAttendance): how often one member unit came to the held meetings it was invited to.' })
export class UnitAttendance {
  @Field(() => ID, { description: '单位编号 (the unit party organisation).' })
  unitId!: string;

  @Field(() => OrganisationReference, { description: '单位 (the unit).' })
  unit!: OrganisationReference;

  @Field({ description: '单位名称 (its name).' })
  unitName!: string;

  @Field(() => Int, { description: '受邀次数 (held meetings it was invited to in the period).' })
  invited!: number;

  @Field(() => Int, { description: '出席次数 (of those, recorded PRESENT).' })
  attended!: number;

  @Field(() => Float, { description: '出席率 (attended ÷ invited, 0 to 1).' })
  attendanceRate!: number;

  @Field(() => Int, { description: '当前连续缺席次数 (consecutive absences up to its latest held meeting in the period: 0 when it came to that one).' })
  currentConsecutiveAbsences!: number;

  @Field(() => Int, { description: '最长连续缺席次数 (the longest run of consecutive absences in the period).' })
  longestConsecutiveAbsences!: number;
}

@ObjectType({ description: '出席情况统计 (AttendanceByUnitReport): attendance per member unit, those who stay away first.' })
export class AttendanceByUnitReport {
  @Field(() => ID, { nullable: true, description: '统计范围 (the organisation whose subtree is reported; null for every district).' })
  scopeId!: string | null;

  @Field(() => LocalDate, { description: '起始日期 (first meeting day counted).' })
  from!: string;

  @Field(() => LocalDate, { description: '截止日期 (last meeting day counted).' })
  to!: string;

  @Field(() => [UnitAttendance], {
    description: '各单位 (one row per invited unit: most consecutive absences now first, then lowest attendance rate, then by name).',
  })
  units!: UnitAttendance[];
}

@ObjectType({ description: '账龄区间计数 (AgeBucketCount): open action items of one age bucket.' })
export class AgeBucketCount {
  @Field(() => ActionItemAgeBucket, { description: '账龄区间 (age bucket).' })
  bucket!: ActionItemAgeBucket;

  @Field(() => Int, { description: '未办结数 (items open on the report day).' })
  open!: number;

  @Field(() => Int, { description: '其中逾期 (of those, due before the report day).' })
  overdue!: number;
}

@ObjectType({ description: '责任单位账龄 (OwnerAging): the open action items of one owner, by age.' })
export class OwnerAging {
  @Field(() => ID, { description: '责任单位编号 (the owner: a unit, a department or a committee).' })
  ownerId!: string;

  @Field(() => OrganisationReference, { description: '责任单位 (the owner).' })
  owner!: OrganisationReference;

  @Field({ description: '责任单位名称 (its name).' })
  ownerName!: string;

  @Field(() => Int, { description: '未办结数 (its items open on the report day).' })
  open!: number;

  @Field(() => Int, { description: '逾期数 (of those, due before the report day).' })
  overdue!: number;

  @Field(() => [AgeBucketCount], { description: '按账龄 (its open items by age bucket, every bucket, zeros included).' })
  buckets!: AgeBucketCount[];
}

@ObjectType({
  description:
    '督办事项账龄 (ActionItemAgingReport): action items open on a day, by age and owner. Open on a day: assigned by then and not done by then (DONE later, or still OPEN or IN_PROGRESS); dropped items are left out, since the day they were dropped is not recorded.',
})
export class ActionItemAgingReport {
  @Field(() => ID, { nullable: true, description: '统计范围 (the organisation whose subtree is reported; null for every district).' })
  scopeId!: string | null;

  @Field(() => LocalDate, { description: '统计日 (the day ages are measured on).' })
  asOf!: string;

  @Field(() => Int, { description: '未办结合计 (open items in all).' })
  open!: number;

  @Field(() => Int, { description: '逾期合计 (of those, due before the report day).' })
  overdue!: number;

  @Field(() => [AgeBucketCount], { description: '按账龄合计 (all open items by age bucket, every bucket).' })
  buckets!: AgeBucketCount[];

  @Field(() => [OwnerAging], { description: '按责任单位 (per owner: most overdue first, then most open, then by name).' })
  owners!: OwnerAging[];
}
