import type { EntityManager } from '@mikro-orm/sql';
import { Access, type TreeLookup } from '../auth/access';
import type { Actor } from '../auth/identity';
import type { Peers, SharedClass } from '../federation/peers';
import type { Logger } from '../logging/logger';
import type { Clock } from '../time/clock';
import type { RequestScope } from './request-scope';

/**
 * Everything one GraphQL request owns: its own EntityManager fork (so no identity map is shared
 * between requests) and its own services, each created on first use and holding that request's
 * DataLoaders, so batching never leaks data from one caller to another.
 */
export class RequestContext {
  private readonly scoped = new Map<RequestScopedClass<unknown>, unknown>();
  private accessControl?: Access;
  private todayOnce?: string;

  constructor(
    readonly em: EntityManager,
    readonly logger: Logger,
    readonly settings: RequestSettings,
    readonly scope: RequestScope,
  ) {}

  get requestId(): string {
    return this.scope.requestId;
  }

  /** The caller, as verified by the gateway. */
  get actor(): Actor {
    return this.scope.actor;
  }

  /** The hub's clock, in the configured time zone: derive every date from it. */
  get clock(): Clock {
    return this.settings.clock;
  }

  /** Today's date in the configured time zone, computed once per request so one request sees one day. */
  get today(): string {
    this.todayOnce ??= this.clock.today();
    return this.todayOnce;
  }

  /**
   * The process-wide instance of a client of peer subgraphs, shared by every request so that its
   * cache serves them all: `ctx.shared(OrganisationsClient)`.
   */
  shared<T>(type: SharedClass<T>): T {
    return this.settings.peers.shared(type);
  }

  /** Decides what the caller may do; see platform/auth/access.ts. */
  get access(): Access {
    this.accessControl ??= new Access(this.actor, this.get(this.settings.treeLookup));
    return this.accessControl;
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
  clock: Clock;
  /** The key personal data is encrypted and hashed with (`MEMBER_DATA_KEY`); only the subgraph holding such data uses it. */
  memberDataKey: string;
  /** How this subgraph finds where an organisation sits, for scope checks. */
  treeLookup: RequestScopedClass<TreeLookup>;
  /** The other subgraphs this one declared it needs (`SubgraphDefinition.peers`). */
  peers: Peers;
}

export type RequestScopedClass<T> = new (ctx: RequestContext) => T;
