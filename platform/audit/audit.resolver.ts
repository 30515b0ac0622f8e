import { Arg, Args, Ctx, ID, Query, Resolver } from 'type-graphql';
import type { Permission } from '../auth/access';
import { withinScopeSql } from '../auth/scope-path';
import type { RequestContext } from '../context/request-context';
import { fetchBatchedPages } from '../pagination/batched-page';
import { ConnectionType, PageArgs, pageRequest, toConnection } from '../pagination/connection';
import { defineListOrder } from '../pagination/list-order';
import { AuditEntry } from './audit-entry.entity';

export const AuditEntryConnection = ConnectionType(AuditEntry, 'AuditEntry', '审计记录');
const AUDIT_ORDER = defineListOrder('AuditEntry:occurredAt', { occurred_at: 'timestamp', id: 'uuid' }, (e: AuditEntry) => [e.occurredAt.toISOString(), e.id]);

/**
 * `<subgraph>AuditTrail`: the writes a subgraph recorded, oldest first, limited to what the
 * caller's `permission` reaches. Each subgraph adds one (`auditResolver('organisations', …)`).
 */
export function auditResolver(subgraph: string, permission: Permission) {
  @Resolver()
  class AuditTrailResolver {
    @Query(() => AuditEntryConnection, { name: `${subgraph}AuditTrail`, description: `审计记录 (audit trail of the ${subgraph} subgraph), oldest first.` })
    async auditTrail(
      @Arg('entityId', () => ID, { nullable: true, description: '对象编号 (only changes to this record).' }) entityId: string | undefined,
      @Args() args: PageArgs,
      @Ctx() ctx: RequestContext,
    ) {
      const page = pageRequest(args, ctx.settings.maxPageSize, AUDIT_ORDER);
      const scope = await ctx.access.subtreeOf(permission);
      const where = [];
      if (entityId) where.push({ sql: 'o.entity_id = ?', params: [entityId] });
      if (scope) where.push(withinScopeSql('o.scope_path', scope));
      const pages = await fetchBatchedPages<AuditEntry>(ctx.em, { entity: AuditEntry, keys: ['*'], join: 'true', where, page });
      const { rows, total } = pages.get('*')!;
      return toConnection(rows, page, total);
    }
  }
  return AuditTrailResolver;
}
