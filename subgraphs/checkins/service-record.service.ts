import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { RequestContext } from '../../platform/context/request-context';
import { requestScope } from '../../platform/context/request-scope';
import { BadUserInputError, isHubError, type HubError } from '../../platform/errors/errors';
import { arrayConstant, dollarQuoted } from '../../platform/orm/bulk-literal';
import { qualifiedTable } from '../../platform/pagination/batched-page';
import { checkInstant, isUuid, requiredText } from '../../platform/validation/validation';
import { OrganisationKind, OrganisationsClient } from '../organisations/public';
import { CHECKIN_PERMISSIONS as P } from './checkins.permissions';
import { MemberAccess } from './member-access';
import { PartyMember } from './party-member.entity';
import { RULE_CODES } from './points.catalog';
import { PointsEntry, PointsRule } from './points.entity';
import { ServicePost } from './service-post.entity';
import { ServiceKind, ServiceRecord, ServiceRecordMethod } from './service-record.entity';
import type { RecordServicesResult, ServiceRecordError, ServiceRecordInput } from './service-record.inputs';
import { SERVICE_LIMITS as L } from './service.rules';
import { Wish } from './wish.entity';

/** A record checked field by field, ready to store. */
interface Checked {
  index: number;
  memberId: string;
  communityId: string;
  kind: ServiceKind;
  postId: string | null;
  wishId: string | null;
  activity: string | null;
  sourceKey: string;
  checkInAt: Date;
  checkOutAt: Date;
  serviceDay: string;
  minutes: number;
}

/** Service records (服务记录), entered by staff in batches; one instance per request. */
export class ServiceRecordService {
  constructor(private readonly ctx: RequestContext) {}

  /**
   * Stores a batch of up to 5,000 records in one transaction, all or nothing: every record is checked
   * (fields, the member, the post or wish of that community, once a day per member and thing served)
   * and every refusal is reported with its index and field. Each stored record earns its member the
   * hours rule's points in the same statement. The caller must be allowed to record service in every
   * community of the batch (FORBIDDEN for the whole batch otherwise).
   */
  async record(records: ServiceRecordInput[]): Promise<RecordServicesResult> {
    if (records.length === 0) throw new BadUserInputError('REQUIRED', { field: 'records' });
    if (records.length > L.batch) throw new BadUserInputError('TOO_MANY', { field: 'records', max: L.batch });
    await this.requireCommunities(records);
    const errors: ServiceRecordError[] = [];
    const checked: Checked[] = [];
    records.forEach((record, index) => {
      try {
        checked.push(this.check(record, index));
      } catch (error) {
        if (!isHubError(error)) throw error;
        errors.push(this.errorOf(index, error));
      }
    });
    errors.push(...(await this.checkReferences(checked)));
    errors.push(...this.duplicatesWithin(checked));
    if (errors.length) return { recorded: 0, errors: errors.sort((a, b) => a.index - b.index) };
    const stored = await this.insert(checked);
    if (stored >= 0) return { recorded: stored, errors: [] };
    return { recorded: 0, errors: await this.alreadyStored(checked) };
  }

  /** Fields of one record: one thing served, a real span of at most a day that has begun. */
  private check(record: ServiceRecordInput, index: number): Checked {
    const field = `records[${index}]`;
    const refuse = (name: string, id: string) => new BadUserInputError('UNKNOWN_REFERENCE', { field: `${field}.${name}`, id });
    if (!isUuid(record.memberId)) throw refuse('memberId', record.memberId);
    if (!isUuid(record.communityId)) throw refuse('communityId', record.communityId);
    const given = [record.postId, record.wishId, record.activity].filter((v) => v !== null && v !== undefined && v !== '');
    if (given.length !== 1) throw new BadUserInputError('ONE_OF_REQUIRED', { field, fields: 'exactly one of postId, wishId, activity' });
    if (record.postId && !isUuid(record.postId)) throw refuse('postId', record.postId);
    if (record.wishId && !isUuid(record.wishId)) throw refuse('wishId', record.wishId);
    const activity = record.activity ? requiredText(record.activity, `${field}.activity`, L.activity) : null;
    const checkInAt = checkInstant(record.checkInAt, `${field}.checkInAt`);
    const checkOutAt = checkInstant(record.checkOutAt, `${field}.checkOutAt`);
    if (checkOutAt <= checkInAt) throw new BadUserInputError('MUST_BE_AFTER', { field: `${field}.checkOutAt`, other: `${field}.checkInAt` });
    const minutes = Math.floor((checkOutAt.getTime() - checkInAt.getTime()) / 60_000);
    if (minutes > L.serviceMinutes) throw new BadUserInputError('SPAN_TOO_LONG', { field: `${field}.checkOutAt`, max: { en: '24 hours', zh: '24 小时' } });
    if (checkOutAt > this.ctx.clock.now()) throw new BadUserInputError('NOT_AFTER', { field: `${field}.checkOutAt`, other: 'now' });
    const kind = record.postId ? ServiceKind.POST : record.wishId ? ServiceKind.WISH : ServiceKind.ACTIVITY;
    return {
      index,
      memberId: record.memberId.toLowerCase(),
      communityId: record.communityId.toLowerCase(),
      kind,
      postId: record.postId?.toLowerCase() ?? null,
      wishId: record.wishId?.toLowerCase() ?? null,
      activity,
      sourceKey: record.postId?.toLowerCase() ?? record.wishId?.toLowerCase() ?? activity!,
      checkInAt,
      checkOutAt,
      serviceDay: this.ctx.clock.dateAt(checkInAt),
      minutes,
    };
  }

  /** Every community named must be a community the caller records service for. */
  private async requireCommunities(records: ServiceRecordInput[]): Promise<void> {
    const ids = [...new Set(records.map((r) => r.communityId).filter(isUuid))].map((id) => id.toLowerCase());
    const organisations = this.ctx.shared(OrganisationsClient);
    const found = await Promise.all(ids.map((id) => organisations.find(id)));
    for (const organisation of found) {
      if (!organisation || organisation.kind !== OrganisationKind.COMMUNITY_PARTY_COMMITTEE) continue;
      await this.ctx.access.require(P.recordService, { organisationId: organisation.id, organisationPath: organisation.path });
    }
    this.communities = new Set(found.filter((o) => o?.kind === OrganisationKind.COMMUNITY_PARTY_COMMITTEE).map((o) => o!.id));
  }

  private communities = new Set<string>();

  /** Members that exist, posts and wishes of the record's community: a statement each, none for posts or wishes no record names. */
  private async checkReferences(checked: Checked[]): Promise<ServiceRecordError[]> {
    const em = this.ctx.em;
    const distinct = (pick: (c: Checked) => string | null) => [...new Set(checked.map(pick).filter((v): v is string => v !== null))];
    const communitiesOf = async (entity: typeof ServicePost | typeof Wish, ids: string[]) =>
      ids.length === 0
        ? []
        : em.execute<Array<{ id: string; community_id: string }>>(
            `select id, community_id from ${qualifiedTable(em, entity)} where id = any(${arrayConstant(ids, 'uuid')})`,
          );
    const [memberIds, postIds, wishIds] = [distinct((c) => c.memberId), distinct((c) => c.postId), distinct((c) => c.wishId)];
    const [members, posts, wishes] = await Promise.all([
      em.execute<Array<{ id: string }>>(`select id from ${qualifiedTable(em, PartyMember)} where id = any(${arrayConstant(memberIds, 'uuid')})`),
      communitiesOf(ServicePost, postIds),
      communitiesOf(Wish, wishIds),
    ]);
    const knownMembers = new Set(members.map((m) => m.id));
    const postCommunity = new Map(posts.map((p) => [p.id, p.community_id]));
    const wishCommunity = new Map(wishes.map((w) => [w.id, w.community_id]));
    const errors: ServiceRecordError[] = [];
    for (const c of checked) {
      const field = `records[${c.index}]`;
      const unknown = (name: string, id: string) =>
        errors.push(this.errorOf(c.index, new BadUserInputError('UNKNOWN_REFERENCE', { field: `${field}.${name}`, id })));
      if (!this.communities.has(c.communityId)) unknown('communityId', c.communityId);
      else if (!knownMembers.has(c.memberId)) unknown('memberId', c.memberId);
      else if (c.postId && postCommunity.get(c.postId) !== c.communityId) unknown('postId', c.postId);
      else if (c.wishId && wishCommunity.get(c.wishId) !== c.communityId) unknown('wishId', c.wishId);
    }
    return errors;
  }

  private static keyOf(c: Checked): string {
    return `${c.memberId}|${c.kind}|${c.sourceKey}|${c.serviceDay}`;
  }

  /** A member checks in to one thing once a day: twice within the batch is refused. */
  private duplicatesWithin(checked: Checked[]): ServiceRecordError[] {
    const seen = new Set<string>();
    const errors: ServiceRecordError[] = [];
    for (const c of checked) {
      const key = ServiceRecordService.keyOf(c);
      if (seen.has(key)) errors.push(this.errorOf(c.index, new BadUserInputError('DUPLICATE_IN_BATCH', { field: `records[${c.index}]` })));
      seen.add(key);
    }
    return errors;
  }

  /**
   * One statement stores the batch and its points (multi-row insert from arrays), atomic on its own,
   * so no transaction is opened around it: a record that collides with one already stored (the
   * once-a-day unique index) fails the whole statement, and nothing is stored. The rule in force is
   * read in the same statement; the ids, what was served (`source_key`) and the points are made by
   * PostgreSQL rather than sent. Returns how many were stored, or -1 when a record was stored already.
   */
  private async insert(checked: Checked[]): Promise<number> {
    const em = this.ctx.em;
    const records = qualifiedTable(em, ServiceRecord);
    const schema = records.split('.')[0];
    const col = <K extends keyof Checked>(key: K, type: string, map: (v: Checked[K]) => string | number | null = (v) => v as never) =>
      arrayConstant(
        checked.map((c) => map(c[key])),
        type,
      );
    const columns = [
      col('memberId', 'uuid'),
      col('communityId', 'uuid'),
      col('kind', 'text'),
      col('postId', 'uuid'),
      col('wishId', 'uuid'),
      col('activity', 'text'),
      col('checkInAt', 'timestamptz', (d) => d.toISOString()),
      col('checkOutAt', 'timestamptz', (d) => d.toISOString()),
      col('serviceDay', 'date'),
      col('minutes', 'int'),
    ];
    let row: { stored: string; rules: string };
    try {
      // No `?` parameters: the data travel as literals (see platform/orm/bulk-literal.ts).
      [row] = await em.execute<Array<{ stored: string; rules: string }>>(
        `with rule as (
           select id, code, version, points from ${qualifiedTable(em, PointsRule)} where code = ${dollarQuoted(RULE_CODES.serviceHour)} and current),
         input as (
           select * from unnest(${columns.join(', ')})
             as t(member_id, community_id, kind, post_id, wish_id, activity, check_in_at, check_out_at, service_day, minutes)),
         stored as (
           insert into ${records} (id, created_at, updated_at, version, member_id, community_id, kind, post_id, wish_id, activity, source_key,
                                   check_in_at, check_out_at, service_day, minutes, method, recorded_by)
           select gen_random_uuid(), now(), now(), 1, i.member_id, i.community_id, i.kind::${schema}."service_kind", i.post_id, i.wish_id, i.activity,
                  coalesce(i.post_id::text, i.wish_id::text, i.activity), i.check_in_at, i.check_out_at, i.service_day, i.minutes,
                  '${ServiceRecordMethod.STAFF}'::${schema}."service_record_method", ${dollarQuoted(this.ctx.actor.subject)}
           from input i
           where exists (select from rule)
           returning id, member_id, community_id, service_day, minutes),
         earned as (
           insert into ${qualifiedTable(em, PointsEntry)} (id, earner_kind, earner_id, unit_id, community_id, points, rule_id, rule_code, rule_version,
                                                          source_kind, source_key, earned_on, created_at)
           select gen_random_uuid(), 'MEMBER', s.member_id, m.employer_id, s.community_id, round(s.minutes * r.points::numeric / 60)::int,
                  r.id, r.code, r.version, 'SERVICE_RECORD', s.id::text, s.service_day, now()
           from stored s join ${qualifiedTable(em, PartyMember)} m on m.id = s.member_id cross join rule r
           returning 1)
         select (select count(*) from stored) as stored, (select count(*) from rule) as rules`,
      );
    } catch (error) {
      if (error instanceof UniqueConstraintViolationException) return -1;
      throw error;
    }
    if (Number(row.rules) === 0) throw new Error(`points rule ${RULE_CODES.serviceHour} is missing`);
    return Number(row.stored);
  }

  /** The records of the batch a member already has for the same thing on the same day. */
  private async alreadyStored(checked: Checked[]): Promise<ServiceRecordError[]> {
    const em = this.ctx.em;
    const rows = await em.execute<Array<{ member_id: string; kind: string; source_key: string; service_day: string }>>(
      `select r.member_id, r.kind::text as kind, r.source_key, to_char(r.service_day, 'YYYY-MM-DD') as service_day
       from ${qualifiedTable(em, ServiceRecord)} r
       join unnest(${arrayConstant(
         checked.map((c) => c.memberId),
         'uuid',
       )}, ${arrayConstant(
         checked.map((c) => c.sourceKey),
         'text',
       )}, ${arrayConstant(
         checked.map((c) => c.serviceDay),
         'date',
       )}) as t(member_id, source_key, service_day)
         on r.member_id = t.member_id and r.source_key = t.source_key and r.service_day = t.service_day`,
    );
    const stored = new Set(rows.map((r) => `${r.member_id}|${r.kind}|${r.source_key}|${r.service_day}`));
    return checked
      .filter((c) => stored.has(ServiceRecordService.keyOf(c)))
      .map((c) => this.errorOf(c.index, new BadUserInputError('ALREADY_CHECKED_IN', { field: `records[${c.index}]` })));
  }

  private errorOf(index: number, error: HubError): ServiceRecordError {
    const data = error.toExtensions();
    return {
      index,
      field: String(data.field ?? `records[${index}]`),
      reason: error.reason,
      message: error.messageIn(requestScope.getStore()?.language ?? 'en'),
    };
  }

  /** The member's records, newest first, for those who may read them (null for others). */
  async ofMember(member: PartyMember, first: number): Promise<ServiceRecord[] | null> {
    if (!(await this.ctx.access.allows(P.readServiceRecords, await this.ctx.get(MemberAccess).targetOf(member)))) return null;
    const limit = Math.min(Math.max(1, Math.trunc(first) || 1), this.ctx.settings.maxPageSize);
    return this.ctx.em.find(ServiceRecord, { memberId: member.id }, { orderBy: { checkInAt: 'desc', id: 'asc' }, limit });
  }
}
