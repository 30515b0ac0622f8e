import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/sql';
import type { RequestContext } from '../../platform/context/request-context';
import { BadUserInputError, NotFoundError } from '../../platform/errors/errors';
import { groupedLoader } from '../../platform/loading/loaders';
import { qualifiedTable } from '../../platform/pagination/batched-page';
import { addDays } from '../../platform/time/clock';
import { checkInteger, DATE_RANGE, isUuid, requiredText } from '../../platform/validation/validation';
import { OrganisationKind, OrganisationsClient } from '../organisations/public';
import { CHECKIN_PERMISSIONS as P } from './checkins.permissions';
import { organisationOfKind } from './checkins.rules';
import { MemberAccess } from './member-access';
import { RULE_CODES } from './points.catalog';
import { ServicePost, ServicePostClaim } from './service-post.entity';
import { PartyMember } from './party-member.entity';
import { PartyMemberService } from './party-member.service';
import { PointsBasis, PointsEarnerKind, PointsEntry, PointsRule } from './points.entity';
import { SERVICE_LIMITS as L } from './service.rules';

/** What a ledger entry is earned by and for. `times` multiplies the rule's points (hours, stars, months). */
export interface Earning {
  earnerKind: PointsEarnerKind;
  earnerId: string;
  unitId: string;
  communityId: string;
  ruleCode: string;
  times: number;
  sourceKind: string;
  sourceKey: string;
  earnedOn: string;
  reason?: string | null;
}

export enum RankingBy {
  MEMBER = 'MEMBER',
  UNIT = 'UNIT',
}

export interface RankingRow {
  rank: number;
  id: string;
  name: string | null;
  points: number;
}

/** The points ledger (积分台账), its rules, balances and rankings; one instance per request. */
export class PointsService {
  private readonly balances = groupedLoader(
    (ids: readonly string[]) =>
      this.ctx.em.execute<Array<{ earner_id: string; points: string }>>(
        `select earner_id, sum(points) as points from ${qualifiedTable(this.ctx.em, PointsEntry)} where earner_id = any(?::uuid[]) group by earner_id`,
        [`{${ids.filter(isUuid).join(',')}}`],
      ),
    (row) => row.earner_id,
  );

  constructor(private readonly ctx: RequestContext) {}

  /** The rule in force with `code`, inside the caller's transaction. */
  async currentRule(em: EntityManager, code: string): Promise<PointsRule> {
    const rule = await em.findOne(PointsRule, { code, current: true });
    if (!rule) throw new NotFoundError('PointsRule', code);
    return rule;
  }

  /** Adds one ledger entry under the rule now in force, in the caller's transaction; its points and rule version stay as earned. */
  async earn(em: EntityManager, earning: Earning): Promise<PointsEntry> {
    const rule = await this.currentRule(em, earning.ruleCode);
    const sign = rule.basis === PointsBasis.DEDUCTION ? -1 : 1;
    return em.create(PointsEntry, {
      id: randomUUID(),
      earnerKind: earning.earnerKind,
      earnerId: earning.earnerId,
      unitId: earning.unitId,
      communityId: earning.communityId,
      points: sign * Math.round(rule.points * earning.times),
      ruleId: rule.id,
      ruleCode: rule.code,
      ruleVersion: rule.version,
      sourceKind: earning.sourceKind,
      sourceKey: earning.sourceKey,
      earnedOn: earning.earnedOn,
      reason: earning.reason ?? null,
    });
  }

  /** A member's or unit's balance: the sum of its ledger, never reset, wherever it was earned. */
  async balanceOf(earnerId: string): Promise<number> {
    const [row] = await this.balances.load(earnerId);
    return row ? Number(row.points) : 0;
  }

  /** A member's ledger, newest first, for those who may read the member's points (null for others). */
  async ledgerOf(member: PartyMember, first: number): Promise<PointsEntry[] | null> {
    if (!(await this.ctx.access.allows(P.readPoints, await this.ctx.get(MemberAccess).targetOf(member)))) return null;
    const limit = checkInteger(first, 'first', 1, this.ctx.settings.maxPageSize);
    return this.ctx.em.find(PointsEntry, { earnerId: member.id }, { orderBy: { earnedOn: 'desc', createdAt: 'desc', id: 'asc' }, limit });
  }

  async mayReadBalance(member: PartyMember): Promise<boolean> {
    return this.ctx.access.allows(P.readPoints, await this.ctx.get(MemberAccess).targetOf(member));
  }

  /** The rules in force, by category and code. */
  rules(): Promise<PointsRule[]> {
    return this.ctx.em.find(PointsRule, { current: true }, { orderBy: { category: 'asc', code: 'asc' } });
  }

  /** A new version of a rule with new points; what was earned under the old version keeps its points. */
  async changeRule(code: string, points: number): Promise<PointsRule> {
    await this.ctx.access.require(P.managePointsRules);
    const amount = checkInteger(points, 'points', 0, L.pointsAdjustment);
    return this.ctx.em.transactional(async (em) => {
      const rule = await em.findOne(PointsRule, { code: requiredText(code, 'code', 50), current: true });
      if (!rule) throw new BadUserInputError('UNKNOWN_REFERENCE', { field: 'code', id: code });
      rule.current = false;
      await em.flush();
      const { id: _id, version, createdAt: _at, ...kept } = rule;
      return em.create(PointsRule, { ...kept, id: randomUUID(), version: version + 1, points: amount, current: true });
    });
  }

  /** Staff award or deduct a member's points by an AWARD or DEDUCTION rule, with a reason. */
  async adjust(memberId: string, ruleCode: string, reason: string): Promise<PointsEntry> {
    const member = await this.ctx.get(PartyMemberService).load(memberId);
    const why = requiredText(reason, 'reason', L.reason, 'lines');
    await this.ctx.access.require(P.adjustPoints, await this.ctx.get(MemberAccess).communityTarget(member.residentialCommunityId));
    return this.ctx.em.transactional(async (em) => {
      const rule = await em.findOne(PointsRule, { code: requiredText(ruleCode, 'ruleCode', 50), current: true });
      if (!rule || ![PointsBasis.AWARD, PointsBasis.DEDUCTION].includes(rule.basis)) {
        throw new BadUserInputError('UNKNOWN_REFERENCE', { field: 'ruleCode', id: ruleCode });
      }
      return this.earn(em, {
        earnerKind: PointsEarnerKind.MEMBER,
        earnerId: member.id,
        unitId: member.employerId,
        communityId: member.residentialCommunityId,
        ruleCode: rule.code,
        times: 1,
        sourceKind: 'ADJUSTMENT',
        sourceKey: randomUUID(),
        earnedOn: this.ctx.today,
        reason: why,
      });
    });
  }

  /**
   * Staff award a month on a post (PER_POST_MONTH) to every member who held a post of the community
   * for the whole of `month` (YYYY-MM, a month already over): one statement, one entry per claim and
   * month, so awarding a month again adds nothing. Returns how many entries were added.
   */
  async awardPostMonth(communityId: string, month: string): Promise<number> {
    if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(month)) throw new BadUserInputError('INVALID_FORMAT', { field: 'month', format: 'a month YYYY-MM' });
    const first = `${month}-01`;
    const next = new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)), 1)).toISOString().slice(0, 10);
    if (first < DATE_RANGE.min || next > DATE_RANGE.max) throw new BadUserInputError('OUT_OF_RANGE', { field: 'month', ...DATE_RANGE });
    if (next > this.ctx.today) throw new BadUserInputError('NOT_AFTER', { field: 'month', other: 'last month' });
    const community = await organisationOfKind(this.ctx, communityId, 'communityId', [OrganisationKind.COMMUNITY_PARTY_COMMITTEE]);
    await this.ctx.access.require(P.adjustPoints, { organisationId: community.id, organisationPath: community.path });
    const em = this.ctx.em;
    return em.transactional(async (tx) => {
      const rule = await this.currentRule(tx, RULE_CODES.postMonth);
      const lastDay = addDays(next, -1);
      const rows = await tx.execute<Array<{ id: string }>>(
        `insert into ${qualifiedTable(em, PointsEntry)} (id, earner_kind, earner_id, unit_id, community_id, points, rule_id, rule_code, rule_version,
                                                         source_kind, source_key, earned_on, created_at)
         select gen_random_uuid(), 'MEMBER', c.member_id, m.employer_id, p.community_id, ?, ?, ?, ?, 'POST_MONTH', c.id::text || ':' || ?, ?, now()
         from ${qualifiedTable(em, ServicePostClaim)} c
         join ${qualifiedTable(em, ServicePost)} p on p.id = c.post_id
         join ${qualifiedTable(em, PartyMember)} m on m.id = c.member_id
         where p.community_id = ? and c.claimed_at < ?::date and (c.released_at is null or c.released_at >= ?::date)
         on conflict do nothing
         returning id`,
        [rule.points, rule.id, rule.code, rule.version, month, lastDay, community.id, first, next],
      );
      return rows.length;
    });
  }

  /** The top members or units by points earned in a year in the communities of `scopeId`'s subtree. */
  async ranking(scopeId: string, year: number, by: RankingBy, first: number): Promise<RankingRow[]> {
    this.ctx.access.requireRole(P.readRankings);
    checkInteger(year, 'year', 1900, 2099);
    const limit = checkInteger(first, 'first', 1, L.rankingSize);
    const organisations = this.ctx.shared(OrganisationsClient);
    const scope = isUuid(scopeId) ? await organisations.find(scopeId) : null;
    if (!scope) throw new BadUserInputError('UNKNOWN_REFERENCE', { field: 'scopeId', id: scopeId });
    await this.ctx.access.require(P.readRankings, { organisationId: scope.id, organisationPath: scope.path });
    const communities = await organisations.idsInSubtree(scope.id, [OrganisationKind.COMMUNITY_PARTY_COMMITTEE]);
    const entries = qualifiedTable(this.ctx.em, PointsEntry);
    const members = qualifiedTable(this.ctx.em, PartyMember);
    const key = by === RankingBy.MEMBER ? 'e.earner_id' : 'e.unit_id';
    const rows = await this.ctx.em.execute<Array<{ id: string; name: string | null; points: string }>>(
      `select t.id, ${by === RankingBy.MEMBER ? 'm.name' : 'null'} as name, t.points from (
         select ${key} as id, sum(e.points) as points from ${entries} e
         where e.community_id = any(?::uuid[]) and e.earned_on between ? and ?${by === RankingBy.MEMBER ? ` and e.earner_kind = 'MEMBER'` : ''}
         group by ${key}) t
       ${by === RankingBy.MEMBER ? `left join ${members} m on m.id = t.id` : ''}
       order by t.points desc, t.id limit ?`,
      [`{${communities.join(',')}}`, `${year}-01-01`, `${year}-12-31`, limit],
    );
    return rows.map((row, i) => ({ rank: i + 1, id: row.id, name: row.name, points: Number(row.points) }));
  }
}
