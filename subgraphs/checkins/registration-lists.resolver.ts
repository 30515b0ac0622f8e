import { Arg, Args, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { Requires } from '../../platform/auth/requires';
import type { RequestContext } from '../../platform/context/request-context';
import { ConnectionType } from '../../platform/pagination/connection';
import { CHECKIN_PERMISSIONS as P } from './checkins.permissions';
import { LeaveRequest } from './leave-request.entity';
import { MemberRegistration } from './member-registration.entity';
import { RegistrationListService } from './registration-lists.service';
import { CreateVolunteerTeamInput, LeaveListArgs, RegistrationListArgs } from './registration.inputs';
import { VolunteerTeam } from './volunteer-team.entity';

export const MemberRegistrationConnection = ConnectionType(MemberRegistration, 'MemberRegistration', '党员报到');
export const LeaveRequestConnection = ConnectionType(LeaveRequest, 'LeaveRequest', '请假');

@Resolver()
export class RegistrationListResolver {
  @Query(() => MemberRegistrationConnection, { description: "社区的党员报到 (a community's registrations, oldest report first: for its staff)." })
  memberRegistrations(@Args() args: RegistrationListArgs, @Ctx() ctx: RequestContext) {
    return ctx.get(RegistrationListService).registrations(args);
  }

  @Query(() => LeaveRequestConnection, { description: "社区的请假申请 (a community's leave requests, by first day: for its staff)." })
  leaveRequests(@Args() args: LeaveListArgs, @Ctx() ctx: RequestContext) {
    return ctx.get(RegistrationListService).leaveRequests(args);
  }

  @Query(() => [VolunteerTeam], { description: "志愿服务队 (a community's volunteer teams, by name)." })
  volunteerTeams(@Arg('communityId', () => ID, { description: '社区编号 (the community).' }) communityId: string, @Ctx() ctx: RequestContext) {
    return ctx.get(RegistrationListService).volunteerTeams(communityId);
  }

  @Mutation(() => VolunteerTeam, { description: '组建志愿服务队 (form a volunteer team in a community, by interest).' })
  @Requires(P.manageVolunteerTeams)
  createVolunteerTeam(@Arg('input', { description: '输入 (input).' }) input: CreateVolunteerTeamInput, @Ctx() ctx: RequestContext) {
    return ctx.get(RegistrationListService).createVolunteerTeam(input);
  }
}
