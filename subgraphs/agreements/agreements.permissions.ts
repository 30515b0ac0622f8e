import type { Permission } from '../../platform/auth/access';

/**
 * Who may do what with agreements (DOMAIN.md, Roles). The target of a check is the agreement's
 * partner (`own`: a partner unit's own agreements) and its committee's place in the tree
 * (`subtree`: staff and admins over the streets and communities they serve).
 */
export const AGREEMENT_PERMISSIONS = {
  /** A unit registers agreements for itself. */
  register: { PARTNER_UNIT: 'own' },
  read: { PLATFORM_ADMIN: 'any', DISTRICT_ADMIN: 'subtree', COMMUNITY_STAFF: 'subtree', PARTNER_UNIT: 'own' },
  /** Change the content, report progress, end it early: either side. */
  change: { PARTNER_UNIT: 'own', COMMUNITY_STAFF: 'subtree' },
  /** Sign, suspend, resume and review: the committee side. */
  decide: { COMMUNITY_STAFF: 'subtree' },
  /** Counts without personal data, and brokering needs against resources. */
  summarise: { PLATFORM_ADMIN: 'any', DISTRICT_ADMIN: 'subtree', COMMUNITY_STAFF: 'subtree', ANALYST: 'subtree', PARTNER_UNIT: 'own' },
  /** Bring a district's paper records in. */
  import: { PLATFORM_ADMIN: 'any', DISTRICT_ADMIN: 'subtree' },
} satisfies Record<string, Permission>;

/** Committees broker new agreements by matching needs to resources offered in their street. */
export const BROKER_PERMISSION: Permission = { PLATFORM_ADMIN: 'any', DISTRICT_ADMIN: 'subtree', COMMUNITY_STAFF: 'subtree' };
