import { auditResolver } from '../../platform/audit/audit.resolver';
import type { SubgraphDefinition } from '../../platform/federation/subgraph';
import { Agreement } from './agreement.entity';
import { AgreementAmendment, AgreementNumberSequence, AgreementReview } from './agreement-history.entity';
import { AgreementImportResolver, AgreementProjectResolver, AgreementResolver } from './agreement.resolver';
import { AgreementProject } from './agreement.types';
import { AgreementService } from './agreement.service';
import { AgreementSummaryResolver, OrganisationAgreementsResolver } from './organisation-agreements.resolver';
import { loadDemoAgreements } from './demo/demo-agreements';
import { migrations } from './migrations';
import { AGREEMENT_PERMISSIONS } from './agreements.permissions';
import { RemoteTreeLookup, resolveOrganisationReference } from '../organisations/public';

/** 共驻共建: owner of `Agreement`, its lists, amendments and reviews; adds agreements to `Organisation`. */
export const agreementsSubgraph: SubgraphDefinition = {
  name: 'agreements',
  port: 4002,
  storage: { schema: 'agreements', entities: [Agreement, AgreementAmendment, AgreementReview, AgreementNumberSequence], migrations },
  resolvers: [
    AgreementResolver,
    AgreementImportResolver,
    OrganisationAgreementsResolver,
    AgreementSummaryResolver,
    AgreementProjectResolver,
    auditResolver('agreements', AGREEMENT_PERMISSIONS.readAudit),
  ],
  orphanedTypes: [AgreementProject],
  referenceResolvers: {
    Agreement: (reference, ctx) => ctx.get(AgreementService).findVisible(reference.id),
    // A link's key is all it holds; `agreement` and `project` apply the read rule.
    AgreementProject: async ({ agreementId, projectId }) => ({ agreementId, projectId }),
    Organisation: resolveOrganisationReference,
  },
  treeLookup: RemoteTreeLookup,
  peers: ['organisations'],
  loadDemoData: loadDemoAgreements,
  isEmpty: async (em) => (await em.count(Agreement, {})) === 0,
};
