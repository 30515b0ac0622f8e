import assert from 'node:assert/strict';
import { test } from '@jest/globals';
import { Role } from '../platform/auth/identity';
import { CONFIRM, ENTER_MEMBER, REPORT, testIdentityNumber } from './kit/checkins';
import { createDistrict, createOrganisation } from './kit/factories';
import { graphql } from './kit/graphql';
import { useTestStack } from './kit/stack';

/**
 * Journey 1 with journey 3: every community of a street with a page of its registered members costs
 * the check-ins subgraph the same number of SQL statements for 2 communities as for 8.
 */
const hub = useTestStack();

const STREET_MEMBERS = graphql(`
  query StreetRegisteredMembers($id: ID!) {
    organisation(id: $id) {
      name
      registeredMembers(first: 5) {
        totalCount
      }
      children(first: 50) {
        totalCount
        edges {
          node {
            name
            registeredMembers(first: 2) {
              totalCount
              edges {
                node {
                  name
                  residentialCommunity {
                    id
                  }
                }
              }
              pageInfo {
                hasNextPage
              }
            }
          }
        }
      }
    }
  }
`);

async function streetWithMembers(communities: number) {
  const { street, communities: list } = await createDistrict(hub.gateway, communities, 0);
  const staff = await hub.as({ role: Role.COMMUNITY_STAFF, subject: 'street-staff', organisationId: street.id });
  for (const community of list) {
    const grid = await createOrganisation(hub.gateway, 'GRID_PARTY_BRANCH', community);
    const unit = await createOrganisation(hub.gateway, 'UNIT_PARTY_ORGANISATION', community);
    for (let m = 0; m < 3; m++) {
      const input = { name: `党员${m + 1}`, identityNumber: testIdentityNumber(), employerId: unit.id, residentialCommunityId: community.id };
      const member = (await hub.gateway.data(ENTER_MEMBER, { input })).enterPartyMember;
      const client = await hub.as({ role: Role.PARTY_MEMBER, subject: `m-${member.id}`, memberId: member.id });
      const registration = (await client.data(REPORT, { input: { communityId: community.id } })).reportToCommunity;
      // The third stays pending: not counted as registered.
      if (m < 2) await staff.data(CONFIRM, { input: { id: registration.id, version: registration.version, placementId: grid.id } });
    }
  }
  return { street, staff, communities: list };
}

test('the registered members of every community of a street: statements independent of the number of communities', async () => {
  const small = await streetWithMembers(2);
  const large = await streetWithMembers(8);
  // Each run twice: the second finds the organisations it checks in the peers' shared cache, as a busy hub does.
  const run = async (id: string, client = small.staff) => {
    await hub.countSql(() => client.data(STREET_MEMBERS, { id }));
    return hub.countSql(() => client.data(STREET_MEMBERS, { id }));
  };
  const smallRun = await run(small.street.id, small.staff);
  const largeRun = await run(large.street.id, large.staff);
  const street = largeRun.result.organisation!;
  assert.equal(street.registeredMembers!.totalCount, 16);
  const communities = street.children.edges.map((e) => e.node);
  assert.equal(communities.length, 8);
  for (const community of communities) {
    assert.equal(community.registeredMembers!.totalCount, 2);
    assert.equal(community.registeredMembers!.edges.length, 2);
    assert.equal(community.registeredMembers!.pageInfo.hasNextPage, false);
  }
  // The check-ins subgraph's own statements: the organisations subgraph's lookups (of the street's
  // children, and of organisations its 5-second cache no longer holds on a slow machine) are its own.
  const ours = (log: string[]) => log.filter((sql) => sql.includes('"checkins".'));
  assert.ok(ours(smallRun.log).length > 0);
  assert.equal(
    ours(largeRun.log).length,
    ours(smallRun.log).length,
    `2 communities: ${ours(smallRun.log).length} statements, 8: ${ours(largeRun.log).length}\n${ours(largeRun.log).join('\n')}`,
  );
});

test("registered members are read by the same rule as members: a sibling community sees none of its neighbour's, analysts are refused", async () => {
  const { street, communities } = await streetWithMembers(2);
  const [mine, neighbour] = communities;
  const staff = await hub.as({ role: Role.COMMUNITY_STAFF, subject: 'community-staff', organisationId: mine.id });
  const read = (await staff.data(STREET_MEMBERS, { id: street.id })).organisation!;
  assert.equal(read.registeredMembers!.totalCount, 2, 'of the street, only the members of its own community');
  const byName = Object.fromEntries(read.children.edges.map((e) => [e.node.name, e.node.registeredMembers!.totalCount]));
  assert.deepEqual(byName, { [mine.name]: 2, [neighbour.name]: 0 });
  const analyst = await hub.as({ role: Role.ANALYST, subject: 'analyst', organisationId: street.id });
  await analyst.error('ROLE_NOT_PERMITTED', STREET_MEMBERS, { id: street.id });
});
