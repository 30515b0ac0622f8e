import { definePermissions } from '../../platform/auth/access';

/**
 * Who may do what with agreements (DOMAIN.md, Roles). The target of a check is the agreement's
 * partner (`own`: a partner unit's own agreements) and its committee's place in the tree
 * (`subtree`: staff and admins over the streets and communities they serve).
 */
export const AGREEMENT_PERMISSIONS = definePermissions('agreements', {
  register: { action: { en: 'register agreements for this unit', zh: '为该单位登记共建协议' }, reach: { PARTNER_UNIT: 'own' } },
  read: {
    action: { en: 'read this agreement', zh: '查看该共建协议' },
    reach: { PLATFORM_ADMIN: 'any', DISTRICT_ADMIN: 'subtree', COMMUNITY_STAFF: 'subtree', PARTNER_UNIT: 'own' },
  },
  /** Change the content, report progress, end it early: either side. */
  change: { action: { en: 'change this agreement', zh: '变更该共建协议' }, reach: { PARTNER_UNIT: 'own', COMMUNITY_STAFF: 'subtree' } },
  /** Sign, suspend, resume and review: the committee side. */
  decide: { action: { en: 'sign, suspend, resume or review this agreement', zh: '签订、暂停、恢复或评议该共建协议' }, reach: { COMMUNITY_STAFF: 'subtree' } },
  /** Counts without personal data. */
  summarise: {
    action: { en: 'read agreement figures here', zh: '查看此处的共建协议统计' },
    reach: { PLATFORM_ADMIN: 'any', DISTRICT_ADMIN: 'subtree', COMMUNITY_STAFF: 'subtree', ANALYST: 'subtree', PARTNER_UNIT: 'own' },
  },
  /** Committees broker new agreements by matching needs to resources offered in their street. */
  broker: {
    action: { en: 'match needs to resources here', zh: '在此对接需求与资源' },
    reach: { PLATFORM_ADMIN: 'any', DISTRICT_ADMIN: 'subtree', COMMUNITY_STAFF: 'subtree' },
  },
  /** Bring a district's paper records in. */
  import: { action: { en: 'import agreements', zh: '导入共建协议' }, reach: { PLATFORM_ADMIN: 'any', DISTRICT_ADMIN: 'subtree' } },
  readAudit: { action: { en: 'read the audit trail', zh: '查看审计记录' }, reach: { PLATFORM_ADMIN: 'any', DISTRICT_ADMIN: 'subtree' } },
});
