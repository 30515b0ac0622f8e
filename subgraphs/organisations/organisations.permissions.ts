import { definePermissions } from '../../platform/auth/access';

/**
 * Who may change the organisation tree (DOMAIN.md, Roles). The tree itself (names, kinds, where
 * each sits, committee seats) is the public structure of the network: every signed-in caller reads
 * it, so a partner unit can find the community it co-builds with.
 */
export const ORGANISATION_PERMISSIONS = definePermissions('organisations', {
  /** Create a new district tree (a root). */
  createDistrict: { action: { en: 'create a district', zh: '新建区' }, reach: { PLATFORM_ADMIN: 'any' } },
  /** Create, change and move organisations under an existing one. */
  changeTree: { action: { en: 'change the organisation tree', zh: '调整组织体系' }, reach: { PLATFORM_ADMIN: 'any', DISTRICT_ADMIN: 'subtree' } },
  /** Add and end committee seats. */
  changeSeats: { action: { en: 'change committee seats', zh: '调整委员席位' }, reach: { PLATFORM_ADMIN: 'any', DISTRICT_ADMIN: 'subtree' } },
  /** Read the audit trail of writes. */
  readAudit: { action: { en: 'read the audit trail', zh: '查看审计记录' }, reach: { PLATFORM_ADMIN: 'any', DISTRICT_ADMIN: 'subtree' } },
});
