import type { CallerCheck } from '../../../platform/auth/guards';
import { Role, type Actor } from '../../../platform/auth/identity';
import { UnauthenticatedError } from '../../../platform/errors/errors';
import { COMMITTEE_KINDS, OrganisationKind, STAFFED_KINDS } from './organisation-kind';
import { OrganisationsClient } from './organisations.client';

/**
 * Which organisations each role may act for (a token's `org` claim). The operator acts for the whole
 * hub and names none; a member may name the organisation it belongs to, or none for now.
 */
export const ACTING_KINDS: Record<Role, readonly OrganisationKind[]> = {
  PLATFORM_ADMIN: [],
  DISTRICT_ADMIN: [OrganisationKind.DISTRICT_COMMITTEE],
  COMMUNITY_STAFF: STAFFED_KINDS,
  PARTNER_UNIT: [OrganisationKind.UNIT_PARTY_ORGANISATION],
  PARTY_MEMBER: Object.values(OrganisationKind),
  ANALYST: COMMITTEE_KINDS,
};

/**
 * Refuses (UNAUTHENTICATED) a caller whose token names an organisation that does not exist or that
 * its role cannot act for. Answers come from the shared client's cache, so a caller seen in the last
 * seconds costs nothing.
 */
export async function checkActingOrganisation(actor: Actor, organisations: OrganisationsClient): Promise<void> {
  if (!actor.organisationId) return;
  const organisation = await organisations.find(actor.organisationId);
  if (!organisation) throw new UnauthenticatedError('TOKEN_ORGANISATION_UNKNOWN', { org: actor.organisationId });
  const expected = ACTING_KINDS[actor.role];
  if (!expected.includes(organisation.kind)) {
    throw new UnauthenticatedError('TOKEN_ORGANISATION_MISFIT', {
      role: actor.role,
      org: actor.organisationId,
      kind: organisation.kind,
      expected: expected.length ? expected.join(' or ') : 'no organisation (the whole hub)',
    });
  }
}

/** The gateway's check of every caller's organisation (`callerCheck` of `startGateway`). */
export const actingOrganisationCheck: CallerCheck = {
  peers: ['organisations'],
  create: (peers) => {
    const organisations = peers.shared(OrganisationsClient);
    return (actor) => checkActingOrganisation(actor, organisations);
  },
};
