import assert from 'node:assert/strict';
import { beforeAll, describe, test } from '@jest/globals';
import { Role } from '../platform/auth/identity';
import { checkinParties, ENTER_MEMBER, newMember, testIdentityNumber, type CheckinParties } from './kit/checkins';
import { graphql } from './kit/graphql';
import type { MembersQuery } from './kit/graphql/graphql';
import { useTestStack } from './kit/stack';

/**
 * Party members through the gateway: entering them (identity numbers checked and stored only
 * encrypted), and who reads what (DOMAIN.md): a member itself; the staff of the community where it
 * lives; its own unit; district admins without personal fields; analysts nothing, not even through
 * `_entities`.
 */
const hub = useTestStack({ demo: true });
let p: CheckinParties;

const MEMBER = graphql(`
  query Member($id: ID!) {
    member(id: $id) {
      id
      name
      phone
      identityNumber
      homeAddress
      employer {
        id
      }
      residentialCommunity {
        id
        name
      }
      registration {
        status
        community {
          id
        }
      }
    }
  }
`);
const MEMBERS = graphql(`
  query Members($filter: PartyMemberFilter, $first: Int, $after: String) {
    members(filter: $filter, first: $first, after: $after) {
      totalCount
      edges {
        node {
          id
          name
          residentialCommunity {
            id
          }
          employer {
            id
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);
const UPDATE = graphql(`
  mutation UpdateMember($input: UpdatePartyMemberInput!) {
    updatePartyMember(input: $input) {
      version
      phone
      homeAddress
    }
  }
`);

beforeAll(async () => {
  p = await checkinParties(hub);
});

describe('the demo district', () => {
  test('the example PARTY_MEMBER is a confirmed member of 翠湖社区 and reads itself in full', async () => {
    const me = (await p.demoMember.data(MEMBER, { id: p.demoMemberId })).member!;
    assert.equal(me.residentialCommunity.name, '翠湖社区党委');
    assert.equal(me.registration?.status, 'CONFIRMED');
    assert.equal(me.employer.id, p.unit);
    assert.match(me.identityNumber!, /^\d{17}[\dX]$/);
    assert.match(me.phone!, /^1\d{10}$/);
    assert.ok(me.homeAddress);
  });

  test('a few hundred members, each community with its own', async () => {
    const all = (await p.operator.data(MEMBERS, { first: 1 })).members;
    assert.ok(all.totalCount >= 300, `${all.totalCount} members`);
    const here = (await p.staff.data(MEMBERS, { filter: { communityId: p.community }, first: 100 })).members;
    assert.ok(here.totalCount >= 15);
    assert.ok(here.edges.every((e) => e.node.residentialCommunity.id === p.community));
  });
});

describe('entering a member', () => {
  const input = (overrides: Record<string, unknown> = {}) => ({
    name: '李晓红',
    identityNumber: testIdentityNumber(),
    employerId: p.unit,
    residentialCommunityId: p.community,
    phone: '139 0000 2222',
    ...overrides,
  });

  test('its unit enters it; the identity number comes back normalised, and is stored only encrypted and hashed', async () => {
    const number = testIdentityNumber();
    const lower = number.endsWith('X') ? number.slice(0, 17) + 'x' : number;
    const member = (await p.partner.data(ENTER_MEMBER, { input: input({ identityNumber: ` ${lower} ` }) })).enterPartyMember;
    assert.equal(member.identityNumber, number);
    const em = hub.em('checkins');
    const [row] = await em.execute(`select * from checkins.party_member where id = ?`, [member.id]);
    const stored = JSON.stringify(row);
    assert.ok(!stored.includes(number), 'no column holds the number in clear');
    assert.match(row.identity_number_cipher, /^v1:/);
    assert.match(row.identity_number_hash, /^[0-9a-f]{64}$/);
    const audit = JSON.stringify(await em.execute(`select changes from checkins.audit_entry where entity_id = ?`, [member.id]));
    assert.ok(audit.length > 20, 'the creation is audited');
    for (const secret of [number, row.identity_number_cipher, row.identity_number_hash, '13900002222', '139 0000 2222']) {
      assert.ok(!audit.includes(secret), 'the audit trail holds no personal value');
    }
  });

  test('identity numbers with a wrong check digit, an impossible birth date or the wrong shape are refused, naming the problem', async () => {
    const good = testIdentityNumber();
    const wrongDigit = good.slice(0, 17) + (good[17] === '0' ? '1' : '0');
    const cases: Array<[string, string]> = [
      [wrongDigit, 'CHECK_DIGIT'],
      ['110101' + '19990230' + '123', 'BIRTH_DATE'],
      ['11010119990231123X', 'BIRTH_DATE'],
      ['1101011999', 'FORMAT'],
      ['11010119990101123Y', 'FORMAT'],
    ];
    for (const [identityNumber, problem] of cases) {
      const error = await p.partner.error('INVALID_IDENTITY_NUMBER', ENTER_MEMBER, { input: input({ identityNumber }) });
      if (identityNumber.length === 18) assert.equal(error.extensions?.problem, problem, identityNumber);
      assert.ok(!error.message.includes(identityNumber), 'the number is not echoed');
    }
    const future = `1101012${String(new Date().getFullYear() + 1).slice(1)}0101123`;
    await p.partner.error('INVALID_IDENTITY_NUMBER', ENTER_MEMBER, { input: input({ identityNumber: future + '0' }) });
  });

  test('the same identity number twice is a CONFLICT, whoever enters it', async () => {
    const identityNumber = testIdentityNumber();
    await p.partner.data(ENTER_MEMBER, { input: input({ identityNumber }) });
    await p.staff.error('DUPLICATE', ENTER_MEMBER, { input: input({ identityNumber }) });
  });

  test('references are checked: kinds, existence; and only the unit itself or staff where the member lives may enter', async () => {
    await p.partner.error('WRONG_KIND', ENTER_MEMBER, { input: input({ employerId: p.community }) });
    await p.partner.error('WRONG_KIND', ENTER_MEMBER, { input: input({ residentialCommunityId: p.grid }) });
    await p.partner.error('UNKNOWN_REFERENCE', ENTER_MEMBER, { input: input({ employerId: '00000000-0000-4000-8000-000000000000' }) });
    await p.partner.error('UNKNOWN_REFERENCE', ENTER_MEMBER, { input: input({ employerId: 'not-an-id' }) });
    await p.partner.error('OUT_OF_SCOPE', ENTER_MEMBER, { input: input({ employerId: p.otherUnit }) });
    await p.otherStaff.error('OUT_OF_SCOPE', ENTER_MEMBER, { input: input() });
    for (const client of [p.analyst, p.demoMember, p.districtAdmin]) await client.error('ROLE_NOT_PERMITTED', ENTER_MEMBER, { input: input() });
    await p.partner.error('INVALID_FORMAT', ENTER_MEMBER, { input: input({ phone: 'call me' }) });
    await p.partner.error('REQUIRED', ENTER_MEMBER, { input: input({ name: '  ' }) });
    await p.partner.error('INVALID_CHARACTERS', ENTER_MEMBER, { input: input({ name: '李\u0000红' }) });
  });
});

describe('who reads a member', () => {
  let member: Awaited<ReturnType<typeof newMember>>;
  beforeAll(async () => {
    member = await newMember(p, p.community, p.unit);
  });

  test('the member itself, the staff where it lives (and the street above) and its unit read every field', async () => {
    for (const client of [member.client, p.staff, p.streetStaff, p.partner, p.operator]) {
      const read = (await client.data(MEMBER, { id: member.id })).member!;
      assert.equal(read.identityNumber, member.identityNumber);
      assert.equal(read.phone, '13900001111');
      assert.equal(read.homeAddress, '翠湖路1号1栋101室');
    }
  });

  test('a district admin reads the member with its personal fields masked or null', async () => {
    const read = (await p.districtAdmin.data(MEMBER, { id: member.id })).member!;
    assert.equal(read.name, '测试党员');
    assert.equal(read.phone, '139****1111');
    assert.equal(read.identityNumber, `${member.identityNumber.slice(0, 3)}***********${member.identityNumber.slice(-4)}`);
    assert.equal(read.homeAddress, null);
  });

  test('another member, another community and another unit are out of scope; analysts never read a member', async () => {
    for (const client of [p.demoMember, p.otherStaff, p.otherPartner]) await client.error('OUT_OF_SCOPE', MEMBER, { id: member.id });
    await p.analyst.error('ROLE_NOT_PERMITTED', MEMBER, { id: member.id });
    await p.analyst.error('ROLE_NOT_PERMITTED', MEMBERS, {});
    assert.equal((await p.staff.data(MEMBER, { id: '00000000-0000-4000-8000-000000000000' })).member, null);
    assert.equal((await p.staff.data(MEMBER, { id: 'nonsense' })).member, null);
  });

  test('as an entity reference the same rule applies: an analyst or another community gets null', async () => {
    const query = `query ($r: [_Any!]!) { _entities(representations: $r) { ... on PartyMember { id name phone identityNumber homeAddress } } }`;
    const body = JSON.stringify({ query, variables: { r: [{ __typename: 'PartyMember', id: member.id }] } });
    const direct = async (role: Role, organisationId: string, memberId?: string) => {
      const url = hub.stack.subgraphs.find((s) => s.name === 'checkins')!.url;
      const headers = { 'content-type': 'application/json', ...hub.signedHeaders({ role, subject: 'direct', organisationId, memberId }, body, 'checkins') };
      return (await (await fetch(url, { method: 'POST', headers, body })).json()).data._entities[0];
    };
    assert.equal((await direct(Role.COMMUNITY_STAFF, p.community)).identityNumber, member.identityNumber);
    assert.equal(await direct(Role.ANALYST, p.districtId), null);
    assert.equal(await direct(Role.COMMUNITY_STAFF, p.otherCommunity), null);
    assert.equal(await direct(Role.PARTY_MEMBER, p.community, p.demoMemberId), null);
  });

  test('lists hold exactly what each caller may read by id, and their counts agree', async () => {
    const ids = async (client: typeof p.staff, filter = {}) => {
      const all: string[] = [];
      let after: string | null | undefined = null;
      for (;;) {
        const page: MembersQuery['members'] = (await client.data(MEMBERS, { filter, first: 100, after })).members;
        all.push(...page.edges.map((e) => e.node.id));
        if (!page.pageInfo.hasNextPage) return { all, total: page.totalCount };
        after = page.pageInfo.endCursor;
      }
    };
    const self = await ids(member.client);
    assert.deepEqual(self, { all: [member.id], total: 1 });
    const unit = await ids(p.partner);
    assert.equal(unit.all.length, unit.total);
    assert.ok(unit.all.includes(member.id));
    const staff = await ids(p.staff);
    assert.equal(staff.all.length, staff.total);
    assert.ok(staff.all.includes(member.id));
    const other = await ids(p.otherStaff);
    assert.ok(!other.all.includes(member.id));
    const street = await ids(p.streetStaff);
    assert.ok(street.total >= staff.total + other.total);
    const filtered = await ids(p.staff, { employerId: p.unit, registered: false });
    assert.ok(filtered.all.includes(member.id));
    assert.ok(!(await ids(p.staff, { registered: true })).all.includes(member.id));
  });

  test('a forged cursor or page size is refused, never reaching SQL', async () => {
    await p.staff.error('INVALID_CURSOR', MEMBERS, { after: 'bm9wZQ' });
    await p.staff.error('INVALID_CURSOR', MEMBERS, { after: Buffer.from(JSON.stringify(['PartyMember:name', 'x', 'not-a-uuid'])).toString('base64url') });
    await p.staff.error('OUT_OF_RANGE', MEMBERS, { first: 100_000 });
    await p.staff.error('UNKNOWN_REFERENCE', MEMBERS, { filter: { communityId: 'x' } });
  });
});

describe('correcting contact data', () => {
  test('the member corrects its own phone and address; another member may not; a stale version is refused', async () => {
    const member = await newMember(p, p.community, p.unit);
    const changed = (await member.client.data(UPDATE, { input: { id: member.id, version: member.version, phone: '13911112222', homeAddress: '' } }))
      .updatePartyMember;
    assert.deepEqual({ phone: changed.phone, homeAddress: changed.homeAddress }, { phone: '13911112222', homeAddress: null });
    await member.client.error('STALE_VERSION', UPDATE, { input: { id: member.id, version: member.version, phone: '13911113333' } });
    await p.demoMember.error('OUT_OF_SCOPE', UPDATE, { input: { id: member.id, version: changed.version, phone: '13911113333' } });
    await member.client.error('NOTHING_TO_CHANGE', UPDATE, { input: { id: member.id, version: changed.version } });
    const audit = JSON.stringify(await hub.em('checkins').execute(`select changes from checkins.audit_entry where entity_id = ?`, [member.id]));
    assert.ok(!audit.includes('13911112222'), 'the audit trail records that the phone changed, not the number');
  });
});
