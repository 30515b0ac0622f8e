import { Entity, Index, Property, Unique } from '@mikro-orm/decorators/legacy';
import { keepOutOfAudit } from '../../platform/audit/audit.subscriber';
import { BaseEntity } from '../../platform/orm/base.entity';

/**
 * One line of a unit's roster of in-service members (应报到党员名册), as uploaded with
 * `importRoster`: what makes "应报到未报到" computable. Matched to members by the keyed hash of the
 * identity number; the number itself is kept only encrypted. Not a GraphQL type of its own: the
 * registration report shows what of it the caller may see.
 */
@Entity({ tableName: 'roster_entry' })
@Unique({ properties: ['unitId', 'identityNumberHash'] })
@Index({ properties: ['identityNumberHash'] })
export class RosterEntry extends BaseEntity {
  @Property({ type: 'uuid' })
  unitId!: string;

  @Property({ length: 100 })
  name!: string;

  @Property({ type: 'text', lazy: true })
  identityNumberCipher!: string;

  @Property({ length: 64 })
  identityNumberHash!: string;

  /** The line of the uploaded file it came from (for messages about that file). */
  @Property()
  line!: number;
}

keepOutOfAudit('RosterEntry', ['identityNumberCipher', 'identityNumberHash']);
