import { ConflictError } from '../errors/errors';
import type { Permission } from '../auth/access';

/**
 * A record's life-cycle said as data, after Vendure's finite state machine: for each state, the
 * states it may move to and the permission that moves it there. `{ DRAFT: { ACTIVE: P.decide } }`
 * reads "a draft becomes active when someone with `decide` moves it". A state with no entry is final.
 */
export type Transitions<S extends string> = { readonly [From in S]: Readonly<Partial<Record<S, Permission>>> };

export class StateMachine<S extends string> {
  constructor(
    /** The record's type as clients know it, named in refusals (`Agreement`). */
    readonly entity: string,
    private readonly transitions: Transitions<S>,
  ) {}

  /** The states a record in `from` may move to. */
  nextStates(from: S): S[] {
    return Object.keys(this.transitions[from] ?? {}) as S[];
  }

  canTransition(from: S, to: S): boolean {
    return this.transitions[from]?.[to] !== undefined;
  }

  /**
   * Who may move a record from `from` to `to`. For a move the table does not allow, the permission
   * of any allowed move into `to` answers: a caller who could never move anything there is told
   * that (FORBIDDEN) before being told the record's state (CONFLICT).
   */
  permissionFor(from: S, to: S): Permission {
    const declared = this.transitions[from]?.[to];
    if (declared) return declared;
    const into = (Object.keys(this.transitions) as S[]).map((state) => this.transitions[state][to]).find((p) => p !== undefined);
    if (!into) throw new Error(`${this.entity}: no transition leads to ${to}`);
    return into;
  }

  /** Refuses with CONFLICT / ILLEGAL_TRANSITION {from, to} unless the table allows the move. */
  assertTransition(id: string, from: S, to: S): void {
    if (!this.canTransition(from, to)) throw new ConflictError('ILLEGAL_TRANSITION', { entity: this.entity, id, from, to });
  }
}
