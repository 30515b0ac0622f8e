/**
 * Every reason a refusal can carry, in one place: its code, the data it carries in
 * `extensions` (which clients can switch on), and its message in English and Chinese.
 * `docs/errors.md` is generated from this table (`npm run compose`), so the two never differ.
 * Placeholders `{name}` are filled from the data.
 */
export type ErrorCode = 'BAD_USER_INPUT' | 'NOT_FOUND' | 'FORBIDDEN' | 'CONFLICT' | 'UNAUTHENTICATED' | 'SERVICE_UNAVAILABLE';

interface ReasonDefinition<C extends ErrorCode, P extends string> {
  code: C;
  params: readonly P[];
  en: string;
  zh: string;
}

const reason = <C extends ErrorCode, P extends string = never>(code: C, params: readonly P[], en: string, zh: string): ReasonDefinition<C, P> => ({
  code,
  params,
  en,
  zh,
});

export const REASONS = {
  // Input: `field` names the input field by its path, e.g. `input.validTo` or `input.projects[2].title`.
  REQUIRED: reason('BAD_USER_INPUT', ['field'], '{field} must not be empty', '{field} 不能为空'),
  REQUIRED_FOR: reason('BAD_USER_INPUT', ['field', 'of'], '{field} is required for {of}', '{of} 必须填写 {field}'),
  NOT_APPLICABLE: reason('BAD_USER_INPUT', ['field', 'of'], '{field} does not apply to {of}', '{field} 不适用于 {of}'),
  TOO_LONG: reason('BAD_USER_INPUT', ['field', 'max'], '{field} must be at most {max} characters', '{field} 最多 {max} 个字符'),
  INVALID_CHARACTERS: reason(
    'BAD_USER_INPUT',
    ['field'],
    '{field} holds characters that text may not hold (control characters, direction overrides or broken UTF-16)',
    '{field} 含有不允许的字符（控制字符、文字方向控制符或残缺的 UTF-16 字符）',
  ),
  INVALID_DATE: reason('BAD_USER_INPUT', ['field'], '{field} must be a calendar date YYYY-MM-DD', '{field} 必须是有效日期（YYYY-MM-DD）'),
  INVALID_FORMAT: reason('BAD_USER_INPUT', ['field', 'format'], '{field} must be {format}', '{field} 的格式必须是 {format}'),
  // A value GraphQL itself refused (a variable of the wrong type, a scalar that does not parse).
  INVALID_VALUE: reason('BAD_USER_INPUT', [], 'A value does not fit its type', '取值与其类型不符'),
  INVALID_CURSOR: reason('BAD_USER_INPUT', ['field'], '{field} is not a cursor returned by this list', '{field} 不是本列表返回的游标'),
  OUT_OF_RANGE: reason('BAD_USER_INPUT', ['field', 'min', 'max'], '{field} must be from {min} to {max}', '{field} 必须在 {min} 到 {max} 之间'),
  NOT_ONE_OF: reason('BAD_USER_INPUT', ['field', 'allowed'], '{field} must be one of {allowed}', '{field} 必须是 {allowed} 之一'),
  NOT_BEFORE: reason('BAD_USER_INPUT', ['field', 'other'], '{field} must not be before {other}', '{field} 不能早于 {other}'),
  NOT_AFTER: reason('BAD_USER_INPUT', ['field', 'other'], '{field} must not be after {other}', '{field} 不能晚于 {other}'),
  TOO_MANY: reason('BAD_USER_INPUT', ['field', 'max'], '{field} may hold at most {max} items', '{field} 最多 {max} 项'),
  PROGRESS_GOES_BACK: reason(
    'BAD_USER_INPUT',
    ['field', 'current', 'reported'],
    '{field}: progress {reported}% is below the current {current}%; say why in `reason`',
    '{field}：进度 {reported}% 低于当前的 {current}%，请在 reason 中说明原因',
  ),
  MUST_BE_AFTER: reason('BAD_USER_INPUT', ['field', 'other'], '{field} must be after {other}', '{field} 必须晚于 {other}'),
  UNKNOWN_REFERENCE: reason('BAD_USER_INPUT', ['field', 'id'], '{field}: nothing with id {id} exists here', '{field}：编号 {id} 不存在'),
  WRONG_KIND: reason('BAD_USER_INPUT', ['field', 'expected'], '{field} must be a {expected}', '{field} 必须是 {expected}'),
  WRONG_PARENT: reason('BAD_USER_INPUT', ['field', 'kind', 'allowed'], '{field}: a {kind} must sit under a {allowed}', '{field}：{kind} 只能隶属于 {allowed}'),
  NO_PARENT_ALLOWED: reason(
    'BAD_USER_INPUT',
    ['field', 'kind'],
    '{field}: a {kind} is the root of its tree and has no parent',
    '{field}：{kind} 是树的根，不能有上级',
  ),
  MOVE_INTO_OWN_SUBTREE: reason(
    'BAD_USER_INPUT',
    ['field'],
    '{field}: an organisation cannot move under itself or its own subtree',
    '{field}：组织不能调整到自身或其下级之下',
  ),
  NOT_IN_AREA: reason('BAD_USER_INPUT', ['field'], "{field}: the unit does not sit in the committee's area", '{field}：该单位不在该组织辖区内'),
  NOTHING_TO_CHANGE: reason('BAD_USER_INPUT', ['field'], '{field} changes nothing', '{field} 没有任何变化'),
  ONE_OF_REQUIRED: reason('BAD_USER_INPUT', ['field', 'fields'], '{field}: give at least one of {fields}', '{field}：{fields} 至少填写一项'),
  SPAN_TOO_LONG: reason('BAD_USER_INPUT', ['field', 'max'], '{field}: the span may last at most {max}', '{field}：时长不能超过 {max}'),
  OUT_OF_AREA: reason('BAD_USER_INPUT', ['field', 'id'], "{field}: {id} lies outside this committee's area", '{field}：{id} 不在该组织的范围内'),
  NOT_INVITED: reason('BAD_USER_INPUT', ['field', 'id'], '{field}: {id} is not among those invited', '{field}：{id} 不在受邀范围内'),
  DUPLICATE_IN_BATCH: reason('BAD_USER_INPUT', ['field'], '{field} repeats an earlier record of this batch', '{field} 与本批次中之前的记录重复'),
  ALREADY_CHECKED_IN: reason(
    'BAD_USER_INPUT',
    ['field'],
    '{field}: the member already has a record for this on that day',
    '{field}：该党员当天已有同一服务的记录，不能重复签到',
  ),
  CODE_INVALID: reason('BAD_USER_INPUT', ['field'], '{field} is not a valid code, or it has expired', '{field} 无效或已过期'),
  NOT_UTF8: reason(
    'BAD_USER_INPUT',
    ['field', 'encoding'],
    '{field} is not UTF-8 text (it looks like {encoding}): in Excel choose Save As, "CSV UTF-8 (Comma delimited)", and upload that file',
    '{field} 不是 UTF-8 编码（看起来是 {encoding}）：请在 Excel 中选择“另存为”→“CSV UTF-8（逗号分隔）”后重新上传',
  ),

  // `problem`: FORMAT (not 17 digits and a digit or X), BIRTH_DATE (no real date of birth inside), CHECK_DIGIT. The number itself is never echoed.
  INVALID_IDENTITY_NUMBER: reason(
    'BAD_USER_INPUT',
    ['field', 'problem'],
    '{field} is not a valid 18-character resident identity number ({problem})',
    '{field} 不是有效的 18 位居民身份证号码（{problem}）',
  ),

  NOT_FOUND: reason('NOT_FOUND', ['entity', 'id'], '{entity} {id} does not exist', '{entity} {id} 不存在'),

  // `who` and `action` are words for people (the role's and the permission's names); clients switch on `role` and `permission`.
  ROLE_NOT_PERMITTED: reason('FORBIDDEN', ['role', 'permission', 'who', 'action'], 'A {role} may not {action}', '{who}无权{action}'),
  OUT_OF_SCOPE: reason(
    'FORBIDDEN',
    ['role', 'permission', 'who', 'action'],
    // Where is in the action's own words ("… here", "此处的…"), so the sentence does not say it twice.
    'A {role} may not {action}: it is outside your scope',
    '{who}无权{action}：超出管辖范围',
  ),

  STALE_VERSION: reason(
    'CONFLICT',
    ['entity', 'id', 'currentVersion', 'expectedVersion'],
    '{entity} {id} is at version {currentVersion}, not {expectedVersion}: reload it and try again',
    '{entity} {id} 已是第 {currentVersion} 版，不是第 {expectedVersion} 版：请重新读取后再试',
  ),
  ILLEGAL_TRANSITION: reason(
    'CONFLICT',
    ['entity', 'id', 'from', 'to'],
    '{entity} {id} is {from}: it cannot become {to}',
    '{entity} {id} 当前为 {from}，不能变为 {to}',
  ),
  WRONG_STATE: reason(
    'CONFLICT',
    ['entity', 'id', 'state', 'action'],
    '{entity} {id} is {state}: cannot {action}',
    '{entity} {id} 当前为 {state}，不能{action}',
  ),
  ALREADY_RENEWED: reason(
    'CONFLICT',
    ['entity', 'id', 'renewalId'],
    '{entity} {id} has already been renewed as {renewalId}: renew that one instead',
    '{entity} {id} 已续签为 {renewalId}：如需再续签，请续签该协议',
  ),
  IDEMPOTENCY_KEY_REUSED: reason('CONFLICT', ['field'], '{field} was already used for a different request', '{field} 已用于另一个不同的请求'),
  DUPLICATE: reason('CONFLICT', ['field'], '{field}: a record with this value already exists', '{field}：已存在相同取值的记录'),
  ALREADY_DONE: reason('CONFLICT', ['entity', 'id', 'action'], '{entity} {id}: {action} has already been done', '{entity} {id}：已经{action}，不能重复'),
  NOT_YET: reason('CONFLICT', ['entity', 'id', 'action', 'from'], '{entity} {id}: cannot {action} before {from}', '{entity} {id}：{from} 之前不能{action}'),
  NOTHING_RECORDED: reason('CONFLICT', ['entity', 'id', 'what'], '{entity} {id} has no {what} recorded yet', '{entity} {id} 尚未记录{what}'),
  NOT_REGISTERED: reason(
    'CONFLICT',
    ['member', 'action'],
    'Member {member} has no confirmed registration with a community: report first, then {action}',
    '党员 {member} 尚无经社区确认的报到：请先报到，再{action}',
  ),
  OVERLAPPING_LEAVE: reason(
    'CONFLICT',
    ['field', 'leaveId'],
    '{field}: the period overlaps leave {leaveId}, asked for or approved already',
    '{field}：该时段与已申请或已批准的请假 {leaveId} 重叠',
  ),
  POST_FULL: reason(
    'CONFLICT',
    ['entity', 'id', 'capacity'],
    '{entity} {id} is full: all {capacity} places are taken',
    '{entity} {id} 已满：{capacity} 个名额均已认领',
  ),
  TOO_MANY_ATTEMPTS: reason('CONFLICT', ['field', 'max'], '{field}: {max} wrong attempts; ask for a new one', '{field}：已错误尝试 {max} 次，请重新获取'),

  TOKEN_REQUIRED: reason('UNAUTHENTICATED', [], 'A bearer token is required (Authorization: Bearer <token>)', '需要令牌（Authorization: Bearer <token>）'),
  TOKEN_INVALID: reason('UNAUTHENTICATED', ['detail'], 'The bearer token is not valid: {detail}', '令牌无效：{detail}'),
  TOKEN_CLAIM_INVALID: reason('UNAUTHENTICATED', ['claim', 'detail'], "The token's {claim} claim is not valid: {detail}", '令牌的 {claim} 声明无效：{detail}'),
  TOKEN_ISSUED_IN_FUTURE: reason(
    'UNAUTHENTICATED',
    ['issuedAt'],
    "The token's iat claim ({issuedAt}) lies in the future: check the issuer's clock",
    '令牌的签发时间（iat：{issuedAt}）晚于当前时间：请检查签发方的时钟',
  ),
  TOKEN_LIFETIME_TOO_LONG: reason(
    'UNAUTHENTICATED',
    ['lifetimeSeconds', 'maxSeconds'],
    'The token is valid for {lifetimeSeconds} s, longer than the {maxSeconds} s this hub accepts',
    '令牌有效期为 {lifetimeSeconds} 秒，超过本平台允许的 {maxSeconds} 秒',
  ),
  // `org` is the token's organisation claim; `kind` the kind it has, `expected` the kinds the role may act for.
  TOKEN_ORGANISATION_UNKNOWN: reason(
    'UNAUTHENTICATED',
    ['org'],
    'The token acts for organisation {org}, which does not exist',
    '令牌所代表的组织 {org} 不存在',
  ),
  TOKEN_ORGANISATION_MISFIT: reason(
    'UNAUTHENTICATED',
    ['role', 'org', 'kind', 'expected'],
    'A {role} token cannot act for {org}, a {kind}: it must act for a {expected}',
    '{role} 令牌不能代表 {org}（{kind}）：应代表 {expected}',
  ),
  GATEWAY_ONLY: reason('UNAUTHENTICATED', ['detail'], 'This service answers only the gateway: {detail}', '本服务只接受网关的请求：{detail}'),

  // Not the caller's fault: the same request may succeed a little later.
  TEMPORARILY_UNAVAILABLE: reason(
    'SERVICE_UNAVAILABLE',
    ['detail'],
    'The service is temporarily unavailable ({detail}); try again shortly',
    '服务暂时不可用（{detail}），请稍后重试',
  ),
} as const;

export type Reason = keyof typeof REASONS;
export type ReasonFor<C extends ErrorCode> = { [R in Reason]: (typeof REASONS)[R]['code'] extends C ? R : never }[Reason];
/** Words for people in both languages: shown in the message, not carried in `extensions`. */
export interface Localized {
  en: string;
  zh: string;
}
export type ParamValue = string | number | boolean | null | Localized;
/** The data a reason carries (distributive, so the data of one reason fits the data of any). */
export type ReasonData<R extends Reason> = R extends Reason ? { [P in (typeof REASONS)[R]['params'][number]]: ParamValue } : never;
