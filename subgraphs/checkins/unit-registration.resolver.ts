import { Arg, Args, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { Requires } from '../../platform/auth/requires';
import type { RequestContext } from '../../platform/context/request-context';
import { OrganisationReference, organisationReference } from '../organisations/public';
import { CHECKIN_PERMISSIONS as P } from './checkins.permissions';
import { DecisionArgs, RejectionArgs } from './registration.inputs';
import { UnitRegistration } from './unit-registration.entity';
import { RegisterUnitInput } from './unit-registration.inputs';
import { UnitRegistrationService } from './unit-registration.service';

@Resolver(() => UnitRegistration)
export class UnitRegistrationResolver {
  @FieldResolver(() => OrganisationReference, { description: '报到单位 (the unit party organisation that reported).' })
  unit(@Root() registration: UnitRegistration) {
    return organisationReference(registration.unitId);
  }

  @FieldResolver(() => OrganisationReference, { description: '报到社区或街道 (the community or street reported to).' })
  host(@Root() registration: UnitRegistration) {
    return organisationReference(registration.hostId);
  }

  @Mutation(() => UnitRegistration, {
    description: '单位报到 (report your unit to the community or street where it sits; reporting elsewhere closes the current one).',
  })
  @Requires(P.registerUnit)
  registerUnit(@Arg('input', { description: '输入 (input).' }) input: RegisterUnitInput, @Ctx() ctx: RequestContext) {
    return ctx.get(UnitRegistrationService).register(input);
  }

  @Mutation(() => UnitRegistration, { description: "确认单位报到 (confirm a unit's registration)." })
  @Requires(P.confirmUnitRegistration)
  confirmUnitRegistration(@Args() { id, version }: DecisionArgs, @Ctx() ctx: RequestContext) {
    return ctx.get(UnitRegistrationService).confirm(id, version);
  }

  @Mutation(() => UnitRegistration, { description: "退回单位报到 (reject a unit's registration, with a reason)." })
  @Requires(P.confirmUnitRegistration)
  rejectUnitRegistration(@Args() { id, version, reason }: RejectionArgs, @Ctx() ctx: RequestContext) {
    return ctx.get(UnitRegistrationService).reject(id, version, reason);
  }
}

/** `Organisation.unitRegistrations`: what a unit reported, or what was reported to a community or street. */
@Resolver(() => OrganisationReference)
export class OrganisationUnitRegistrationsResolver {
  @FieldResolver(() => [UnitRegistration], {
    nullable: true,
    description: '单位报到 (the registrations this unit made, or units made with this community or street, that you may read; newest first).',
  })
  unitRegistrations(@Root() organisation: OrganisationReference, @Ctx() ctx: RequestContext) {
    return ctx.get(UnitRegistrationService).ofOrganisationId(organisation.id);
  }
}
