import assert from 'node:assert/strict';
import { describe, test } from '@jest/globals';
import { Role } from '../platform/auth/identity';
import { createOrganisation, type OrganisationRef } from './kit/factories';
import { useTestStack } from './kit/stack';
import type { Reason } from '../platform/errors/reasons';

/** Changing the tree through the gateway: every rule, every refusal, nothing half-written. */
const hub = useTestStack();

const CREATE = `mutation ($input: CreateOrganisationInput!) { createOrganisation(input: $input) { id } }`;
const UPDATE = `mutation ($input: UpdateOrganisationInput!) { updateOrganisation(input: $input) { id code name address version } }`;
const MOVE = `mutation ($input: MoveOrganisationInput!) { moveOrganisation(input: $input) { id depth version parent { id } } }`;

const snapshot = async () =>
  (await hub.gateway.data(`{ organisations(first: 100) { totalCount edges { node { id code name version depth parentId address } } } }`)).organisations;

/** Runs a refused operation and checks that nothing stored changed. */
async function refused(reason: Reason, query: string, variables: Record<string, unknown>, field?: string) {
  const before = await snapshot();
  const error = await hub.gateway.error(reason, query, variables);
  if (field) assert.equal(error.extensions?.field, field, error.message);
  assert.deepEqual(await snapshot(), before);
  return error;
}

describe('createOrganisation', () => {
  let district: OrganisationRef;
  let street: OrganisationRef;
  let community: OrganisationRef;

  test('builds a tree of allowed kinds, with depth', async () => {
    district = await createOrganisation(hub.gateway, 'DISTRICT_COMMITTEE', null, { name: '中共示范区委' });
    street = await createOrganisation(hub.gateway, 'STREET_WORKING_COMMITTEE', district);
    community = await createOrganisation(hub.gateway, 'COMMUNITY_PARTY_COMMITTEE', street);
    const grid = await createOrganisation(hub.gateway, 'GRID_PARTY_BRANCH', community);
    const building = await createOrganisation(hub.gateway, 'BUILDING_PARTY_GROUP', grid);
    assert.deepEqual(
      [district, street, community, grid, building].map((o) => o.depth),
      [0, 1, 2, 3, 4],
    );
    const unit = await createOrganisation(hub.gateway, 'UNIT_PARTY_ORGANISATION', community, { sector: 'HOSPITAL', address: '翠湖路1号' });
    assert.equal(unit.kind, 'UNIT_PARTY_ORGANISATION');
  });

  test('refuses bad input, naming the field, and stores nothing', async () => {
    const base = { code: 'NEW-1', name: '新社区党委', kind: 'COMMUNITY_PARTY_COMMITTEE', parentId: street.id };
    await refused('REQUIRED', CREATE, { input: { ...base, name: '   ' } }, 'input.name');
    await refused('INVALID_FORMAT', CREATE, { input: { ...base, code: 'bad code!' } }, 'input.code');
    await refused('DUPLICATE', CREATE, { input: { ...base, code: street.code } }, 'input.code');
    await refused('WRONG_PARENT', CREATE, { input: { ...base, parentId: community.id } }, 'input.parentId');
    await refused('WRONG_PARENT', CREATE, { input: { ...base, parentId: null } }, 'input.parentId');
    await refused('UNKNOWN_REFERENCE', CREATE, { input: { ...base, parentId: '00000000-0000-4000-8000-000000000000' } }, 'input.parentId');
    await refused('NO_PARENT_ALLOWED', CREATE, { input: { ...base, kind: 'DISTRICT_COMMITTEE' } }, 'input.parentId');
    await refused('NOT_APPLICABLE', CREATE, { input: { ...base, sector: 'SCHOOL' } }, 'input.sector');
    await refused('REQUIRED_FOR', CREATE, { input: { ...base, kind: 'UNIT_PARTY_ORGANISATION' } }, 'input.sector');
    await refused('WRONG_PARENT', CREATE, { input: { ...base, kind: 'BUILDING_PARTY_GROUP' } }, 'input.parentId');
  });
});

describe('updateOrganisation', () => {
  test('changes name, code and address with the current version, and refuses a stale one', async () => {
    const district = await createOrganisation(hub.gateway, 'DISTRICT_COMMITTEE', null);
    const { updateOrganisation: updated } = await hub.gateway.data(UPDATE, {
      input: { id: district.id, version: district.version, name: '中共新城区委', code: 'xc-01', address: '人民路8号' },
    });
    assert.deepEqual(
      { ...updated, id: undefined },
      { id: undefined, code: 'XC-01', name: '中共新城区委', address: '人民路8号', version: district.version + 1 },
    );
    await refused('STALE_VERSION', UPDATE, { input: { id: district.id, version: district.version, name: '旧名' } });
    await refused('REQUIRED', UPDATE, { input: { id: district.id, version: updated.version, name: '' } }, 'input.name');
    await refused('NOT_FOUND', UPDATE, { input: { id: '00000000-0000-4000-8000-000000000000', version: 1, name: 'x' } });
  });

  test('a duplicate code is refused', async () => {
    const a = await createOrganisation(hub.gateway, 'DISTRICT_COMMITTEE', null);
    const b = await createOrganisation(hub.gateway, 'DISTRICT_COMMITTEE', null);
    await refused('DUPLICATE', UPDATE, { input: { id: b.id, version: b.version, code: a.code } }, 'input.code');
  });
});

describe('moveOrganisation', () => {
  test('re-parents a whole subtree: paths, depths and ancestors follow', async () => {
    const district = await createOrganisation(hub.gateway, 'DISTRICT_COMMITTEE', null);
    const streetA = await createOrganisation(hub.gateway, 'STREET_WORKING_COMMITTEE', district);
    const streetB = await createOrganisation(hub.gateway, 'STREET_WORKING_COMMITTEE', district);
    const community = await createOrganisation(hub.gateway, 'COMMUNITY_PARTY_COMMITTEE', streetA);
    const area = await createOrganisation(hub.gateway, 'AREA_JOINT_PARTY_ORGANISATION', community);
    const grid = await createOrganisation(hub.gateway, 'GRID_PARTY_BRANCH', area);
    const moved = (await hub.gateway.data(MOVE, { input: { id: area.id, version: area.version, newParentId: streetB.id } })).moveOrganisation;
    assert.equal(moved.parent.id, streetB.id);
    assert.equal(moved.depth, 2);
    const { organisation } = await hub.gateway.data(`query ($id: ID!) { organisation(id: $id) { depth ancestors { id } } }`, { id: grid.id });
    assert.deepEqual(organisation, { depth: 3, ancestors: [{ id: district.id }, { id: streetB.id }, { id: area.id }] });
    const oldStreet = await hub.gateway.data(`query ($id: ID!) { organisation(id: $id) { descendants { totalCount } } }`, { id: streetA.id });
    assert.equal(oldStreet.organisation.descendants.totalCount, 1);
  });

  test('refuses a cycle, a wrong kind of parent, a missing parent and a stale version', async () => {
    const district = await createOrganisation(hub.gateway, 'DISTRICT_COMMITTEE', null);
    const street = await createOrganisation(hub.gateway, 'STREET_WORKING_COMMITTEE', district);
    const community = await createOrganisation(hub.gateway, 'COMMUNITY_PARTY_COMMITTEE', street);
    const area = await createOrganisation(hub.gateway, 'AREA_JOINT_PARTY_ORGANISATION', community);
    const grid = await createOrganisation(hub.gateway, 'GRID_PARTY_BRANCH', area);
    const move = (id: string, version: number, newParentId: string) => ({ input: { id, version, newParentId } });
    // An area may sit under a community or a street; under its own grid it would make a cycle.
    await refused('WRONG_PARENT', MOVE, move(area.id, area.version, grid.id), 'input.newParentId');
    await refused('WRONG_PARENT', MOVE, move(area.id, area.version, area.id), 'input.newParentId');
    await refused('WRONG_PARENT', MOVE, move(community.id, community.version, grid.id), 'input.newParentId');
    await refused('UNKNOWN_REFERENCE', MOVE, move(community.id, community.version, '00000000-0000-4000-8000-000000000000'), 'input.newParentId');
    await refused('STALE_VERSION', MOVE, move(community.id, community.version + 5, street.id));
    await refused('NOT_FOUND', MOVE, move('00000000-0000-4000-8000-000000000000', 1, street.id));
  });
});

describe('roles that may never change the tree', () => {
  test('are refused before their input is read: no validation rule, no lookup', async () => {
    const district = await createOrganisation(hub.gateway, 'DISTRICT_COMMITTEE', null);
    const analyst = await hub.as({ role: Role.ANALYST, subject: 'analyst', organisationId: district.id });
    const bad = { code: 'not a code!', name: '', kind: 'GRID_PARTY_BRANCH', parentId: '00000000-0000-4000-8000-000000000000', sector: 'SCHOOL' };
    const error = await analyst.error('ROLE_NOT_PERMITTED', CREATE, { input: bad });
    assert.equal(error.extensions?.field, undefined);
    await analyst.error('ROLE_NOT_PERMITTED', UPDATE, { input: { id: 'nothing', version: 0, code: '!' } });
    await analyst.error('ROLE_NOT_PERMITTED', MOVE, { input: { id: 'nothing', version: 0, newParentId: 'nothing' } });
    await analyst.error(
      'ROLE_NOT_PERMITTED',
      `mutation { addCommitteeSeat(input: { committeeId: "x", holderName: "", role: SECRETARY, termStart: "2025-01-01" }) { id } }`,
    );
  });
});

describe('committee seats', () => {
  const ADD = `mutation ($input: AddCommitteeSeatInput!) { addCommitteeSeat(input: $input) { id version role partTime holderUnit { id } termStart termEnd } }`;
  const END = `mutation ($input: EndCommitteeSeatInput!) { endCommitteeSeat(input: $input) { id version termEnd } }`;
  const seatsOf = async (id: string, includeEnded = false) =>
    (
      await hub.gateway.data(`query ($id: ID!, $all: Boolean!) { organisation(id: $id) { seats(includeEnded: $all) { id holderName } } }`, {
        id,
        all: includeEnded,
      })
    ).organisation.seats;

  test('adds part-time seats from resident units and ends terms, keeping history', async () => {
    const district = await createOrganisation(hub.gateway, 'DISTRICT_COMMITTEE', null);
    const street = await createOrganisation(hub.gateway, 'STREET_WORKING_COMMITTEE', district);
    const unit = await createOrganisation(hub.gateway, 'UNIT_PARTY_ORGANISATION', street);
    const input = { committeeId: street.id, holderName: '王建国', role: 'PART_TIME_MEMBER', holderUnitId: unit.id, termStart: '2024-01-01' };
    const seat = (await hub.gateway.data(ADD, { input })).addCommitteeSeat;
    assert.deepEqual(
      { ...seat, id: undefined, version: undefined },
      { id: undefined, version: undefined, role: 'PART_TIME_MEMBER', partTime: true, holderUnit: { id: unit.id }, termStart: '2024-01-01', termEnd: null },
    );
    assert.equal((await seatsOf(street.id)).length, 1);
    const ended = (await hub.gateway.data(END, { input: { id: seat.id, version: seat.version, termEnd: '2025-12-31' } })).endCommitteeSeat;
    assert.equal(ended.termEnd, '2025-12-31');
    assert.equal((await seatsOf(street.id)).length, 0);
    assert.equal((await seatsOf(street.id, true)).length, 1);
    await hub.gateway.error('WRONG_STATE', END, { input: { id: seat.id, version: ended.version, termEnd: '2026-01-01' } });
  });

  test('refuses seats on non-committees, holders from non-units, part-time seats without a unit, and bad terms', async () => {
    const district = await createOrganisation(hub.gateway, 'DISTRICT_COMMITTEE', null);
    const street = await createOrganisation(hub.gateway, 'STREET_WORKING_COMMITTEE', district);
    const community = await createOrganisation(hub.gateway, 'COMMUNITY_PARTY_COMMITTEE', street);
    const grid = await createOrganisation(hub.gateway, 'GRID_PARTY_BRANCH', community);
    const base = { committeeId: community.id, holderName: '李秀英', role: 'SECRETARY', termStart: '2024-03-01' };
    await refused('WRONG_KIND', ADD, { input: { ...base, committeeId: grid.id } }, 'input.committeeId');
    await refused('UNKNOWN_REFERENCE', ADD, { input: { ...base, committeeId: '00000000-0000-4000-8000-000000000000' } }, 'input.committeeId');
    await refused('REQUIRED', ADD, { input: { ...base, holderName: ' ' } }, 'input.holderName');
    await refused('REQUIRED_FOR', ADD, { input: { ...base, role: 'PART_TIME_MEMBER' } }, 'input.holderUnitId');
    await refused('WRONG_KIND', ADD, { input: { ...base, holderUnitId: street.id } }, 'input.holderUnitId');
    await hub.gateway.error('INVALID_VALUE', ADD, { input: { ...base, termStart: '2024-02-30' } });
    const seat = (await hub.gateway.data(ADD, { input: base })).addCommitteeSeat;
    await refused('NOT_BEFORE', END, { input: { id: seat.id, version: seat.version, termEnd: '2023-12-31' } }, 'input.termEnd');
    await refused('STALE_VERSION', END, { input: { id: seat.id, version: seat.version + 1, termEnd: '2025-01-01' } });
    await refused('NOT_FOUND', END, { input: { id: '00000000-0000-4000-8000-000000000000', version: 1, termEnd: '2025-01-01' } });
    assert.equal((await seatsOf(community.id)).length, 1);
  });
});

describe('concurrent writes', () => {
  test('twenty creates at once under one parent all land, each with a consistent path', async () => {
    const district = await createOrganisation(hub.gateway, 'DISTRICT_COMMITTEE', null);
    const street = await createOrganisation(hub.gateway, 'STREET_WORKING_COMMITTEE', district);
    const created = await Promise.all(Array.from({ length: 20 }, () => createOrganisation(hub.gateway, 'COMMUNITY_PARTY_COMMITTEE', street)));
    assert.equal(new Set(created.map((c) => c.id)).size, 20);
    const { organisation } = await hub.gateway.data(
      `query ($id: ID!) { organisation(id: $id) { children(first: 50) { totalCount edges { node { depth ancestors { id } } } } } }`,
      { id: street.id },
    );
    assert.equal(organisation.children.totalCount, 20);
    assert.ok(
      organisation.children.edges.every((e: any) => e.node.depth === 2 && e.node.ancestors.map((a: any) => a.id).join() === `${district.id},${street.id}`),
    );
  });

  test('two updates from the same version: one wins, the other is refused with CONFLICT', async () => {
    const district = await createOrganisation(hub.gateway, 'DISTRICT_COMMITTEE', null);
    const results = await Promise.all(
      ['甲', '乙'].map((name) => hub.gateway.request(UPDATE, { input: { id: district.id, version: district.version, name: `中共${name}区委` } })),
    );
    const outcomes = results.map((r) => (r.errors ? `${r.errors[0].extensions?.code}/${r.errors[0].extensions?.reason}` : 'OK')).sort();
    assert.deepEqual(outcomes, ['CONFLICT/STALE_VERSION', 'OK']);
  });
});
