import { definePermissions } from '../../platform/auth/access';

/**
 * Who may do what in check-ins (DOMAIN.md, Roles, and journey 3), the whole subgraph's table. A
 * member's record is checked against the member (`self`), the community where the member lives
 * (`subtree`: its staff, and district admins for their district) and the member's employer unit
 * (`own`). Posts, wishes and service records are checked against their community. Analysts read
 * figures only (reports and summaries), never a member, a wish or a record.
 */
export const CHECKIN_PERMISSIONS = definePermissions('checkins', {
  // ── Members and their personal data ────────────────────────────────────────────────────────
  /** Read a member's record: the member, the staff of the member's community, the member's unit. */
  readMember: {
    action: { en: 'read this party member', zh: '查看该党员信息' },
    reach: { PLATFORM_ADMIN: 'any', DISTRICT_ADMIN: 'subtree', COMMUNITY_STAFF: 'subtree', PARTNER_UNIT: 'own', PARTY_MEMBER: 'self' },
  },
  /** See a member's phone, identity number and home address in clear (others get them masked or null). */
  readPersonal: {
    action: { en: "read this member's personal data", zh: '查看该党员的个人信息' },
    reach: { PLATFORM_ADMIN: 'any', COMMUNITY_STAFF: 'subtree', PARTNER_UNIT: 'own', PARTY_MEMBER: 'self' },
  },
  /** Enter a member (name, contact, identity number, employer): the member's unit, or staff where the member lives. */
  manageMember: {
    action: { en: 'enter or correct party members here', zh: '录入或更正此处的党员信息' },
    reach: { PLATFORM_ADMIN: 'any', COMMUNITY_STAFF: 'subtree', PARTNER_UNIT: 'own' },
  },
  /** Correct one's own contact data and address. */
  updateOwnMember: { action: { en: 'correct your own contact data', zh: '更正本人的联系方式' }, reach: { PARTY_MEMBER: 'self' } },

  // ── Registrations (双报到) and leave (请销假) ─────────────────────────────────────────────────
  /** A member reports to the community where they live (and moves, closing the old registration). */
  register: { action: { en: 'report to a community', zh: '向社区报到' }, reach: { PARTY_MEMBER: 'self' } },
  /** Confirm or reject members' registrations and place them (一律编入): staff of the community. */
  confirmRegistration: {
    action: { en: 'confirm registrations here', zh: '确认此处的党员报到' },
    reach: { COMMUNITY_STAFF: 'subtree' },
  },
  /** Read registrations and leave: by the community they are with. */
  readRegistrations: {
    action: { en: 'read registrations here', zh: '查看此处的报到情况' },
    reach: { PLATFORM_ADMIN: 'any', DISTRICT_ADMIN: 'subtree', COMMUNITY_STAFF: 'subtree' },
  },
  /** Ask for leave from service, or cancel one's own request. */
  requestLeave: { action: { en: 'ask for leave', zh: '请假' }, reach: { PARTY_MEMBER: 'self' } },
  /** Approve or reject leave: staff of the member's community. */
  decideLeave: { action: { en: 'approve leave here', zh: '审批此处的请假' }, reach: { COMMUNITY_STAFF: 'subtree' } },
  /** A unit reports to the community or street where it sits (单位报到). */
  registerUnit: { action: { en: 'report this unit to a community', zh: '本单位向社区报到' }, reach: { PARTNER_UNIT: 'own' } },
  /** Confirm or reject a unit's registration: staff where it reported. */
  confirmUnitRegistration: {
    action: { en: 'confirm unit registrations here', zh: '确认此处的单位报到' },
    reach: { COMMUNITY_STAFF: 'subtree' },
  },
  /** Read a unit's registration: the unit itself, or staff where it reported. */
  readUnitRegistrations: {
    action: { en: 'read unit registrations here', zh: '查看此处的单位报到' },
    reach: { PLATFORM_ADMIN: 'any', DISTRICT_ADMIN: 'subtree', COMMUNITY_STAFF: 'subtree', PARTNER_UNIT: 'own' },
  },

  /** Form volunteer teams (志愿服务队) in a community. */
  manageVolunteerTeams: { action: { en: 'form volunteer teams here', zh: '组建此处的志愿服务队' }, reach: { COMMUNITY_STAFF: 'subtree' } },
  /** Read a community's volunteer teams: everyone working in the district (a wish may be dispatched to a team). */
  readVolunteerTeams: {
    action: { en: 'read volunteer teams here', zh: '查看此处的志愿服务队' },
    reach: { PLATFORM_ADMIN: 'any', DISTRICT_ADMIN: 'subtree', COMMUNITY_STAFF: 'district', PARTNER_UNIT: 'district', PARTY_MEMBER: 'district' },
  },

  // ── The unit's roster and the report back (双报告) ──────────────────────────────────────────
  /** Upload the unit's roster of in-service members (应报到名单). */
  importRoster: { action: { en: "upload this unit's roster", zh: '上传本单位党员名册' }, reach: { PARTNER_UNIT: 'own' } },
  /** Read the report on a unit's members: the unit itself (its own only), and the staff and admins above. */
  readRegistrationReport: {
    action: { en: "read the report on this unit's members", zh: '查看本单位党员的报到报告' },
    reach: { PLATFORM_ADMIN: 'any', DISTRICT_ADMIN: 'subtree', COMMUNITY_STAFF: 'subtree', PARTNER_UNIT: 'own' },
  },

  // ── Service posts (服务岗位) ─────────────────────────────────────────────────────────────────
  /** Read the posts a community offers: everyone working there, members to claim them. */
  readServicePosts: {
    action: { en: 'read service posts here', zh: '查看此处的服务岗位' },
    reach: { PLATFORM_ADMIN: 'any', DISTRICT_ADMIN: 'subtree', COMMUNITY_STAFF: 'subtree', PARTNER_UNIT: 'district', PARTY_MEMBER: 'district' },
  },
  /** Open, change and close service posts. */
  manageServicePosts: { action: { en: 'manage service posts here', zh: '管理此处的服务岗位' }, reach: { COMMUNITY_STAFF: 'subtree' } },
  /** Claim or release a post (认岗). */
  claimServicePost: { action: { en: 'claim a service post', zh: '认领服务岗位' }, reach: { PARTY_MEMBER: 'self' } },

  // ── Wishes (微心愿): 群众点单、社区派单、党员接单、群众评单 ─────────────────────────────────────
  /** Read wishes (the resident's name and contact are personal: see readWishPersonal). */
  readWishes: {
    action: { en: 'read wishes here', zh: '查看此处的微心愿' },
    reach: { PLATFORM_ADMIN: 'any', DISTRICT_ADMIN: 'subtree', COMMUNITY_STAFF: 'subtree', PARTNER_UNIT: 'district', PARTY_MEMBER: 'district' },
  },
  /** See the resident's name and contact on a wish: the staff of its community. */
  readWishPersonal: {
    action: { en: "read the resident's contact on this wish", zh: '查看微心愿中群众的联系方式' },
    reach: { PLATFORM_ADMIN: 'any', COMMUNITY_STAFF: 'subtree' },
  },
  /** Post a wish on a resident's behalf (群众点单). */
  postWish: { action: { en: 'post wishes here', zh: '发布此处的微心愿' }, reach: { COMMUNITY_STAFF: 'subtree' } },
  /** Dispatch a wish to a member, a unit or a volunteer team (社区派单). */
  dispatchWish: { action: { en: 'dispatch wishes here', zh: '派发此处的微心愿' }, reach: { COMMUNITY_STAFF: 'subtree' } },
  /** Accept a wish dispatched to one, or claim a posted one directly (接单 / 认领). */
  acceptWish: { action: { en: 'accept or claim a wish', zh: '接单或认领微心愿' }, reach: { PARTY_MEMBER: 'self', PARTNER_UNIT: 'own' } },
  /** Report a wish done: whoever accepted it, or staff. */
  completeWish: {
    action: { en: 'report a wish done', zh: '报告微心愿已完成' },
    reach: { PARTY_MEMBER: 'self', PARTNER_UNIT: 'own', COMMUNITY_STAFF: 'subtree' },
  },
  /** Record the resident's rating of a done wish (群众评单), entered by staff. */
  rateWish: { action: { en: 'record the rating of a wish here', zh: '录入此处微心愿的评价' }, reach: { COMMUNITY_STAFF: 'subtree' } },
  /** Withdraw a wish. */
  withdrawWish: { action: { en: 'withdraw wishes here', zh: '撤回此处的微心愿' }, reach: { COMMUNITY_STAFF: 'subtree' } },

  // ── Service records (签到 / 服务记录) and points (积分) ─────────────────────────────────────
  /** Display a one-time check-in code for an activity. */
  issueCheckInCode: { action: { en: 'show check-in codes here', zh: '生成此处的签到码' }, reach: { COMMUNITY_STAFF: 'subtree' } },
  /** Check in and out with a code shown by staff. */
  checkIn: { action: { en: 'check in to service', zh: '服务签到' }, reach: { PARTY_MEMBER: 'self' } },
  /** Enter service records by hand or in batches (recordServices). */
  recordService: { action: { en: 'record service here', zh: '录入此处的服务记录' }, reach: { PLATFORM_ADMIN: 'any', COMMUNITY_STAFF: 'subtree' } },
  /** Read service records: the member's own, the member's unit, staff of the community served. */
  readServiceRecords: {
    action: { en: 'read service records here', zh: '查看此处的服务记录' },
    reach: { PLATFORM_ADMIN: 'any', DISTRICT_ADMIN: 'subtree', COMMUNITY_STAFF: 'subtree', PARTNER_UNIT: 'own', PARTY_MEMBER: 'self' },
  },
  /** Keep the points rules (积分规则): categories, subcategories, amounts. */
  managePointsRules: { action: { en: 'manage points rules', zh: '管理积分规则' }, reach: { PLATFORM_ADMIN: 'any', DISTRICT_ADMIN: 'subtree' } },
  /** Award or deduct points by hand, with a reason. */
  adjustPoints: { action: { en: 'award or deduct points here', zh: '在此处奖励或扣减积分' }, reach: { COMMUNITY_STAFF: 'subtree' } },
  /** Read a points ledger: the member's own, the unit's own, staff's subtree. */
  readPoints: {
    action: { en: 'read points here', zh: '查看此处的积分' },
    reach: { PLATFORM_ADMIN: 'any', DISTRICT_ADMIN: 'subtree', COMMUNITY_STAFF: 'subtree', PARTNER_UNIT: 'own', PARTY_MEMBER: 'self' },
  },
  /** Read rankings by community and by unit (names and totals, no personal field). */
  readRankings: {
    action: { en: 'read points rankings here', zh: '查看此处的积分排行' },
    reach: { PLATFORM_ADMIN: 'any', DISTRICT_ADMIN: 'subtree', COMMUNITY_STAFF: 'subtree', PARTNER_UNIT: 'district', PARTY_MEMBER: 'district' },
  },

  // ── Aggregates ─────────────────────────────────────────────────────────────────────────────
  /** Read counts and figures (checkInSummary, counts of registered members): analysts included, never a personal field. */
  readSummaries: {
    action: { en: 'read check-in figures here', zh: '查看此处的报到服务统计' },
    reach: { PLATFORM_ADMIN: 'any', DISTRICT_ADMIN: 'subtree', COMMUNITY_STAFF: 'subtree', ANALYST: 'subtree' },
  },
  readAudit: { action: { en: 'read the audit trail', zh: '查看审计记录' }, reach: { PLATFORM_ADMIN: 'any', DISTRICT_ADMIN: 'subtree' } },
});
