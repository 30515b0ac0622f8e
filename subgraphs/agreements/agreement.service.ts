import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/sql';
import type { Permission, Target } from '../../platform/auth/access';
import type { RequestContext } from '../../platform/context/request-context';
import { BadUserInputError, ConflictError, NotFoundError } from '../../platform/errors/errors';
import { byIdLoader, checkedBatch, LoaderFamily } from '../../platform/loading/loaders';
import { changeWithLock } from '../../platform/orm/change-with-lock';
import { fetchBatchedPages, qualifiedTable, textArrayLiteral, type KeyPage } from '../../platform/pagination/batched-page';
import { pageRequest, toConnection, type Connection, type PageRequest } from '../../platform/pagination/connection';
import { defineListOrder } from '../../platform/pagination/list-order';
import { isUuid, requiredText } from '../../platform/validation/validation';
import { Agreement, AgreementStatus, effectiveStatus, statusCondition } from './agreement.entity';
import { AgreementNumberSequence } from './agreement-history.entity';
import type { Project } from './agreement-lists';
import { recordAmendment } from './agreement-history.service';
import type { AgreementListArgs, AmendAgreementInput, RegisterAgreementInput } from './agreement.inputs';
import { checkCommitments, checkNeeds, checkProjects, checkResources, checkSigningDate, checkTerm, difference, requestHash } from './agreement.rules';
import { AGREEMENT_PERMISSIONS as P } from './agreements.permissions';
import { districtIdOf, isInSubtree, OrganisationKind, OrganisationsClient, UNIT_HOST_KINDS, type OrganisationFacts } from '../organisations/public';

/** Agreements of an organisation, by start date. */
const ORDER = defineListOrder('Agreement:validFrom', { valid_from: 'date', id: 'uuid' }, (a: Agreement) => [a.validFrom, a.id]);

/** Registering, amending and reading agreements; one instance per request. */
export class AgreementService {
  private readonly byId = byIdLoader((ids) => this.ctx.em.find(Agreement, { id: { $in: ids } }), isUuid);
  private readonly pages = new LoaderFamily((filter: { status: AgreementStatus | null; page: PageRequest<Agreement> }, ids: readonly string[]) =>
    checkedBatch(
      ids,
      (id) => this.requireListOf(id),
      (allowed) => this.loadPages(filter.status, filter.page, allowed),
    ),
  );

  constructor(private readonly ctx: RequestContext) {}

  /** What an access check looks at: the partner, and where the committee side sits. */
  async targetOf(agreement: Pick<Agreement, 'committeeId' | 'partnerId'>): Promise<Target> {
    return { organisationId: agreement.partnerId, organisationPath: (await this.ctx.shared(OrganisationsClient).pathOf(agreement.committeeId)) ?? undefined };
  }

  /** An agreement the caller may read, or null (entity references: nothing leaks). */
  async findVisible(id: string): Promise<Agreement | null> {
    const agreement = await this.byId.load(id);
    return agreement && (await this.ctx.access.allows(P.read, await this.targetOf(agreement))) ? agreement : null;
  }

  /** A project of an agreement the caller may read, or null (a link from another subgraph: nothing leaks). */
  async findVisibleProject(agreementId: string, projectId: string): Promise<Project | null> {
    return (await this.findVisible(agreementId))?.projects.find((p) => p.id === projectId) ?? null;
  }

  /** An agreement the caller asked for by id: NOT_FOUND or FORBIDDEN say why not. */
  async get(id: string, permission: Permission = P.read): Promise<Agreement> {
    const agreement = await this.load(id);
    await this.authorize(agreement, permission);
    return agreement;
  }

  /** An agreement by id, not yet checked against the caller (for moves whose permission depends on its state). */
  async load(id: string): Promise<Agreement> {
    const agreement = await this.byId.load(id);
    if (!agreement) throw new NotFoundError('Agreement', id);
    return agreement;
  }

  /** FORBIDDEN unless the caller has `permission` over the agreement. */
  async authorize(agreement: Agreement, permission: Permission): Promise<void> {
    await this.ctx.access.require(permission, await this.targetOf(agreement));
  }

  status(agreement: Agreement): AgreementStatus {
    return effectiveStatus(agreement, this.ctx.today);
  }

  /**
   * Agreements where the organisation is either side, for many organisations in one statement; only
   * those the caller may read by id, filtered in SQL so that counts and pages agree.
   */
  async agreementsOf(organisationId: string, args: AgreementListArgs): Promise<Connection<Agreement>> {
    const page = pageRequest(args, this.ctx.settings.maxPageSize, ORDER);
    // The access check runs inside the batch (`checkedBatch`), so all the lists of one moment are one statement.
    const { rows, total } = await this.pages.load({ status: args.status ?? null, page }, organisationId);
    return toConnection(rows, page, total);
  }

  private async requireListOf(organisationId: string): Promise<void> {
    const organisation = await this.ctx.shared(OrganisationsClient).find(organisationId);
    await this.ctx.access.require(P.read, { organisationId, organisationPath: organisation?.path });
  }

  private async loadPages(status: AgreementStatus | null, page: PageRequest<Agreement>, ids: readonly string[]): Promise<KeyPage<Agreement>[]> {
    const join = 'o.committee_id = k.key::uuid or o.partner_id = k.key::uuid';
    const where = [...(status ? [statusCondition(status, this.ctx.today)] : []), ...(await this.readableCondition(ids, join))];
    const pages = await fetchBatchedPages<Agreement>(this.ctx.em, { entity: Agreement, keys: ids, join, where, page });
    return ids.map((id) => pages.get(id)!);
  }

  /**
   * SQL limiting rows (`o`, joined to keys `k` by `join`) to agreements the caller may read. Whether
   * one may be read depends only on its parties, so the rule of reading one by id is asked once per
   * pair of parties among the candidates, and the rows are filtered by the pairs that pass.
   */
  private async readableCondition(keys: readonly string[], join: string): Promise<Array<{ sql: string; params?: unknown[] }>> {
    if (this.ctx.access.reachOf(P.read) === 'any') return [];
    const pairs = await this.ctx.em.execute<Array<{ committeeId: string; partnerId: string }>>(
      `select distinct o.committee_id::text as "committeeId", o.partner_id::text as "partnerId"
       from unnest(?::text[]) as k(key) join ${qualifiedTable(this.ctx.em, Agreement)} o on ${join}`,
      [textArrayLiteral(keys)],
    );
    const checks = await Promise.all(
      pairs.map(async (pair) => (await this.ctx.access.allows(P.read, await this.targetOf(pair))) && `${pair.committeeId}/${pair.partnerId}`),
    );
    const readable = checks.filter((pair): pair is string => !!pair);
    return [{ sql: `o.committee_id::text || '/' || o.partner_id::text = any(?::text[])`, params: [textArrayLiteral(readable)] }];
  }

  /** A partner unit registers an agreement; the same idempotency key with the same input returns the same agreement. */
  async register(input: RegisterAgreementInput, idempotencyKey?: string | null): Promise<Agreement> {
    const key = idempotencyKey == null ? null : requiredText(idempotencyKey, 'idempotencyKey', 200);
    const values = this.checkRegistration(input);
    const { committee, partner } = await this.checkParties(input.committeeId, input.partnerId, 'input');
    await this.ctx.access.require(P.register, { organisationId: partner.id, organisationPath: partner.path });
    const hash = requestHash(input);
    if (key) {
      const earlier = await this.findByKey(partner.id, key, hash);
      if (earlier) return earlier;
    }
    // The number is taken in a statement of its own, like a sequence: the district's numbering row
    // is locked for that statement only, not through the registration's transaction, so concurrent
    // registrations of a district do not queue behind each other's commits. A registration that
    // fails after this leaves its number unused (registrations fail here only on database errors
    // and on the idempotency race below); renewals and imports still number inside their transaction.
    const number = await (await this.numbering(committee))(this.ctx.em);
    try {
      return await this.ctx.em.transactional(async (em) => {
        const agreement = em.create(Agreement, {
          ...values,
          number,
          committeeId: committee.id,
          partnerId: partner.id,
          storedStatus: AgreementStatus.DRAFT,
          idempotencyKey: key,
          requestHash: key ? hash : null,
        });
        await em.flush();
        return agreement;
      });
    } catch (error) {
      // Two requests with one key at once: the unique index let one in; the other returns its result.
      if (key && error instanceof UniqueConstraintViolationException) {
        const earlier = await this.findByKey(partner.id, key, hash, true);
        if (earlier) return earlier;
      }
      throw error;
    }
  }

  /** Changes content; a signed agreement keeps each change as a numbered amendment. */
  async amend(id: string, version: number, input: AmendAgreementInput, reason?: string | null): Promise<Agreement> {
    await this.get(id, P.change);
    return changeWithLock(this.ctx.em, Agreement, id, version, async (em, agreement) => {
      const status = this.status(agreement);
      if (status === AgreementStatus.TERMINATED || status === AgreementStatus.EXPIRED) {
        throw new ConflictError('WRONG_STATE', { entity: 'Agreement', id: agreement.id, state: status, action: { en: 'amend it', zh: '变更' } });
      }
      const after = this.amendedValues(agreement, input);
      const changes = difference(agreement as unknown as Record<string, unknown>, after);
      if (Object.keys(changes).length === 0) throw new BadUserInputError('NOTHING_TO_CHANGE', { field: 'input' });
      const why = status === AgreementStatus.DRAFT ? null : requiredText(reason ?? '', 'reason', 500, 'lines');
      Object.assign(agreement, after);
      if (why) await recordAmendment(em, agreement, why, changes, this.ctx.actor.subject);
      return agreement;
    });
  }

  /** The committee (a street or community) and the partner (a unit sitting in its area). */
  async checkParties(committeeId: string, partnerId: string, field: string): Promise<{ committee: OrganisationFacts; partner: OrganisationFacts }> {
    const [committee, partner] = await Promise.all([
      isUuid(committeeId) ? this.ctx.shared(OrganisationsClient).find(committeeId) : null,
      isUuid(partnerId) ? this.ctx.shared(OrganisationsClient).find(partnerId) : null,
    ]);
    if (!partner) throw new BadUserInputError('UNKNOWN_REFERENCE', { field: `${field}.partnerId`, id: partnerId });
    if (partner.kind !== OrganisationKind.UNIT_PARTY_ORGANISATION)
      throw new BadUserInputError('WRONG_KIND', { field: `${field}.partnerId`, expected: OrganisationKind.UNIT_PARTY_ORGANISATION });
    if (!committee) throw new BadUserInputError('UNKNOWN_REFERENCE', { field: `${field}.committeeId`, id: committeeId });
    if (!UNIT_HOST_KINDS.includes(committee.kind)) {
      throw new BadUserInputError('WRONG_KIND', { field: `${field}.committeeId`, expected: UNIT_HOST_KINDS.join(' or ') });
    }
    if (!isInSubtree(partner.path, committee.path)) {
      throw new BadUserInputError('NOT_IN_AREA', { field: `${field}.committeeId` });
    }
    return { committee, partner };
  }

  checkRegistration(input: RegisterAgreementInput) {
    checkTerm(input.validFrom, input.validTo);
    return {
      title: requiredText(input.title, 'input.title', 200),
      signingDate: input.signingDate ? checkSigningDate(input.signingDate, 'input.signingDate', input.validTo, this.ctx.today) : null,
      validFrom: input.validFrom,
      validTo: input.validTo,
      commitments: checkCommitments(input.commitments ?? [], 'input.commitments'),
      resources: checkResources(input.resources ?? [], 'input.resources'),
      needs: checkNeeds(input.needs ?? [], 'input.needs'),
      projects: checkProjects(input.projects ?? [], 'input.projects'),
    };
  }

  /**
   * Readable numbers run per district and year: QH-2026-0007. The district is looked up first and
   * the number taken later, inside the caller's transaction: no remote call waits on an open one.
   */
  async numbering(committee: OrganisationFacts): Promise<(em: EntityManager) => Promise<string>> {
    const districtId = districtIdOf(committee.path);
    const district = await this.ctx.shared(OrganisationsClient).find(districtId);
    return (em) => this.nextNumber(em, districtId, district?.code ?? 'D');
  }

  private async nextNumber(em: EntityManager, districtId: string, districtCode: string): Promise<string> {
    const year = Number(this.ctx.today.slice(0, 4));
    const [{ last }] = await em.execute<Array<{ last: number }>>(
      `insert into ${qualifiedTable(em, AgreementNumberSequence)} (district_id, year, last) values (?, ?, 1)
       on conflict (district_id, year) do update set last = ${qualifiedTable(em, AgreementNumberSequence)}.last + 1 returning last`,
      [districtId, year],
    );
    return `${districtCode}-${year}-${String(last).padStart(4, '0')}`;
  }

  private async findByKey(partnerId: string, key: string, hash: string, fresh = false): Promise<Agreement | null> {
    const em = fresh ? this.ctx.em.fork() : this.ctx.em;
    const earlier = await em.findOne(Agreement, { partnerId, idempotencyKey: key });
    if (!earlier) return null;
    if (earlier.requestHash !== hash) throw new ConflictError('IDEMPOTENCY_KEY_REUSED', { field: 'idempotencyKey' });
    return earlier;
  }

  private amendedValues(agreement: Agreement, input: AmendAgreementInput) {
    const validTo = input.validTo ?? agreement.validTo;
    checkTerm(agreement.validFrom, validTo);
    return {
      title: input.title != null ? requiredText(input.title, 'input.title', 200) : agreement.title,
      validTo,
      commitments: input.commitments ? checkCommitments(input.commitments, 'input.commitments') : agreement.commitments,
      resources: input.resources ? checkResources(input.resources, 'input.resources') : agreement.resources,
      needs: input.needs ? checkNeeds(input.needs, 'input.needs') : agreement.needs,
      projects: input.projects ? checkProjects(input.projects, 'input.projects', agreement.projects) : agreement.projects,
    };
  }
}
