import { Entity, Enum, Index, Property, Unique } from '@mikro-orm/decorators/legacy';
import { Directive, Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { LocalDate } from '../../platform/graphql/scalars';
import { BaseEntity } from '../../platform/orm/base.entity';
import { Commitment, Need, Project, Resource } from './agreement-lists';

export enum AgreementStatus {
  DRAFT = 'DRAFT',
  ACTIVE = 'ACTIVE',
  SUSPENDED = 'SUSPENDED',
  EXPIRED = 'EXPIRED',
  TERMINATED = 'TERMINATED',
}
registerEnumType(AgreementStatus, {
  name: 'AgreementStatus',
  description: '协议状态 (status of an agreement).',
  valuesConfig: {
    DRAFT: { description: '草拟 (registered, not yet signed by the committee side).' },
    ACTIVE: { description: '生效 (signed and within its term).' },
    SUSPENDED: { description: '暂停 (suspended by the committee side).' },
    EXPIRED: { description: '到期 (past the end of its term; follows the term, no job needed).' },
    TERMINATED: { description: '终止 (ended early by either side).' },
  },
});

/** A co-building agreement between a street or community committee and a unit party organisation. */
@ObjectType({ description: '共驻共建协议 (Agreement): between a street or community committee and a resident unit.' })
@Directive('@key(fields: "id")')
@Entity({ tableName: 'agreement' })
@Unique({ properties: ['partnerId', 'idempotencyKey'] })
// An organisation's agreements running from a date on (its active ones, its summary) are read by
// either side and the end of the term together: alone, each side's index is combined with a
// bitmap of every running agreement's end date, which was most of the time of those statements.
@Index({ properties: ['committeeId', 'validTo'] })
@Index({ properties: ['partnerId', 'validTo'] })
export class Agreement extends BaseEntity<'renewalOfId' | 'renewedById' | 'idempotencyKey' | 'requestHash' | 'signingDate'> {
  @Field({ description: '协议编号 (readable number, unique in the district), e.g. QH-2026-0007.' })
  @Property({ length: 40, unique: true })
  number!: string;

  @Field(() => ID, { description: '共建组织编号 (id of the street or community committee side).' })
  @Property({ type: 'uuid' })
  committeeId!: string;

  @Field(() => ID, { description: '共建单位编号 (id of the unit party organisation side).' })
  @Property({ type: 'uuid' })
  partnerId!: string;

  @Field({ description: '协议名称 (title).' })
  @Property({ length: 200 })
  title!: string;

  @Field(() => LocalDate, { nullable: true, description: '签订日期 (signing date).' })
  @Property({ type: 'date', nullable: true })
  signingDate: string | null = null;

  @Field(() => LocalDate, { description: '开始日期 (first day of the term).' })
  @Property({ type: 'date' })
  validFrom!: string;

  @Field(() => LocalDate, { description: '结束日期 (last day of the term).' })
  @Index()
  @Property({ type: 'date' })
  validTo!: string;

  /** DRAFT, ACTIVE, SUSPENDED or TERMINATED; EXPIRED is derived from the term (see `status`). */
  @Enum({ items: () => AgreementStatus, nativeEnumName: 'agreement_status' })
  storedStatus!: AgreementStatus;

  @Field(() => [Commitment], { description: '承诺事项 (commitments).' })
  @Property({ type: 'json' })
  commitments!: Commitment[];

  @Field(() => [Resource], { description: '资源清单 (resources the unit offers).' })
  @Property({ type: 'json' })
  resources!: Resource[];

  @Field(() => [Need], { description: '需求清单 (needs of the community).' })
  @Property({ type: 'json' })
  needs!: Need[];

  @Field(() => [Project], { description: '项目清单 (joint projects).' })
  @Property({ type: 'json' })
  projects!: Project[];

  @Field(() => ID, { nullable: true, description: '续签自 (id of the agreement this one renews).' })
  @Property({ type: 'uuid', nullable: true })
  renewalOfId: string | null = null;

  /** An agreement is renewed once (its renewal may be renewed in turn); set under the old one's row lock. */
  @Field(() => ID, { nullable: true, description: '续签为 (id of the agreement that renews this one, once renewed).' })
  @Property({ type: 'uuid', nullable: true })
  renewedById: string | null = null;

  /** The partner's idempotency key of the registration, and a hash of its input. */
  @Property({ length: 200, nullable: true })
  idempotencyKey: string | null = null;

  @Property({ length: 64, nullable: true })
  requestHash: string | null = null;
}

/** The status a reader sees: an active or suspended agreement past its term has expired. */
export function effectiveStatus(agreement: Agreement, today: string): AgreementStatus {
  const running = agreement.storedStatus === AgreementStatus.ACTIVE || agreement.storedStatus === AgreementStatus.SUSPENDED;
  return running && agreement.validTo < today ? AgreementStatus.EXPIRED : agreement.storedStatus;
}

/** A filter on `storedStatus` and `validTo` that can be combined with others by spreading. */
export interface StatusFilter {
  storedStatus: AgreementStatus | { $in: AgreementStatus[] };
  validTo?: { $lt: string } | { $gte: string };
}

/**
 * "Has status s today", as SQL over alias `o` (for batched statements) and as a filter (for the
 * ORM): the one definition of what ACTIVE, EXPIRED… mean in a query, matching `effectiveStatus`.
 */
export function statusCondition(status: AgreementStatus, today: string): { sql: string; params: unknown[] } {
  if (status === AgreementStatus.EXPIRED) return { sql: `o.stored_status in ('ACTIVE', 'SUSPENDED') and o.valid_to < ?`, params: [today] };
  if (status === AgreementStatus.ACTIVE || status === AgreementStatus.SUSPENDED) {
    return { sql: `o.stored_status = ? and o.valid_to >= ?`, params: [status, today] };
  }
  return { sql: 'o.stored_status = ?', params: [status] };
}

export function statusFilter(status: AgreementStatus, today: string): StatusFilter {
  if (status === AgreementStatus.EXPIRED) return { storedStatus: { $in: [AgreementStatus.ACTIVE, AgreementStatus.SUSPENDED] }, validTo: { $lt: today } };
  if (status === AgreementStatus.ACTIVE || status === AgreementStatus.SUSPENDED) return { storedStatus: status, validTo: { $gte: today } };
  return { storedStatus: status };
}
