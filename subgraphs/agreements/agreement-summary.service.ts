import DataLoader from 'dataloader';
import type { RequestContext } from '../../platform/context/request-context';
import { BadUserInputError } from '../../platform/errors/errors';
import { qualifiedTable, textArrayLiteral } from '../../platform/pagination/batched-page';
import { isUuid } from '../../platform/validation/validation';
import { LoaderFamily } from '../../platform/loading/loaders';
import { addDays } from '../../platform/time/clock';
import { checkInteger } from '../../platform/validation/validation';
import { Agreement, AgreementStatus, statusCondition, statusFilter } from './agreement.entity';
import type { Need, Resource } from './agreement-lists';
import { AGREEMENT_PERMISSIONS as P } from './agreements.permissions';

export interface SummaryCounts {
  active: number;
  projects: number;
  projectsCompleted: number;
  needsOpen: number;
}

export interface NeedMatch {
  need: Need;
  agreement: Agreement;
  offers: Array<{ resource: Resource; agreement: Agreement }>;
}

/** Counts over agreements, for many organisations per statement; and brokering of needs. */
export class AgreementSummaryService {
  private readonly counts = new DataLoader<string, SummaryCounts>((ids) => this.loadCounts(ids));
  private readonly expiring = new LoaderFamily((days: number, ids: readonly string[]) => this.loadExpiring(days, ids));

  constructor(private readonly ctx: RequestContext) {}

  async summaryOf(organisationId: string): Promise<SummaryCounts> {
    await this.requireSummary(organisationId);
    return this.counts.load(organisationId);
  }

  /** Active agreements whose term ends within `days` from today. */
  async expiringWithin(organisationId: string, days: number): Promise<number> {
    checkInteger(days, 'days', 0, 3660);
    await this.requireSummary(organisationId);
    return this.expiring.load(days, organisationId);
  }

  private async loadExpiring(days: number, ids: readonly string[]): Promise<number[]> {
    const active = statusCondition(AgreementStatus.ACTIVE, this.ctx.today);
    const rows = await this.ctx.em.execute<Array<{ key: string; n: string }>>(
      `select k.key, count(o.id) as n from unnest(?::text[]) as k(key)
       left join ${qualifiedTable(this.ctx.em, Agreement)} o on (o.committee_id = k.key::uuid or o.partner_id = k.key::uuid) and ${active.sql} and o.valid_to <= ?
       group by k.key`,
      [textArrayLiteral(ids), ...active.params, addDays(this.ctx.today, days)],
    );
    return ids.map((id) => Number(rows.find((r) => r.key === id)?.n ?? 0));
  }

  /** Open needs of a community's active agreements, each next to same-category resources offered in its street. */
  async needsMatchingResources(communityId: string): Promise<NeedMatch[]> {
    const community = isUuid(communityId) ? await this.ctx.organisations.find(communityId) : null;
    if (!community || community.kind !== 'COMMUNITY_PARTY_COMMITTEE') {
      throw new BadUserInputError('WRONG_KIND', { field: 'communityId', expected: 'COMMUNITY_PARTY_COMMITTEE' });
    }
    await this.ctx.access.require(P.broker, { organisationId: community.id, organisationPath: community.path });
    const streetId = community.path.split('/').filter(Boolean).at(-2)!;
    const streetArea = [streetId, ...(await this.ctx.organisations.descendantIds(streetId))];
    const active = statusFilter(AgreementStatus.ACTIVE, this.ctx.today);
    const [own, offered] = await Promise.all([
      this.ctx.em.find(Agreement, { committeeId: community.id, ...active }, { orderBy: { validFrom: 'asc', id: 'asc' } }),
      this.ctx.em.find(Agreement, { committeeId: { $in: streetArea }, ...active }, { orderBy: { validFrom: 'asc', id: 'asc' } }),
    ]);
    return own.flatMap((agreement) =>
      agreement.needs
        .filter((need) => !need.met)
        .map((need) => ({
          need,
          agreement,
          offers: offered.flatMap((other) => other.resources.filter((r) => r.category === need.category).map((resource) => ({ resource, agreement: other }))),
        })),
    );
  }

  private async requireSummary(organisationId: string): Promise<void> {
    const organisation = await this.ctx.organisations.find(organisationId);
    await this.ctx.access.require(P.summarise, { organisationId, organisationPath: organisation?.path });
  }

  private async loadCounts(ids: readonly string[]): Promise<SummaryCounts[]> {
    const active = statusCondition(AgreementStatus.ACTIVE, this.ctx.today);
    const rows = await this.ctx.em.execute<Array<Record<string, string>>>(
      `select k.key,
         count(o.id) as active,
         coalesce(sum(jsonb_array_length(o.projects)), 0) as projects,
         coalesce(sum((select count(*) from jsonb_array_elements(o.projects) p where (p->>'progress')::int >= 100)), 0) as completed,
         coalesce(sum((select count(*) from jsonb_array_elements(o.needs) n where not (n->>'met')::boolean)), 0) as needs_open
       from unnest(?::text[]) as k(key)
       left join ${qualifiedTable(this.ctx.em, Agreement)} o on (o.committee_id = k.key::uuid or o.partner_id = k.key::uuid) and ${active.sql}
       group by k.key`,
      [textArrayLiteral(ids), ...active.params],
    );
    return ids.map((id) => {
      const row = rows.find((r) => r.key === id);
      return {
        active: Number(row?.active ?? 0),
        projects: Number(row?.projects ?? 0),
        projectsCompleted: Number(row?.completed ?? 0),
        needsOpen: Number(row?.needs_open ?? 0),
      };
    });
  }
}
