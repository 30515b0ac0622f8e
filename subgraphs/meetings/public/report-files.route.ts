import type { Request, Response } from 'express';
import type { GraphQLFormattedError } from 'graphql';
import { stringify } from 'csv-stringify/sync';
import ExcelJS from 'exceljs';
import { refuse } from '../../../platform/auth/guards';
import { BadUserInputError, isHubError } from '../../../platform/errors/errors';
import type { GatewayRoute, PublicGraph } from '../../../platform/http/gateway-route';
import { checkLocalDate, isUuid } from '../../../platform/validation/validation';

/** What the files hold: the same query a client would send, so the file and the graph agree. */
const FIGURES = `meetingsHeld meetingsCancelled invitations attendances attendanceRate meetingsWithQuorum quorumRate agendaItems
  agendaItemsByCategory { category count } resolutions actionItems actionItemsDone actionItemsDoneOnTime actionItemsOverdue
  actionItemsDropped medianDaysToClose`;
const REPORT = `query ($scopeId: ID, $from: LocalDate!, $to: LocalDate!, $groupBy: ReportGrouping!) {
  jointMeetingReport(scopeId: $scopeId, from: $from, to: $to, groupBy: $groupBy) {
    scopeName from to asOf rows { label ${FIGURES} } totals { ${FIGURES} } } }`;

const GROUPINGS = ['MONTH', 'QUARTER', 'YEAR', 'CONVENER', 'MEMBER_UNIT'] as const;
const CATEGORY_HEADINGS: Record<string, string> = {
  RESIDENTS_URGENT_PROBLEM: '群众急难愁盼议题',
  CO_BUILDING_PROJECT: '共建项目议题',
  REGULAR_BUSINESS: '日常事务议题',
  OTHER: '其他议题',
};

type Figures = Record<string, unknown> & { agendaItemsByCategory: Array<{ category: string; count: number }> };
interface Report {
  scopeName: string;
  from: string;
  to: string;
  asOf: string;
  rows: Array<Figures & { label: string }>;
  totals: Figures;
}

/** A column of the files: its Chinese heading, its value, and whether it is a rate (a percentage in XLSX). */
interface Column {
  heading: string;
  value: (figures: Figures) => number | null;
  rate?: boolean;
}

const figure = (name: string) => (f: Figures) => f[name] as number | null;
export const REPORT_COLUMNS: Column[] = [
  { heading: '召开会议数', value: figure('meetingsHeld') },
  { heading: '取消会议数', value: figure('meetingsCancelled') },
  { heading: '应到单位次数', value: figure('invitations') },
  { heading: '实到单位次数', value: figure('attendances') },
  { heading: '出席率', value: figure('attendanceRate'), rate: true },
  { heading: '达到法定人数会议数', value: figure('meetingsWithQuorum') },
  { heading: '法定人数达成率', value: figure('quorumRate'), rate: true },
  { heading: '议题数', value: figure('agendaItems') },
  ...Object.entries(CATEGORY_HEADINGS).map(([category, heading]) => ({
    heading,
    value: (f: Figures) => f.agendaItemsByCategory.find((c) => c.category === category)?.count ?? 0,
  })),
  { heading: '议定事项数', value: figure('resolutions') },
  { heading: '督办事项数', value: figure('actionItems') },
  { heading: '已办结', value: figure('actionItemsDone') },
  { heading: '按期办结', value: figure('actionItemsDoneOnTime') },
  { heading: '当前逾期', value: figure('actionItemsOverdue') },
  { heading: '已撤销', value: figure('actionItemsDropped') },
  { heading: '办结天数中位数', value: figure('medianDaysToClose') },
];
export const GROUP_HEADING = '分组';
export const TOTALS_LABEL = '合计';

/** The parameters of a file request, checked as the graph would check them (400 with a reason otherwise). */
function parameters(req: Request): Record<string, unknown> {
  const text = (name: string) => {
    const value = req.query[name];
    if (value === undefined || value === '') return undefined;
    if (typeof value !== 'string') throw new BadUserInputError('INVALID_FORMAT', { field: name, format: { en: 'a single value', zh: '单个取值' } });
    return value;
  };
  const from = text('from');
  const to = text('to');
  if (!from) throw new BadUserInputError('REQUIRED', { field: 'from' });
  if (!to) throw new BadUserInputError('REQUIRED', { field: 'to' });
  const groupBy = text('groupBy') ?? 'MONTH';
  if (!(GROUPINGS as readonly string[]).includes(groupBy)) throw new BadUserInputError('NOT_ONE_OF', { field: 'groupBy', allowed: GROUPINGS.join(', ') });
  const scope = text('scope');
  if (scope !== undefined && !isUuid(scope))
    throw new BadUserInputError('INVALID_FORMAT', { field: 'scope', format: { en: 'an organisation id', zh: '组织编号' } });
  return { scopeId: scope ?? null, from: checkLocalDate(from, 'from'), to: checkLocalDate(to, 'to'), groupBy };
}

const STATUS_OF_CODE: Record<string, number> = { BAD_USER_INPUT: 400, UNAUTHENTICATED: 401, FORBIDDEN: 403, NOT_FOUND: 404, SERVICE_UNAVAILABLE: 503 };

/** A refusal of the graph as the file's answer: its status from its code, the same JSON body as GraphQL's. */
function refuseWith(res: Response, errors: readonly GraphQLFormattedError[]): void {
  const code = String(errors[0]?.extensions?.code ?? '');
  const status = STATUS_OF_CODE[code] ?? (code === 'SUBGRAPH_UNAVAILABLE' ? 503 : 502);
  if (status === 503) res.set('retry-after', '30');
  res.status(status).json({ errors });
}

/** `联席会议统计_<scope>_<from>_<to>.<ext>`, with a plain ASCII name for clients that do not read RFC 5987. */
function attachment(res: Response, report: Report, ext: string): void {
  const name = `联席会议统计_${report.scopeName}_${report.from}_${report.to}.${ext}`;
  res.set('content-disposition', `attachment; filename="joint-meetings-${report.from}-${report.to}.${ext}"; filename*=UTF-8''${encodeURIComponent(name)}`);
  res.set('cache-control', 'private, no-store');
}

function csvOf(report: Report): string {
  const line = (label: string, f: Figures) => [label, ...REPORT_COLUMNS.map((c) => c.value(f))].map((v) => (v === null ? '' : v));
  const rows = [[GROUP_HEADING, ...REPORT_COLUMNS.map((c) => c.heading)], ...report.rows.map((r) => line(r.label, r)), line(TOTALS_LABEL, report.totals)];
  // A byte-order mark, so that spreadsheet programs read the Chinese text as UTF-8.
  return `\uFEFF${stringify(rows, { record_delimiter: 'windows' })}`;
}

async function xlsxOf(report: Report): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.creator = '党建引领基层治理联邦图';
  const sheet = book.addWorksheet('联席会议统计');
  sheet.columns = [{ header: GROUP_HEADING, width: 22 }, ...REPORT_COLUMNS.map((c) => ({ header: c.heading, width: Math.max(10, c.heading.length * 2 + 2) }))];
  const add = (label: string, f: Figures) => sheet.addRow([label, ...REPORT_COLUMNS.map((c) => c.value(f))]);
  for (const row of report.rows) add(row.label, row);
  const totals = add(TOTALS_LABEL, report.totals);
  totals.font = { bold: true };
  sheet.getRow(1).font = { bold: true };
  sheet.views = [{ state: 'frozen', xSplit: 1, ySplit: 1 }];
  REPORT_COLUMNS.forEach((c, i) => {
    if (c.rate) sheet.getColumn(i + 2).numFmt = '0.0%';
  });
  return Buffer.from(await book.xlsx.writeBuffer());
}

function reportRoute(ext: 'csv' | 'xlsx'): GatewayRoute {
  return {
    path: `/reports/joint-meetings.${ext}`,
    peers: [],
    access: 'caller',
    create: (_peers, graph: PublicGraph) => async (req, res) => {
      let variables: Record<string, unknown>;
      try {
        variables = parameters(req);
      } catch (error) {
        if (isHubError(error)) return refuse(req, res, error, 400);
        throw error;
      }
      const { data, errors } = await graph.execute<{ jointMeetingReport: Report }>(req, res, REPORT, variables);
      if (errors?.length || !data) return refuseWith(res, errors ?? []);
      const report = data.jointMeetingReport;
      attachment(res, report, ext);
      if (ext === 'csv') return void res.status(200).type('text/csv; charset=utf-8').send(csvOf(report));
      res
        .status(200)
        .type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
        .send(await xlsxOf(report));
    },
  };
}

/**
 * `GET /reports/joint-meetings.csv?scope=&from=&to=&groupBy=` and `.xlsx` on the gateway: the
 * joint-meeting report as a file for the signed-in caller (bearer token), with the same rules as
 * `jointMeetingReport` in the graph. CSV in UTF-8 with a byte-order mark and Chinese headings;
 * XLSX with typed cells (numbers, rates as percentages) and a totals row. Bad parameters are 400,
 * no token 401, out of scope 403, an unknown scope 404, each with a JSON body carrying the code and
 * reason.
 */
export const reportCsvRoute = reportRoute('csv');
export const reportXlsxRoute = reportRoute('xlsx');
