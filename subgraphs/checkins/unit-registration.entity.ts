import { Entity, Enum, Index, Property, Unique } from '@mikro-orm/decorators/legacy';
import { Directive, Field, ObjectType } from 'type-graphql';
import { DateTime } from '../../platform/graphql/scalars';
import { BaseEntity } from '../../platform/orm/base.entity';
import { RegistrationStatus } from './member-registration.entity';

/**
 * A unit party organisation's report to the community or street where it sits (单位报到), with its
 * contact and what it offers. One active (pending or confirmed) registration per unit; reporting
 * elsewhere closes the old one.
 */
@ObjectType('UnitRegistration', { description: '单位报到 (UnitRegistration): a unit party organisation reports to the community or street where it sits.' })
@Directive('@key(fields: "id")')
@Entity({ tableName: 'unit_registration' })
@Unique({
  name: 'unit_registration_one_active_per_unit',
  expression: `create unique index "unit_registration_one_active_per_unit" on "checkins"."unit_registration" ("unit_id") where "status" in ('PENDING', 'CONFIRMED')`,
})
@Index({ properties: ['hostId', 'status'] })
export class UnitRegistration extends BaseEntity<'decidedAt' | 'rejectReason' | 'closedAt'> {
  @Property({ type: 'uuid' })
  unitId!: string;

  /** The community party committee or street working committee the unit reports to. */
  @Property({ type: 'uuid' })
  hostId!: string;

  @Field({ description: '联系人 (contact person of the unit for community work).' })
  @Property({ length: 100 })
  contactName!: string;

  @Field({ description: "联系电话 (the contact's work phone)." })
  @Property({ length: 30 })
  contactPhone!: string;

  @Field(() => [String], { description: '可提供的资源与服务 (what the unit offers: venues, volunteers, expertise).' })
  @Property({ type: 'text[]' })
  offers: string[] = [];

  @Field(() => RegistrationStatus, { description: '状态 (status).' })
  @Enum({ items: () => RegistrationStatus, nativeEnumName: 'registration_status' })
  status!: RegistrationStatus;

  @Field(() => DateTime, { description: '报到时间 (when the unit reported).' })
  @Property({ type: 'timestamptz' })
  reportedAt!: Date;

  @Field(() => DateTime, { nullable: true, description: '确认或退回时间 (when it was confirmed or rejected).' })
  @Property({ type: 'timestamptz', nullable: true })
  decidedAt: Date | null = null;

  @Field(() => String, { nullable: true, description: '退回原因 (why it was rejected).' })
  @Property({ length: 500, nullable: true })
  rejectReason: string | null = null;

  @Field(() => DateTime, { nullable: true, description: '关闭时间 (when it was closed by reporting elsewhere).' })
  @Property({ type: 'timestamptz', nullable: true })
  closedAt: Date | null = null;
}
