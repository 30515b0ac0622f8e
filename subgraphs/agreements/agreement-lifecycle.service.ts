import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/sql';
import type { RequestContext } from '../../platform/context/request-context';
import { BadUserInputError, ConflictError } from '../../platform/errors/errors';
import { changeWithLock } from '../../platform/orm/change-with-lock';
import { transition } from '../../platform/state/transition';
import { checkInteger, requiredText } from '../../platform/validation/validation';
import { Agreement, AgreementStatus } from './agreement.entity';
import { AgreementReview } from './agreement-history.entity';
import { recordAmendment } from './agreement-history.service';
import { AGREEMENT_LIFECYCLE } from './agreement.lifecycle';
import { checkSigningDate, checkTerm } from './agreement.rules';
import { AgreementService } from './agreement.service';
import { AGREEMENT_PERMISSIONS as P } from './agreements.permissions';

/** An agreement's life after registration: signing, suspending, ending, renewing, progress, reviews. */
export class AgreementLifecycleService {
  constructor(private readonly ctx: RequestContext) {}

  private get agreements(): AgreementService {
    return this.ctx.get(AgreementService);
  }

  /** The committee side signs a draft; without a date, today (in the configured time zone) is the signing date. */
  sign(id: string, version: number, signingDate?: string | null): Promise<Agreement> {
    return this.move(id, version, AgreementStatus.ACTIVE, (_em, a) => {
      a.signingDate = signingDate ? checkSigningDate(signingDate, 'signingDate', a.validTo, this.ctx.today) : (a.signingDate ?? this.ctx.today);
    });
  }

  suspend(id: string, version: number, reason: string): Promise<Agreement> {
    return this.move(id, version, AgreementStatus.SUSPENDED, (em, a, from) => this.keepReason(em, a, from, AgreementStatus.SUSPENDED, reason));
  }

  resume(id: string, version: number): Promise<Agreement> {
    return this.move(id, version, AgreementStatus.ACTIVE);
  }

  terminate(id: string, version: number, reason: string): Promise<Agreement> {
    return this.move(id, version, AgreementStatus.TERMINATED, (em, a, from) => this.keepReason(em, a, from, AgreementStatus.TERMINATED, reason));
  }

  /**
   * A new term as a new draft agreement linked to the old one, with the same parties and what is
   * still open. Renewing changes the old agreement (it records its renewal), so it names the
   * version read like every other change: a retried or concurrent renewal is refused, not repeated.
   */
  async renew(id: string, version: number, validFrom: string, validTo: string): Promise<Agreement> {
    const old = await this.agreements.get(id, P.change);
    const { committee } = await this.agreements.checkParties(old.committeeId, old.partnerId, 'agreement');
    const nextNumber = await this.agreements.numbering(committee);
    return changeWithLock(this.ctx.em, Agreement, id, version, async (em, locked) => {
      if (this.agreements.status(locked) === AgreementStatus.DRAFT) {
        throw new ConflictError('WRONG_STATE', {
          entity: 'Agreement',
          id: locked.id,
          state: AgreementStatus.DRAFT,
          action: { en: 'renew it (sign it instead)', zh: '续签（草拟协议应先签订）' },
        });
      }
      if (locked.renewedById) throw new ConflictError('ALREADY_RENEWED', { entity: 'Agreement', id: locked.id, renewalId: locked.renewedById });
      checkTerm(validFrom, validTo, 'term');
      if (validFrom <= locked.validFrom) throw new BadUserInputError('MUST_BE_AFTER', { field: 'term.validFrom', other: locked.validFrom });
      const renewal = em.create(Agreement, {
        number: await nextNumber(em),
        committeeId: locked.committeeId,
        partnerId: locked.partnerId,
        title: locked.title,
        validFrom,
        validTo,
        storedStatus: AgreementStatus.DRAFT,
        commitments: locked.commitments,
        resources: locked.resources,
        needs: locked.needs.filter((n) => !n.met),
        projects: locked.projects.filter((p) => p.progress < 100),
        renewalOfId: locked.id,
      });
      locked.renewedById = renewal.id;
      return renewal;
    });
  }

  /** Progress of one project, 0 to 100; going back needs a reason, kept with the report. */
  async reportProgress(id: string, version: number, projectId: string, progress: number, note: string, reason?: string | null): Promise<Agreement> {
    await this.agreements.get(id, P.change);
    return changeWithLock(this.ctx.em, Agreement, id, version, (_em, agreement) => {
      checkInteger(progress, 'progress', 0, 100);
      const text = requiredText(note, 'note', 1000, 'lines');
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
      const why = reason == null || reason.trim() === '' ? null : requiredText(reason, 'reason', 500, 'lines');
      if (progress < project.progress && !why) {
        throw new BadUserInputError('PROGRESS_GOES_BACK', { field: 'progress', current: project.progress, reported: progress });
      }
      const report = { progress, note: text, reason: why, reportedBy: this.ctx.actor.subject, reportedAt: this.ctx.clock.now().toISOString() };
      agreement.projects = agreement.projects.map((p) => (p.id === projectId ? { ...p, progress, reports: [...p.reports, report] } : p));
      return agreement;
    });
  }

  async review(id: string, year: number, rating: number, comment: string): Promise<AgreementReview> {
    const agreement = await this.agreements.get(id, P.decide);
    checkInteger(rating, 'rating', 1, 5);
    checkInteger(year, 'year', Number(agreement.validFrom.slice(0, 4)), Number(agreement.validTo.slice(0, 4)));
    if (agreement.storedStatus === AgreementStatus.DRAFT) {
      throw new ConflictError('WRONG_STATE', { entity: 'Agreement', id: agreement.id, state: AgreementStatus.DRAFT, action: { en: 'review it', zh: '评议' } });
    }
    const text = requiredText(comment, 'comment', 1000, 'lines');
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

  /** A move through AGREEMENT_LIFECYCLE: permission, version, legality, then `apply`, in one transaction. */
  private async move(
    id: string,
    version: number,
    to: AgreementStatus,
    apply?: (em: EntityManager, agreement: Agreement, from: AgreementStatus) => Promise<void> | void,
  ): Promise<Agreement> {
    const agreement = await this.agreements.load(id);
    return transition(this.ctx.em, Agreement, agreement, version, {
      machine: AGREEMENT_LIFECYCLE,
      to,
      stateOf: (a) => this.agreements.status(a),
      setState: (a, state) => (a.storedStatus = state),
      authorize: (permission) => this.agreements.authorize(agreement, permission),
      onTransition: apply,
    });
  }

  /** A move made for a reason keeps the reason as an amendment. */
  private async keepReason(em: EntityManager, agreement: Agreement, from: AgreementStatus, to: AgreementStatus, reason: string): Promise<void> {
    const why = requiredText(reason, 'reason', 500, 'lines');
    await recordAmendment(em, agreement, why, { status: { from, to } }, this.ctx.actor.subject);
  }
}
