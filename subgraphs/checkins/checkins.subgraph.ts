import { auditResolver } from '../../platform/audit/audit.resolver';
import type { SubgraphDefinition } from '../../platform/federation/subgraph';
import { RemoteTreeLookup, resolveOrganisationReference } from '../organisations/public';
import { CHECKIN_PERMISSIONS } from './checkins.permissions';
import { loadDemoCheckins } from './demo/demo-checkins';
import { loadDemoService } from './demo/demo-service';
import { LeaveRequest } from './leave-request.entity';
import { MemberRegistration } from './member-registration.entity';
import { LeaveRequestResolver, MemberRegistrationFieldsResolver, MemberRegistrationResolver } from './member-registration.resolver';
import { MemberRegistrationService } from './member-registration.service';
import { RegistrationListResolver } from './registration-lists.resolver';
import { MissingRegistrationResolver, RegistrationReportLineResolver, RegistrationReportResolver } from './registration-report.resolver';
import { migrations } from './migrations';
import { OrganisationMembersResolver } from './organisation-members.resolver';
import { PartyMember } from './party-member.entity';
import { PartyMemberResolver } from './party-member.resolver';
import { PartyMemberService } from './party-member.service';
import { RosterEntry } from './roster-entry.entity';
import { UnitRegistration } from './unit-registration.entity';
import { OrganisationUnitRegistrationsResolver, UnitRegistrationResolver } from './unit-registration.resolver';
import { UnitRegistrationService } from './unit-registration.service';
import { VolunteerTeam, VolunteerTeamMember } from './volunteer-team.entity';
import { PointsEntry, PointsRule } from './points.entity';
import { OrganisationCheckInSummaryResolver, PointsResolver } from './points.resolver';
import { ServicePost, ServicePostClaim } from './service-post.entity';
import { ServicePostClaimResolver, ServicePostResolver } from './service-post.resolver';
import { ServiceRecord } from './service-record.entity';
import { MemberServiceResolver, ServiceRecordResolver } from './service-record.resolver';
import { ServiceCheckIn, ServiceSession } from './service-session.entity';
import { ServiceSessionResolver } from './service-session.resolver';
import { Wish } from './wish.entity';
import { WishResolver } from './wish.resolver';
import { WishService } from './wish.service';

/** Service posts, wishes, service records and points (part 2 of check-ins). */
const SERVICE_ENTITIES = [ServicePost, ServicePostClaim, Wish, ServiceRecord, ServiceSession, ServiceCheckIn, PointsRule, PointsEntry];
const SERVICE_RESOLVERS = [
  ServicePostResolver,
  ServicePostClaimResolver,
  WishResolver,
  ServiceRecordResolver,
  ServiceSessionResolver,
  MemberServiceResolver,
  PointsResolver,
  OrganisationCheckInSummaryResolver,
];

/**
 * 双报到: owner of `PartyMember`, `MemberRegistration`, `UnitRegistration`, `ServicePost`, `Wish`
 * and `ServiceRecord`; adds `registeredMembers` and `checkInSummary` to `Organisation`.
 */
export const checkinsSubgraph: SubgraphDefinition = {
  name: 'checkins',
  port: 4003,
  storage: {
    schema: 'checkins',
    entities: [PartyMember, MemberRegistration, VolunteerTeam, VolunteerTeamMember, LeaveRequest, UnitRegistration, RosterEntry, ...SERVICE_ENTITIES],
    migrations,
  },
  resolvers: [
    PartyMemberResolver,
    MemberRegistrationResolver,
    MemberRegistrationFieldsResolver,
    LeaveRequestResolver,
    RegistrationListResolver,
    UnitRegistrationResolver,
    RegistrationReportResolver,
    RegistrationReportLineResolver,
    MissingRegistrationResolver,
    OrganisationUnitRegistrationsResolver,
    OrganisationMembersResolver,
    ...SERVICE_RESOLVERS,
    auditResolver('checkins', CHECKIN_PERMISSIONS.readAudit),
  ],
  referenceResolvers: {
    PartyMember: (reference, ctx) => ctx.get(PartyMemberService).findVisible(reference.id),
    MemberRegistration: (reference, ctx) => ctx.get(MemberRegistrationService).findVisible(reference.id),
    UnitRegistration: (reference, ctx) => ctx.get(UnitRegistrationService).findVisible(reference.id),
    Wish: (reference, ctx) => ctx.get(WishService).findVisible(reference.id),
    Organisation: resolveOrganisationReference,
  },
  treeLookup: RemoteTreeLookup,
  peers: ['organisations'],
  loadDemoData: async (em, secrets) => {
    await loadDemoCheckins(em, secrets);
    await loadDemoService(em);
  },
  isEmpty: async (em) => (await em.count(PartyMember, {})) === 0,
};
