import assert from 'node:assert/strict';
import { beforeAll, describe, test } from '@jest/globals';
import { Role } from '../platform/auth/identity';
import type { GraphQLClient } from './kit/client';
import { createOrganisation } from './kit/factories';
import { meetingParties, type MeetingParties } from './kit/meetings';
import { AGING, ATTENDANCE, REPORT } from './kit/reports';
import { useTestStack } from './kit/stack';

/**
 * Who reads the joint-meeting reports (DOMAIN.md, journey 5): analysts, district admins and staff
 * for their own subtree, a unit for its own part only, the operator anything; members never. The
 * same rule for all three reports. Reports hold aggregates only, and bad periods are refused with
 * their reasons.
 */
const hub = useTestStack({ demo: true });
let p: MeetingParties;
let foreignAdmin: GraphQLClient;
let foreignAnalyst: GraphQLClient;
let communityAnalyst: GraphQLClient;
const year = new Date().getUTCFullYear();
const period = { from: `${year - 1}-01-01`, to: `${year}-12-31` };

beforeAll(async () => {
  p = await meetingParties(hub);
  const district = await createOrganisation(hub.gateway, 'DISTRICT_COMMITTEE', null);
  foreignAdmin = await hub.as({ role: Role.DISTRICT_ADMIN, subject: 'admin-x', organisationId: district.id });
  foreignAnalyst = await hub.as({ role: Role.ANALYST, subject: 'analyst-x', organisationId: district.id });
  communityAnalyst = await hub.as({ role: Role.ANALYST, subject: 'analyst-c', organisationId: p.community.id });
});

const reportOf = (client: GraphQLClient, scopeId: string | null, groupBy: 'MONTH' | 'CONVENER' | 'MEMBER_UNIT' = 'MONTH') =>
  client.data(REPORT, { scopeId, ...period, groupBy }).then((d) => d.jointMeetingReport);

describe('who reads which reports', () => {
  test('an analyst reads its own subtree, its own organisation by default, and nothing beyond it', async () => {
    const district = await reportOf(p.analyst, p.districtId);
    assert.ok(district.totals.meetingsHeld > 0, 'the demo district has held meetings');
    assert.deepEqual((await reportOf(p.analyst, null)).totals, district.totals);
    const community = await reportOf(communityAnalyst, p.community.id);
    assert.ok(community.totals.meetingsHeld > 0 && community.totals.meetingsHeld < district.totals.meetingsHeld);
    for (const scopeId of [p.street.id, p.otherCommunity.id, p.districtId]) {
      await communityAnalyst.error('OUT_OF_SCOPE', REPORT, { scopeId, ...period, groupBy: 'MONTH' });
    }
  });

  test('another district’s analyst and admin are out of scope, for every report', async () => {
    for (const client of [foreignAnalyst, foreignAdmin]) {
      await client.error('OUT_OF_SCOPE', REPORT, { scopeId: p.districtId, ...period, groupBy: 'MONTH' });
      await client.error('OUT_OF_SCOPE', ATTENDANCE, { scopeId: p.community.id, ...period });
      await client.error('OUT_OF_SCOPE', AGING, { scopeId: p.community.id });
      assert.equal((await reportOf(client, null)).totals.meetingsHeld, 0, 'its own district has no meetings');
    }
  });

  test('staff read their own street or community and below; the district admin and the operator everything of theirs', async () => {
    assert.deepEqual((await reportOf(p.staff, p.community.id)).totals, (await reportOf(communityAnalyst, p.community.id)).totals);
    await p.staff.error('OUT_OF_SCOPE', REPORT, { scopeId: p.street.id, ...period, groupBy: 'MONTH' });
    await p.staff.error('OUT_OF_SCOPE', REPORT, { scopeId: p.otherCommunity.id, ...period, groupBy: 'MONTH' });
    const street = await reportOf(p.streetStaff, p.street.id);
    assert.ok(street.totals.meetingsHeld >= (await reportOf(p.staff, p.community.id)).totals.meetingsHeld);
    assert.deepEqual((await reportOf(hub.gateway, p.districtId)).totals, (await reportOf(p.districtAdmin, p.districtId)).totals);
    const everything = await reportOf(hub.gateway, null);
    assert.equal(everything.scopeId, null);
    assert.ok(everything.totals.meetingsHeld >= (await reportOf(p.districtAdmin, null)).totals.meetingsHeld);
  });

  test('a unit reads only its own part: its invitations, its own attendance, the items it owns', async () => {
    const own = await reportOf(p.partner, p.units[0].id, 'MEMBER_UNIT');
    assert.deepEqual(
      own.rows.map((r) => r.key),
      own.totals.invitations + own.totals.actionItems > 0 ? [p.units[0].id] : [],
    );
    assert.deepEqual((await reportOf(p.partner, null, 'MEMBER_UNIT')).totals, own.totals, 'its own unit by default');
    const seenFromAbove = (await reportOf(p.districtAdmin, p.districtId, 'MEMBER_UNIT')).rows.find((r) => r.key === p.units[0].id);
    assert.deepEqual(own.rows[0], seenFromAbove, 'the same figures as its row in the district’s report');
    assert.equal(own.totals.invitations, own.totals.meetingsHeld, 'one invitation per held meeting: its own');
    for (const scopeId of [p.community.id, p.units[1].id, p.districtId]) {
      await p.partner.error('OUT_OF_SCOPE', REPORT, { scopeId, ...period, groupBy: 'MONTH' });
    }
    const attendance = (await p.partner.data(ATTENDANCE, { scopeId: null, ...period })).attendanceByUnit;
    assert.ok(attendance.units.every((u) => u.unitId === p.units[0].id));
    const aging = (await p.partner.data(AGING, {})).actionItemAging;
    assert.ok(aging.owners.every((o) => o.ownerId === p.units[0].id));
  });

  test('members may not read reports at all', async () => {
    await p.member.error('ROLE_NOT_PERMITTED', REPORT, { scopeId: p.community.id, ...period, groupBy: 'MONTH' });
    await p.member.error('ROLE_NOT_PERMITTED', ATTENDANCE, { scopeId: null, ...period });
    await p.member.error('ROLE_NOT_PERMITTED', AGING, {});
  });

  test('a scope that names no organisation is NOT_FOUND', async () => {
    await p.analyst.error('NOT_FOUND', REPORT, { scopeId: 'a0000000-0000-4000-8000-00000000dead', ...period, groupBy: 'MONTH' });
    await p.analyst.error('NOT_FOUND', ATTENDANCE, { scopeId: 'not-an-id', ...period });
  });
});

describe('aggregates only', () => {
  test('no type a report returns has a field about a person, and each field is a figure, a name of an organisation or an enum', async () => {
    const types = ['JointMeetingReport', 'JointMeetingReportRow', 'JointMeetingFigures', 'AgendaCategoryCount', 'AttendanceByUnitReport'];
    types.push('UnitAttendance', 'ActionItemAgingReport', 'OwnerAging', 'AgeBucketCount');
    for (const name of types) {
      const { __type } = await hub.gateway.data(
        `query ($name: String!) { __type(name: $name) { fields { name type { name kind ofType { name kind ofType { name kind ofType { name } } } } } } }`,
        {
          name,
        },
      );
      for (const field of __type.fields) {
        assert.doesNotMatch(field.name, /representative|person|member|phone|identity|address|subject|writtenBy|adoptedBy/i, `${name}.${field.name}`);
        const named = (t: any): string => (t.name ? t.name : named(t.ofType));
        assert.ok(
          ['Int', 'Float', 'String', 'ID', 'LocalDate', 'Organisation', 'ReportGrouping', 'AgendaCategory', 'ActionItemAgeBucket', ...types].includes(
            named(field.type),
          ),
          `${name}.${field.name}: ${named(field.type)}`,
        );
      }
    }
  });
});

describe('bad periods and days', () => {
  const refused = [
    ['NOT_BEFORE', { from: '2026-03-01', to: '2026-02-28' }],
    ['SPAN_TOO_LONG', { from: '2010-01-01', to: '2020-01-01' }],
    ['OUT_OF_RANGE', { from: '1899-12-31', to: '1900-01-05' }],
    ['OUT_OF_RANGE', { from: '2099-12-01', to: '2100-01-01' }],
  ] as const;
  for (const [reason, range] of refused) {
    test(`${range.from} to ${range.to} is ${reason}`, async () => {
      await p.analyst.error(reason, REPORT, { scopeId: p.districtId, ...range, groupBy: 'MONTH' });
      await p.analyst.error(reason, ATTENDANCE, { scopeId: p.districtId, ...range });
    });
  }

  test('just under ten years is a report: 120 months', async () => {
    const answer = await p.analyst.data(REPORT, { scopeId: p.districtId, from: '2010-01-01', to: '2019-12-31', groupBy: 'MONTH' });
    assert.equal(answer.jointMeetingReport.rows.length, 120);
  });

  test('a day that does not exist, or ageing on a day to come, is refused without a server error', async () => {
    const response = await p.analyst.request(REPORT, { scopeId: p.districtId, from: '2026-02-30', to: '2026-03-01', groupBy: 'MONTH' });
    assert.equal(response.errors?.[0].extensions?.code, 'BAD_USER_INPUT');
    await p.analyst.error('NOT_AFTER', AGING, { scopeId: p.districtId, asOf: `${year + 1}-12-31` });
    await p.analyst.error('OUT_OF_RANGE', AGING, { scopeId: p.districtId, asOf: '1899-01-01' });
  });
});
