import { auditUnder } from '../../platform/audit/audit.subscriber';
import { checkUtf8Csv } from '../../platform/csv/csv-encoding';
import { isInSubtree, OrganisationsClient, type OrganisationFacts } from '../organisations/public';
import type { RequestContext } from '../../platform/context/request-context';
import { isHubError } from '../../platform/errors/errors';
import { Agreement, AgreementStatus } from './agreement.entity';
import { parseAgreementsCsv, type ImportedAgreement } from './agreement-import.csv';
import type { RegisterAgreementInput } from './agreement.inputs';
import { AgreementService } from './agreement.service';
import { AGREEMENT_PERMISSIONS as P } from './agreements.permissions';
import type { ImportResult, ImportRowError } from './agreement.types';

/**
 * A district moving its paper records in: every row is checked as a registration would be, and
 * either all rows become agreements in one transaction or none do and every problem is reported.
 * A row with a signing date was signed on paper and is imported ACTIVE; one without, as a DRAFT.
 */
export class AgreementImportService {
  private readonly codes = new Map<string, Promise<OrganisationFacts | null>>();

  constructor(private readonly ctx: RequestContext) {}

  async import(csv: string): Promise<ImportResult> {
    const scope = await this.ctx.access.subtreeOf(P.import);
    const { rows, headerErrors } = parseAgreementsCsv(checkUtf8Csv(csv, 'csv'));
    const errors: ImportRowError[] = headerErrors.map((message) => ({ line: 1, column: '(header)', message }));
    const ready: Array<{ row: ImportedAgreement; input: RegisterAgreementInput; committee: OrganisationFacts }> = [];
    for (const row of rows) {
      if (!row.agreement) {
        errors.push(...row.errors.map((e) => ({ line: row.line, ...e })));
        continue;
      }
      const checked = await this.checkRow(row.agreement, scope);
      if ('problem' in checked) errors.push({ line: row.line, ...checked.problem });
      else ready.push({ row: row.agreement, ...checked });
    }
    if (errors.length > 0 || ready.length === 0) {
      if (ready.length === 0 && errors.length === 0) errors.push({ line: 1, column: '(file)', message: 'the file holds no agreements' });
      return { imported: 0, agreements: [], errors };
    }
    const service = this.ctx.get(AgreementService);
    const numbering = await Promise.all(ready.map(({ committee }) => service.numbering(committee)));
    const agreements = await this.ctx.em.transactional(async (em) => {
      const created: Agreement[] = [];
      for (const [i, { row, input, committee }] of ready.entries()) {
        const agreement = em.create(Agreement, {
          ...service.checkRegistration(input),
          number: await numbering[i](em),
          committeeId: input.committeeId,
          partnerId: input.partnerId,
          storedStatus: row.signingDate ? AgreementStatus.ACTIVE : AgreementStatus.DRAFT,
        });
        // Each agreement's audit entry goes where its committee sits, so the district's admins read it.
        auditUnder(agreement, committee.path);
        created.push(agreement);
      }
      await em.flush();
      return created;
    });
    return { imported: agreements.length, agreements, errors: [] };
  }

  private async checkRow(
    row: ImportedAgreement,
    scope: string | null,
  ): Promise<{ problem: { column: string; message: string } } | { input: RegisterAgreementInput; committee: OrganisationFacts }> {
    const [committee, partner] = await Promise.all([this.byCode(row.committeeCode), this.byCode(row.partnerCode)]);
    if (!committee) return { problem: { column: 'committeeCode', message: `no organisation with code ${row.committeeCode}` } };
    if (!partner) return { problem: { column: 'partnerCode', message: `no organisation with code ${row.partnerCode}` } };
    if (scope && !isInSubtree(committee.path, scope)) return { problem: { column: 'committeeCode', message: `${row.committeeCode} is outside your district` } };
    const input: RegisterAgreementInput = {
      ...row,
      committeeId: committee.id,
      partnerId: partner.id,
      needs: row.needs.map((n) => ({ ...n, met: false })),
    } as never;
    try {
      const service = this.ctx.get(AgreementService);
      service.checkRegistration(input);
      await service.checkParties(committee.id, partner.id, 'row');
      return { input, committee };
    } catch (error) {
      if (!isHubError(error)) throw error;
      const field = String(error.extensions.field ?? 'row').replace(/^(input|row)\./, '');
      return { problem: { column: field, message: error.message } };
    }
  }

  private byCode(code: string): Promise<OrganisationFacts | null> {
    const key = code.trim().toUpperCase();
    if (!this.codes.has(key)) this.codes.set(key, this.ctx.shared(OrganisationsClient).findByCode(key));
    return this.codes.get(key)!;
  }
}
