import { Entity, Enum, Index, Property, Unique } from '@mikro-orm/decorators/legacy';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { DateTime, LocalDate } from '../../platform/graphql/scalars';
import { BaseEntity } from '../../platform/orm/base.entity';

export enum ServiceKind {
  POST = 'POST',
  WISH = 'WISH',
  ACTIVITY = 'ACTIVITY',
}
registerEnumType(ServiceKind, {
  name: 'ServiceKind',
  description: '服务类型 (what a member served in).',
  valuesConfig: {
    POST: { description: '岗位服务 (at a service post of the community).' },
    WISH: { description: '微心愿 (fulfilling a wish).' },
    ACTIVITY: { description: '志愿活动 (a named activity of the community).' },
  },
});

export enum ServiceRecordMethod {
  CODE = 'CODE',
  STAFF = 'STAFF',
}
registerEnumType(ServiceRecordMethod, {
  name: 'ServiceRecordMethod',
  description: '记录方式 (how a service was recorded).',
  valuesConfig: {
    CODE: { description: '签到码 (the member checked in with the one-time code staff displayed).' },
    STAFF: { description: '工作人员录入 (entered by community staff, alone or in a batch).' },
  },
});

/**
 * One member's service (服务记录): where, in what (a post, a wish or a named activity), from check-in to
 * check-out. `sourceKey` names what was served (the post's or wish's id, or the activity's name),
 * and a member checks in to one such thing once a day (`service_record_once_per_day`).
 */
@ObjectType('ServiceRecord', { description: '服务记录 (ServiceRecord): one member’s service, from check-in to check-out.' })
@Entity({ tableName: 'service_record' })
@Unique({ name: 'service_record_once_per_day', properties: ['memberId', 'kind', 'sourceKey', 'serviceDay'] })
@Index({ properties: ['communityId', 'serviceDay'] })
export class ServiceRecord extends BaseEntity<'postId' | 'wishId' | 'activity'> {
  @Property({ type: 'uuid' })
  memberId!: string;

  /** The community party committee where the service was done. */
  @Property({ type: 'uuid' })
  communityId!: string;

  @Field(() => ServiceKind, { description: '服务类型 (what the member served in).' })
  @Enum({ items: () => ServiceKind, nativeEnumName: 'service_kind' })
  kind!: ServiceKind;

  @Property({ type: 'uuid', nullable: true })
  postId: string | null = null;

  @Property({ type: 'uuid', nullable: true })
  wishId: string | null = null;

  @Field(() => String, { nullable: true, description: '活动名称 (the activity, for an ACTIVITY).' })
  @Property({ length: 200, nullable: true })
  activity: string | null = null;

  /** What was served, for the once-a-day rule: the post's or wish's id, or the activity's name. */
  @Property({ length: 200 })
  sourceKey!: string;

  @Field(() => DateTime, { description: '签到时间 (check-in).' })
  @Property({ type: 'timestamptz' })
  checkInAt!: Date;

  @Field(() => DateTime, { description: '签退时间 (check-out).' })
  @Property({ type: 'timestamptz' })
  checkOutAt!: Date;

  @Field(() => LocalDate, { description: '服务日期 (the day of the check-in, in the hub’s time zone).' })
  @Property({ type: 'date' })
  serviceDay!: string;

  /** Whole minutes served (check-out minus check-in); `hours` is read from it. */
  @Property()
  minutes!: number;

  @Field(() => ServiceRecordMethod, { description: '记录方式 (how it was recorded).' })
  @Enum({ items: () => ServiceRecordMethod, nativeEnumName: 'service_record_method' })
  method!: ServiceRecordMethod;

  @Property({ length: 200 })
  recordedBy!: string;
}
