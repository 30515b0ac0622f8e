import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../platform/context/request-context';
import { LocalDate } from '../../platform/graphql/scalars';
import { ReportService } from './report.service';
import { ActionItemAgingReport, AttendanceByUnitReport, JointMeetingReport, ReportGrouping } from './report.types';

const scope = {
  nullable: true,
  description:
    '统计范围 (the organisation whose subtree is reported: a committee, or a unit for its own part; your own organisation if omitted, every district for the operator).',
};
const from = { description: '起始日期 (first meeting day counted, 1900–2099).' };
const to = { description: '截止日期 (last meeting day counted, not before from, less than 10 years after it).' };

/** The joint-meeting reports (journey 5): aggregates for analysts, district admins, staff, and units for their own part. */
@Resolver()
export class ReportResolver {
  @Query(() => JointMeetingReport, {
    description:
      '联席会议统计报表 (joint-meeting report of a subtree and period: meetings, attendance, quorum, agenda, resolutions and action items per group, with totals; aggregates only).',
  })
  jointMeetingReport(
    @Arg('scopeId', () => ID, scope) scopeId: string | null,
    @Arg('from', () => LocalDate, from) fromDay: string,
    @Arg('to', () => LocalDate, to) toDay: string,
    @Arg('groupBy', () => ReportGrouping, { description: '分组方式 (grouping).' }) groupBy: ReportGrouping,
    @Ctx() ctx: RequestContext,
  ) {
    return ctx.get(ReportService).jointMeetingReport(scopeId, fromDay, toDay, groupBy);
  }

  @Query(() => AttendanceByUnitReport, {
    description: '成员单位出席统计 (attendance per member unit over the held meetings of a subtree and period: who does not come).',
  })
  attendanceByUnit(
    @Arg('scopeId', () => ID, scope) scopeId: string | null,
    @Arg('from', () => LocalDate, from) fromDay: string,
    @Arg('to', () => LocalDate, to) toDay: string,
    @Ctx() ctx: RequestContext,
  ) {
    return ctx.get(ReportService).attendanceByUnit(scopeId, fromDay, toDay);
  }

  @Query(() => ActionItemAgingReport, { description: '督办事项账龄 (the action items of a subtree open on a day, by age and owner).' })
  actionItemAging(
    @Arg('scopeId', () => ID, scope) scopeId: string | null,
    @Arg('asOf', () => LocalDate, { nullable: true, description: '统计日 (the day to measure on: today if omitted, never after today).' }) asOf: string | null,
    @Ctx() ctx: RequestContext,
  ) {
    return ctx.get(ReportService).actionItemAging(scopeId, asOf);
  }
}
