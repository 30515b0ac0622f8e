import { definePermissions } from '../../platform/auth/access';

/**
 * Who may do what with joint meetings (DOMAIN.md, Roles, and journey 4). A meeting is checked
 * against where its convening committee sits (`subtree`: staff run and read the meetings of their
 * street or community and below; district admins read their district's) and against the caller's
 * own unit (`own`: a unit reads the meetings it is invited to, checks in to them, and works on the
 * action items it owns). Analysts read figures only (`report`), never meetings.
 */
export const MEETING_PERMISSIONS = definePermissions('meetings', {
  /** Read a meeting, its attendance, agenda, resolutions and action items: by where its convener sits. */
  read: {
    action: { en: 'read joint meetings here', zh: '查看此处的联席会议' },
    reach: { PLATFORM_ADMIN: 'any', DISTRICT_ADMIN: 'subtree', COMMUNITY_STAFF: 'subtree' },
  },
  /** Read the meetings one's unit is invited to, and the action items it owns. */
  readOwn: { action: { en: 'read the joint meetings of this unit', zh: '查看本单位受邀的联席会议' }, reach: { PARTNER_UNIT: 'own' } },
  /** Schedule, reschedule, cancel and close meetings; set the agenda; record attendance and resolutions. */
  run: { action: { en: 'run joint meetings here', zh: '组织此处的联席会议' }, reach: { COMMUNITY_STAFF: 'subtree' } },
  /** A unit's representative checks in with the code shown at the meeting. */
  checkIn: { action: { en: 'check in for this unit', zh: '为本单位签到' }, reach: { PARTNER_UNIT: 'own' } },
  /** Report progress on an action item: its owner, or the convening committee's staff. */
  work: { action: { en: 'report on this action item', zh: '报告该督办事项的进展' }, reach: { PARTNER_UNIT: 'own', COMMUNITY_STAFF: 'subtree' } },
  /** Drop an action item or reopen one reported done: the convening committee's staff (督办). */
  supervise: { action: { en: 'supervise action items here', zh: '督办此处的事项' }, reach: { COMMUNITY_STAFF: 'subtree' } },
  /** Subscribe to an organisation's meetings in a calendar app. */
  subscribe: {
    action: { en: "subscribe to this organisation's meetings", zh: '订阅该组织的会议日历' },
    reach: { PLATFORM_ADMIN: 'any', DISTRICT_ADMIN: 'subtree', COMMUNITY_STAFF: 'subtree', PARTNER_UNIT: 'own' },
  },
  /**
   * Read the joint-meeting reports (aggregates only, no personal data) of an organisation's subtree:
   * analysts, district admins and staff within their own subtree; a unit only its own part (the
   * meetings it was invited to, its own attendance, the action items it owns).
   */
  report: {
    action: { en: 'read joint-meeting reports here', zh: '查看此处的联席会议统计' },
    reach: { PLATFORM_ADMIN: 'any', DISTRICT_ADMIN: 'subtree', COMMUNITY_STAFF: 'subtree', ANALYST: 'subtree', PARTNER_UNIT: 'own' },
  },
  readAudit: { action: { en: 'read the audit trail', zh: '查看审计记录' }, reach: { PLATFORM_ADMIN: 'any', DISTRICT_ADMIN: 'subtree' } },
});
