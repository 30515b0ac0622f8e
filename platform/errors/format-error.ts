import type { GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { OptimisticLockError, UniqueConstraintViolationException } from '@mikro-orm/core';
import { isHubError, ServiceUnavailableError } from './errors';
import { isDatabaseUnavailable } from '../orm/database-unavailable';

/** Codes whose messages are safe to show: ours, and Apollo's own request-level failures. */
export const CLIENT_SAFE_CODES = new Set([
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'FORBIDDEN',
  'CONFLICT',
  'UNAUTHENTICATED',
  'SERVICE_UNAVAILABLE',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
]);

/** Extensions a client may see; everything else (stack traces, service names, SQL) stays in the log. */
const CLIENT_SAFE_EXTENSIONS = ['code', 'field', 'entity', 'id', 'requestId'];

export const INTERNAL_ERROR_MESSAGE = 'Internal server error';

/**
 * Apollo's `formatError`: expected failures keep their message and code; anything else is masked.
 * Races the services cannot see coming (a unique index hit by two concurrent writes, a version bumped
 * between read and write) are conflicts, not server errors; a database that cannot answer makes the
 * service unavailable for now, which the caller may retry.
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  if (isHubError(original)) {
    return { message: original.message, locations: formatted.locations, path: formatted.path, extensions: original.toExtensions() };
  }
  if (original instanceof OptimisticLockError) {
    return { ...formatted, message: 'The record was changed by someone else; reload it and try again', extensions: { code: 'CONFLICT' } };
  }
  if (isDatabaseUnavailable(original)) {
    const unavailable = new ServiceUnavailableError();
    return { message: unavailable.message, locations: formatted.locations, path: formatted.path, extensions: unavailable.toExtensions() };
  }
  if (original instanceof UniqueConstraintViolationException) {
    return { ...formatted, message: 'A record with the same unique value already exists', extensions: { code: 'CONFLICT' } };
  }
  return maskUnlessSafe(formatted);
}

/** Keeps a client-safe error (minus unsafe extensions); replaces anything else with a generic one. */
export function maskUnlessSafe(formatted: GraphQLFormattedError): GraphQLFormattedError {
  const code = formatted.extensions?.code;
  if (typeof code === 'string' && CLIENT_SAFE_CODES.has(code)) {
    const extensions = Object.fromEntries(Object.entries(formatted.extensions ?? {}).filter(([key]) => CLIENT_SAFE_EXTENSIONS.includes(key)));
    return { message: formatted.message, locations: formatted.locations, path: formatted.path, extensions };
  }
  return { message: INTERNAL_ERROR_MESSAGE, locations: formatted.locations, path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
}
