import type { Permission } from '../../platform/auth/access';

/**
 * Who may change the organisation tree (DOMAIN.md, Roles). The tree itself (names, kinds, where
 * each sits, committee seats) is the public structure of the network: every signed-in caller reads
 * it, so a partner unit can find the community it co-builds with.
 */
export const ORGANISATION_PERMISSIONS = {
  /** Create a new district tree (a root). */
  createDistrict: { PLATFORM_ADMIN: 'any' },
  /** Create, change and move organisations under an existing one. */
  changeTree: { PLATFORM_ADMIN: 'any', DISTRICT_ADMIN: 'subtree' },
  /** Add and end committee seats. */
  changeSeats: { PLATFORM_ADMIN: 'any', DISTRICT_ADMIN: 'subtree' },
  /** Read the audit trail of writes. */
  readAudit: { PLATFORM_ADMIN: 'any', DISTRICT_ADMIN: 'subtree' },
} satisfies Record<string, Permission>;
