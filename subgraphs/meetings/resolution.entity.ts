import { Entity, Index, Property } from '@mikro-orm/decorators/legacy';
import { Field, ObjectType } from 'type-graphql';
import { DateTime, LocalDate } from '../../platform/graphql/scalars';
import { BaseEntity } from '../../platform/orm/base.entity';

/** What a meeting decided on one agenda item (议定事项); one per item. */
@ObjectType({ description: '决议 (Resolution): what the meeting decided on an agenda item.' })
@Entity({ tableName: 'resolution' })
export class Resolution extends BaseEntity<'adoptedAt'> {
  @Index()
  @Property({ type: 'uuid' })
  meetingId!: string;

  @Property({ type: 'uuid', unique: true })
  agendaItemId!: string;

  @Field({ description: '决议内容 (what was decided).' })
  @Property({ length: 2000 })
  text!: string;

  /** The day it was adopted in the hub's time zone: the start of every action item's clock. */
  @Field(() => LocalDate, { description: '通过日期 (the day it was adopted).' })
  @Property({ type: 'date' })
  adoptedOn!: string;

  @Field(() => DateTime, { description: '记录时间 (when it was recorded).' })
  @Property({ type: 'timestamptz' })
  adoptedAt: Date = new Date();

  @Field({ description: '记录人 (who recorded it: token subject).' })
  @Property({ length: 200 })
  adoptedBy!: string;
}
