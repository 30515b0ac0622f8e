import type { RequestContext } from '../../platform/context/request-context';
import { BadUserInputError } from '../../platform/errors/errors';
import { isUuid } from '../../platform/validation/validation';
import { OrganisationKind, OrganisationsClient, type OrganisationFacts } from '../organisations/public';

/** Limits of check-in inputs, in one place. */
export const LIMITS = {
  name: 100,
  phone: 30,
  address: 200,
  reason: 500,
  interest: 50,
  interests: 10,
  offers: 20,
  offer: 200,
  /** Longest leave asked for at once, in days. */
  leaveDays: 366,
  rosterLines: 5_000,
  rosterBytes: 1_000_000,
} as const;

/** The kinds a member may be placed in when the community confirms the registration (一律编入). */
export const PLACEMENT_KINDS: readonly OrganisationKind[] = [OrganisationKind.GRID_PARTY_BRANCH, OrganisationKind.BUILDING_PARTY_GROUP];

/** Where a unit may report: the community or the street where it sits. */
export const UNIT_HOST_KINDS: readonly OrganisationKind[] = [OrganisationKind.COMMUNITY_PARTY_COMMITTEE, OrganisationKind.STREET_WORKING_COMMITTEE];

const PHONE = /^\+?[0-9][0-9 -]{4,28}$/;

/** A phone number as people write them (digits, spaces, dashes, a leading +), or INVALID_FORMAT. */
export function checkPhone(value: string, field: string): string {
  const phone = value.trim();
  if (!PHONE.test(phone)) throw new BadUserInputError('INVALID_FORMAT', { field, format: 'a phone number (digits, spaces or dashes)' });
  return phone;
}

/**
 * The organisation `id` names, when it is of one of `kinds`: UNKNOWN_REFERENCE when there is none,
 * WRONG_KIND when it is another kind. Asks the organisations subgraph: never call inside a transaction.
 */
export async function organisationOfKind(ctx: RequestContext, id: string, field: string, kinds: readonly OrganisationKind[]): Promise<OrganisationFacts> {
  const organisation = isUuid(id) ? await ctx.shared(OrganisationsClient).find(id) : null;
  if (!organisation) throw new BadUserInputError('UNKNOWN_REFERENCE', { field, id });
  if (!kinds.includes(organisation.kind)) throw new BadUserInputError('WRONG_KIND', { field, expected: kinds.join(' or ') });
  return organisation;
}
