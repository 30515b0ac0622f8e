import { Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../platform/context/request-context';
import { PageArgs } from '../../platform/pagination/connection';
import { OrganisationReference } from '../organisations/public';
import { OrganisationMembersService } from './organisation-members.service';
import { PartyMemberConnection } from './party-member.resolver';

@Resolver(() => OrganisationReference)
export class OrganisationMembersResolver {
  // Nullable, like every field added to another subgraph's entity: when this subgraph cannot answer,
  // only this field is null and the rest of the organisation stands.
  @FieldResolver(() => PartyMemberConnection, {
    nullable: true,
    description:
      '已报到党员 (members with a confirmed registration here: in this community, or in the communities of this street or area), by name, as far as you may read them.',
  })
  registeredMembers(@Root() organisation: OrganisationReference, @Args() args: PageArgs, @Ctx() ctx: RequestContext) {
    return ctx.get(OrganisationMembersService).registeredMembers(organisation.id, args);
  }
}
