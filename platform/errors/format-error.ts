import type { GraphQLError, GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { OptimisticLockError, UniqueConstraintViolationException } from '@mikro-orm/core';
import { isHubError } from './errors';

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

/** Extensions a client may see; everything else (stack traces, service names, SQL) stays in the log. */
const CLIENT_SAFE_EXTENSIONS = ['code', 'field', 'entity', 'id', 'requestId'];

export const INTERNAL_ERROR_MESSAGE = 'Internal server error';

/**
 * Apollo's `formatError`: expected failures keep their message and code; anything else is masked.
 * Races the services cannot see coming (a unique index hit by two concurrent writes, a version bumped
 * between read and write) are conflicts, not server errors.
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  if (isHubError(original)) {
    return { message: original.message, locations: formatted.locations, path: formatted.path, extensions: original.toExtensions() };
  }
  if (original instanceof OptimisticLockError) {
    return { ...formatted, message: 'The record was changed by someone else; reload it and try again', extensions: { code: 'CONFLICT' } };
  }
  if (original instanceof UniqueConstraintViolationException) {
    return { ...formatted, message: 'A record with the same unique value already exists', extensions: { code: 'CONFLICT' } };
  }
  return maskUnlessSafe(formatted);
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
    const extensions = Object.fromEntries(Object.entries(formatted.extensions ?? {}).filter(([key]) => CLIENT_SAFE_EXTENSIONS.includes(key)));
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
