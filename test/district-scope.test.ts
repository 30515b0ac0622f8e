import assert from 'node:assert/strict';
import { beforeAll, describe, test } from '@jest/globals';
import { Role, type Actor } from '../platform/auth/identity';
import { createOrganisation, type OrganisationRef } from './kit/factories';
import { useTestStack } from './kit/stack';

/**
 * Reads follow DOMAIN.md: every role of a district reads that district's structure (organisations,
 * kinds, places, seats and who holds them); no role reads another district's; only the operator
 * reads them all. Through the gateway, and through `_entities` as the gateway calls it.
 */
const hub = useTestStack();

interface District {
  district: OrganisationRef;
  street: OrganisationRef;
  community: OrganisationRef;
  unit: OrganisationRef;
  seatId: string;
}
let a: District;
let b: District;

async function buildDistrict(holderName: string): Promise<District> {
  const district = await createOrganisation(hub.gateway, 'DISTRICT_COMMITTEE', null);
  const street = await createOrganisation(hub.gateway, 'STREET_WORKING_COMMITTEE', district);
  const community = await createOrganisation(hub.gateway, 'COMMUNITY_PARTY_COMMITTEE', street);
  await createOrganisation(hub.gateway, 'GRID_PARTY_BRANCH', community);
  const unit = await createOrganisation(hub.gateway, 'UNIT_PARTY_ORGANISATION', community);
  const { addCommitteeSeat } = await hub.gateway.data(`mutation ($i: AddCommitteeSeatInput!) { addCommitteeSeat(input: $i) { id } }`, {
    i: { committeeId: community.id, holderName, role: 'PART_TIME_MEMBER', holderUnitId: unit.id, termStart: '2025-01-01' },
  });
  return { district, street, community, unit, seatId: addCommitteeSeat.id };
}

/** One actor of each role working in district `d`. */
const actorsOf = (d: District): Actor[] => [
  { role: Role.DISTRICT_ADMIN, subject: 'admin', organisationId: d.district.id },
  { role: Role.COMMUNITY_STAFF, subject: 'staff', organisationId: d.community.id },
  { role: Role.PARTNER_UNIT, subject: 'unit', organisationId: d.unit.id },
  { role: Role.PARTY_MEMBER, subject: 'member', organisationId: d.community.id, memberId: '00000000-0000-4000-8000-00000000000a' },
  { role: Role.ANALYST, subject: 'analyst', organisationId: d.street.id },
];

const TREE = `query ($id: ID!) { organisation(id: $id) { name children { totalCount } seats { holderName holderUnit { id } } } }`;
const LIST = `{ organisations(first: 100) { totalCount edges { node { id } } } }`;

beforeAll(async () => {
  a = await buildDistrict('王建国');
  b = await buildDistrict('李秀英');
});

describe('reading the structure of a district', () => {
  test("every role reads its own district's tree, seats and who holds them", async () => {
    for (const actor of actorsOf(a)) {
      const client = await hub.as(actor);
      const { organisation } = await client.data(TREE, { id: a.community.id });
      assert.deepEqual(organisation.seats, [{ holderName: '王建国', holderUnit: { id: a.unit.id } }], actor.role);
      assert.equal((await client.data(TREE, { id: a.district.id })).organisation.children.totalCount, 1, actor.role);
    }
  });

  test("no role reads another district's organisations or seat holders, by id, by code or nested", async () => {
    for (const actor of actorsOf(a)) {
      const client = await hub.as(actor);
      for (const id of [b.district.id, b.community.id, b.unit.id]) {
        const error = await client.error('OUT_OF_SCOPE', TREE, { id });
        assert.equal(error.extensions?.permission, 'organisations.read');
      }
      const byCode = await client.request(`query ($code: String!) { organisationByCode(code: $code) { seats { holderName } } }`, { code: b.community.code });
      assert.equal(byCode.errors?.[0].extensions?.reason, 'OUT_OF_SCOPE', actor.role);
      assert.ok(!JSON.stringify(byCode).includes('李秀英'), 'no seat holder of district B');
    }
  });

  test("lists and filters hold only the caller's district, with counts to match", async () => {
    const everything = (await hub.gateway.data(LIST)).organisations;
    const partnerA = await hub.as(actorsOf(a)[2]);
    const seen = (await partnerA.data(LIST)).organisations;
    const ids = seen.edges.map((e: any) => e.node.id);
    assert.equal(seen.totalCount, 5, "district A's five organisations");
    assert.equal(ids.length, 5);
    assert.ok(ids.includes(a.unit.id) && !ids.includes(b.unit.id));
    assert.ok(everything.totalCount >= 10, 'the operator reads every district');
    const filtered = await partnerA.data(`query ($id: ID!) { organisations(filter: { subtreeOf: $id }) { totalCount edges { node { id } } } }`, {
      id: b.district.id,
    });
    assert.deepEqual(filtered.organisations, { totalCount: 0, edges: [] });
    const kinds = await partnerA.data(`{ organisations(filter: { kind: UNIT_PARTY_ORGANISATION }) { totalCount } }`);
    assert.equal(kinds.organisations.totalCount, 1);
  });

  test("_entities, as the gateway calls it with the caller's identity, resolves nothing of another district", async () => {
    const organisations = hub.stack.subgraphs.find((s) => s.name === 'organisations')!;
    const query = `query ($r: [_Any!]!) { _entities(representations: $r) {
      ... on Organisation { id name } ... on CommitteeSeat { id holderName } } }`;
    const representations = [
      { __typename: 'Organisation', id: a.unit.id },
      { __typename: 'Organisation', id: b.unit.id },
      { __typename: 'CommitteeSeat', id: a.seatId },
      { __typename: 'CommitteeSeat', id: b.seatId },
    ];
    const body = JSON.stringify({ query, variables: { r: representations } });
    const response = await fetch(organisations.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...hub.signedHeaders(actorsOf(a)[2], body) },
      body,
    });
    const answer = (await response.json()) as any;
    assert.equal(answer.errors, undefined, JSON.stringify(answer.errors));
    const [ownUnit, foreignUnit, ownSeat, foreignSeat] = answer.data._entities;
    assert.equal(ownUnit.id, a.unit.id);
    assert.equal(ownSeat.holderName, '王建国');
    assert.equal(foreignUnit, null);
    assert.equal(foreignSeat, null);
  });
});
