import assert from 'node:assert/strict';
import { beforeAll, describe, test } from '@jest/globals';
import { Role } from '../platform/auth/identity';
import { meetingInput, meetingParties, SCHEDULE, type MeetingParties } from './kit/meetings';
import { createOrganisation } from './kit/factories';
import type { GraphQLClient } from './kit/client';
import { useTestStack } from './kit/stack';

/**
 * Who reads which meetings (DOMAIN.md): staff their own street or community and below, district
 * admins their district, units the meetings they are invited to; analysts and members none. The
 * same rule holds by id, in lists (counts included), on organisations and as entity references.
 */
const hub = useTestStack({ demo: true });
let p: MeetingParties;
let meeting: { id: string };
let foreignAdmin: GraphQLClient;

const BY_ID = `query ($id: ID!) { jointMeeting(id: $id) { id title } }`;
const LIST = `query ($filter: JointMeetingFilter, $first: Int, $after: String, $order: MeetingOrder) {
  jointMeetings(filter: $filter, first: $first, after: $after, order: $order) { totalCount edges { cursor node { id startsAt meetingDate status kind convener { id } } } pageInfo { hasNextPage endCursor } } }`;
const OF_ORGANISATION = `query ($id: ID!) { organisation(id: $id) { jointMeetings(first: 100) { totalCount edges { node { id convener { id } } } } } }`;

beforeAll(async () => {
  p = await meetingParties(hub);
  meeting = (await p.staff.data(SCHEDULE, { input: meetingInput(p, { invitedUnitIds: [p.units[0].id] }) })).scheduleJointMeeting;
  const district = await createOrganisation(hub.gateway, 'DISTRICT_COMMITTEE', null);
  foreignAdmin = await hub.as({ role: Role.DISTRICT_ADMIN, subject: 'admin-x', organisationId: district.id });
});

describe('reading a meeting by id', () => {
  test('staff of the convener and above, the district admin and invited units read it', async () => {
    for (const client of [p.staff, p.streetStaff, p.districtAdmin, p.partner, hub.gateway]) {
      assert.equal((await client.data(BY_ID, { id: meeting.id })).jointMeeting.id, meeting.id);
    }
  });

  test('a sibling community, a unit not invited and another district are out of scope; analysts and members never read meetings', async () => {
    for (const client of [p.otherStaff, p.secondPartner, p.outsidePartner, foreignAdmin]) await client.error('OUT_OF_SCOPE', BY_ID, { id: meeting.id });
    for (const client of [p.analyst, p.member]) await client.error('ROLE_NOT_PERMITTED', BY_ID, { id: meeting.id });
  });

  test('as an entity reference the same rule applies, and nothing leaks', async () => {
    const query = `query ($r: [_Any!]!) { _entities(representations: $r) { ... on JointMeeting { id title } } }`;
    const body = JSON.stringify({ query, variables: { r: [{ __typename: 'JointMeeting', id: meeting.id }] } });
    const direct = async (role: Role, organisationId: string) => {
      const actor = { role, subject: 'direct', organisationId };
      const url = hub.stack.subgraphs.find((s) => s.name === 'meetings')!.url;
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...hub.signedHeaders(actor, body, 'meetings') },
        body,
      });
      return (await response.json()).data._entities[0];
    };
    assert.equal((await direct(Role.COMMUNITY_STAFF, p.community.id)).id, meeting.id);
    assert.equal(await direct(Role.COMMUNITY_STAFF, p.otherCommunity.id), null);
    assert.equal(await direct(Role.PARTNER_UNIT, p.units[1].id), null);
  });
});

describe('lists', () => {
  test('each caller’s list holds exactly the meetings it may read by id, and its count agrees', async () => {
    const ids = async (client: GraphQLClient) => {
      const all: string[] = [];
      let after: string | null = null;
      for (;;) {
        const page: any = (await client.data(LIST, { first: 100, after })).jointMeetings;
        all.push(...page.edges.map((e: any) => e.node.id));
        if (!page.pageInfo.hasNextPage) return { all, total: page.totalCount };
        after = page.pageInfo.endCursor;
      }
    };
    const staff = await ids(p.staff);
    assert.equal(staff.all.length, staff.total);
    assert.ok(staff.all.includes(meeting.id));
    const otherStaff = await ids(p.otherStaff);
    assert.ok(!otherStaff.all.includes(meeting.id));
    assert.equal(new Set([...staff.all, ...otherStaff.all]).size, staff.total + otherStaff.total, 'sibling communities share no meeting');
    const admin = await ids(p.districtAdmin);
    const street = await ids(p.streetStaff);
    assert.ok(street.total > staff.total + otherStaff.total && admin.total > street.total);
    const partner = await ids(p.partner);
    assert.ok(partner.all.includes(meeting.id));
    for (const id of partner.all.slice(0, 10)) assert.ok((await p.partner.data(BY_ID, { id })).jointMeeting);
    assert.ok(!(await ids(p.secondPartner)).all.includes(meeting.id));
    assert.equal((await ids(foreignAdmin)).total, 0);
    await p.analyst.error('ROLE_NOT_PERMITTED', LIST, {});
  });

  test('filters by convener, subtree, period, status and kind; newest first unless asked; cursors page through', async () => {
    const page = async (filter: Record<string, unknown>, order?: string, first = 100) =>
      (await p.districtAdmin.data(LIST, { filter, order, first })).jointMeetings;
    const community = await page({ convenerId: p.community.id });
    assert.ok(community.edges.every((e: any) => e.node.convener.id === p.community.id));
    const starts = community.edges.map((e: any) => e.node.startsAt);
    assert.deepEqual(starts, [...starts].sort().reverse());
    const oldest = await page({ convenerId: p.community.id }, 'OLDEST_FIRST');
    assert.deepEqual(
      oldest.edges.map((e: any) => e.node.id),
      [...community.edges.map((e: any) => e.node.id)].reverse(),
    );
    const subtree = await page({ subtreeOf: p.street.id });
    const conveners = new Set(subtree.edges.map((e: any) => e.node.convener.id));
    assert.ok(conveners.has(p.street.id) && conveners.has(p.community.id) && conveners.size >= 5);
    const held = await page({ convenerId: p.community.id, status: 'HELD' });
    assert.ok(held.totalCount > 0 && held.edges.every((e: any) => e.node.status === 'HELD'));
    const dated = await page({ convenerId: p.community.id, from: '2000-01-01', to: community.edges.at(-1).node.meetingDate });
    assert.equal(dated.totalCount, 1);
    const consultations = await page({ kind: 'RESIDENTS_DELIBERATION_MEETING' });
    assert.ok(consultations.totalCount > 0);
    // Page by page, newest first, the same meetings in the same order.
    const seen: string[] = [];
    let after: string | null = null;
    do {
      const part: any = (await p.districtAdmin.data(LIST, { filter: { convenerId: p.community.id }, first: 3, after })).jointMeetings;
      seen.push(...part.edges.map((e: any) => e.node.id));
      after = part.pageInfo.hasNextPage ? part.pageInfo.endCursor : null;
    } while (after);
    assert.deepEqual(
      seen,
      community.edges.map((e: any) => e.node.id),
    );
    await p.districtAdmin.error('UNKNOWN_REFERENCE', LIST, { filter: { subtreeOf: '00000000-0000-4000-8000-000000000000' } });
    await p.districtAdmin.error('INVALID_CURSOR', LIST, {
      after: Buffer.from('["JointMeeting:oldest","2026-01-01T00:00:00Z","00000000-0000-4000-8000-000000000000"]').toString('base64url'),
    });
  });

  test('Organisation.jointMeetings: a committee’s convened meetings, a unit’s invitations, as far as the caller may read', async () => {
    const convened = (await p.staff.data(OF_ORGANISATION, { id: p.community.id })).organisation.jointMeetings;
    assert.ok(convened.edges.every((e: any) => e.node.convener.id === p.community.id));
    assert.ok(convened.edges.some((e: any) => e.node.id === meeting.id));
    const invited = (await p.partner.data(OF_ORGANISATION, { id: p.units[0].id })).organisation.jointMeetings;
    assert.ok(invited.edges.some((e: any) => e.node.id === meeting.id));
    // A unit looking at its community sees only the meetings it is invited to; a sibling's staff nothing.
    const throughCommunity = (await p.secondPartner.data(OF_ORGANISATION, { id: p.community.id })).organisation.jointMeetings;
    assert.ok(!throughCommunity.edges.some((e: any) => e.node.id === meeting.id));
    assert.equal((await p.otherStaff.data(OF_ORGANISATION, { id: p.community.id })).organisation.jointMeetings.totalCount, 0);
    const analyst = await p.analyst.request(OF_ORGANISATION, { id: p.community.id });
    assert.equal(analyst.errors?.[0].extensions?.reason, 'ROLE_NOT_PERMITTED');
  });

  test('the audit trail records each write with who and where; district admins read it', async () => {
    const trail = (
      await p.districtAdmin.data(`query ($id: ID!) { meetingsAuditTrail(entityId: $id) { totalCount edges { node { action actorSubject entityType } } } }`, {
        id: meeting.id,
      })
    ).meetingsAuditTrail;
    assert.deepEqual(
      trail.edges.map((e: any) => [e.node.action, e.node.actorSubject, e.node.entityType]),
      [['CREATE', 'staff-1', 'JointMeeting']],
    );
    await p.staff.error('ROLE_NOT_PERMITTED', `{ meetingsAuditTrail { totalCount } }`);
  });
});
