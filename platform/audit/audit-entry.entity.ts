import { randomUUID } from 'node:crypto';
import { OptionalProps } from '@mikro-orm/core';
import { Entity, Enum, Index, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { JSONObject } from '../graphql/scalars';
import { Directive, Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Role } from '../auth/identity';

export enum AuditAction {
  CREATE = 'CREATE',
  UPDATE = 'UPDATE',
  DELETE = 'DELETE',
}

registerEnumType(AuditAction, {
  name: 'AuditAction',
  description: '操作类型 (kind of change recorded in the audit trail).',
  valuesConfig: {
    CREATE: { description: '新增 (created).' },
    UPDATE: { description: '修改 (changed).' },
    DELETE: { description: '删除 (deleted).' },
  },
});

/**
 * One write, as the audit trail keeps it: who, in which role, for which organisation, when, what
 * changed. Every subgraph keeps its own in its own schema; entries are written by the ORM's flush
 * hook in the same transaction as the change, and nothing in the API alters them.
 */
@ObjectType({ description: '审计记录 (AuditEntry): one recorded write.' })
@Directive('@shareable')
@Entity({ tableName: 'audit_entry' })
export class AuditEntry {
  [OptionalProps]?: 'id' | 'occurredAt' | 'actingOrganisationId' | 'scopePath';

  @Field(() => ID, { description: '编号 (id).' })
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Field({ description: '时间 (when the change was committed).' })
  @Property()
  occurredAt: Date = new Date();

  @Field({ description: '操作人 (subject of the caller\'s token, or "system").' })
  @Property({ length: 200 })
  actorSubject!: string;

  @Field(() => String, { description: '操作人角色 (role the caller acted in, or SYSTEM).' })
  @Property({ length: 40 })
  actorRole!: Role | 'SYSTEM';

  @Field(() => ID, { nullable: true, description: '操作人所属组织 (organisation the caller acted for).' })
  @Property({ type: 'uuid', nullable: true })
  actingOrganisationId: string | null = null;

  @Field({ description: '请求编号 (request id, as in the logs).' })
  @Property({ length: 100 })
  requestId!: string;

  @Field(() => AuditAction, { description: '操作类型 (kind of change).' })
  @Enum({ items: () => AuditAction, nativeEnumName: 'audit_action' })
  action!: AuditAction;

  @Field({ description: '对象类型 (type of the changed record), e.g. Organisation.' })
  @Index()
  @Property({ length: 100 })
  entityType!: string;

  @Field(() => ID, { description: '对象编号 (id of the changed record).' })
  @Index()
  @Property({ length: 100 })
  entityId!: string;

  @Field(() => JSONObject, { description: '变更内容 (what changed: each field with `from` and `to`).' })
  @Property({ type: 'json' })
  changes!: Record<string, { from?: unknown; to?: unknown }>;

  /** Where in the tree the change was authorised: who may read the entry. Not public. */
  @Index()
  @Property({ columnType: 'text collate "C"', nullable: true })
  scopePath: string | null = null;
}
