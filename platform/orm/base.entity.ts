import { randomUUID } from 'node:crypto';
import { OptionalProps } from '@mikro-orm/core';
import { PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { Field, ID, Int, ObjectType } from 'type-graphql';

/**
 * What every changeable record of every subgraph has: a UUID, when it was created and last
 * changed, and the version a change must name (optimistic locking: a change made from an older
 * version is refused with STALE_VERSION). Entities extend it and list their own optional
 * properties: `class Agreement extends BaseEntity<'renewalOfId'>`. Its fields are inherited by each
 * entity's GraphQL object type.
 */
@ObjectType('BaseEntity', { description: '记录 (record): the fields every changeable record has; not used in the schema by itself.' })
export abstract class BaseEntity<Optional = never> {
  [OptionalProps]?: 'id' | 'createdAt' | 'updatedAt' | 'version' | Optional;

  @Field(() => ID, { description: '编号 (id).' })
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Field({ description: '创建时间 (created at).' })
  @Property()
  createdAt: Date = new Date();

  @Field({ description: '更新时间 (updated at).' })
  @Property({ onUpdate: () => new Date() })
  updatedAt: Date = new Date();

  @Field(() => Int, { description: '版本 (version): pass it back when changing this record; a change from an older version is refused with CONFLICT.' })
  @Property({ version: true })
  version!: number;
}
