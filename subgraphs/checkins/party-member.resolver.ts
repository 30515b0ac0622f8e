import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { maskIdentityNumber, maskPhone, Personal } from '../../platform/auth/personal';
import { Requires } from '../../platform/auth/requires';
import type { RequestContext } from '../../platform/context/request-context';
import { ConnectionType } from '../../platform/pagination/connection';
import { OrganisationReference, organisationReference } from '../organisations/public';
import { CHECKIN_PERMISSIONS as P } from './checkins.permissions';
import { personalTargetOf } from './member-access';
import { PartyMember } from './party-member.entity';
import { EnterPartyMemberInput, PartyMemberListArgs, UpdatePartyMemberInput } from './party-member.inputs';
import { PartyMemberService } from './party-member.service';

export const PartyMemberConnection = ConnectionType(PartyMember, 'PartyMember', '党员');

@Resolver(() => PartyMember)
export class PartyMemberResolver {
  @Query(() => PartyMember, {
    nullable: true,
    description: '按编号查党员 (a party member by id): null when there is none, FORBIDDEN when it is not yours to read.',
  })
  member(@Arg('id', () => ID, { description: '编号 (id).' }) id: string, @Ctx() ctx: RequestContext) {
    return ctx.get(PartyMemberService).read(id);
  }

  @Query(() => PartyMemberConnection, {
    description: "党员列表 (the party members you may read: yourself, your unit's, or those living in your area), by name.",
  })
  members(@Args() args: PartyMemberListArgs, @Ctx() ctx: RequestContext) {
    return ctx.get(PartyMemberService).list(args);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: '手机号 (phone; personal: masked for callers other than the member, its community staff and its unit).',
  })
  @Personal(P.readPersonal, personalTargetOf, maskPhone)
  phone(@Root() member: PartyMember) {
    return member.phone;
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: '身份证号码 (identity number; personal: masked for callers other than the member, its community staff and its unit).',
  })
  @Personal(P.readPersonal, personalTargetOf, maskIdentityNumber)
  identityNumber(@Root() member: PartyMember, @Ctx() ctx: RequestContext) {
    return ctx.get(PartyMemberService).identityNumberOf(member);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: '家庭住址 (home address; personal: null for callers other than the member, its community staff and its unit).',
  })
  @Personal(P.readPersonal, personalTargetOf)
  homeAddress(@Root() member: PartyMember) {
    return member.homeAddress;
  }

  @FieldResolver(() => OrganisationReference, { description: '工作单位党组织 (the party organisation of the unit the member works in).' })
  employer(@Root() member: PartyMember) {
    return organisationReference(member.employerId);
  }

  @FieldResolver(() => OrganisationReference, { description: '居住社区 (the community party committee where the member lives).' })
  residentialCommunity(@Root() member: PartyMember) {
    return organisationReference(member.residentialCommunityId);
  }

  @Mutation(() => PartyMember, { description: "录入党员 (enter an in-service party member: by the member's unit, or by staff where the member lives)." })
  @Requires(P.manageMember)
  enterPartyMember(@Arg('input', { description: '输入 (input).' }) input: EnterPartyMemberInput, @Ctx() ctx: RequestContext) {
    return ctx.get(PartyMemberService).enter(input);
  }

  @Mutation(() => PartyMember, { description: "更正党员信息 (correct a member's name, phone or address: the member, its unit, or staff where it lives)." })
  @Requires(P.updateOwnMember, P.manageMember)
  updatePartyMember(@Arg('input', { description: '输入 (input).' }) input: UpdatePartyMemberInput, @Ctx() ctx: RequestContext) {
    return ctx.get(PartyMemberService).update(input);
  }
}
