import { Field, Float, Int, ObjectType } from 'type-graphql';
import type { RequestContext } from '../../platform/context/request-context';
import { LoaderFamily } from '../../platform/loading/loaders';
import { qualifiedTable } from '../../platform/pagination/batched-page';
import { checkInteger, isUuid } from '../../platform/validation/validation';
import { OrganisationKind, OrganisationsClient } from '../organisations/public';
import { CHECKIN_PERMISSIONS as P } from './checkins.permissions';
import { MemberRegistration, RegistrationStatus } from './member-registration.entity';
import { ServiceRecord } from './service-record.entity';
import { UnitRegistration } from './unit-registration.entity';
import { Wish, WishStatus } from './wish.entity';

@ObjectType({ description: '报到服务统计 (CheckInSummary): registrations, service and wishes of the communities of an organisation’s area in a year.' })
export class CheckInSummary {
  @Field(() => Int, { description: '已报到党员数 (members whose registration is confirmed now).' })
  registeredMembers!: number;

  @Field(() => Int, { description: '已报到单位数 (units whose registration is confirmed now).' })
  registeredUnits!: number;

  @Field(() => Float, { description: '服务时长 (hours of service in the year).' })
  serviceHours!: number;

  @Field(() => Int, { description: '服务记录数 (service records in the year).' })
  serviceRecords!: number;

  @Field(() => Int, { description: '发布微心愿数 (wishes posted in the year).' })
  wishesPosted!: number;

  @Field(() => Int, { description: '完成微心愿数 (wishes reported done in the year, rated or not).' })
  wishesDone!: number;

  @Field(() => Float, { nullable: true, description: '平均评分 (average rating of the wishes rated in the year; null when none was).' })
  averageRating!: number | null;
}

/**
 * `Organisation.checkInSummary(year)`: for every organisation asked in one request, the communities
 * of its area are looked up (from the organisations subgraph's shared cache) and all figures are
 * aggregated in one SQL statement, however many organisations were asked.
 */
export class CheckInSummaryService {
  private readonly summaries = new LoaderFamily((year: number, ids: readonly string[]) => this.load(year, ids));

  constructor(private readonly ctx: RequestContext) {}

  async summaryOf(organisationId: string, year: number): Promise<CheckInSummary | null> {
    this.ctx.access.requireRole(P.readSummaries);
    checkInteger(year, 'year', 1900, 2099);
    return this.summaries.load(year, organisationId);
  }

  private async load(year: number, ids: readonly string[]): Promise<Array<CheckInSummary | null>> {
    const organisations = this.ctx.shared(OrganisationsClient);
    const found = await Promise.all(ids.map((id) => (isUuid(id) ? organisations.find(id) : null)));
    const pairs: Array<[string, string]> = [];
    const readable = new Set<string>();
    for (const organisation of found) {
      if (!organisation || !(await this.ctx.access.allows(P.readSummaries, { organisationId: organisation.id, organisationPath: organisation.path }))) continue;
      readable.add(organisation.id);
      const communities =
        organisation.kind === OrganisationKind.COMMUNITY_PARTY_COMMITTEE
          ? [organisation.id]
          : await organisations.idsInSubtree(organisation.id, [OrganisationKind.COMMUNITY_PARTY_COMMITTEE]);
      pairs.push([organisation.id, organisation.id], ...communities.filter((c) => c !== organisation.id).map((c): [string, string] => [organisation.id, c]));
    }
    if (!pairs.length) return ids.map(() => null);
    const em = this.ctx.em;
    const from = this.ctx.clock.startOf(`${year}-01-01`);
    const to = this.ctx.clock.startOf(`${year + 1}-01-01`);
    const done = [WishStatus.DONE, WishStatus.RATED].map((s) => `'${s}'`).join(', ');
    const rows = await em.execute<Array<Record<string, string | null>>>(
      `with scope as (select * from unnest(?::uuid[], ?::uuid[]) as s(org_id, community_id))
       select o.org_id,
         (select count(*) from scope s join ${qualifiedTable(em, MemberRegistration)} r on r.community_id = s.community_id
            where s.org_id = o.org_id and r.status = '${RegistrationStatus.CONFIRMED}') as registered_members,
         (select count(*) from scope s join ${qualifiedTable(em, UnitRegistration)} u on u.host_id = s.community_id
            where s.org_id = o.org_id and u.status = '${RegistrationStatus.CONFIRMED}') as registered_units,
         service.minutes as service_minutes, service.records as service_records,
         (select count(*) from scope s join ${qualifiedTable(em, Wish)} w on w.community_id = s.community_id
            where s.org_id = o.org_id and w.posted_at >= ? and w.posted_at < ?) as wishes_posted,
         (select count(*) from scope s join ${qualifiedTable(em, Wish)} w on w.community_id = s.community_id
            where s.org_id = o.org_id and w.status in (${done}) and w.done_at >= ? and w.done_at < ?) as wishes_done,
         (select avg(w.rating) from scope s join ${qualifiedTable(em, Wish)} w on w.community_id = s.community_id
            where s.org_id = o.org_id and w.rating is not null and w.rated_at >= ? and w.rated_at < ?) as average_rating
       from (select distinct org_id from scope) o
       -- Minutes and count in one pass: the year's service records are the statement's largest read.
       cross join lateral (select coalesce(sum(r.minutes), 0) as minutes, count(*) as records
         from scope s join ${qualifiedTable(em, ServiceRecord)} r on r.community_id = s.community_id
         where s.org_id = o.org_id and r.service_day between ? and ?) service`,
      [`{${pairs.map((p) => p[0]).join(',')}}`, `{${pairs.map((p) => p[1]).join(',')}}`, from, to, from, to, from, to, `${year}-01-01`, `${year}-12-31`],
    );
    const byId = new Map(rows.map((r) => [r.org_id as string, r]));
    return ids.map((id) => {
      const row = readable.has(id) ? byId.get(id) : undefined;
      if (!row) return null;
      return {
        registeredMembers: Number(row.registered_members),
        registeredUnits: Number(row.registered_units),
        serviceHours: Math.round((Number(row.service_minutes) / 60) * 100) / 100,
        serviceRecords: Number(row.service_records),
        wishesPosted: Number(row.wishes_posted),
        wishesDone: Number(row.wishes_done),
        averageRating: row.average_rating === null ? null : Math.round(Number(row.average_rating) * 100) / 100,
      };
    });
  }
}
