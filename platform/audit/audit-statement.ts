import type { EntityManager } from '@mikro-orm/sql';
import { requestScope } from '../context/request-scope';
import { qualifiedTable } from '../pagination/batched-page';
import { AuditAction, AuditEntry } from './audit-entry.entity';

/**
 * Records in the audit trail the rows one set-based statement changed. The flush hook
 * (`AuditSubscriber`) sees only entities the ORM loaded; a statement that rewrites thousands of rows
 * at once (a moved subtree's paths) records them here instead, with the same who, when and scope,
 * in the same transaction, as one `insert … select` rather than one entity at a time.
 *
 * `changedRows` is a data-modifying statement that returns, per changed row, `entity_id` (text)
 * and `changes` (jsonb: each field with `from` and `to`), e.g. `update … returning …`. Pass the
 * transaction's EntityManager. Returns how many rows were changed and recorded.
 */
export async function auditedStatement(em: EntityManager, entityType: string, changedRows: { sql: string; params: unknown[] }): Promise<number> {
  const scope = requestScope.getStore();
  const rows = await em.execute<Array<{ recorded: string }>>(
    `with changed as (${changedRows.sql}),
     recorded as (
       insert into ${qualifiedTable(em, AuditEntry)}
         (id, occurred_at, actor_subject, actor_role, acting_organisation_id, request_id, action, entity_type, entity_id, changes, scope_path)
       select gen_random_uuid(), now(), ?, ?, ?::uuid, ?, ?, ?, c.entity_id, c.changes, ? from changed c
       returning 1)
     select count(*) as recorded from recorded`,
    [
      ...changedRows.params,
      scope?.actor.subject ?? 'system',
      scope?.actor.role ?? 'SYSTEM',
      scope?.actor.organisationId ?? null,
      scope?.requestId ?? 'none',
      AuditAction.UPDATE,
      entityType,
      scope?.auditScopePath ?? null,
    ],
  );
  return Number(rows[0].recorded);
}
