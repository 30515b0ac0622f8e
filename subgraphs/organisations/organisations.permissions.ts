import { definePermissions } from '../../platform/auth/access';

/**
 * Who may read and change the organisation tree (DOMAIN.md, Roles). The structure of a district
 * (names, kinds, where each sits, committee seats and who holds them) is known to everyone working
 * in it: every role reads its own district's, so a partner unit can find the community it
 * co-builds with. No role reads another district's; only the operator sees them all.
 */
export const ORGANISATION_PERMISSIONS = definePermissions('organisations', {
  /** Read organisations and seats. */
  read: {
    action: { en: "read this district's organisations", zh: '查看该区的组织体系' },
    reach: {
      PLATFORM_ADMIN: 'any',
      DISTRICT_ADMIN: 'district',
      COMMUNITY_STAFF: 'district',
      PARTNER_UNIT: 'district',
      PARTY_MEMBER: 'district',
      ANALYST: 'district',
    },
  },
  /** Create a new district tree (a root). */
  createDistrict: { action: { en: 'create a district', zh: '新建区' }, reach: { PLATFORM_ADMIN: 'any' } },
  /** Create, change and move organisations under an existing one. */
  changeTree: { action: { en: 'change the organisation tree', zh: '调整组织体系' }, reach: { PLATFORM_ADMIN: 'any', DISTRICT_ADMIN: 'subtree' } },
  /** Add and end committee seats. */
  changeSeats: { action: { en: 'change committee seats', zh: '调整委员席位' }, reach: { PLATFORM_ADMIN: 'any', DISTRICT_ADMIN: 'subtree' } },
  /** Read the audit trail of writes. */
  readAudit: { action: { en: 'read the audit trail', zh: '查看审计记录' }, reach: { PLATFORM_ADMIN: 'any', DISTRICT_ADMIN: 'subtree' } },
});
