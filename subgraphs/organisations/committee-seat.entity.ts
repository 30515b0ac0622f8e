import { Entity, Enum, Index, Property } from '@mikro-orm/decorators/legacy';
import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../platform/orm/base.entity';
import { LocalDate } from '../../platform/graphql/scalars';
import { SeatRole } from './public/seat-role';

/** A seat on a (big) committee: who holds it, in what role, from which unit, for which term. */
@ObjectType({ description: '委员席位 (CommitteeSeat): a seat on a street, community or area committee.' })
@Directive('@key(fields: "id")')
@Entity({ tableName: 'committee_seat' })
export class CommitteeSeat extends BaseEntity<'holderUnitId' | 'termEnd'> {
  @Field(() => ID, { description: '所在委员会编号 (id of the committee that has the seat).' })
  @Index()
  @Property({ type: 'uuid' })
  committeeId!: string;

  @Field({ description: '委员姓名 (name of the holder).' })
  @Property({ length: 100 })
  holderName!: string;

  @Field(() => SeatRole, { description: '职务 (role).' })
  @Enum({ items: () => SeatRole, nativeEnumName: 'seat_role' })
  role!: SeatRole;

  @Field(() => ID, { nullable: true, description: '来源单位编号 (id of the unit party organisation the holder comes from).' })
  @Property({ type: 'uuid', nullable: true })
  holderUnitId: string | null = null;

  @Field(() => LocalDate, { description: '任期开始 (term start), YYYY-MM-DD.' })
  @Property({ type: 'date' })
  termStart!: string;

  @Field(() => LocalDate, { nullable: true, description: '任期结束 (term end), YYYY-MM-DD; null while the seat is held.' })
  @Property({ type: 'date', nullable: true })
  termEnd: string | null = null;
}
