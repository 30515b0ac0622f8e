import { ForbiddenError } from '../errors/errors';
import { requestScope } from '../context/request-scope';
import { Role, type Actor } from './identity';

/**
 * Who may do what, said as data: for each permission, the roles that have it and how far it
 * reaches. Each subgraph declares its permissions in `<name>.permissions.ts`; services ask
 * `access.require(permission, target)` before reading or changing anything guarded.
 *
 * - `any`: anywhere.
 * - `subtree`: within the organisation the caller acts for and everything below it
 *   (a district admin's district, a community worker's street or community).
 * - `own`: only the organisation the caller acts for itself (a partner unit's own unit).
 * - `self`: only the member the caller is.
 */
export type Reach = 'any' | 'subtree' | 'own' | 'self';
export type Permission = Partial<Record<Role, Reach>>;

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

  /** Whether the caller has `permission` over `target`. */
  async allows(permission: Permission, target: Target = {}): Promise<boolean> {
    const reach = permission[this.actor.role];
    if (!reach) return false;
    switch (reach) {
      case 'any':
        return true;
      case 'own':
        return !!this.actor.organisationId && target.organisationId === this.actor.organisationId;
      case 'self':
        return !!this.actor.memberId && target.memberId === this.actor.memberId;
      case 'subtree': {
        if (!this.actor.organisationId || !target.organisationPath) return false;
        const own = await this.tree.pathOf(this.actor.organisationId);
        return !!own && target.organisationPath.startsWith(own);
      }
    }
  }

  /**
   * For lists: the path prefix the caller's `permission` reaches (null for everywhere), or
   * FORBIDDEN when it reaches nothing that a list could hold.
   */
  async subtreeOf(permission: Permission, action: string): Promise<string | null> {
    const reach = permission[this.actor.role];
    if (reach === 'any') return null;
    const own = reach === 'subtree' && this.actor.organisationId ? await this.tree.pathOf(this.actor.organisationId) : null;
    if (!own) throw new ForbiddenError(`A ${this.actor.role} may not ${action}`);
    return own;
  }

  /**
   * Refuses with FORBIDDEN unless the caller has `permission` over `target`. A write that passes
   * records the target's place in the tree, so its audit entry can be read within that scope.
   */
  async require(permission: Permission, target: Target = {}, action = 'do this'): Promise<void> {
    if (!(await this.allows(permission, target))) {
      throw new ForbiddenError(`A ${this.actor.role} may not ${action} here`);
    }
    const scope = requestScope.getStore();
    if (scope && target.organisationPath) scope.auditScopePath = target.organisationPath;
  }
}
