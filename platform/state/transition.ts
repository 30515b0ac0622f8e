import type { EntityClass } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/sql';
import type { Permission } from '../auth/access';
import { ConflictError } from '../errors/errors';
import { changeWithLock, type Versioned } from '../orm/change-with-lock';
import type { StateMachine } from './state-machine';

export interface Transition<T, S extends string> {
  machine: StateMachine<S>;
  to: S;
  /** The state the record is in now (it may be derived: an agreement past its term is EXPIRED). */
  stateOf(record: T): S;
  setState(record: T, to: S): void;
  /** Refuses unless the caller holds `permission` over the record (FORBIDDEN), e.g. `access.require`. */
  authorize(permission: Permission): Promise<void>;
  /** What else the move changes, in the same transaction: a signing date, a history entry. */
  onTransition?(em: EntityManager, record: T, from: S): Promise<void> | void;
}

/**
 * The one way to move a record through its life-cycle (platform/state/state-machine.ts), in this
 * order: who may (the permission the table names for this move), then the version the caller read
 * (under a row lock, see changeWithLock), then whether the table allows the move from the state
 * the record is in (CONFLICT / ILLEGAL_TRANSITION {from, to}).
 */
export async function transition<T extends Versioned, S extends string>(
  em: EntityManager,
  entity: EntityClass<T>,
  record: T,
  version: number,
  move: Transition<T, S>,
): Promise<T> {
  const permission = move.machine.permissionFor(move.stateOf(record), move.to);
  await move.authorize(permission);
  return changeWithLock(em, entity, record.id, version, async (tx, locked) => {
    const from = move.stateOf(locked);
    move.machine.assertTransition(locked.id, from, move.to);
    // The permission was checked against the record as read before the lock; the caller named the
    // version now locked, but should the state differ, the permission might too: ask again.
    if (move.machine.permissionFor(from, move.to) !== permission) {
      throw new ConflictError('STALE_VERSION', { entity: move.machine.entity, id: locked.id, currentVersion: locked.version, expectedVersion: version });
    }
    move.setState(locked, move.to);
    await move.onTransition?.(tx, locked, from);
    return locked;
  });
}
