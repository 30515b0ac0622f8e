import { Entity, Index, Property, Unique } from '@mikro-orm/decorators/legacy';
import { Directive, Field, ObjectType } from 'type-graphql';
import { LocalDate } from '../../platform/graphql/scalars';
import { keepOutOfAudit } from '../../platform/audit/audit.subscriber';
import { BaseEntity } from '../../platform/orm/base.entity';

/**
 * An in-service party member (在职党员): works in a unit (its party organisation is the employer)
 * and lives in a community, where they report (双报到). Phone, identity number and home address
 * are personal: their GraphQL fields are resolved in party-member.resolver.ts behind `@Personal`.
 * The identity number is stored only encrypted (`identityNumberCipher`) and as a keyed hash
 * (`identityNumberHash`), never in clear; see identity-number.ts.
 */
@ObjectType('PartyMember', { description: '在职党员 (PartyMember): a party member working in a unit and living in a community.' })
@Directive('@key(fields: "id")')
@Entity({ tableName: 'party_member' })
@Index({ properties: ['residentialCommunityId', 'name'] })
@Index({ properties: ['employerId', 'name'] })
export class PartyMember extends BaseEntity<'phone' | 'homeAddress' | 'joinedPartyOn'> {
  @Field({ description: '姓名 (name).' })
  @Property({ length: 100 })
  name!: string;

  /** Personal: shown through `PartyMember.phone` behind `@Personal`. */
  @Property({ length: 30, nullable: true })
  phone: string | null = null;

  /** AES-256-GCM ciphertext of the identity number (`v1:` + base64 of IV, tag, ciphertext). */
  @Property({ type: 'text', lazy: true })
  identityNumberCipher!: string;

  /** HMAC-SHA256 (hex) of the identity number under the configured key: finds a member by number, and keeps numbers unique. */
  @Property({ length: 64 })
  @Unique({ name: 'party_member_identity_number_hash_unique' })
  identityNumberHash!: string;

  /** Personal: shown through `PartyMember.homeAddress` behind `@Personal`. */
  @Property({ length: 200, nullable: true })
  homeAddress: string | null = null;

  /** The unit party organisation (驻区单位党组织) of the member's employer. */
  @Property({ type: 'uuid' })
  employerId!: string;

  /** The community party committee of the community where the member lives (居住社区). */
  @Property({ type: 'uuid' })
  residentialCommunityId!: string;

  @Field(() => LocalDate, { nullable: true, description: '入党日期 (the day the member joined the party).' })
  @Property({ type: 'date', nullable: true })
  joinedPartyOn: string | null = null;
}

keepOutOfAudit('PartyMember', ['phone', 'identityNumberCipher', 'identityNumberHash', 'homeAddress']);
