import { GraphQLError } from 'graphql';
import { REASONS, type ErrorCode, type Localized, type ParamValue, type Reason, type ReasonData, type ReasonFor } from './reasons';

export type { ErrorCode, Reason };

/** The languages messages are offered in; see `languageOf`. */
export type Language = 'en' | 'zh';

/**
 * Expected failures, one class per code. Each carries a stable `reason` from the catalog
 * (platform/errors/reasons.ts) with its data, so clients switch on `extensions.code` and
 * `extensions.reason` and read the data (`field`, `currentVersion`, `from`, `to`…) from
 * `extensions`; the message is for people, in English or Chinese. Anything else that escapes a
 * resolver is unexpected: it is logged in full and masked (see `formatError`).
 */
export abstract class HubError<R extends Reason = Reason> extends GraphQLError {
  abstract readonly code: ErrorCode;

  constructor(
    readonly reason: R,
    readonly data: ReasonData<R>,
  ) {
    super(renderMessage(reason, data, 'en'), { extensions: publicData(data) });
  }

  /** The message in the caller's language. */
  messageIn(language: Language): string {
    return renderMessage(this.reason, this.data, language);
  }

  /** What clients see in `extensions`: the code and reason are added last, so no data can shadow them. */
  toExtensions(): Record<string, unknown> {
    return { ...publicData(this.data), code: this.code, reason: this.reason };
  }
}

/** The input is invalid; `field` names the offending input field (dotted path) when there is one. */
export class BadUserInputError<R extends ReasonFor<'BAD_USER_INPUT'>> extends HubError<R> {
  readonly code = 'BAD_USER_INPUT';
}

export class NotFoundError extends HubError<'NOT_FOUND'> {
  readonly code = 'NOT_FOUND';
  constructor(entity: string, id: string) {
    super('NOT_FOUND', { entity, id });
  }
}

export class ForbiddenError<R extends ReasonFor<'FORBIDDEN'>> extends HubError<R> {
  readonly code = 'FORBIDDEN';
}

/** A stale version, an illegal transition, a duplicate, an idempotency key reused with other input. */
export class ConflictError<R extends ReasonFor<'CONFLICT'>> extends HubError<R> {
  readonly code = 'CONFLICT';
}

export class UnauthenticatedError<R extends ReasonFor<'UNAUTHENTICATED'>> extends HubError<R> {
  readonly code = 'UNAUTHENTICATED';
}

/**
 * The hub cannot serve the request right now (its database is unreachable, too slow or out of free
 * connections; a process still starting or stopping). Not the caller's fault: the same request may
 * succeed when retried a little later.
 */
export class ServiceUnavailableError<R extends ReasonFor<'SERVICE_UNAVAILABLE'> = 'TEMPORARILY_UNAVAILABLE'> extends HubError<R> {
  readonly code = 'SERVICE_UNAVAILABLE';
}

export function isHubError(error: unknown): error is HubError {
  return error instanceof HubError;
}

/** Fills a reason's template in `language`; words for people (`Localized`) in that language. */
export function renderMessage<R extends Reason>(reason: R, data: ReasonData<R>, language: Language): string {
  const template = REASONS[reason][language];
  return template.replace(/\{(\w+)\}/g, (_, name: string) => display((data as Record<string, ParamValue>)[name], language));
}

function display(value: ParamValue | undefined, language: Language): string {
  if (value === null || value === undefined) return '—';
  return typeof value === 'object' ? value[language] : String(value);
}

const isLocalized = (value: ParamValue): value is Localized => typeof value === 'object' && value !== null;

/** The data clients can switch on: everything but the words meant only for the message. */
function publicData(data: Record<string, ParamValue>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(data).filter(([, value]) => !isLocalized(value)));
}

/**
 * The language to answer in, from an `Accept-Language` header: Chinese when a `zh` tag is
 * preferred over any English one, else English.
 */
export function languageOf(acceptLanguage: string | undefined): Language {
  if (!acceptLanguage) return 'en';
  const ranked = acceptLanguage
    .split(',')
    .map((part, index) => {
      const [tag, ...params] = part.trim().toLowerCase().split(';');
      const q = Number(
        params
          .find((p) => p.trim().startsWith('q='))
          ?.trim()
          .slice(2) ?? '1',
      );
      return { tag, q: Number.isFinite(q) ? q : 0, index };
    })
    .filter(({ tag, q }) => q > 0 && (tag === 'zh' || tag.startsWith('zh-') || tag === 'en' || tag.startsWith('en-')))
    .sort((a, b) => b.q - a.q || a.index - b.index);
  return ranked[0]?.tag.startsWith('zh') ? 'zh' : 'en';
}
