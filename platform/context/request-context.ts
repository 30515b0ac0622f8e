import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/sql';
import type { Logger } from '../logging/logger';

/**
 * Everything one GraphQL request owns: its own EntityManager fork (so no identity map is shared
 * between requests) and its own services, each created on first use and holding that request's
 * DataLoaders, so batching never leaks data from one caller to another.
 */
export class RequestContext {
  readonly requestId: string;
  private readonly scoped = new Map<RequestScopedClass<unknown>, unknown>();

  constructor(
    readonly em: EntityManager,
    readonly logger: Logger,
    readonly settings: RequestSettings,
    requestId?: string,
  ) {
    this.requestId = requestId ?? randomUUID();
  }

  /** The request's one instance of a service: `ctx.get(OrganisationService)`. */
  get<T>(type: RequestScopedClass<T>): T {
    let instance = this.scoped.get(type) as T | undefined;
    if (!instance) {
      instance = new type(this);
      this.scoped.set(type, instance);
    }
    return instance;
  }
}

export interface RequestSettings {
  maxPageSize: number;
}

export type RequestScopedClass<T> = new (ctx: RequestContext) => T;
