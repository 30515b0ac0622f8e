import { Arg, Ctx, FieldResolver, Float, Int, Mutation, Resolver, Root } from 'type-graphql';
import { Requires } from '../../platform/auth/requires';
import type { RequestContext } from '../../platform/context/request-context';
import { OrganisationReference, organisationReference } from '../organisations/public';
import { CHECKIN_PERMISSIONS as P } from './checkins.permissions';
import { PartyMember } from './party-member.entity';
import { PointsEntry } from './points.entity';
import { PointsService } from './points.service';
import { ServiceRecord } from './service-record.entity';
import { RecordServicesResult, ServiceRecordInput } from './service-record.inputs';
import { ServiceRecordService } from './service-record.service';

@Resolver(() => ServiceRecord)
export class ServiceRecordResolver {
  @FieldResolver(() => Float, { description: '服务时长 (hours served, to the minute).' })
  hours(@Root() record: ServiceRecord): number {
    return Math.round((record.minutes / 60) * 100) / 100;
  }

  @FieldResolver(() => OrganisationReference, { description: '服务社区 (the community served).' })
  community(@Root() record: ServiceRecord) {
    return organisationReference(record.communityId);
  }

  @Mutation(() => RecordServicesResult, {
    description: '批量录入服务记录 (record up to 5,000 services at once: all stored, or none, with the reason for each refused record).',
  })
  @Requires(P.recordService)
  recordServices(
    @Arg('records', () => [ServiceRecordInput], { description: '服务记录 (the records, up to 5,000).' }) records: ServiceRecordInput[],
    @Ctx() ctx: RequestContext,
  ) {
    return ctx.get(ServiceRecordService).record(records);
  }
}

/** What service and points add to a member: records, balance and ledger, each by its own read rule. */
@Resolver(() => PartyMember)
export class MemberServiceResolver {
  @FieldResolver(() => [ServiceRecord], {
    nullable: true,
    description: '服务记录 (the member’s service, newest first): null unless you are the member, its unit, or staff where it lives.',
  })
  serviceRecords(
    @Root() member: PartyMember,
    @Arg('first', () => Int, { defaultValue: 20, description: '条数 (how many).' }) first: number,
    @Ctx() ctx: RequestContext,
  ) {
    return ctx.get(ServiceRecordService).ofMember(member, first);
  }

  @FieldResolver(() => Int, {
    nullable: true,
    description: '积分余额 (points balance: the sum of the ledger, never reset): null unless you may read its points.',
  })
  async points(@Root() member: PartyMember, @Ctx() ctx: RequestContext) {
    const points = ctx.get(PointsService);
    return (await points.mayReadBalance(member)) ? points.balanceOf(member.id) : null;
  }

  @FieldResolver(() => [PointsEntry], { nullable: true, description: '积分明细 (the member’s ledger, newest first): null unless you may read its points.' })
  pointsLedger(
    @Root() member: PartyMember,
    @Arg('first', () => Int, { defaultValue: 20, description: '条数 (how many).' }) first: number,
    @Ctx() ctx: RequestContext,
  ) {
    return ctx.get(PointsService).ledgerOf(member, first);
  }
}
