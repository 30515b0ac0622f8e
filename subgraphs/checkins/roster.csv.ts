import { readCsvRecords } from '../../platform/csv/csv-records';
import { requiredText } from '../../platform/validation/validation';
import { isHubError } from '../../platform/errors/errors';
import { LIMITS } from './checkins.rules';
import { checkIdentityNumber } from './identity-number';

/** One problem in one line of a roster file; never quotes an identity number. */
export interface RosterLineProblem {
  line: number;
  column: string;
  message: string;
}

export interface RosterLine {
  line: number;
  name: string;
  identityNumber: string;
}

const NAME_HEADERS = ['姓名', 'name'];
const IDENTITY_HEADERS = ['身份证号', '身份证号码', '公民身份号码', 'identitynumber', 'identity number'];

/**
 * A unit's roster as a spreadsheet saves it: a header row naming a column 姓名 (name) and a column
 * 身份证号 (identity number), then one member a line. Every line is checked; the problems of all
 * lines come back together, so one upload shows everything to fix.
 */
export function parseRosterCsv(text: string, today: string): { lines: RosterLine[]; problems: RosterLineProblem[] } {
  const records = readCsvRecords(text);
  const problems: RosterLineProblem[] = [];
  const [header, ...rows] = records;
  if (!header)
    return { lines: [], problems: [{ line: 1, column: '(file)', message: 'the file is empty: give a header row 姓名,身份证号 and one member a line' }] };
  const cells = header.cells.map((c) => c.trim().toLowerCase());
  const nameColumn = cells.findIndex((c) => NAME_HEADERS.includes(c));
  const idColumn = cells.findIndex((c) => IDENTITY_HEADERS.includes(c));
  if (nameColumn < 0 || idColumn < 0) {
    return {
      lines: [],
      problems: [{ line: header.line, column: '(header)', message: 'the header row must name the columns 姓名 (name) and 身份证号 (identity number)' }],
    };
  }
  if (rows.length > LIMITS.rosterLines) {
    return { lines: [], problems: [{ line: 1, column: '(file)', message: `a roster may hold at most ${LIMITS.rosterLines} members` }] };
  }
  const lines: RosterLine[] = [];
  const seen = new Map<string, number>();
  for (const row of rows) {
    if (row.problem) {
      problems.push({ line: row.line, column: `(cell ${row.problem.cell + 1})`, message: row.problem.message });
      continue;
    }
    const name = check(() => requiredText(row.cells[nameColumn] ?? '', '姓名', LIMITS.name), row.line, '姓名', problems);
    const identityNumber = check(() => checkIdentityNumber(row.cells[idColumn] ?? '', '身份证号', today), row.line, '身份证号', problems);
    if (name === undefined || identityNumber === undefined) continue;
    const earlier = seen.get(identityNumber);
    if (earlier !== undefined) {
      problems.push({ line: row.line, column: '身份证号', message: `the same identity number as line ${earlier}` });
      continue;
    }
    seen.set(identityNumber, row.line);
    lines.push({ line: row.line, name, identityNumber });
  }
  if (lines.length === 0 && problems.length === 0) problems.push({ line: 1, column: '(file)', message: 'the file holds no members' });
  return { lines, problems };
}

function check<T>(read: () => T, line: number, column: string, problems: RosterLineProblem[]): T | undefined {
  try {
    return read();
  } catch (error) {
    if (!isHubError(error)) throw error;
    problems.push({ line, column, message: error.message });
    return undefined;
  }
}
