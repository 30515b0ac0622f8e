import DataLoader from 'dataloader';
import type { RequestContext } from '../../platform/context/request-context';
import { AgreementAmendment, AgreementReview } from './agreement-history.entity';

/** Amendments and reviews of many agreements, one query each per request. */
export class AgreementHistoryService {
  private readonly amendments = new DataLoader<string, AgreementAmendment[]>(async (ids) => {
    const all = await this.ctx.em.find(AgreementAmendment, { agreementId: { $in: [...ids] } }, { orderBy: { number: 'asc' } });
    return ids.map((id) => all.filter((a) => a.agreementId === id));
  });
  private readonly reviews = new DataLoader<string, AgreementReview[]>(async (ids) => {
    const all = await this.ctx.em.find(AgreementReview, { agreementId: { $in: [...ids] } }, { orderBy: { year: 'asc' } });
    return ids.map((id) => all.filter((r) => r.agreementId === id));
  });

  constructor(private readonly ctx: RequestContext) {}

  amendmentsOf(agreementId: string): Promise<AgreementAmendment[]> {
    return this.amendments.load(agreementId);
  }

  reviewsOf(agreementId: string): Promise<AgreementReview[]> {
    return this.reviews.load(agreementId);
  }
}
