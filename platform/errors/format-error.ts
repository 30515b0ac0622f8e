import type { GraphQLError, GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { OptimisticLockError, UniqueConstraintViolationException } from '@mikro-orm/core';
import { requestScope } from '../context/request-scope';
import { ConflictError, isHubError, type HubError } from './errors';
import { REASONS, type Reason } from './reasons';

/** Codes whose messages are safe to show: ours, and Apollo's own request-level failures. */
export const CLIENT_SAFE_CODES = new Set([
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'FORBIDDEN',
  'CONFLICT',
  'UNAUTHENTICATED',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
]);

/**
 * A subgraph that did not answer in time or at all: its fields are null, each with this error, and
 * the rest of the answer stands. The message names no subgraph and no address.
 */
export const SUBGRAPH_UNAVAILABLE = 'SUBGRAPH_UNAVAILABLE';
export const SUBGRAPH_UNAVAILABLE_MESSAGE = 'This part of the answer is temporarily unavailable; the rest is complete. Try again later.';

/** Extensions any client-safe error may keep; a known reason also keeps its own data. */
const ALWAYS_SAFE_EXTENSIONS = ['code', 'reason', 'field', 'requestId', 'limit'];

export const INTERNAL_ERROR_MESSAGE = 'Internal server error';

/**
 * Apollo's `formatError` in the subgraphs: expected failures keep their reason and data, with the
 * message in the caller's language; anything else is masked. Races the services cannot see
 * coming (a unique index hit by two concurrent writes, a version bumped between read and write)
 * are conflicts, not server errors.
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const expected = asHubError(unwrapResolverError(error));
  if (expected) {
    const language = requestScope.getStore()?.language ?? 'en';
    return { message: expected.messageIn(language), locations: formatted.locations, path: formatted.path, extensions: expected.toExtensions() };
  }
  return maskUnlessSafe(formatted);
}

function asHubError(error: unknown): HubError | undefined {
  if (isHubError(error)) return error;
  if (error instanceof OptimisticLockError) {
    const entity = error.getEntity() as { id?: unknown; version?: unknown } | undefined;
    return new ConflictError('STALE_VERSION', {
      entity: entity?.constructor?.name ?? 'Record',
      id: String(entity?.id ?? ''),
      currentVersion: null,
      expectedVersion: typeof entity?.version === 'number' ? entity.version : null,
    });
  }
  if (error instanceof UniqueConstraintViolationException) {
    // PostgreSQL names the columns: `Key (number)=(QH-2026-0001) already exists.`
    const detail = String((error as { detail?: unknown }).detail ?? '');
    return new ConflictError('DUPLICATE', { field: /Key \(([^)]+)\)=/.exec(detail)?.[1] ?? 'input' });
  }
  return undefined;
}

/**
 * The code of a refusal the hub meant to give (bad input, no access, a conflict, an invalid
 * operation): worth a line in the log, not an alarm. Undefined for anything unexpected.
 */
export function refusalCode(error: GraphQLError): string | undefined {
  const original = unwrapResolverError(error);
  if (isHubError(original)) return original.code;
  if (original instanceof OptimisticLockError || original instanceof UniqueConstraintViolationException) return 'CONFLICT';
  const code = error.extensions?.code;
  return typeof code === 'string' && CLIENT_SAFE_CODES.has(code) ? code : undefined;
}

/** Keeps a client-safe error (minus unsafe extensions); replaces anything else with a generic one. */
export function maskUnlessSafe(formatted: GraphQLFormattedError): GraphQLFormattedError {
  const code = formatted.extensions?.code;
  if (typeof code === 'string' && (CLIENT_SAFE_CODES.has(code) || code === SUBGRAPH_UNAVAILABLE)) {
    const reason = formatted.extensions?.reason;
    const safe = new Set<string>(ALWAYS_SAFE_EXTENSIONS);
    if (typeof reason === 'string' && Object.hasOwn(REASONS, reason)) for (const param of REASONS[reason as Reason].params) safe.add(param);
    const extensions = Object.fromEntries(Object.entries(formatted.extensions ?? {}).filter(([key]) => safe.has(key)));
    // GraphQL's own refusals of a value (a variable of the wrong type, a scalar that does not parse) carry no reason of ours.
    if (code === 'BAD_USER_INPUT' && !extensions.reason) extensions.reason = 'INVALID_VALUE';
    return { message: formatted.message, locations: formatted.locations, path: formatted.path, extensions };
  }
  return { message: INTERNAL_ERROR_MESSAGE, locations: formatted.locations, path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
}

/**
 * Without introspection the schema is not for strangers to discover, so no message may suggest names
 * ("Did you mean …?"). Apollo strips them from validation errors only; variable values are checked
 * later (a misspelt enum value or input field), so every message is cleaned here.
 */
export function withoutSuggestions(formatted: GraphQLFormattedError): GraphQLFormattedError {
  const message = formatted.message.replace(/\s*Did you mean [^?]*\?/g, '');
  return message === formatted.message ? formatted : { ...formatted, message };
}
