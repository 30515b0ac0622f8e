import { Entity, Index, Property } from '@mikro-orm/decorators/legacy';
import { Field, ObjectType } from 'type-graphql';
import { DateTime } from '../../platform/graphql/scalars';
import { BaseEntity } from '../../platform/orm/base.entity';

/**
 * A calendar subscription to one organisation's meetings (会议日历订阅): a calendar app fetches its
 * secret URL without a bearer token, so the URL itself is the credential. Only its hash is kept; it
 * expires and can be revoked; and each fetch shows what its issuer may read today, no more.
 */
@ObjectType({ description: "日历订阅 (CalendarFeed): a subscription to an organisation's joint meetings in a calendar app." })
@Entity({ tableName: 'calendar_feed' })
export class CalendarFeed extends BaseEntity<'issuedByOrganisationId' | 'revokedAt'> {
  @Index()
  @Property({ type: 'uuid' })
  organisationId!: string;

  /** SHA-256 of the secret in the URL. */
  @Property({ length: 64, unique: true })
  tokenHash!: string;

  @Field({ description: '签发人 (who issued it: token subject).' })
  @Property({ length: 200 })
  issuedBySubject!: string;

  /** The issuer's role and organisation: each fetch shows what they may read. */
  @Property({ length: 40 })
  issuedByRole!: string;

  @Property({ type: 'uuid', nullable: true })
  issuedByOrganisationId: string | null = null;

  @Field(() => DateTime, { description: '失效时间 (when it stops working).' })
  @Property({ type: 'timestamptz' })
  expiresAt!: Date;

  @Field(() => DateTime, { nullable: true, description: '撤销时间 (when it was revoked).' })
  @Property({ type: 'timestamptz', nullable: true })
  revokedAt: Date | null = null;
}
