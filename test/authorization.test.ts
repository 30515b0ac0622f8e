import assert from 'node:assert/strict';
import { beforeAll, describe, test } from '@jest/globals';
import { Role, type Actor } from '../platform/auth/identity';
import type { GraphQLClient, GraphQLResponse } from './kit/client';
import { graphql } from './kit/graphql';
import { createOrganisation, type OrganisationRef } from './kit/factories';
import { useTestStack } from './kit/stack';

/**
 * The access matrix of the organisations subgraph: every role against every write, inside and
 * outside its own scope, through the gateway. A refusal is FORBIDDEN and leaves the data unchanged.
 */
const hub = useTestStack();

interface District {
  district: OrganisationRef;
  street: OrganisationRef;
  community: OrganisationRef;
  area: OrganisationRef;
  grid: OrganisationRef;
  unit: OrganisationRef;
}

let a: District;
let b: District;

async function buildDistrict(): Promise<District> {
  const district = await createOrganisation(hub.gateway, 'DISTRICT_COMMITTEE', null);
  const street = await createOrganisation(hub.gateway, 'STREET_WORKING_COMMITTEE', district);
  const community = await createOrganisation(hub.gateway, 'COMMUNITY_PARTY_COMMITTEE', street);
  const area = await createOrganisation(hub.gateway, 'AREA_JOINT_PARTY_ORGANISATION', community);
  const grid = await createOrganisation(hub.gateway, 'GRID_PARTY_BRANCH', community);
  const unit = await createOrganisation(hub.gateway, 'UNIT_PARTY_ORGANISATION', community);
  return { district, street, community, area, grid, unit };
}

/** The actors of district A, one per role. */
const actors = (): Record<Role, Actor> => ({
  PLATFORM_ADMIN: { role: Role.PLATFORM_ADMIN, subject: 'operator' },
  DISTRICT_ADMIN: { role: Role.DISTRICT_ADMIN, subject: 'admin-a', organisationId: a.district.id },
  COMMUNITY_STAFF: { role: Role.COMMUNITY_STAFF, subject: 'staff-a', organisationId: a.community.id },
  PARTNER_UNIT: { role: Role.PARTNER_UNIT, subject: 'unit-a', organisationId: a.unit.id },
  PARTY_MEMBER: { role: Role.PARTY_MEMBER, subject: 'member-a', organisationId: a.community.id, memberId: '00000000-0000-4000-8000-00000000000a' },
  ANALYST: { role: Role.ANALYST, subject: 'analyst-a', organisationId: a.district.id },
});

const STATE = graphql(`
  query TreeState {
    organisations(first: 100) {
      edges {
        node {
          id
          code
          name
          version
          parentId
          seats(includeEnded: true) {
            id
            holderName
            termEnd
            version
          }
        }
      }
    }
  }
`);
const READ = graphql(`
  query OrganisationAsStored($id: ID!) {
    organisation(id: $id) {
      id
      code
      name
      kind
      version
      depth
      parentId
      seats {
        holderName
        role
      }
    }
  }
`);
const CREATE = graphql(`
  mutation CreateInMatrix($i: CreateOrganisationInput!) {
    createOrganisation(input: $i) {
      id
      code
    }
  }
`);
const UPDATE = graphql(`
  mutation UpdateInMatrix($i: UpdateOrganisationInput!) {
    updateOrganisation(input: $i) {
      id
      version
    }
  }
`);
const MOVE = graphql(`
  mutation MoveInMatrix($i: MoveOrganisationInput!) {
    moveOrganisation(input: $i) {
      id
      version
    }
  }
`);
const ADD_SEAT = graphql(`
  mutation AddSeatInMatrix($i: AddCommitteeSeatInput!) {
    addCommitteeSeat(input: $i) {
      id
    }
  }
`);

const state = async () => (await hub.gateway.data(STATE)).organisations.edges;
/** An organisation as stored, read back by the operator. */
const stored = async (id: string) => (await hub.gateway.data(READ, { id })).organisation!;
const freshCode = (prefix: string) => `${prefix}-${Math.random().toString(36).slice(2, 8).toUpperCase()}`;

/**
 * Each write against a district's data (`version` read fresh, so only permission decides), and
 * what an allowed one must have stored, read back through the gateway.
 */
interface Write {
  run(d: District, client: GraphQLClient): Promise<{ errors?: GraphQLResponse['errors']; stored(): Promise<void> }>;
}
const WRITES: Record<string, Write> = {
  createOrganisation: {
    async run(d, c) {
      const code = freshCode('NEW');
      const response = await c.request(CREATE, { i: { code, name: '新网格党支部', kind: 'GRID_PARTY_BRANCH', parentId: d.community.id } });
      return {
        errors: response.errors,
        stored: async () => {
          const created = await stored(response.data!.createOrganisation.id);
          assert.deepEqual([created.code, created.name, created.kind, created.parentId], [code, '新网格党支部', 'GRID_PARTY_BRANCH', d.community.id]);
        },
      };
    },
  },
  createDistrict: {
    async run(_d, c) {
      const code = freshCode('D');
      const response = await c.request(CREATE, { i: { code, name: '中共新区委', kind: 'DISTRICT_COMMITTEE' } });
      return {
        errors: response.errors,
        stored: async () => {
          const created = await stored(response.data!.createOrganisation.id);
          assert.deepEqual([created.code, created.kind, created.parentId, created.depth], [code, 'DISTRICT_COMMITTEE', null, 0]);
        },
      };
    },
  },
  updateOrganisation: {
    async run(d, c) {
      const before = await stored(d.community.id);
      const name = `改名社区党委${before.version}`;
      const response = await c.request(UPDATE, { i: { id: d.community.id, version: before.version, name } });
      return {
        errors: response.errors,
        stored: async () => {
          const after = await stored(d.community.id);
          assert.deepEqual([after.name, after.version], [name, before.version + 1]);
        },
      };
    },
  },
  moveOrganisation: {
    async run(d, c) {
      // Between the community and its area, whichever the grid is not under now: a real move.
      const grid = await stored(d.grid.id);
      const target = grid.parentId === d.community.id ? d.area.id : d.community.id;
      const response = await c.request(MOVE, { i: { id: d.grid.id, version: grid.version, newParentId: target } });
      return { errors: response.errors, stored: async () => assert.equal((await stored(d.grid.id)).parentId, target) };
    },
  },
  addCommitteeSeat: {
    async run(d, c) {
      const holderName = `张伟${Math.random().toString(36).slice(2, 6)}`;
      const response = await c.request(ADD_SEAT, { i: { committeeId: d.community.id, holderName, role: 'FULL_TIME_MEMBER', termStart: '2025-01-01' } });
      return {
        errors: response.errors,
        stored: async () => assert.ok((await stored(d.community.id)).seats.some((seat) => seat.holderName === holderName && seat.role === 'FULL_TIME_MEMBER')),
      };
    },
  },
};

/** Who may write where: district admins within their district, the operator anywhere. */
function expected(role: Role, write: string, own: boolean): boolean {
  if (role === Role.PLATFORM_ADMIN) return true;
  return role === Role.DISTRICT_ADMIN && own && write !== 'createDistrict';
}

describe('writes to the organisation tree', () => {
  beforeAll(async () => {
    a = await buildDistrict();
    b = await buildDistrict();
  });

  for (const role of Object.values(Role)) {
    for (const [write, { run }] of Object.entries(WRITES)) {
      for (const own of [true, false]) {
        const allowed = expected(role, write, own);
        test(`${role} ${write} in ${own ? 'its own' : 'another'} district: ${allowed ? 'allowed' : 'FORBIDDEN'}`, async () => {
          const client = await hub.as(actors()[role]);
          const before = await state();
          const response = await run(own ? a : b, client);
          if (allowed) {
            assert.equal(response.errors, undefined, JSON.stringify(response.errors));
            await response.stored();
          } else {
            const reason = role === Role.DISTRICT_ADMIN && write !== 'createDistrict' ? 'OUT_OF_SCOPE' : 'ROLE_NOT_PERMITTED';
            const { code, reason: actual } = response.errors?.[0].extensions ?? {};
            assert.deepEqual({ code, reason: actual }, { code: 'FORBIDDEN', reason }, JSON.stringify(response.errors));
            assert.deepEqual(await state(), before, 'a refused write changed nothing');
          }
        });
      }
    }
  }

  test("every role reads its own district's structure; only the operator reads another district's", async () => {
    const query = `query ($id: ID!) { organisation(id: $id) { name children { totalCount } seats { id } } }`;
    for (const actor of Object.values(actors())) {
      const client = await hub.as(actor);
      assert.equal((await client.data(query, { id: a.street.id })).organisation.children.totalCount, 1);
      if (actor.role === Role.PLATFORM_ADMIN) assert.equal((await client.data(query, { id: b.street.id })).organisation.children.totalCount, 1);
      else await client.error('OUT_OF_SCOPE', query, { id: b.street.id });
    }
  });

  test('ending a seat follows the same scope', async () => {
    const seat = (
      await hub.gateway.data(`mutation ($i: AddCommitteeSeatInput!) { addCommitteeSeat(input: $i) { id version } }`, {
        i: { committeeId: b.community.id, holderName: '刘洋', role: 'SECRETARY', termStart: '2024-01-01' },
      })
    ).addCommitteeSeat;
    const end = `mutation ($i: EndCommitteeSeatInput!) { endCommitteeSeat(input: $i) { termEnd } }`;
    const input = { i: { id: seat.id, version: seat.version, termEnd: '2025-01-01' } };
    await (await hub.as(actors().DISTRICT_ADMIN)).error('OUT_OF_SCOPE', end, input);
    const adminB = await hub.as({ role: Role.DISTRICT_ADMIN, subject: 'admin-b', organisationId: b.district.id });
    assert.equal((await adminB.data(end, input)).endCommitteeSeat.termEnd, '2025-01-01');
  });
});

describe('the audit trail', () => {
  const TRAIL = `query ($id: ID) { organisationsAuditTrail(entityId: $id, first: 100) { totalCount edges { node { actorSubject actorRole actingOrganisationId action entityType entityId changes requestId occurredAt } } } }`;

  test('records who changed what, when, in which role, for which organisation', async () => {
    const adminA = await hub.as(actors().DISTRICT_ADMIN);
    const version = (await stored(a.street.id)).version;
    await adminA.data(`mutation ($i: UpdateOrganisationInput!) { updateOrganisation(input: $i) { id } }`, {
      i: { id: a.street.id, version, name: '审计街道党工委' },
    });
    const entries = (await adminA.data(TRAIL, { id: a.street.id })).organisationsAuditTrail.edges.map((e: any) => e.node);
    assert.equal(entries[0].action, 'CREATE');
    const update = entries.at(-1);
    assert.deepEqual(
      { subject: update.actorSubject, role: update.actorRole, org: update.actingOrganisationId, action: update.action, type: update.entityType },
      { subject: 'admin-a', role: 'DISTRICT_ADMIN', org: a.district.id, action: 'UPDATE', type: 'Organisation' },
    );
    assert.equal(update.changes.name.to, '审计街道党工委');
    assert.ok(update.changes.name.from);
    assert.ok(!('version' in update.changes));
  });

  test("a district admin reads only its own district's entries; other roles read none", async () => {
    const adminB = await hub.as({ role: Role.DISTRICT_ADMIN, subject: 'admin-b', organisationId: b.district.id });
    const seenByB = (await adminB.data(TRAIL, { id: a.street.id })).organisationsAuditTrail.totalCount;
    assert.equal(seenByB, 0);
    const all = (await hub.gateway.data(TRAIL, {})).organisationsAuditTrail.totalCount;
    const ownB = (await adminB.data(TRAIL, {})).organisationsAuditTrail.totalCount;
    assert.ok(ownB > 0 && ownB < all);
    for (const role of [Role.COMMUNITY_STAFF, Role.PARTNER_UNIT, Role.PARTY_MEMBER, Role.ANALYST]) {
      await (await hub.as(actors()[role])).error('ROLE_NOT_PERMITTED', TRAIL, {});
    }
  });

  test('a move records each moved descendant (path and depth, from and to) in the same request, in statements that do not grow with the subtree', async () => {
    const district = await createOrganisation(hub.gateway, 'DISTRICT_COMMITTEE', null);
    const [from, to] = [
      await createOrganisation(hub.gateway, 'STREET_WORKING_COMMITTEE', district),
      await createOrganisation(hub.gateway, 'STREET_WORKING_COMMITTEE', district),
    ];
    const community = await createOrganisation(hub.gateway, 'COMMUNITY_PARTY_COMMITTEE', from);
    const areaOf = async (grids: number, buildings: number) => {
      const area = await createOrganisation(hub.gateway, 'AREA_JOINT_PARTY_ORGANISATION', community);
      const below: Array<{ id: string; parents: string[] }> = [];
      for (let g = 0; g < grids; g += 1) {
        const grid = await createOrganisation(hub.gateway, 'GRID_PARTY_BRANCH', area);
        below.push({ id: grid.id, parents: [area.id] });
        for (let b = 0; b < buildings; b += 1)
          below.push({ id: (await createOrganisation(hub.gateway, 'BUILDING_PARTY_GROUP', grid)).id, parents: [area.id, grid.id] });
      }
      return { area, below };
    };
    const small = await areaOf(1, 0);
    const large = await areaOf(3, 2);
    const admin = await hub.as({ role: Role.DISTRICT_ADMIN, subject: 'mover', organisationId: district.id });
    await admin.data('{ __typename }');
    const move = (area: OrganisationRef) =>
      hub.countSql(() =>
        admin.data(`mutation ($i: MoveOrganisationInput!) { moveOrganisation(input: $i) { id } }`, {
          i: { id: area.id, version: area.version, newParentId: to.id },
        }),
      );
    const smallMove = await move(small.area);
    const largeMove = await move(large.area);
    assert.equal(largeMove.statements, smallMove.statements, `1 descendant: ${smallMove.log.join('\n')}\n---\n9: ${largeMove.log.join('\n')}`);

    const last = async (id: string) => (await admin.data(TRAIL, { id })).organisationsAuditTrail.edges.at(-1).node;
    const node = await last(large.area.id);
    assert.equal(node.action, 'UPDATE');
    const path = (...ids: string[]) => `/${ids.join('/')}/`;
    for (const { id, parents } of large.below) {
      const entry = await last(id);
      assert.deepEqual(
        { action: entry.action, subject: entry.actorSubject, role: entry.actorRole, requestId: entry.requestId },
        { action: 'UPDATE', subject: 'mover', role: 'DISTRICT_ADMIN', requestId: node.requestId },
      );
      const depth = parents.length + 2;
      assert.deepEqual(entry.changes, {
        path: { from: path(district.id, from.id, community.id, ...parents, id), to: path(district.id, to.id, ...parents, id) },
        depth: { from: depth + 1, to: depth },
      });
    }
  });

  test('nothing in the API changes the audit trail', async () => {
    const { __schema } = await hub.gateway.data(`{ __schema { mutationType { fields { name args { type { name ofType { name } } } } } } }`);
    const touching = __schema.mutationType.fields.filter(
      (f: any) => /audit/i.test(f.name) || f.args.some((a: any) => /Audit/.test(a.type.name ?? a.type.ofType?.name ?? '')),
    );
    assert.deepEqual(touching, []);
  });
});
