import { REASONS, type Reason } from './reasons';

/** `docs/errors.md`: every reason a client can meet, generated from the catalog by `npm run compose`. */
export function reasonsMarkdown(): string {
  const rows = (Object.keys(REASONS) as Reason[]).map((name) => {
    const { code, params, en, zh } = REASONS[name];
    const data = params.length ? params.map((p) => `\`${p}\``).join(', ') : '—';
    return `| \`${name}\` | \`${code}\` | ${data} | ${escape(en)} | ${escape(zh)} |`;
  });
  return [
    '# Errors a client can switch on',
    '',
    'Generated from `platform/errors/reasons.ts` by `npm run compose`; a test fails when it is stale.',
    '',
    'Every refusal has `extensions.code` (one of `BAD_USER_INPUT`, `NOT_FOUND`, `FORBIDDEN`, `CONFLICT`,',
    "`UNAUTHENTICATED`) and `extensions.reason` (below), with the reason's data as further keys of",
    '`extensions` (for example `{ "code": "CONFLICT", "reason": "STALE_VERSION", "currentVersion": 4, … }`).',
    "The message is for people: Chinese when the request's `Accept-Language` prefers `zh`, else English.",
    'The data `who` and `action` are wording for the message only and are not sent in `extensions`.',
    'Anything unexpected is `INTERNAL_SERVER_ERROR` with only a `requestId` to find it in the logs.',
    '',
    '| reason | code | data | message (en) | message (zh) |',
    '| --- | --- | --- | --- | --- |',
    ...rows,
    '',
  ].join('\n');
}

const escape = (text: string) => text.replace(/\|/g, '\\|');
