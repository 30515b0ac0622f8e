import assert from 'node:assert/strict';
import { describe, test } from '@jest/globals';
import { DEMO_ORGANISATIONS } from '../demo/demo-district.data';
import { graphql } from './kit/graphql';
import type { OrganisationFilter } from './kit/graphql/graphql';
import { useTestStack } from './kit/stack';

/** Reading the district tree through the gateway, on the demo district (清河区). */
const hub = useTestStack({ demo: true, maxPageSize: 50 });

const BY_CODE = graphql(`
  query OrganisationByCode($code: String!) {
    organisationByCode(code: $code) {
      id
      code
      name
      kind
      depth
      parent {
        code
      }
      ancestors {
        code
        kind
      }
      children(first: 50) {
        totalCount
        edges {
          node {
            code
            parent {
              code
            }
          }
        }
      }
      descendants(first: 50) {
        totalCount
      }
      grids: descendants(kind: GRID_PARTY_BRANCH, first: 50) {
        totalCount
        edges {
          node {
            kind
          }
        }
      }
      residentUnits(first: 50) {
        totalCount
        edges {
          node {
            code
            sector
          }
        }
      }
      seats {
        holderName
        role
        partTime
        termStart
        termEnd
        holderUnit {
          kind
        }
        committee {
          code
        }
      }
    }
  }
`);
const BY_ID = graphql(`
  query OrganisationById($id: ID!) {
    organisation(id: $id) {
      code
      name
    }
  }
`);
const LIST = graphql(`
  query OrganisationList($filter: OrganisationFilter, $first: Int, $after: String) {
    organisations(filter: $filter, first: $first, after: $after) {
      totalCount
      edges {
        cursor
        node {
          code
          name
          kind
        }
      }
      pageInfo {
        hasNextPage
        hasPreviousPage
        endCursor
      }
    }
  }
`);

const byCode = async (code: string) => (await hub.gateway.data(BY_CODE, { code })).organisationByCode;
/** An organisation that must exist. */
const existing = async (code: string) => (await byCode(code))!;

describe('organisation lookups', () => {
  test('organisationByCode and organisation(id) find the same node; unknown ones are null', async () => {
    const district = await existing('QH');
    assert.equal(district.kind, 'DISTRICT_COMMITTEE');
    assert.equal(district.depth, 0);
    const { organisation } = await hub.gateway.data(BY_ID, { id: district.id });
    assert.deepEqual(organisation, { code: 'QH', name: district.name });
    assert.equal(await byCode('NO-SUCH-CODE'), null);
    assert.equal((await hub.gateway.data(BY_ID, { id: '00000000-0000-4000-8000-000000000000' })).organisation, null);
    assert.equal((await hub.gateway.data(BY_ID, { id: 'not-a-uuid' })).organisation, null);
  });

  test('parent, ancestors and children follow the tree', async () => {
    const community = DEMO_ORGANISATIONS.find((o) => o.kind === 'COMMUNITY_PARTY_COMMITTEE')!;
    const node = await existing(community.code);
    assert.equal(node.parent?.code, community.parentCode);
    assert.deepEqual(
      node.ancestors.map((a) => a.kind),
      ['DISTRICT_COMMITTEE', 'STREET_WORKING_COMMITTEE'],
    );
    const expected = DEMO_ORGANISATIONS.filter((o) => o.parentCode === community.code)
      .map((o) => o.code)
      .sort();
    assert.equal(node.children.totalCount, expected.length);
    assert.deepEqual(
      node.children.edges.map((e) => e.node.code),
      expected,
    );
    assert.ok(node.children.edges.every((e) => e.node.parent?.code === community.code));
  });

  test('descendants filter by kind and cover the whole subtree', async () => {
    const street = DEMO_ORGANISATIONS.find((o) => o.kind === 'STREET_WORKING_COMMITTEE')!;
    const inStreet = subtreeCodes(street.code);
    const node = await existing(street.code);
    assert.equal(node.descendants.totalCount, inStreet.length - 1);
    const grids = DEMO_ORGANISATIONS.filter((o) => o.kind === 'GRID_PARTY_BRANCH' && inStreet.includes(o.code));
    assert.equal(node.grids.totalCount, grids.length);
    assert.ok(node.grids.edges.every((e) => e.node.kind === 'GRID_PARTY_BRANCH'));
  });

  test('residentUnits lists the units sitting in a street or community, and nothing for other kinds', async () => {
    const street = DEMO_ORGANISATIONS.find((o) => o.kind === 'STREET_WORKING_COMMITTEE')!;
    const units = DEMO_ORGANISATIONS.filter((o) => o.kind === 'UNIT_PARTY_ORGANISATION' && subtreeCodes(street.code).includes(o.code));
    const node = await existing(street.code);
    assert.equal(node.residentUnits.totalCount, units.length);
    assert.ok(node.residentUnits.edges.every((e) => e.node.sector));
    const grid = DEMO_ORGANISATIONS.find((o) => o.kind === 'GRID_PARTY_BRANCH')!;
    assert.equal((await existing(grid.code)).residentUnits.totalCount, 0);
  });

  test('seats show holder, role, the unit the holder comes from, and term', async () => {
    const street = DEMO_ORGANISATIONS.find((o) => o.kind === 'STREET_WORKING_COMMITTEE')!;
    const node = await existing(street.code);
    assert.equal(node.seats[0].role, 'SECRETARY');
    const partTime = node.seats.filter((s) => s.partTime);
    assert.ok(partTime.length > 0);
    assert.ok(partTime.every((s) => s.role === 'PART_TIME_MEMBER' && s.holderUnit?.kind === 'UNIT_PARTY_ORGANISATION'));
    assert.ok(node.seats.every((s) => /^\d{4}-\d{2}-\d{2}$/.test(s.termStart) && s.termEnd === null && s.committee.code === street.code));
  });
});

describe('the organisations list', () => {
  const list = (variables: { filter?: OrganisationFilter; first?: number; after?: string | null }) => hub.gateway.data(LIST, variables);

  test('filters by kind, parent, subtree and name, and they combine', async () => {
    const communities = DEMO_ORGANISATIONS.filter((o) => o.kind === 'COMMUNITY_PARTY_COMMITTEE');
    assert.equal((await list({ filter: { kind: 'COMMUNITY_PARTY_COMMITTEE' } })).organisations.totalCount, communities.length);
    const street = DEMO_ORGANISATIONS.find((o) => o.kind === 'STREET_WORKING_COMMITTEE')!;
    const streetNode = await existing(street.code);
    const children = DEMO_ORGANISATIONS.filter((o) => o.parentCode === street.code);
    assert.equal((await list({ filter: { parentId: streetNode.id } })).organisations.totalCount, children.length);
    const subtree = await list({ filter: { subtreeOf: streetNode.id, kind: 'COMMUNITY_PARTY_COMMITTEE' } });
    assert.equal(subtree.organisations.totalCount, communities.filter((c) => c.parentCode === street.code).length);
    const named = await list({ filter: { nameContains: '社区党委' } });
    assert.ok(named.organisations.totalCount > 0);
    assert.ok(named.organisations.edges.every((e) => e.node.name.includes('社区党委')));
  });

  test('pages with cursors visit every item once, in code order', async () => {
    const all = DEMO_ORGANISATIONS.map((o) => o.code).sort();
    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 20; page += 1) {
      const data = await list({ first: 50, after });
      seen.push(...data.organisations.edges.map((e) => e.node.code));
      assert.equal(data.organisations.totalCount, all.length);
      assert.equal(data.organisations.pageInfo.hasPreviousPage, after !== null);
      if (!data.organisations.pageInfo.hasNextPage) break;
      after = data.organisations.pageInfo.endCursor;
    }
    assert.deepEqual(seen, all);
  });

  test('a page above the maximum, a negative page and a foreign cursor are refused', async () => {
    const tooBig = await hub.gateway.error('OUT_OF_RANGE', '{ organisations(first: 51) { totalCount } }');
    assert.equal(tooBig.extensions?.field, 'first');
    await hub.gateway.error('OUT_OF_RANGE', '{ organisations(first: -1) { totalCount } }');
    const cursor = await hub.gateway.error('INVALID_CURSOR', '{ organisations(after: "bm90IGEgY3Vyc29y") { totalCount } }');
    assert.equal(cursor.extensions?.field, 'after');
    await hub.gateway.error('OUT_OF_RANGE', '{ organisationByCode(code: "QH") { children(first: 500) { totalCount } } }');
    await hub.gateway.error('UNKNOWN_REFERENCE', `{ organisations(filter: { subtreeOf: "00000000-0000-4000-8000-000000000000" }) { totalCount } }`);
  });
});

function subtreeCodes(rootCode: string): string[] {
  const codes = [rootCode];
  for (const o of DEMO_ORGANISATIONS) if (o.parentCode && codes.includes(o.parentCode)) codes.push(o.code);
  return codes;
}
