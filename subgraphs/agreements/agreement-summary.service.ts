import DataLoader from 'dataloader';
import type { RequestContext } from '../../platform/context/request-context';
import { BadUserInputError } from '../../platform/errors/errors';
import { qualifiedTable, textArrayLiteral } from '../../platform/pagination/batched-page';
import { isUuid } from '../../platform/validation/validation';
import { checkedBatch } from '../../platform/loading/loaders';
import { addDays } from '../../platform/time/clock';
import { checkInteger } from '../../platform/validation/validation';
import { Agreement, AgreementStatus, statusCondition, statusFilter } from './agreement.entity';
import type { Need, Resource } from './agreement-lists';
import { AGREEMENT_PERMISSIONS as P } from './agreements.permissions';
import { AgreementService } from './agreement.service';
import { OrganisationKind, OrganisationsClient, organisationReference, parentIdOf, UNIT_HOST_KINDS, type OrganisationReference } from '../organisations/public';

export interface SummaryCounts {
  active: number;
  projects: number;
  projectsCompleted: number;
  needsOpen: number;
  /** The last days (`YYYY-MM-DD`) of the active agreements' terms, for `expiringWithin` without another statement. */
  activeUntil: string[];
}

export interface NeedMatch {
  need: Need;
  agreement: Agreement;
  offers: ResourceOffer[];
}

/** What brokering shows of an offer; the agreement only to those who may read it by id. */
export interface ResourceOffer {
  resource: Resource;
  offeredBy: OrganisationReference;
  committee: OrganisationReference;
  agreement: Agreement | null;
}

/** Counts over agreements, for many organisations per statement; and brokering of needs. */
export class AgreementSummaryService {
  private readonly counts = new DataLoader<string, SummaryCounts>((ids) =>
    checkedBatch(
      ids,
      (id) => this.requireSummary(id),
      (allowed) => this.loadCounts(allowed),
    ),
  );

  constructor(private readonly ctx: RequestContext) {}

  /** The counts of many organisations come from one statement, whatever of them is asked when (see `checkedBatch`). */
  summaryOf(organisationId: string): Promise<SummaryCounts> {
    return this.counts.load(organisationId);
  }

  /** Active agreements whose term ends within `days` from today: from the summary's own statement. */
  async expiringWithin(organisationId: string, days: number): Promise<number> {
    checkInteger(days, 'days', 0, 3660);
    const until = addDays(this.ctx.today, days);
    return (await this.counts.load(organisationId)).activeUntil.filter((end) => end <= until).length;
  }

  /**
   * Open needs of a community's active agreements, each next to same-category resources offered in
   * its street. An offer shows what is offered and by whom; the agreement listing it only to callers
   * who may read that agreement by id (a sibling community's staff may not).
   */
  async needsMatchingResources(communityId: string): Promise<NeedMatch[]> {
    const organisations = this.ctx.shared(OrganisationsClient);
    const community = isUuid(communityId) ? await organisations.find(communityId) : null;
    if (!community || community.kind !== OrganisationKind.COMMUNITY_PARTY_COMMITTEE) {
      throw new BadUserInputError('WRONG_KIND', { field: 'communityId', expected: OrganisationKind.COMMUNITY_PARTY_COMMITTEE });
    }
    await this.ctx.access.require(P.broker, { organisationId: community.id, organisationPath: community.path });
    // Agreements are made by streets and communities: the street itself and its communities.
    const streetArea = await organisations.idsInSubtree(parentIdOf(community.path)!, UNIT_HOST_KINDS);
    const active = statusFilter(AgreementStatus.ACTIVE, this.ctx.today);
    const [own, offered] = await Promise.all([
      this.ctx.em.find(Agreement, { committeeId: community.id, ...active }, { orderBy: { validFrom: 'asc', id: 'asc' } }),
      this.ctx.em.find(Agreement, { committeeId: { $in: streetArea }, ...active }, { orderBy: { validFrom: 'asc', id: 'asc' } }),
    ]);
    const agreements = this.ctx.get(AgreementService);
    const mayRead = await Promise.all(offered.map(async (other) => this.ctx.access.allows(P.read, await agreements.targetOf(other))));
    const readable = new Set(offered.filter((_, i) => mayRead[i]));
    const offersOf = (other: Agreement, resource: Resource): ResourceOffer => ({
      resource,
      offeredBy: organisationReference(other.partnerId),
      committee: organisationReference(other.committeeId),
      agreement: readable.has(other) ? other : null,
    });
    return own.flatMap((agreement) =>
      agreement.needs
        .filter((need) => !need.met)
        .map((need) => ({
          need,
          agreement,
          offers: offered.flatMap((other) => other.resources.filter((r) => r.category === need.category).map((resource) => offersOf(other, resource))),
        })),
    );
  }

  private async requireSummary(organisationId: string): Promise<void> {
    const organisation = await this.ctx.shared(OrganisationsClient).find(organisationId);
    await this.ctx.access.require(P.summarise, { organisationId, organisationPath: organisation?.path });
  }

  private async loadCounts(ids: readonly string[]): Promise<SummaryCounts[]> {
    const active = statusCondition(AgreementStatus.ACTIVE, this.ctx.today);
    const rows = await this.ctx.em.execute<Array<Record<string, string>>>(
      `select k.key,
         count(o.id) as active,
         coalesce(sum(jsonb_array_length(o.projects)), 0) as projects,
         coalesce(sum((select count(*) from jsonb_array_elements(o.projects) p where (p->>'progress')::int >= 100)), 0) as completed,
         coalesce(sum((select count(*) from jsonb_array_elements(o.needs) n where not (n->>'met')::boolean)), 0) as needs_open,
         string_agg(o.valid_to::text, ',') as active_until
       from unnest(?::text[]) as k(key)
       left join ${qualifiedTable(this.ctx.em, Agreement)} o on (o.committee_id = k.key::uuid or o.partner_id = k.key::uuid) and ${active.sql}
       group by k.key`,
      [textArrayLiteral(ids), ...active.params],
    );
    const byKey = new Map(rows.map((row) => [row.key, row]));
    return ids.map((id) => {
      const row = byKey.get(id);
      return {
        active: Number(row?.active ?? 0),
        projects: Number(row?.projects ?? 0),
        projectsCompleted: Number(row?.completed ?? 0),
        needsOpen: Number(row?.needs_open ?? 0),
        activeUntil: row?.active_until ? row.active_until.split(',') : [],
      };
    });
  }
}
