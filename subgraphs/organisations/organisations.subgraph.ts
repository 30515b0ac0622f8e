import type { SubgraphDefinition } from '../../platform/federation/subgraph';
import { CommitteeSeat } from './committee-seat.entity';
import { CommitteeSeatResolver, OrganisationSeatsResolver } from './committee-seat.resolver';
import { CommitteeSeatService } from './committee-seat.service';
import { loadDemoDistrict } from './demo/demo-district';
import { migrations } from './migrations';
import { Organisation } from './organisation.entity';
import { OrganisationResolver } from './organisation.resolver';
import { OrganisationService } from './organisation.service';
import { ORGANISATION_PERMISSIONS } from './organisations.permissions';
import { auditResolver } from '../../platform/audit/audit.resolver';

/** 组织体系: owner of `Organisation` (the district tree and its units) and `CommitteeSeat`. */
export const organisationsSubgraph: SubgraphDefinition = {
  name: 'organisations',
  port: 4001,
  storage: { schema: 'organisations', entities: [Organisation, CommitteeSeat], migrations },
  resolvers: [OrganisationResolver, OrganisationSeatsResolver, CommitteeSeatResolver, auditResolver('organisations', ORGANISATION_PERMISSIONS.readAudit)],
  referenceResolvers: {
    Organisation: (reference, ctx) => ctx.get(OrganisationService).findVisible(reference.id),
    CommitteeSeat: (reference, ctx) => ctx.get(CommitteeSeatService).findVisible(reference.id),
  },
  treeLookup: OrganisationService,
  loadDemoData: loadDemoDistrict,
  isEmpty: async (em) => (await em.count(Organisation, {})) === 0,
};
