import { LockMode, type EntityClass, type FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/sql';
import { NotFoundError } from '../errors/errors';
import { assertVersion, isUuid } from '../validation/validation';

/** A record that changes under optimistic locking (see platform/orm/base.entity.ts). */
export interface Versioned {
  id: string;
  version: number;
}

/**
 * The one way to change a stored record. In one transaction it locks the record's row and reads
 * it afresh (`lockForChange`), refuses it with STALE_VERSION unless it is still at the version the
 * caller read, runs `change`, and flushes. Concurrent writers queue on the row lock and each after
 * the first finds a newer version, so they are refused with STALE_VERSION on PostgreSQL as on
 * PGlite, whatever else the change writes (an amendment numbered from the record, a renewal),
 * instead of colliding on a unique index.
 *
 * Check access before calling it: access checks may ask other subgraphs, and nothing may wait on
 * another subgraph while holding a transaction (in embedded mode they share one connection).
 */
export async function changeWithLock<T extends Versioned, R>(
  em: EntityManager,
  entity: EntityClass<T>,
  id: string,
  expectedVersion: number,
  change: (em: EntityManager, record: T) => Promise<R> | R,
): Promise<R> {
  return em.transactional(async (tx) => {
    const record = await lockForChange(tx, entity, id);
    assertVersion(entity.name, record, expectedVersion);
    const result = await change(tx, record);
    await tx.flush();
    return result;
  });
}

/**
 * Inside a transaction: the record with its row locked until the transaction ends, read afresh
 * (`select … for update`), or NOT_FOUND. For a subgraph that checks access on its own data within
 * the transaction: lock, check access, then `assertVersion`, in that order.
 */
export async function lockForChange<T extends Versioned>(em: EntityManager, entity: EntityClass<T>, id: string): Promise<T> {
  const record = isUuid(id) ? await em.findOne(entity, { id } as FilterQuery<T>, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true }) : null;
  if (!record) throw new NotFoundError(entity.name, id);
  return record;
}
