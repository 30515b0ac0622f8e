import assert from 'node:assert/strict';
import { test } from '@jest/globals';
import { graphql } from 'graphql';
import { buildSchema, Field, ID, ObjectType, Query, Resolver } from 'type-graphql';
import { RequestContext } from '../context/request-context';
import { Peers } from '../federation/peers';
import { createLogger } from '../logging/logger';
import { Clock } from '../time/clock';
import type { Permission, TreeLookup } from './access';
import { Role, type Actor } from './identity';
import { maskPhone, Personal } from './personal';

/** The tree of this test: a community under a street, and a unit. */
const PATHS: Record<string, string> = {
  '00000000-0000-4000-8000-00000000000c': '/d/s/c/',
  '00000000-0000-4000-8000-0000000000c2': '/d/s/c2/',
  '00000000-0000-4000-8000-00000000000d': '/d/',
};
class FixedTree implements TreeLookup {
  async pathOf(id: string) {
    return PATHS[id] ?? null;
  }
}

const MEMBER_PERSONAL: Permission = {
  name: 'test.readPersonal',
  action: { en: 'read personal data', zh: '查看个人信息' },
  reach: { PARTY_MEMBER: 'self', COMMUNITY_STAFF: 'subtree', PARTNER_UNIT: 'own' },
};
const UNIT = '00000000-0000-4000-8000-0000000000aa';
const MEMBER = '00000000-0000-4000-8000-0000000000e1';

@ObjectType()
class Member {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { nullable: true })
  @Personal<Member>(MEMBER_PERSONAL, (m) => ({ memberId: m.id, organisationPath: '/d/s/c/', organisationId: UNIT }), maskPhone)
  phone!: string | null;

  @Field(() => String, { nullable: true })
  @Personal<Member>(MEMBER_PERSONAL, (m) => ({ memberId: m.id, organisationPath: '/d/s/c/', organisationId: UNIT }))
  homeAddress!: string | null;
}

@Resolver()
class MemberResolver {
  @Query(() => Member)
  member(): Member {
    return Object.assign(new Member(), { id: MEMBER, phone: '13812345678', homeAddress: '翠湖路8号3栋201' });
  }
}

async function seenBy(actor: Actor) {
  const schema = await buildSchema({ resolvers: [MemberResolver], validate: false });
  const context = new RequestContext(
    {} as never,
    createLogger('silent'),
    { maxPageSize: 10, treeLookup: FixedTree, peers: new Peers('test', new Map()), clock: new Clock('Asia/Shanghai'), memberDataKey: 'k'.repeat(32) },
    { actor, requestId: 'test', language: 'en' },
  );
  const result = await graphql({ schema, source: '{ member { id phone homeAddress } }', contextValue: context });
  assert.equal(result.errors, undefined);
  return { ...(result.data as any).member };
}

test('personal fields: the member, staff of its community and its own unit see them; others get masked or null', async () => {
  const full = { id: MEMBER, phone: '13812345678', homeAddress: '翠湖路8号3栋201' };
  const masked = { id: MEMBER, phone: '138****5678', homeAddress: null };
  assert.deepEqual(await seenBy({ role: Role.PARTY_MEMBER, subject: 'm', memberId: MEMBER }), full);
  assert.deepEqual(await seenBy({ role: Role.COMMUNITY_STAFF, subject: 's', organisationId: '00000000-0000-4000-8000-00000000000c' }), full);
  assert.deepEqual(await seenBy({ role: Role.PARTNER_UNIT, subject: 'u', organisationId: UNIT }), full);
  assert.deepEqual(await seenBy({ role: Role.PARTY_MEMBER, subject: 'other', memberId: '00000000-0000-4000-8000-0000000000e2' }), masked);
  assert.deepEqual(await seenBy({ role: Role.COMMUNITY_STAFF, subject: 's2', organisationId: '00000000-0000-4000-8000-0000000000c2' }), masked);
  assert.deepEqual(await seenBy({ role: Role.PARTNER_UNIT, subject: 'u2', organisationId: '00000000-0000-4000-8000-0000000000ab' }), masked);
  assert.deepEqual(await seenBy({ role: Role.DISTRICT_ADMIN, subject: 'a', organisationId: '00000000-0000-4000-8000-00000000000d' }), masked);
  assert.deepEqual(await seenBy({ role: Role.ANALYST, subject: 'x', organisationId: '00000000-0000-4000-8000-00000000000d' }), masked);
});
