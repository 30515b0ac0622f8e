import { Entity, Enum, Index, Property, Unique } from '@mikro-orm/decorators/legacy';
import { Field, ObjectType } from 'type-graphql';
import { DateTime } from '../../platform/graphql/scalars';
import { BaseEntity } from '../../platform/orm/base.entity';
import { ServiceKind } from './service-record.entity';

/**
 * A time of service staff open with a one-time check-in code they display (签到码, e.g. as a QR code
 * on a screen): at a post, for a wish, or for a named activity. Only the code's hash is kept.
 */
@ObjectType('ServiceSession', { description: '服务签到 (ServiceSession): a time of service members check in to with the code staff display.' })
@Entity({ tableName: 'service_session' })
@Index({ properties: ['communityId', 'openedAt'] })
export class ServiceSession extends BaseEntity<'postId' | 'wishId' | 'activity'> {
  @Property({ type: 'uuid' })
  communityId!: string;

  @Field(() => ServiceKind, { description: '服务类型 (what is served).' })
  @Enum({ items: () => ServiceKind, nativeEnumName: 'service_kind' })
  kind!: ServiceKind;

  @Property({ type: 'uuid', nullable: true })
  postId: string | null = null;

  @Property({ type: 'uuid', nullable: true })
  wishId: string | null = null;

  @Field(() => String, { nullable: true, description: '活动名称 (the activity, for an ACTIVITY).' })
  @Property({ length: 200, nullable: true })
  activity: string | null = null;

  @Property({ length: 200 })
  sourceKey!: string;

  /** SHA-256 of the session id and the code (platform/auth/check-in-code.ts). */
  @Property({ length: 64 })
  codeHash!: string;

  @Field(() => DateTime, { description: '签到码有效期至 (until when members may check in).' })
  @Property({ type: 'timestamptz' })
  expiresAt!: Date;

  @Property({ length: 200 })
  openedBy!: string;

  @Property({ type: 'timestamptz' })
  openedAt!: Date;
}

/** One member's check-in to a session: wrong codes tried, the check-in, then the record made at check-out. */
@Entity({ tableName: 'service_check_in' })
@Unique({ properties: ['sessionId', 'memberId'] })
export class ServiceCheckIn extends BaseEntity<'checkInAt' | 'failedAttempts' | 'recordId'> {
  @Property({ type: 'uuid' })
  sessionId!: string;

  @Property({ type: 'uuid' })
  memberId!: string;

  @Property({ type: 'timestamptz', nullable: true })
  checkInAt: Date | null = null;

  @Property({ default: 0 })
  failedAttempts: number = 0;

  /** The service record made at check-out. */
  @Property({ type: 'uuid', nullable: true })
  recordId: string | null = null;
}
