import { GraphQLError } from 'graphql';

/**
 * Expected failures, one class per kind, each with a stable `extensions.code` that clients can
 * switch on. Anything else that escapes a resolver is unexpected: it is logged in full and masked
 * before it reaches the client (see `formatError`).
 */
export type ErrorCode = 'BAD_USER_INPUT' | 'NOT_FOUND' | 'FORBIDDEN' | 'CONFLICT' | 'UNAUTHENTICATED' | 'SERVICE_UNAVAILABLE';

export abstract class HubError extends GraphQLError {
  abstract readonly code: ErrorCode;

  constructor(message: string, extensions: Record<string, unknown> = {}) {
    super(message, { extensions });
  }

  /** Called by the error formatter: the code is added last so no subclass can forget it. */
  toExtensions(): Record<string, unknown> {
    return { ...this.extensions, code: this.code };
  }
}

/** The input is invalid; `field` names the offending input field (dotted path) when there is one. */
export class BadUserInputError extends HubError {
  readonly code = 'BAD_USER_INPUT';
  constructor(message: string, field?: string) {
    super(message, field ? { field } : {});
  }
}

export class NotFoundError extends HubError {
  readonly code = 'NOT_FOUND';
  constructor(entity: string, id: string) {
    super(`${entity} ${id} does not exist`, { entity, id });
  }
}

export class ForbiddenError extends HubError {
  readonly code = 'FORBIDDEN';
}

/** A stale version, a duplicate, or an idempotency key reused with different input. */
export class ConflictError extends HubError {
  readonly code = 'CONFLICT';
}

export class UnauthenticatedError extends HubError {
  readonly code = 'UNAUTHENTICATED';
}

/**
 * The hub cannot serve the request right now (its database is unreachable, too slow or out of free
 * connections). Not the caller's fault: the same request may succeed when retried a little later.
 */
export class ServiceUnavailableError extends HubError {
  readonly code = 'SERVICE_UNAVAILABLE';
  constructor(message = 'The service is temporarily unavailable; try again shortly') {
    super(message);
  }
}

export function isHubError(error: unknown): error is HubError {
  return error instanceof HubError;
}
