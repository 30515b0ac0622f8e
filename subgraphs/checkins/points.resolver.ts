import { Arg, Ctx, Field, FieldResolver, ID, Int, Mutation, ObjectType, Query, registerEnumType, Resolver, Root } from 'type-graphql';
import { Requires } from '../../platform/auth/requires';
import type { RequestContext } from '../../platform/context/request-context';
import { OrganisationReference, organisationReference } from '../organisations/public';
import { CheckInSummary, CheckInSummaryService } from './check-in-summary.service';
import { CHECKIN_PERMISSIONS as P } from './checkins.permissions';
import { PointsEntry, PointsRule } from './points.entity';
import { PointsService, RankingBy } from './points.service';

registerEnumType(RankingBy, {
  name: 'PointsRankingBy',
  description: '排行方式 (rank members or units).',
  valuesConfig: { MEMBER: { description: '按党员 (by member).' }, UNIT: { description: '按单位 (by unit: its members’ points and its own).' } },
});

@ObjectType({ description: '积分排行 (PointsRankingRow): one place in a ranking.' })
export class PointsRankingRow {
  @Field(() => Int, { description: '名次 (rank, from 1).' })
  rank!: number;

  @Field(() => ID, { description: '编号 (the member’s id, or the unit party organisation’s).' })
  id!: string;

  @Field(() => String, { nullable: true, description: '党员姓名 (the member’s name, when ranking members).' })
  name!: string | null;

  @Field(() => Int, { description: '积分 (points earned in the year).' })
  points!: number;
}

@Resolver(() => PointsRankingRow)
export class PointsResolver {
  @FieldResolver(() => OrganisationReference, { nullable: true, description: '单位 (the unit party organisation, when ranking units).' })
  unit(@Root() row: PointsRankingRow & { by?: RankingBy }) {
    return row.name === null ? organisationReference(row.id) : null;
  }

  @Query(() => [PointsRule], { description: '积分规则 (the points rules in force: 4 categories, their subcategories and points).' })
  pointsRules(@Ctx() ctx: RequestContext) {
    return ctx.get(PointsService).rules();
  }

  @Query(() => [PointsRankingRow], { description: '积分排行 (members or units by points earned in a year in the communities of an area).' })
  @Requires(P.readRankings)
  pointsRanking(
    @Arg('scopeId', () => ID, { description: '范围 (a community, or a street or district: its communities).' }) scopeId: string,
    @Arg('year', () => Int, { description: '年度 (year).' }) year: number,
    @Arg('by', () => RankingBy, { description: '排行方式 (by member or by unit).' }) by: RankingBy,
    @Arg('first', () => Int, { defaultValue: 10, description: '名次数 (how many places: 1 to 100).' }) first: number,
    @Ctx() ctx: RequestContext,
  ) {
    return ctx.get(PointsService).ranking(scopeId, year, by, first);
  }

  @Mutation(() => PointsRule, { description: '调整积分规则 (a new version of a rule with new points; what was earned keeps its points).' })
  @Requires(P.managePointsRules)
  changePointsRule(
    @Arg('code', { description: '规则代码 (code).' }) code: string,
    @Arg('points', () => Int, { description: '新分值 (new points, 0 to 1000).' }) points: number,
    @Ctx() ctx: RequestContext,
  ) {
    return ctx.get(PointsService).changeRule(code, points);
  }

  @Mutation(() => Int, {
    description: '岗位月度积分 (award a month on a post to every member who held a post of the community the whole month; returns the entries added).',
  })
  @Requires(P.adjustPoints)
  awardPostMonths(
    @Arg('communityId', () => ID, { description: '社区党组织编号 (the community).' }) communityId: string,
    @Arg('month', { description: '月份 (YYYY-MM, a month already over).' }) month: string,
    @Ctx() ctx: RequestContext,
  ) {
    return ctx.get(PointsService).awardPostMonth(communityId, month);
  }

  @Mutation(() => PointsEntry, { description: '奖励或扣减积分 (staff award or deduct a member’s points by an award or deduction rule, with a reason).' })
  @Requires(P.adjustPoints)
  adjustPoints(
    @Arg('memberId', () => ID, { description: '党员编号 (the member).' }) memberId: string,
    @Arg('ruleCode', { description: '规则代码 (an AWARD or DEDUCTION rule).' }) ruleCode: string,
    @Arg('reason', { description: '原因 (why).' }) reason: string,
    @Ctx() ctx: RequestContext,
  ) {
    return ctx.get(PointsService).adjust(memberId, ruleCode, reason);
  }
}

/** `Organisation.checkInSummary`: figures of the communities of its area, batched over organisations. */
@Resolver(() => OrganisationReference)
export class OrganisationCheckInSummaryResolver {
  @FieldResolver(() => CheckInSummary, {
    nullable: true,
    description: '报到服务统计 (registrations, service hours and wishes of the communities of this area in a year): null unless you may read its figures.',
  })
  checkInSummary(
    @Root() organisation: OrganisationReference,
    @Arg('year', () => Int, { description: '年度 (year).' }) year: number,
    @Ctx() ctx: RequestContext,
  ) {
    return ctx.get(CheckInSummaryService).summaryOf(organisation.id, year);
  }
}
