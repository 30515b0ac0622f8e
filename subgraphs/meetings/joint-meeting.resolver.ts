import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Requires } from '../../platform/auth/requires';
import type { RequestContext } from '../../platform/context/request-context';
import { DateTime } from '../../platform/graphql/scalars';
import { OrganisationReference, organisationReference } from '../organisations/public';
import { ActionItem } from './action-item.entity';
import { ActionItemService } from './action-item.service';
import { AgendaItem } from './agenda-item.entity';
import { AgendaService } from './agenda.service';
import { AttendanceService } from './attendance.service';
import { JointMeeting } from './joint-meeting.entity';
import { JointMeetingFilter, JointMeetingListArgs, MeetingRef, RescheduleJointMeetingInput, ScheduleJointMeetingInput } from './joint-meeting.inputs';
import { JointMeetingService } from './joint-meeting.service';
import { MeetingAttendance } from './meeting-attendance.entity';
import { MeetingListService } from './meeting-lists.service';
import { MEETING_PERMISSIONS as P } from './meetings.permissions';
import { AttendanceSummary, JointMeetingConnection } from './meetings.types';

const reason = { description: '原因 (reason).' };

@Resolver(() => JointMeeting)
export class JointMeetingResolver {
  @Query(() => JointMeeting, {
    nullable: true,
    description: '按编号查会议 (a joint meeting by id): null when there is none, FORBIDDEN when it is not yours to read.',
  })
  jointMeeting(@Arg('id', () => ID, { description: '编号 (id).' }) id: string, @Ctx() ctx: RequestContext) {
    return ctx.get(JointMeetingService).read(id);
  }

  @Query(() => JointMeetingConnection, { description: '联席会议列表 (the joint meetings you may read), latest first unless asked otherwise.' })
  jointMeetings(
    @Arg('filter', () => JointMeetingFilter, { nullable: true, description: '筛选 (filter).' }) filter: JointMeetingFilter | undefined,
    @Args() args: JointMeetingListArgs,
    @Ctx() ctx: RequestContext,
  ) {
    return ctx.get(MeetingListService).list(filter ?? {}, args);
  }

  @FieldResolver(() => OrganisationReference, { description: '召集组织 (the convening street or community committee).' })
  convener(@Root() meeting: JointMeeting) {
    return organisationReference(meeting.convenerId);
  }

  @FieldResolver(() => [MeetingAttendance], { description: '受邀单位及出席情况 (invited units and their attendance), in the order invited.' })
  attendance(@Root() meeting: JointMeeting, @Ctx() ctx: RequestContext) {
    return ctx.get(AttendanceService).attendanceOf(meeting.id);
  }

  @FieldResolver(() => AttendanceSummary, { description: '出席概况 (counts, attendance rate and quorum).' })
  attendanceSummary(@Root() meeting: JointMeeting, @Ctx() ctx: RequestContext) {
    return ctx.get(AttendanceService).summaryOf(meeting.id);
  }

  @FieldResolver(() => DateTime, { nullable: true, description: '签到截止 (until when the current check-in code is valid; null when check-in is not open).' })
  checkInOpenUntil(@Root() meeting: JointMeeting, @Ctx() ctx: RequestContext) {
    return ctx.get(AttendanceService).checkInOpenUntil(meeting);
  }

  @FieldResolver(() => [AgendaItem], { description: '议题 (the agenda, in order).' })
  agendaItems(@Root() meeting: JointMeeting, @Ctx() ctx: RequestContext) {
    return ctx.get(AgendaService).agendaOf(meeting.id);
  }

  @FieldResolver(() => [ActionItem], { description: '督办事项 (every action item the meeting assigned), by due date.' })
  actionItems(@Root() meeting: JointMeeting, @Ctx() ctx: RequestContext) {
    return ctx.get(ActionItemService).ofMeeting(meeting.id);
  }

  @Mutation(() => JointMeeting, {
    description: '安排联席会议 (schedule a joint meeting; invites the units holding seats on the committee unless told otherwise).',
  })
  @Requires(P.run)
  scheduleJointMeeting(@Arg('input', { description: '输入 (input).' }) input: ScheduleJointMeetingInput, @Ctx() ctx: RequestContext) {
    return ctx.get(JointMeetingService).schedule(input);
  }

  @Mutation(() => JointMeeting, { description: '调整会议安排 (change the time, place or title of a scheduled meeting).' })
  @Requires(P.run)
  rescheduleJointMeeting(
    @Args() ref: MeetingRef,
    @Arg('input', { description: '调整内容 (changes).' }) input: RescheduleJointMeetingInput,
    @Ctx() ctx: RequestContext,
  ) {
    return ctx.get(JointMeetingService).reschedule(ref.id, ref.version, input);
  }

  @Mutation(() => JointMeeting, { description: '取消会议 (cancel a scheduled meeting, with the reason).' })
  @Requires(P.run)
  cancelJointMeeting(@Args() ref: MeetingRef, @Arg('reason', reason) why: string, @Ctx() ctx: RequestContext) {
    return ctx.get(JointMeetingService).cancel(ref.id, ref.version, why);
  }

  @Mutation(() => JointMeeting, {
    description: '结束会议 (close a meeting as held, with its minutes: once it has begun and attendance is recorded; units not recorded count as absent).',
  })
  @Requires(P.run)
  closeJointMeeting(@Args() ref: MeetingRef, @Arg('minutes', { description: '会议纪要 (minutes).' }) minutes: string, @Ctx() ctx: RequestContext) {
    return ctx.get(JointMeetingService).close(ref.id, ref.version, minutes);
  }
}
