import { Arg, Args, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../platform/context/request-context';
import { AgreementListArgs } from './agreement.inputs';
import { AgreementService } from './agreement.service';
import { AgreementSummaryService } from './agreement-summary.service';
import { AgreementConnection, AgreementSummary, NeedMatch } from './agreement.types';
import { OrganisationReference } from '../organisations/public';
import { Requires } from '../../platform/auth/requires';
import { AGREEMENT_PERMISSIONS as P } from './agreements.permissions';

/** What the agreements subgraph adds to `Organisation`, and brokering across a street. */
@Resolver(() => OrganisationReference)
export class OrganisationAgreementsResolver {
  @FieldResolver(() => AgreementConnection, { nullable: true, description: '共建协议 (agreements where this organisation is either side), by start date.' })
  agreements(@Root() organisation: OrganisationReference, @Args() args: AgreementListArgs, @Ctx() ctx: RequestContext) {
    return ctx.get(AgreementService).agreementsOf(organisation.id, args);
  }

  @FieldResolver(() => AgreementSummary, { nullable: true, description: "共建协议概况 (counts over this organisation's active agreements)." })
  async agreementSummary(@Root() organisation: OrganisationReference, @Ctx() ctx: RequestContext) {
    return { organisationId: organisation.id, ...(await ctx.get(AgreementSummaryService).summaryOf(organisation.id)) };
  }

  @Query(() => [NeedMatch], { description: '需求资源对接 (open needs of a community next to same-category resources offered in its street).' })
  @Requires(P.broker)
  needsMatchingResources(@Arg('communityId', () => ID, { description: '社区党委编号 (community).' }) communityId: string, @Ctx() ctx: RequestContext) {
    return ctx.get(AgreementSummaryService).needsMatchingResources(communityId);
  }
}

@Resolver(() => AgreementSummary)
export class AgreementSummaryResolver {
  @FieldResolver(() => Int, { description: '即将到期协议数 (active agreements ending within this many days).' })
  expiringWithin(
    @Root() summary: AgreementSummary,
    @Arg('days', () => Int, { description: '天数 (days from today).' }) days: number,
    @Ctx() ctx: RequestContext,
  ) {
    return ctx.get(AgreementSummaryService).expiringWithin(summary.organisationId, days);
  }
}
