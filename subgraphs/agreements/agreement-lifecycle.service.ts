import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { RequestContext } from '../../platform/context/request-context';
import type { Permission } from '../../platform/auth/access';
import { BadUserInputError, ConflictError } from '../../platform/errors/errors';
import { assertVersion, checkLocalDate, requiredText } from '../../platform/validation/validation';
import { Agreement, AgreementStatus } from './agreement.entity';
import { AgreementAmendment, AgreementReview } from './agreement-history.entity';
import { checkTerm } from './agreement.rules';
import { AgreementService } from './agreement.service';
import { AGREEMENT_PERMISSIONS as P } from './agreements.permissions';

/** An agreement's life after registration: signing, suspending, ending, renewing, progress, reviews. */
export class AgreementLifecycleService {
  constructor(private readonly ctx: RequestContext) {}

  private get agreements(): AgreementService {
    return this.ctx.get(AgreementService);
  }

  sign(id: string, version: number, signingDate?: string | null): Promise<Agreement> {
    return this.transition(id, version, P.decide, 'sign', [AgreementStatus.DRAFT], AgreementStatus.ACTIVE, (a) => {
      a.signingDate = signingDate ? checkLocalDate(signingDate, 'signingDate') : (a.signingDate ?? new Date().toISOString().slice(0, 10));
    });
  }

  suspend(id: string, version: number, reason: string): Promise<Agreement> {
    const why = requiredText(reason, 'reason', 500);
    return this.transition(id, version, P.decide, 'suspend', [AgreementStatus.ACTIVE], AgreementStatus.SUSPENDED, undefined, why);
  }

  resume(id: string, version: number): Promise<Agreement> {
    return this.transition(id, version, P.decide, 'resume', [AgreementStatus.SUSPENDED], AgreementStatus.ACTIVE);
  }

  terminate(id: string, version: number, reason: string): Promise<Agreement> {
    const why = requiredText(reason, 'reason', 500);
    const from = [AgreementStatus.DRAFT, AgreementStatus.ACTIVE, AgreementStatus.SUSPENDED, AgreementStatus.EXPIRED];
    return this.transition(id, version, P.change, 'terminate', from, AgreementStatus.TERMINATED, undefined, why);
  }

  /** A new term as a new draft agreement linked to the old one, with the same parties and lists. */
  async renew(id: string, version: number, validFrom: string, validTo: string): Promise<Agreement> {
    const old = await this.agreements.get(id, P.change);
    assertVersion('Agreement', old, version);
    checkTerm(validFrom, validTo, 'term');
    if (validFrom <= old.validFrom) throw new BadUserInputError('MUST_BE_AFTER', { field: 'term.validFrom', other: old.validFrom });
    if (this.agreements.status(old) === AgreementStatus.DRAFT) {
      throw new ConflictError('WRONG_STATE', {
        entity: 'Agreement',
        id: old.id,
        state: AgreementStatus.DRAFT,
        action: { en: 'renew it (sign it instead)', zh: '续签（草拟协议应先签订）' },
      });
    }
    const { committee } = await this.agreements.checkParties(old.committeeId, old.partnerId, 'agreement');
    const nextNumber = await this.agreements.numbering(committee);
    return this.ctx.em.transactional(async (em) => {
      const renewal = em.create(Agreement, {
        number: await nextNumber(em),
        committeeId: old.committeeId,
        partnerId: old.partnerId,
        title: old.title,
        validFrom,
        validTo,
        storedStatus: AgreementStatus.DRAFT,
        commitments: old.commitments,
        resources: old.resources,
        needs: old.needs.filter((n) => !n.met),
        projects: old.projects.filter((p) => p.progress < 100),
        renewalOfId: old.id,
      });
      await em.flush();
      return renewal;
    });
  }

  async reportProgress(id: string, version: number, projectId: string, progress: number, note: string): Promise<Agreement> {
    const agreement = await this.agreements.get(id, P.change);
    assertVersion('Agreement', agreement, version);
    if (!Number.isInteger(progress) || progress < 0 || progress > 100) throw new BadUserInputError('OUT_OF_RANGE', { field: 'progress', min: 0, max: 100 });
    const text = requiredText(note, 'note', 1000);
    const project = agreement.projects.find((p) => p.id === projectId);
    if (!project) throw new BadUserInputError('UNKNOWN_REFERENCE', { field: 'projectId', id: projectId });
    const status = this.agreements.status(agreement);
    if (status !== AgreementStatus.ACTIVE) {
      throw new ConflictError('WRONG_STATE', {
        entity: 'Agreement',
        id: agreement.id,
        state: status,
        action: { en: 'report progress on it', zh: '报告项目进展' },
      });
    }
    const report = { progress, note: text, reportedBy: this.ctx.actor.subject, reportedAt: new Date().toISOString() };
    agreement.projects = agreement.projects.map((p) => (p.id === projectId ? { ...p, progress, reports: [...p.reports, report] } : p));
    await this.ctx.em.flush();
    return agreement;
  }

  async review(id: string, year: number, rating: number, comment: string): Promise<AgreementReview> {
    const agreement = await this.agreements.get(id, P.decide);
    if (!Number.isInteger(rating) || rating < 1 || rating > 5) throw new BadUserInputError('OUT_OF_RANGE', { field: 'rating', min: 1, max: 5 });
    const first = Number(agreement.validFrom.slice(0, 4));
    if (!Number.isInteger(year) || year < first || year > Number(agreement.validTo.slice(0, 4))) {
      throw new BadUserInputError('OUT_OF_RANGE', { field: 'year', min: first, max: Number(agreement.validTo.slice(0, 4)) });
    }
    if (agreement.storedStatus === AgreementStatus.DRAFT) {
      throw new ConflictError('WRONG_STATE', { entity: 'Agreement', id: agreement.id, state: AgreementStatus.DRAFT, action: { en: 'review it', zh: '评议' } });
    }
    const text = requiredText(comment, 'comment', 1000);
    if (await this.ctx.em.count(AgreementReview, { agreementId: id, year })) throw new ConflictError('DUPLICATE', { field: 'year' });
    try {
      const review = this.ctx.em.create(AgreementReview, { agreementId: id, year, rating, comment: text, reviewedBy: this.ctx.actor.subject });
      await this.ctx.em.flush();
      return review;
    } catch (error) {
      if (error instanceof UniqueConstraintViolationException) throw new ConflictError('DUPLICATE', { field: 'year' });
      throw error;
    }
  }

  /** A status change allowed only from `from`; a reason, when given, is kept as an amendment. */
  private async transition(
    id: string,
    version: number,
    permission: Permission,
    verb: string,
    from: AgreementStatus[],
    to: AgreementStatus,
    apply?: (a: Agreement) => void,
    reason?: string,
  ) {
    const agreement = await this.agreements.get(id, permission);
    assertVersion('Agreement', agreement, version);
    const status = this.agreements.status(agreement);
    if (!from.includes(status)) throw new ConflictError('ILLEGAL_TRANSITION', { entity: 'Agreement', id: agreement.id, from: status, to });
    return this.ctx.em.transactional(async (em) => {
      apply?.(agreement);
      agreement.storedStatus = to;
      if (reason) {
        const number = (await em.count(AgreementAmendment, { agreementId: agreement.id })) + 1;
        em.create(AgreementAmendment, {
          agreementId: agreement.id,
          number,
          reason,
          changes: { status: { from: status, to } },
          amendedBy: this.ctx.actor.subject,
        });
      }
      await em.flush();
      return agreement;
    });
  }
}
