import assert from 'node:assert/strict';
import { beforeAll, describe, test } from '@jest/globals';
import { Role } from '../platform/auth/identity';
import { gbkBytes } from '../platform/testing/gbk';
import { checkinParties, confirmedMember, newMember, REPORT, testIdentityNumber, type CheckinParties } from './kit/checkins';
import type { GraphQLClient } from './kit/client';
import { createOrganisation } from './kit/factories';
import { graphql } from './kit/graphql';
import { useTestStack } from './kit/stack';

/**
 * 双报告 through the gateway: a unit uploads its roster (UTF-8 CSV; GBK refused with how to re-save
 * it) and reads the report on its own members: who reported where, who is on leave, who on its
 * roster has not reported. Nobody else's unit reads it; analysts never.
 */
const hub = useTestStack({ demo: true });
let p: CheckinParties;
let unit: { id: string };
let unitClient: GraphQLClient;
let people: Record<'confirmed' | 'pending' | 'onLeave' | 'neverReported' | 'notOnRoster', { id: string; identityNumber: string }>;
const rosterOnly = { name: '赵未录', identityNumber: testIdentityNumber() };

const IMPORT = graphql(`
  mutation ImportRoster($unitId: ID!, $csv: String!) {
    importRoster(unitId: $unitId, csv: $csv) {
      imported
      problems {
        line
        column
        message
      }
    }
  }
`);
const REPORT_QUERY = graphql(`
  query RegistrationReport($unitId: ID!, $year: Int!) {
    registrationReport(unitId: $unitId, year: $year) {
      year
      asOf
      unit {
        id
      }
      rosterSize
      confirmedCount
      pendingCount
      onLeaveCount
      missingCount
      members {
        standing
        onRoster
        onLeaveUntil
        member {
          id
        }
        community {
          id
        }
      }
      missingRegistrations {
        name
        identityNumber
        rosterLine
        member {
          id
        }
      }
    }
  }
`);
const LEAVE = graphql(`
  mutation ReportLeave($input: RequestLeaveInput!) {
    requestLeave(input: $input) {
      id
      version
    }
  }
`);
const APPROVE = graphql(`
  mutation ReportApproveLeave($id: ID!, $version: Int!) {
    approveLeave(id: $id, version: $version) {
      status
    }
  }
`);

const today = () => new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);
const thisYear = () => Number(today().slice(0, 4));
const csv = (rows: Array<[string, string]>) => ['姓名,身份证号', ...rows.map(([name, id]) => `${name},${id}`)].join('\r\n');

beforeAll(async () => {
  p = await checkinParties(hub);
  unit = await createOrganisation(hub.gateway, 'UNIT_PARTY_ORGANISATION', { id: p.community });
  unitClient = await hub.as({ role: Role.PARTNER_UNIT, subject: 'report-unit', organisationId: unit.id });
  const confirmed = (await confirmedMember(p, p.staff, p.community, p.grid, unit.id)).member;
  const pending = await newMember(p, p.community, unit.id);
  await pending.client.data(REPORT, { input: { communityId: p.community } });
  const onLeave = (await confirmedMember(p, p.staff, p.community, p.grid, unit.id)).member;
  const leave = (await onLeave.client.data(LEAVE, { input: { startsOn: today(), endsOn: today().replace(/^\d{4}/, String(thisYear() + 1)), reason: '挂职' } }))
    .requestLeave;
  await p.staff.data(APPROVE, { id: leave.id, version: leave.version });
  const neverReported = await newMember(p, p.community, unit.id);
  const notOnRoster = (await confirmedMember(p, p.staff, p.community, p.grid, unit.id)).member;
  people = { confirmed, pending, onLeave, neverReported, notOnRoster };
});

describe('the roster', () => {
  test('a GBK file from Excel is refused with how to re-save it, whichever way it was decoded', async () => {
    const bytes = gbkBytes(csv([['张三', people.confirmed.identityNumber]]));
    for (const garbled of [bytes.toString('latin1'), new TextDecoder('utf-8').decode(bytes)]) {
      const error = await unitClient.error('NOT_UTF8', IMPORT, { unitId: unit.id, csv: garbled });
      assert.match(error.message, /CSV UTF-8/);
    }
  });

  test('problems of every line come back together, and nothing is stored', async () => {
    const good = testIdentityNumber();
    const wrong = good.slice(0, 17) + (good[17] === '1' ? '2' : '1');
    const result = (
      await unitClient.data(IMPORT, {
        unitId: unit.id,
        csv: csv([
          ['王一', good],
          ['王二', wrong],
          ['', testIdentityNumber()],
          ['王四', good],
        ]),
      })
    ).importRoster;
    assert.equal(result.imported, 0);
    assert.deepEqual(
      result.problems.map((x) => [x.line, x.column]),
      [
        [3, '身份证号'],
        [4, '姓名'],
        [5, '身份证号'],
      ],
    );
    assert.ok(
      result.problems.every((x) => !x.message.includes(wrong)),
      'no number is echoed',
    );
    const header = (await unitClient.data(IMPORT, { unitId: unit.id, csv: 'name,phone\n王一,139' })).importRoster;
    assert.equal(header.problems[0].column, '(header)');
    const empty = (await unitClient.data(IMPORT, { unitId: unit.id, csv: '' })).importRoster;
    assert.equal(empty.imported, 0);
    assert.equal((await unitClient.data(REPORT_QUERY, { unitId: unit.id, year: thisYear() })).registrationReport.rosterSize, 0);
  });

  test('only the unit itself uploads its roster', async () => {
    await p.partner.error('OUT_OF_SCOPE', IMPORT, { unitId: unit.id, csv: csv([]) });
    for (const client of [p.staff, p.demoMember, p.analyst, p.districtAdmin])
      await client.error('ROLE_NOT_PERMITTED', IMPORT, { unitId: unit.id, csv: csv([]) });
    await unitClient.error('WRONG_KIND', IMPORT, { unitId: p.community, csv: csv([]) });
  });

  test('a good file (with a BOM, CRLF and the identity numbers in any case) replaces the roster', async () => {
    const roster = csv([
      ['张确认', people.confirmed.identityNumber],
      ['李待定', people.pending.identityNumber],
      ['王请假', people.onLeave.identityNumber.toLowerCase()],
      ['刘未报', people.neverReported.identityNumber],
      [rosterOnly.name, rosterOnly.identityNumber],
    ]);
    const result = (await unitClient.data(IMPORT, { unitId: unit.id, csv: `\uFEFF${roster}\r\n` })).importRoster;
    assert.deepEqual(result, { imported: 5, problems: [] });
  });
});

describe('the report (双报告)', () => {
  test('the unit reads who reported, who waits, who is on leave and who on its roster has not reported', async () => {
    const report = (await unitClient.data(REPORT_QUERY, { unitId: unit.id, year: thisYear() })).registrationReport;
    assert.equal(report.asOf, today());
    assert.deepEqual(
      { roster: report.rosterSize, confirmed: report.confirmedCount, pending: report.pendingCount, onLeave: report.onLeaveCount, missing: report.missingCount },
      { roster: 5, confirmed: 3, pending: 1, onLeave: 1, missing: 2 },
    );
    const standing = Object.fromEntries(report.members.map((line) => [line.member?.id, line]));
    assert.equal(standing[people.confirmed.id].standing, 'CONFIRMED');
    assert.equal(standing[people.confirmed.id].community?.id, p.community);
    assert.equal(standing[people.pending.id].standing, 'PENDING');
    assert.equal(standing[people.onLeave.id].standing, 'ON_LEAVE');
    assert.ok(standing[people.onLeave.id].onLeaveUntil);
    assert.equal(standing[people.neverReported.id].standing, 'NOT_REGISTERED');
    assert.equal(standing[people.notOnRoster.id].onRoster, false);
    assert.equal(standing[people.confirmed.id].onRoster, true);
    assert.deepEqual(
      report.missingRegistrations.map((m) => [m.name, m.identityNumber, m.member?.id ?? null]),
      [
        ['刘未报', people.neverReported.identityNumber, people.neverReported.id],
        [rosterOnly.name, rosterOnly.identityNumber, null],
      ],
    );
  });

  test('staff where the unit sits read it with identity numbers masked; other units, communities, members and analysts do not', async () => {
    const report = (await p.staff.data(REPORT_QUERY, { unitId: unit.id, year: thisYear() })).registrationReport;
    assert.equal(report.missingCount, 2);
    assert.ok(report.missingRegistrations.every((m) => m.identityNumber?.includes('*')));
    await p.partner.error('OUT_OF_SCOPE', REPORT_QUERY, { unitId: unit.id, year: thisYear() });
    await p.otherStaff.error('OUT_OF_SCOPE', REPORT_QUERY, { unitId: unit.id, year: thisYear() });
    for (const client of [p.analyst, p.demoMember]) await client.error('ROLE_NOT_PERMITTED', REPORT_QUERY, { unitId: unit.id, year: thisYear() });
  });

  test('a past year is reported as of its last day; years outside 2000..this year are refused', async () => {
    const last = (await unitClient.data(REPORT_QUERY, { unitId: unit.id, year: thisYear() - 1 })).registrationReport;
    assert.equal(last.asOf, `${thisYear() - 1}-12-31`);
    assert.deepEqual([last.confirmedCount, last.pendingCount, last.missingCount], [0, 0, 5]);
    await unitClient.error('OUT_OF_RANGE', REPORT_QUERY, { unitId: unit.id, year: thisYear() + 1 });
    await unitClient.error('OUT_OF_RANGE', REPORT_QUERY, { unitId: unit.id, year: 1999 });
    await unitClient.error('WRONG_KIND', REPORT_QUERY, { unitId: p.community, year: thisYear() });
  });

  test('the demo units have reports with people who have not reported', async () => {
    const report = (await p.partner.data(REPORT_QUERY, { unitId: p.unit, year: thisYear() })).registrationReport;
    assert.ok(report.rosterSize > 2);
    assert.ok(report.missingCount >= 2);
    assert.ok(report.members.some((line) => line.member?.id === p.demoMemberId && line.standing === 'CONFIRMED'));
  });
});
