import { ChangeSetType, type EventSubscriber, type FlushEventArgs } from '@mikro-orm/core';
import { requestScope } from '../context/request-scope';
import { AuditAction, AuditEntry } from './audit-entry.entity';

const ACTIONS: Partial<Record<ChangeSetType, AuditAction>> = {
  [ChangeSetType.CREATE]: AuditAction.CREATE,
  [ChangeSetType.UPDATE]: AuditAction.UPDATE,
  [ChangeSetType.DELETE]: AuditAction.DELETE,
};

/** Bookkeeping columns that change on every write and say nothing about it. */
const IGNORED = new Set(['updatedAt', 'version']);

/** What is recorded instead of a personal value: that it changed, not what to. */
export const REDACTED = '[personal data]';

/** For each entity type, the properties whose values never enter the trail (see `keepOutOfAudit`). */
const REDACTED_FIELDS = new Map<string, ReadonlySet<string>>();

/**
 * Keeps the values of `fields` of `entityName` (personal data: phone, identity number, address) out
 * of the audit trail: an entry records that they changed, never their values, so the trail (read by
 * district admins) is no way round `@Personal`.
 */
export function keepOutOfAudit(entityName: string, fields: readonly string[]): void {
  REDACTED_FIELDS.set(entityName, new Set(fields));
}

/**
 * Writes an audit entry for every entity change in the same flush, so no service can forget to,
 * and a change and its record commit or roll back together.
 */
export class AuditSubscriber implements EventSubscriber {
  async onFlush({ em, uow }: FlushEventArgs): Promise<void> {
    const scope = requestScope.getStore();
    for (const changeSet of uow.getChangeSets()) {
      const action = ACTIONS[changeSet.type];
      if (!action || changeSet.entity instanceof AuditEntry) continue;
      const entry = em.create(AuditEntry, {
        actorSubject: scope?.actor.subject ?? 'system',
        actorRole: scope?.actor.role ?? 'SYSTEM',
        actingOrganisationId: scope?.actor.organisationId ?? null,
        requestId: scope?.requestId ?? 'none',
        action,
        entityType: changeSet.meta.className,
        entityId: String(changeSet.getPrimaryKey()),
        changes: describeChanges(changeSet.payload, changeSet.originalEntity, action, REDACTED_FIELDS.get(changeSet.meta.className)),
        scopePath: scope?.auditScopeByEntity?.get(changeSet.entity) ?? scope?.auditScopePath ?? null,
      });
      uow.computeChangeSet(entry);
    }
  }
}

/**
 * Files the audit entry of `entity`'s next write under `organisationPath`, for a request that
 * writes records of several places at once (an import of a district's agreements): each entry
 * is then read by whoever reaches that place, not only by whoever reaches the whole request.
 */
export function auditUnder(entity: object, organisationPath: string): void {
  const scope = requestScope.getStore();
  if (!scope) return;
  scope.auditScopeByEntity ??= new WeakMap();
  scope.auditScopeByEntity.set(entity, organisationPath);
}

function describeChanges(
  payload: Record<string, unknown>,
  original: Record<string, unknown> | undefined,
  action: AuditAction,
  redacted: ReadonlySet<string> = new Set(),
) {
  const changes: Record<string, { from?: unknown; to?: unknown }> = {};
  for (const [field, value] of Object.entries(payload ?? {})) {
    if (IGNORED.has(field)) continue;
    if (redacted.has(field)) changes[field] = action === AuditAction.CREATE ? { to: REDACTED } : { from: REDACTED, to: REDACTED };
    else changes[field] = action === AuditAction.CREATE ? { to: value } : { from: original?.[field] ?? null, to: value };
  }
  return changes;
}
