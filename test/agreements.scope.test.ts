import assert from 'node:assert/strict';
import { beforeAll, describe, test } from '@jest/globals';
import { Role } from '../platform/auth/identity';
import { REGISTER, agreementInput, demoParties, type Parties } from './kit/agreements';
import { useTestStack } from './kit/stack';

/**
 * Every path to an agreement applies the rule of reading it by id: community staff read the
 * agreements of their own community, not a sibling community's or the street's, whichever way
 * they ask. Through the gateway, on the demo district.
 */
const hub = useTestStack({ demo: true });
let p: Parties;

const SIGN = `mutation ($id: ID!, $version: Int!) { signAgreement(id: $id, version: $version) { id } }`;
const BY_ID = `query ($id: ID!) { agreement(id: $id) { id title } }`;

beforeAll(async () => {
  p = await demoParties(hub);
});

describe('indirect paths to agreements', () => {
  test("needsMatchingResources shows a sibling community's offer, not its agreement", async () => {
    const otherStaff = await hub.as({ role: Role.COMMUNITY_STAFF, subject: 'staff-2', organisationId: p.otherCommunity.id });
    const { registerAgreement: sibling } = await p.otherPartner.data(REGISTER, {
      input: agreementInput(p, {
        committeeId: p.otherCommunity.id,
        partnerId: p.otherUnit.id,
        title: '兄弟社区的协议',
        resources: [{ category: 'VOLUNTEERS', description: '兄弟社区志愿队', quantity: 8, unit: '人' }],
      }),
    });
    await otherStaff.data(SIGN, { id: sibling.id, version: sibling.version });
    await p.staff.error('OUT_OF_SCOPE', BY_ID, { id: sibling.id });
    // The staff's own community needs volunteers (agreementInput's need).
    const { registerAgreement: own } = await p.partner.data(REGISTER, { input: agreementInput(p, { title: '本社区的协议' }) });
    await p.staff.data(SIGN, { id: own.id, version: own.version });

    const query = `query ($c: ID!) { needsMatchingResources(communityId: $c) {
      offers { resource { description } offeredBy { id } committee { id } agreement { id title needs { description } amendments { reason } } } } }`;
    const offers = (await p.staff.data(query, { c: p.community.id })).needsMatchingResources.flatMap((m: any) => m.offers);
    const fromSibling = offers.filter((o: any) => o.committee.id === p.otherCommunity.id);
    assert.ok(fromSibling.some((o: any) => o.resource.description === '兄弟社区志愿队' && o.offeredBy.id === p.otherUnit.id));
    assert.ok(
      fromSibling.every((o: any) => o.agreement === null),
      'no agreement of a sibling community',
    );
    const fromOwn = offers.filter((o: any) => o.committee.id === p.community.id);
    assert.ok(fromOwn.length > 0 && fromOwn.every((o: any) => o.agreement?.title), "the staff's own community's agreements stay readable");
  });

  test('Organisation.agreements of a unit lists only the agreements the caller may read, counted alike', async () => {
    const { registerAgreement: withStreet } = await p.partner.data(REGISTER, {
      input: agreementInput(p, { committeeId: p.street.id, title: '与街道的协议' }),
    });
    await p.staff.error('OUT_OF_SCOPE', BY_ID, { id: withStreet.id });
    const list = `query ($id: ID!) { organisation(id: $id) { agreements(first: 50) { totalCount edges { node { id committee { id } } } } } }`;
    const seenByStaff = (await p.staff.data(list, { id: p.unit.id })).organisation.agreements;
    const ids = seenByStaff.edges.map((e: any) => e.node.id);
    assert.ok(!ids.includes(withStreet.id), "the unit's agreement with the street is not the community's to read");
    assert.ok(seenByStaff.edges.every((e: any) => e.node.committee.id === p.community.id));
    assert.equal(seenByStaff.totalCount, ids.length);
    // The unit itself and the district admin, who may read it by id, find it in the list.
    for (const client of [p.partner, p.districtAdmin]) {
      const seen = (await client.data(list, { id: p.unit.id })).organisation.agreements;
      assert.ok(seen.edges.some((e: any) => e.node.id === withStreet.id));
      assert.equal(seen.totalCount, seenByStaff.totalCount + 1);
    }
  });

  test('pages of a filtered list visit every readable agreement once', async () => {
    const list = `query ($id: ID!, $after: String) { organisation(id: $id) { agreements(first: 1, after: $after) {
      totalCount edges { node { id committee { id } } } pageInfo { hasNextPage endCursor } } } }`;
    const seen: string[] = [];
    let after: string | null = null;
    let total = 0;
    for (let page = 0; page < 50; page += 1) {
      const { agreements }: any = (await p.staff.data(list, { id: p.unit.id, after })).organisation;
      total = agreements.totalCount;
      seen.push(...agreements.edges.map((e: any) => e.node.id));
      assert.ok(agreements.edges.every((e: any) => e.node.committee.id === p.community.id));
      if (!agreements.pageInfo.hasNextPage) break;
      after = agreements.pageInfo.endCursor;
    }
    assert.equal(seen.length, total);
    assert.equal(new Set(seen).size, total);
  });
});
