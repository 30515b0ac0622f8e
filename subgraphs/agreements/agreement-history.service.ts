import type { EntityManager } from '@mikro-orm/sql';
import type { RequestContext } from '../../platform/context/request-context';
import { groupedLoader } from '../../platform/loading/loaders';
import type { Agreement } from './agreement.entity';
import { AgreementAmendment, AgreementReview } from './agreement-history.entity';

/** Amendments and reviews of many agreements, one query each per request. */
export class AgreementHistoryService {
  private readonly amendments = groupedLoader(
    (ids: readonly string[]) => this.ctx.em.find(AgreementAmendment, { agreementId: { $in: [...ids] } }, { orderBy: { number: 'asc' } }),
    (a) => a.agreementId,
  );
  private readonly reviews = groupedLoader(
    (ids: readonly string[]) => this.ctx.em.find(AgreementReview, { agreementId: { $in: [...ids] } }, { orderBy: { year: 'asc' } }),
    (r) => r.agreementId,
  );

  constructor(private readonly ctx: RequestContext) {}

  amendmentsOf(agreementId: string): Promise<AgreementAmendment[]> {
    return this.amendments.load(agreementId);
  }

  reviewsOf(agreementId: string): Promise<AgreementReview[]> {
    return this.reviews.load(agreementId);
  }
}

/**
 * Keeps a change to a signed agreement as its next numbered amendment. Call it inside the change's
 * transaction with the agreement's row locked (changeWithLock): the lock makes the numbering safe.
 */
export async function recordAmendment(
  em: EntityManager,
  agreement: Agreement,
  reason: string,
  changes: Record<string, { from: unknown; to: unknown }>,
  amendedBy: string,
): Promise<AgreementAmendment> {
  const number = (await em.count(AgreementAmendment, { agreementId: agreement.id })) + 1;
  return em.create(AgreementAmendment, { agreementId: agreement.id, number, reason, changes, amendedBy });
}
