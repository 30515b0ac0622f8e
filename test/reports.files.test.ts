import assert from 'node:assert/strict';
import { beforeAll, describe, test } from '@jest/globals';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { Role } from '../platform/auth/identity';
import { createOrganisation } from './kit/factories';
import { meetingParties, type MeetingParties } from './kit/meetings';
import { REPORT } from './kit/reports';
import { useTestStack } from './kit/stack';

/**
 * The joint-meeting report as files at the gateway (`/reports/joint-meetings.csv` and `.xlsx`):
 * parsed back, every cell equals the figure the graph gives the same caller; the same access rules;
 * bad parameters are 4xx with a JSON body carrying the code and reason, never 5xx.
 */
const hub = useTestStack({ demo: true });
let p: MeetingParties;
let analystToken: string;
const year = new Date().getUTCFullYear();
const params = (extra: Record<string, string> = {}) => ({ from: `${year - 1}-01-01`, to: `${year}-12-31`, groupBy: 'MONTH', ...extra });
type Grouping = 'MONTH' | 'QUARTER' | 'CONVENER' | 'MEMBER_UNIT';

beforeAll(async () => {
  p = await meetingParties(hub);
  analystToken = await hub.tokenFor({ role: Role.ANALYST, subject: 'analyst-files', organisationId: p.districtId });
});

async function download(ext: 'csv' | 'xlsx', query: Record<string, string>, token: string | null = analystToken) {
  const url = new URL(`/reports/joint-meetings.${ext}`, hub.stack.gateway.url);
  for (const [k, v] of Object.entries(query)) url.searchParams.set(k, v);
  return fetch(url, { headers: token ? { authorization: `Bearer ${token}` } : {} });
}

/** The figures of the graph in the files' column order: label, then each figure (null stays null). */
function expectedLines(report: any): Array<Array<string | number | null>> {
  const line = (label: string, f: any) => [
    label,
    f.meetingsHeld,
    f.meetingsCancelled,
    f.invitations,
    f.attendances,
    f.attendanceRate,
    f.meetingsWithQuorum,
    f.quorumRate,
    f.agendaItems,
    ...['RESIDENTS_URGENT_PROBLEM', 'CO_BUILDING_PROJECT', 'REGULAR_BUSINESS', 'OTHER'].map(
      (c) => f.agendaItemsByCategory.find((x: any) => x.category === c).count,
    ),
    f.resolutions,
    f.actionItems,
    f.actionItemsDone,
    f.actionItemsDoneOnTime,
    f.actionItemsOverdue,
    f.actionItemsDropped,
    f.medianDaysToClose,
  ];
  return [...report.rows.map((r: any) => line(r.label, r)), line('合计', report.totals)];
}

const HEADINGS = ['分组', '召开会议数', '取消会议数', '应到单位次数', '实到单位次数', '出席率', '达到法定人数会议数', '法定人数达成率', '议题数'];

describe('the files hold what the graph says', () => {
  for (const groupBy of ['MONTH', 'CONVENER', 'MEMBER_UNIT'] as const) {
    test(`CSV by ${groupBy}: UTF-8 with a byte-order mark, Chinese headings, one line per group and the totals`, async () => {
      const analyst = await hub.as({ role: Role.ANALYST, subject: 'analyst-files', organisationId: p.districtId });
      const report = (await analyst.data(REPORT, { scopeId: p.community.id, from: params().from, to: params().to, groupBy })).jointMeetingReport;
      const response = await download('csv', params({ scope: p.community.id, groupBy }));
      assert.equal(response.status, 200);
      assert.match(response.headers.get('content-type')!, /^text\/csv; charset=utf-8/);
      assert.match(response.headers.get('content-disposition')!, /^attachment; filename="joint-meetings-.*\.csv"; filename\*=UTF-8''%E8%81%94/);
      const bytes = Buffer.from(await response.arrayBuffer());
      assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'a byte-order mark');
      const records: string[][] = parse(bytes.toString('utf8'), { bom: true });
      assert.deepEqual(records[0].slice(0, HEADINGS.length), HEADINGS);
      assert.equal(records[0].length, 20);
      const cells = records.slice(1).map((r) => r.map((cell, i) => (i === 0 ? cell : cell === '' ? null : Number(cell))));
      assert.deepEqual(cells, expectedLines(report));
      assert.ok(report.totals.meetingsHeld > 0);
    });
  }

  test('XLSX: the same figures as typed cells (numbers, rates as percentages), headings and a bold totals row', async () => {
    const analyst = await hub.as({ role: Role.ANALYST, subject: 'analyst-files', organisationId: p.districtId });
    const report = (await analyst.data(REPORT, { scopeId: p.districtId, from: params().from, to: params().to, groupBy: 'QUARTER' as Grouping }))
      .jointMeetingReport;
    const response = await download('xlsx', params({ scope: p.districtId, groupBy: 'QUARTER' }));
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('content-type'), 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(await response.arrayBuffer()) as unknown as ArrayBuffer);
    const sheet = book.worksheets[0];
    assert.equal(sheet.name, '联席会议统计');
    const values = (n: number) => Array.from({ length: 20 }, (_, i) => sheet.getRow(n).getCell(i + 1).value ?? null);
    assert.deepEqual(values(1).slice(0, HEADINGS.length), HEADINGS);
    const lines = expectedLines(report);
    assert.equal(sheet.rowCount, lines.length + 1);
    lines.forEach((line, i) => assert.deepEqual(values(i + 2), line, `row ${i + 2}`));
    const totals = sheet.getRow(lines.length + 1);
    assert.equal(totals.getCell(1).value, '合计');
    assert.equal(totals.font?.bold, true);
    assert.equal(typeof totals.getCell(2).value, 'number');
    assert.equal(sheet.getRow(2).getCell(6).numFmt, '0.0%');
  });
});

describe('the same rules as the graph', () => {
  test('without a token: 401 with the reason', async () => {
    const response = await download('csv', params(), null);
    assert.equal(response.status, 401);
    assert.equal((await response.json()).errors[0].extensions.reason, 'TOKEN_REQUIRED');
  });

  test('out of scope: 403; a scope that does not exist: 404; members: 403', async () => {
    const district = await createOrganisation(hub.gateway, 'DISTRICT_COMMITTEE', null);
    const foreign = await hub.tokenFor({ role: Role.ANALYST, subject: 'x', organisationId: district.id });
    for (const ext of ['csv', 'xlsx'] as const) {
      const out = await download(ext, params({ scope: p.districtId }), foreign);
      assert.equal(out.status, 403);
      assert.deepEqual(pick((await out.json()).errors[0].extensions), { code: 'FORBIDDEN', reason: 'OUT_OF_SCOPE' });
      const missing = await download(ext, params({ scope: 'a0000000-0000-4000-8000-00000000dead' }));
      assert.equal(missing.status, 404);
      assert.deepEqual(pick((await missing.json()).errors[0].extensions), { code: 'NOT_FOUND', reason: 'NOT_FOUND' });
    }
    const member = await hub.tokenFor({
      role: Role.PARTY_MEMBER,
      subject: 'm',
      organisationId: p.community.id,
      memberId: 'a0000000-0000-4000-8000-000000000001',
    });
    assert.equal((await download('csv', params(), member)).status, 403);
  });

  const bad: Array<[string, Record<string, string>, string]> = [
    ['no from', { to: '2026-01-01' }, 'REQUIRED'],
    ['no to', { from: '2026-01-01' }, 'REQUIRED'],
    ['an unknown grouping', params({ groupBy: 'WEEK' }), 'NOT_ONE_OF'],
    ['a scope that is not an id', params({ scope: "1' or '1'='1" }), 'INVALID_FORMAT'],
    ['a day that does not exist', params({ from: '2026-02-30' }), 'INVALID_DATE'],
    ['a year out of range', params({ to: '2100-01-01' }), 'OUT_OF_RANGE'],
    ['to before from', { from: '2026-03-01', to: '2026-02-01' }, 'NOT_BEFORE'],
    ['more than ten years', { from: '2000-01-01', to: '2012-01-01' }, 'SPAN_TOO_LONG'],
    ['a NUL character', params({ scope: 'a\u0000b' }), 'INVALID_FORMAT'],
  ];
  for (const [what, query, reason] of bad) {
    test(`${what}: 400 ${reason}`, async () => {
      for (const ext of ['csv', 'xlsx'] as const) {
        const response = await download(ext, query);
        assert.equal(response.status, 400);
        assert.deepEqual(pick((await response.json()).errors[0].extensions), { code: 'BAD_USER_INPUT', reason });
      }
    });
  }

  test('a parameter given twice is 400, not a server error', async () => {
    const url = new URL('/reports/joint-meetings.csv?from=2026-01-01&from=2026-02-01&to=2026-03-01', hub.stack.gateway.url);
    const response = await fetch(url, { headers: { authorization: `Bearer ${analystToken}` } });
    assert.equal(response.status, 400);
  });
});

function pick(extensions: Record<string, unknown>) {
  return { code: extensions.code, reason: extensions.reason };
}
