import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, ID, Info, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Requires } from '../../platform/auth/requires';
import { selectsOnlyIds } from '../../platform/graphql/selection';
import type { RequestContext } from '../../platform/context/request-context';
import { ConnectionType, PageArgs } from '../../platform/pagination/connection';
import { Organisation } from './organisation.entity';
import { CreateOrganisationInput, KindPageArgs, MoveOrganisationInput, OrganisationFilter, UpdateOrganisationInput } from './organisation.inputs';
import { OrganisationService } from './organisation.service';
import { ORGANISATION_PERMISSIONS as P } from './organisations.permissions';

export const OrganisationConnection = ConnectionType(Organisation, 'Organisation', '党组织');

@Resolver(() => Organisation)
export class OrganisationResolver {
  @Query(() => Organisation, {
    nullable: true,
    description: "按编号查党组织 (an organisation by id); null when there is none, FORBIDDEN when it is another district's.",
  })
  organisation(@Arg('id', () => ID, { description: '编号 (id).' }) id: string, @Ctx() ctx: RequestContext) {
    return ctx.get(OrganisationService).readById(id);
  }

  @Query(() => Organisation, {
    nullable: true,
    description: "按组织代码查党组织 (an organisation by its code); null when there is none, FORBIDDEN when it is another district's.",
  })
  organisationByCode(@Arg('code', { description: '组织代码 (code), case-insensitive.' }) code: string, @Ctx() ctx: RequestContext) {
    return ctx.get(OrganisationService).readByCode(code);
  }

  @Query(() => OrganisationConnection, { description: "党组织列表 (organisations matching a filter, ordered by code), of the caller's own district." })
  organisations(
    @Arg('filter', () => OrganisationFilter, { nullable: true, description: '筛选条件 (filter).' }) filter: OrganisationFilter | undefined,
    @Args() page: PageArgs,
    @Ctx() ctx: RequestContext,
  ) {
    return ctx.get(OrganisationService).list(filter, page);
  }

  @FieldResolver(() => Organisation, { nullable: true, description: '上级组织 (parent); null for a district committee.' })
  parent(@Root() organisation: Organisation, @Ctx() ctx: RequestContext) {
    return organisation.parentId ? ctx.get(OrganisationService).findVisible(organisation.parentId) : null;
  }

  @FieldResolver(() => OrganisationConnection, { description: '下级组织 (direct children), ordered by code.' })
  children(@Root() organisation: Organisation, @Args() args: KindPageArgs, @Ctx() ctx: RequestContext) {
    return ctx.get(OrganisationService).children(organisation, args);
  }

  @FieldResolver(() => [Organisation], { description: '各级上级组织 (ancestors), from the district committee down to the parent.' })
  ancestors(@Root() organisation: Organisation, @Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo) {
    const service = ctx.get(OrganisationService);
    return selectsOnlyIds(info) ? service.ancestorReferences(organisation) : service.ancestors(organisation);
  }

  @FieldResolver(() => OrganisationConnection, { description: '所有下级组织 (the whole subtree below), ordered by code.' })
  descendants(@Root() organisation: Organisation, @Args() args: KindPageArgs, @Ctx() ctx: RequestContext) {
    return ctx.get(OrganisationService).descendants(organisation, args);
  }

  @FieldResolver(() => OrganisationConnection, {
    description: '驻区单位党组织 (party organisations of the units resident in this street or community); empty for other kinds.',
  })
  residentUnits(@Root() organisation: Organisation, @Args() page: PageArgs, @Ctx() ctx: RequestContext) {
    return ctx.get(OrganisationService).residentUnits(organisation, page);
  }

  @Mutation(() => Organisation, { description: '新建党组织 (create an organisation under a parent of an allowed kind).' })
  @Requires(P.changeTree, P.createDistrict)
  createOrganisation(@Arg('input', { description: '输入 (input).' }) input: CreateOrganisationInput, @Ctx() ctx: RequestContext) {
    return ctx.get(OrganisationService).create(input);
  }

  @Mutation(() => Organisation, { description: "修改党组织 (change an organisation's code, name, sector or address)." })
  @Requires(P.changeTree)
  updateOrganisation(@Arg('input', { description: '输入 (input).' }) input: UpdateOrganisationInput, @Ctx() ctx: RequestContext) {
    return ctx.get(OrganisationService).update(input);
  }

  @Mutation(() => Organisation, { description: '调整隶属关系 (move an organisation and its whole subtree under a new parent).' })
  @Requires(P.changeTree)
  moveOrganisation(@Arg('input', { description: '输入 (input).' }) input: MoveOrganisationInput, @Ctx() ctx: RequestContext) {
    return ctx.get(OrganisationService).move(input);
  }
}
