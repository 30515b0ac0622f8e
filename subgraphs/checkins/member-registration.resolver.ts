import { Arg, Args, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { Requires } from '../../platform/auth/requires';
import type { RequestContext } from '../../platform/context/request-context';
import { OrganisationReference, organisationReference } from '../organisations/public';
import { CHECKIN_PERMISSIONS as P } from './checkins.permissions';
import { LeaveRequest } from './leave-request.entity';
import { LeaveService } from './leave.service';
import { MemberRegistration } from './member-registration.entity';
import { MemberRegistrationService } from './member-registration.service';
import { PartyMember } from './party-member.entity';
import { PartyMemberService } from './party-member.service';
import { ApprovalArgs, ConfirmRegistrationInput, DecisionArgs, RejectionArgs, ReportToCommunityInput, RequestLeaveInput } from './registration.inputs';
import { VolunteerTeam } from './volunteer-team.entity';

@Resolver(() => MemberRegistration)
export class MemberRegistrationResolver {
  @FieldResolver(() => PartyMember, { nullable: true, description: '党员 (the member; null when you may not read the member).' })
  member(@Root() registration: MemberRegistration, @Ctx() ctx: RequestContext) {
    return ctx.get(PartyMemberService).findVisible(registration.memberId);
  }

  @FieldResolver(() => OrganisationReference, { description: '报到社区 (the community party committee reported to).' })
  community(@Root() registration: MemberRegistration) {
    return organisationReference(registration.communityId);
  }

  @FieldResolver(() => OrganisationReference, {
    nullable: true,
    description: '编入组织 (the grid party branch or building party group the member was placed in).',
  })
  placement(@Root() registration: MemberRegistration) {
    return registration.placementId ? organisationReference(registration.placementId) : null;
  }

  @FieldResolver(() => [VolunteerTeam], { description: '志愿服务队 (the volunteer teams the member joined on confirmation).' })
  volunteerTeams(@Root() registration: MemberRegistration, @Ctx() ctx: RequestContext) {
    return ctx.get(MemberRegistrationService).teamsOfRegistration(registration.id);
  }

  @Mutation(() => MemberRegistration, {
    description: '到社区报到 (report to the community where you live, as a party member; reporting elsewhere closes your current registration).',
  })
  @Requires(P.register)
  reportToCommunity(@Arg('input', { description: '输入 (input).' }) input: ReportToCommunityInput, @Ctx() ctx: RequestContext) {
    return ctx.get(MemberRegistrationService).report(input);
  }

  @Mutation(() => MemberRegistration, { description: '确认报到 (confirm a registration and place the member in a grid or building: 一律编入).' })
  @Requires(P.confirmRegistration)
  confirmRegistration(@Arg('input', { description: '输入 (input).' }) input: ConfirmRegistrationInput, @Ctx() ctx: RequestContext) {
    return ctx.get(MemberRegistrationService).confirm(input);
  }

  @Mutation(() => MemberRegistration, { description: '退回报到 (reject a registration, with a reason).' })
  @Requires(P.confirmRegistration)
  rejectRegistration(@Args() { id, version, reason }: RejectionArgs, @Ctx() ctx: RequestContext) {
    return ctx.get(MemberRegistrationService).reject(id, version, reason);
  }
}

@Resolver(() => LeaveRequest)
export class LeaveRequestResolver {
  @FieldResolver(() => PartyMember, { nullable: true, description: '党员 (the member; null when you may not read the member).' })
  member(@Root() leave: LeaveRequest, @Ctx() ctx: RequestContext) {
    return ctx.get(PartyMemberService).findVisible(leave.memberId);
  }

  @FieldResolver(() => OrganisationReference, { description: '社区 (the community the leave is asked of).' })
  community(@Root() leave: LeaveRequest) {
    return organisationReference(leave.communityId);
  }

  @Mutation(() => LeaveRequest, { description: '请假 (ask for leave from community service, as a member with a confirmed registration).' })
  @Requires(P.requestLeave)
  requestLeave(@Arg('input', { description: '输入 (input).' }) input: RequestLeaveInput, @Ctx() ctx: RequestContext) {
    return ctx.get(LeaveService).request(input);
  }

  @Mutation(() => LeaveRequest, { description: '批准请假 (approve a leave request).' })
  @Requires(P.decideLeave)
  approveLeave(@Args() { id, version, reason }: ApprovalArgs, @Ctx() ctx: RequestContext) {
    return ctx.get(LeaveService).approve(id, version, reason);
  }

  @Mutation(() => LeaveRequest, { description: '不批准请假 (reject a leave request, with a reason).' })
  @Requires(P.decideLeave)
  rejectLeave(@Args() { id, version, reason }: RejectionArgs, @Ctx() ctx: RequestContext) {
    return ctx.get(LeaveService).reject(id, version, reason);
  }

  @Mutation(() => LeaveRequest, { description: '撤回请假 / 销假 (withdraw your leave request, or end approved leave on return).' })
  @Requires(P.requestLeave)
  cancelLeave(@Args() { id, version }: DecisionArgs, @Ctx() ctx: RequestContext) {
    return ctx.get(LeaveService).cancel(id, version);
  }
}

/** What a member's record shows of its registrations and leave (read with the member, by its rule). */
@Resolver(() => PartyMember)
export class MemberRegistrationFieldsResolver {
  @FieldResolver(() => MemberRegistration, { nullable: true, description: '当前报到 (the pending or confirmed registration, if any).' })
  registration(@Root() member: PartyMember, @Ctx() ctx: RequestContext) {
    return ctx.get(MemberRegistrationService).activeOf(member.id);
  }

  @FieldResolver(() => [MemberRegistration], { description: '报到记录 (every registration, newest first: the history of moves).' })
  registrations(@Root() member: PartyMember, @Ctx() ctx: RequestContext) {
    return ctx.get(MemberRegistrationService).historyOf(member.id);
  }

  @FieldResolver(() => [LeaveRequest], { description: '请假记录 (leave requests, latest first).' })
  leaveRequests(@Root() member: PartyMember, @Ctx() ctx: RequestContext) {
    return ctx.get(LeaveService).ofMemberId(member.id);
  }
}
