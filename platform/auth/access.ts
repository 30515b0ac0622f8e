import { ForbiddenError } from '../errors/errors';
import type { Localized } from '../errors/reasons';
import { requestScope } from '../context/request-scope';
import { ROLE_NAMES, type Actor, type Role } from './identity';
import { isWithinScope, topScopeOf } from './scope-path';

/**
 * Who may do what, said as data: for each permission, the roles that have it and how far it
 * reaches. Each subgraph declares its permissions in `<name>.permissions.ts`; services ask
 * `access.require(permission, target)` before reading or changing anything guarded.
 *
 * - `any`: anywhere.
 * - `district`: anywhere in the tree of the organisation the caller acts for (its district).
 * - `subtree`: within the organisation the caller acts for and everything below it
 *   (a district admin's district, a community worker's street or community).
 * - `own`: only the organisation the caller acts for itself (a partner unit's own unit).
 * - `self`: only the member the caller is.
 */
export type Reach = 'any' | 'district' | 'subtree' | 'own' | 'self';
export type Reaches = Partial<Record<Role, Reach>>;

/** A named permission: who has it and how far, and what it allows in words (for refusals). */
export interface Permission {
  /** Stable name clients see in a refusal's `extensions.permission`, e.g. `agreements.read`. */
  readonly name: string;
  readonly action: Localized;
  readonly reach: Reaches;
}

/** Declares a subgraph's permission table; each entry's name is `<area>.<key>`. */
export function definePermissions<K extends string>(area: string, table: Record<K, { action: Localized; reach: Reaches }>): Record<K, Permission> {
  const entries = Object.entries(table) as Array<[K, { action: Localized; reach: Reaches }]>;
  return Object.fromEntries(entries.map(([key, { action, reach }]) => [key, { name: `${area}.${key}`, action, reach }])) as Record<K, Permission>;
}

/** What a guarded operation touches: its place in the tree, or the member it is about. */
export interface Target {
  organisationId?: string;
  organisationPath?: string;
  memberId?: string;
}

/** How a subgraph finds where an organisation sits (its materialised path). */
export interface TreeLookup {
  pathOf(organisationId: string): Promise<string | null>;
}

export class Access {
  constructor(
    private readonly actor: Actor,
    private readonly tree: TreeLookup,
  ) {}

  /** The organisation the caller acts for, which `own` reaches. */
  get actingOrganisationId(): string | undefined {
    return this.actor.organisationId;
  }

  /** How far the caller's role reaches with `permission`; undefined when the role never has it. */
  reachOf(permission: Permission): Reach | undefined {
    return permission.reach[this.actor.role];
  }

  /** Whether the caller has `permission` over `target`. */
  async allows(permission: Permission, target: Target = {}): Promise<boolean> {
    const reach = this.reachOf(permission);
    if (!reach) return false;
    switch (reach) {
      case 'any':
        return true;
      case 'own':
        return !!this.actor.organisationId && target.organisationId === this.actor.organisationId;
      case 'self':
        return !!this.actor.memberId && target.memberId === this.actor.memberId;
      case 'district':
      case 'subtree': {
        const scope = await this.scopeFor(reach);
        return !!scope && !!target.organisationPath && isWithinScope(target.organisationPath, scope);
      }
    }
  }

  /**
   * ROLE_NOT_PERMITTED unless the caller's role has at least one of `permissions` somewhere: asked
   * before any input is validated or looked up, so a role that may never do a thing learns nothing
   * about how it is done (see `Requires`). Whether the target is within reach is asked later, by `require`.
   */
  requireRole(...permissions: Permission[]): void {
    if (!permissions.some((p) => this.reachOf(p))) throw this.refusal(permissions[0]);
  }

  /**
   * For lists: the path prefix the caller's `permission` reaches (null for everywhere), or
   * FORBIDDEN when it reaches nothing that a list could hold.
   */
  async subtreeOf(permission: Permission): Promise<string | null> {
    const reach = this.reachOf(permission);
    if (reach === 'any') return null;
    const scope = reach === 'subtree' || reach === 'district' ? await this.scopeFor(reach) : null;
    if (!scope) throw this.refusal(permission);
    return scope;
  }

  /**
   * Refuses with FORBIDDEN unless the caller has `permission` over `target`. A write that passes
   * records the target's place in the tree, so its audit entry can be read within that scope.
   */
  async require(permission: Permission, target: Target = {}): Promise<void> {
    if (!(await this.allows(permission, target))) throw this.refusal(permission);
    const scope = requestScope.getStore();
    if (scope && target.organisationPath) scope.auditScopePath = target.organisationPath;
  }

  /** ROLE_NOT_PERMITTED when the role never has the permission, OUT_OF_SCOPE when the target is beyond its reach. */
  refusal(permission: Permission): ForbiddenError<'ROLE_NOT_PERMITTED' | 'OUT_OF_SCOPE'> {
    const data = { role: this.actor.role, permission: permission.name, who: ROLE_NAMES[this.actor.role], action: permission.action };
    return new ForbiddenError(this.reachOf(permission) ? 'OUT_OF_SCOPE' : 'ROLE_NOT_PERMITTED', data);
  }

  /** The path prefix a `subtree` or `district` reach covers, from the organisation the caller acts for. */
  private async scopeFor(reach: 'subtree' | 'district'): Promise<string | null> {
    const own = this.actor.organisationId ? await this.tree.pathOf(this.actor.organisationId) : null;
    if (!own) return null;
    return reach === 'district' ? topScopeOf(own) : own;
  }
}
