import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Resolver, Root } from 'type-graphql';
import { Requires } from '../../platform/auth/requires';
import type { RequestContext } from '../../platform/context/request-context';
import { OrganisationReference, organisationReference } from '../organisations/public';
import { AttendanceService } from './attendance.service';
import { AttendanceInput } from './joint-meeting.inputs';
import { MeetingAttendance } from './meeting-attendance.entity';
import { MEETING_PERMISSIONS as P } from './meetings.permissions';
import { CheckInWindow } from './meetings.types';

const meetingId = { description: '会议编号 (id of the meeting).' };

@Resolver(() => MeetingAttendance)
export class AttendanceResolver {
  @FieldResolver(() => OrganisationReference, { description: '受邀单位 (the invited unit).' })
  unit(@Root() attendance: MeetingAttendance) {
    return organisationReference(attendance.unitId);
  }

  @Mutation(() => [MeetingAttendance], { description: '记录出席情况 (staff record which invited units attended, before the meeting is closed).' })
  @Requires(P.run)
  recordAttendance(
    @Arg('meetingId', () => ID, meetingId) id: string,
    @Arg('entries', () => [AttendanceInput], { description: '各单位出席情况 (one entry per unit).' }) entries: AttendanceInput[],
    @Ctx() ctx: RequestContext,
  ) {
    return ctx.get(AttendanceService).record(id, entries);
  }

  @Mutation(() => [MeetingAttendance], { description: '调整受邀单位 (invite more units, or withdraw invitations, before the meeting is closed).' })
  @Requires(P.run)
  changeInvitations(
    @Arg('meetingId', () => ID, meetingId) id: string,
    @Arg('invite', () => [ID], { defaultValue: [], description: '新邀请的单位 (units to invite).' }) invite: string[],
    @Arg('withdraw', () => [ID], { defaultValue: [], description: '撤回邀请的单位 (units whose invitation is withdrawn).' }) withdraw: string[],
    @Ctx() ctx: RequestContext,
  ) {
    return ctx.get(AttendanceService).changeInvitations(id, invite, withdraw);
  }

  @Mutation(() => CheckInWindow, { description: '开启签到 (issue a one-time check-in code to show at the meeting; a new code replaces the old).' })
  @Requires(P.run)
  openCheckIn(
    @Arg('meetingId', () => ID, meetingId) id: string,
    @Arg('validMinutes', () => Int, { nullable: true, description: '有效分钟数 (how long the code is valid: 5 to 240 minutes, 30 if omitted).' })
    minutes: number | null,
    @Ctx() ctx: RequestContext,
  ) {
    return ctx.get(AttendanceService).openCheckIn(id, minutes);
  }

  @Mutation(() => MeetingAttendance, { description: "签到 (an invited unit's representative checks in with the code shown at the meeting; once per unit)." })
  @Requires(P.checkIn)
  checkInToMeeting(
    @Arg('meetingId', () => ID, meetingId) id: string,
    @Arg('code', { description: '签到码 (the code shown at the meeting).' }) code: string,
    @Arg('representative', { description: '参会代表姓名 (name of the representative).' }) representative: string,
    @Ctx() ctx: RequestContext,
  ) {
    return ctx.get(AttendanceService).checkIn(id, code, representative);
  }
}
