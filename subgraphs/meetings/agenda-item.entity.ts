import { Entity, Enum, Index, Property, Unique } from '@mikro-orm/decorators/legacy';
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { BaseEntity } from '../../platform/orm/base.entity';

export enum AgendaCategory {
  RESIDENTS_URGENT_PROBLEM = 'RESIDENTS_URGENT_PROBLEM',
  CO_BUILDING_PROJECT = 'CO_BUILDING_PROJECT',
  REGULAR_BUSINESS = 'REGULAR_BUSINESS',
  OTHER = 'OTHER',
}
registerEnumType(AgendaCategory, {
  name: 'AgendaCategory',
  description: '议题类别 (category of an agenda item).',
  valuesConfig: {
    RESIDENTS_URGENT_PROBLEM: { description: '群众急难愁盼 (an urgent problem of residents).' },
    CO_BUILDING_PROJECT: { description: '共建项目 (a co-building project).' },
    REGULAR_BUSINESS: { description: '日常事务 (regular business).' },
    OTHER: { description: '其他 (other).' },
  },
});

/** An item put to a joint meeting, often a residents' urgent problem (群众急难愁盼). */
@ObjectType({ description: '议题 (AgendaItem): an item put to a joint meeting.' })
@Entity({ tableName: 'agenda_item' })
@Unique({ properties: ['meetingId', 'position'] })
// Reports count agenda items per meeting and category from the index alone.
@Index({ properties: ['meetingId', 'category'] })
export class AgendaItem extends BaseEntity<'description'> {
  @Property({ type: 'uuid' })
  meetingId!: string;

  @Field(() => Int, { description: '序号 (its place on the agenda, from 1).' })
  @Property()
  position!: number;

  @Field({ description: '议题名称 (title).' })
  @Property({ length: 200 })
  title!: string;

  @Field(() => String, { nullable: true, description: '议题说明 (description).' })
  @Property({ length: 2000, nullable: true })
  description: string | null = null;

  /** The organisation that raised it (the convener, a member unit, a community, a grid…). */
  @Property({ type: 'uuid' })
  raisedById!: string;

  @Field(() => AgendaCategory, { description: '议题类别 (category).' })
  @Enum({ items: () => AgendaCategory, nativeEnumName: 'agenda_category' })
  category!: AgendaCategory;
}
