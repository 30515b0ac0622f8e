import { AsyncLocalStorage } from 'node:async_hooks';
import type { Actor } from '../auth/identity';
import type { Language } from '../errors/errors';

/**
 * What is known about the request in progress, reachable from code that is not handed the
 * GraphQL context (the ORM's flush hook that writes the audit trail).
 */
export interface RequestScope {
  actor: Actor;
  requestId: string;
  /** The language the caller reads messages in (from Accept-Language). */
  language: Language;
  /** The organisation path a write was authorised against: the audit entry's scope. */
  auditScopePath?: string;
  /** Scopes of particular records, for writes that touch several places at once (an import). */
  auditScopeByEntity?: WeakMap<object, string>;
}

export const requestScope = new AsyncLocalStorage<RequestScope>();
