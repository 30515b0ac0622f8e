/**
 * Reads co-building agreements (共驻共建协议) kept in spreadsheets, saved as CSV. Pure: it only
 * parses and checks the text, so callers can show every problem before anything is written.
 */
export type CommitmentPeriod = 'YEAR' | 'QUARTER' | 'MONTH';
export type ResourceCategory = 'VENUE' | 'VOLUNTEERS' | 'FUNDS' | 'EXPERTISE' | 'OTHER';
export type NeedPriority = 'HIGH' | 'MEDIUM' | 'LOW';
export interface ImportedAgreement {
  committeeCode: string; // organisation code of the street/community committee side
  partnerCode: string; // organisation code of the unit party organisation
  title: string;
  signingDate: string | null; // YYYY-MM-DD
  validFrom: string; // YYYY-MM-DD
  validTo: string; // YYYY-MM-DD
  commitments: Array<{ description: string; quantity: number; period: CommitmentPeriod }>;
  resources: Array<{ category: ResourceCategory; description: string; quantity: number; unit: string }>;
  needs: Array<{ category: ResourceCategory; description: string; priority: NeedPriority }>;
  projects: Array<{ title: string; goal: string; owner: string; dueDate: string | null }>;
}
export interface ImportRowError {
  column: string;
  message: string;
}
export interface ImportRow {
  line: number;
  agreement?: ImportedAgreement;
  errors: ImportRowError[];
}

const COLUMNS = {
  committeeCode: '共建组织代码',
  partnerCode: '单位代码',
  title: '协议名称',
  signingDate: '签订日期',
  validFrom: '开始日期',
  validTo: '结束日期',
  commitments: '承诺事项',
  resources: '资源清单',
  needs: '需求清单',
  projects: '项目清单',
} as const;
type Field = keyof typeof COLUMNS;
const REQUIRED: readonly Field[] = ['committeeCode', 'partnerCode', 'title', 'validFrom', 'validTo'];

// Keys are upper-cased English or Chinese; NFKC first, so full-width input (ＹＥＡＲ, ２０) typed with a Chinese IME still matches.
const PERIODS: Record<string, CommitmentPeriod> = {
  YEAR: 'YEAR',
  QUARTER: 'QUARTER',
  MONTH: 'MONTH',
  每年: 'YEAR',
  每季度: 'QUARTER',
  每月: 'MONTH',
  年: 'YEAR',
  季度: 'QUARTER',
  月: 'MONTH',
};
const CATEGORIES: Record<string, ResourceCategory> = {
  VENUE: 'VENUE',
  VOLUNTEERS: 'VOLUNTEERS',
  FUNDS: 'FUNDS',
  EXPERTISE: 'EXPERTISE',
  OTHER: 'OTHER',
  场地: 'VENUE',
  志愿者: 'VOLUNTEERS',
  资金: 'FUNDS',
  专业技术: 'EXPERTISE',
  其他: 'OTHER',
  其它: 'OTHER', // 其它 is a common variant of 其他
};
const PRIORITIES: Record<string, NeedPriority> = { HIGH: 'HIGH', MEDIUM: 'MEDIUM', LOW: 'LOW', 高: 'HIGH', 中: 'MEDIUM', 低: 'LOW' };
const choice = <T>(map: Record<string, T>, raw: string): T | undefined => (Object.hasOwn(map, key(raw)) ? map[key(raw)] : undefined);
const key = (raw: string) => raw.normalize('NFKC').trim().toUpperCase();

interface RawRecord {
  line: number;
  cells: string[];
  problem?: { cell: number; message: string };
}

/** RFC 4180 records with the line each starts on; a malformed quote is noted on its record rather than thrown. */
function readCsv(text: string): RawRecord[] {
  const records: RawRecord[] = [];
  const n = text.length;
  const atCellEnd = (k: number) => k >= n || text[k] === ',' || text[k] === '\n' || (text[k] === '\r' && text[k + 1] === '\n');
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0; // Excel's "CSV UTF-8" starts with a BOM; it must not end up in the first header
  let line = 1;
  while (i < n) {
    const record: RawRecord = { line, cells: [] };
    for (;;) {
      let cell = '';
      if (text[i] === '"') {
        for (i++; ;) {
          if (i >= n) {
            record.problem ??= { cell: record.cells.length, message: 'quoted cell is never closed' };
            break;
          }
          const ch = text[i++];
          if (ch === '"') {
            if (text[i] !== '"') break;
            cell += '"';
            i++;
          } else if (ch === '\r' && text[i] === '\n')
            continue; // keep in-cell line breaks as LF, whatever the file uses
          else {
            if (ch === '\n') line++;
            cell += ch;
          }
        }
        const start = i;
        while (!atCellEnd(i)) i++;
        if (text.slice(start, i).trim()) record.problem ??= { cell: record.cells.length, message: 'unexpected text after a closing quote' };
      } else {
        while (!atCellEnd(i)) cell += text[i++];
      }
      record.cells.push(cell);
      if (text[i] === ',') {
        i++;
        continue;
      }
      if (text[i] === '\r') i++;
      if (text[i] === '\n') {
        i++;
        line++;
      }
      break;
    }
    // Blank rows, including the ",,,," Excel writes for formatted but empty rows, are skipped.
    if (record.problem || record.cells.some((c) => c.trim())) records.push(record);
  }
  return records;
}

const DATE = /^(\d{4})(?:([-/])(\d{1,2})\2(\d{1,2})|年(\d{1,2})月(\d{1,2})日)$/;
/** YYYY-MM-DD for a real calendar date, else undefined. Chinese Excel shows 2024/3/5, so one-digit parts are accepted. */
function toDate(raw: string): string | undefined {
  const m = DATE.exec(raw.normalize('NFKC').trim());
  if (!m) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[3] ?? m[5]), Number(m[4] ?? m[6])];
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][mo - 1];
  if (!days || d < 1 || d > days) return undefined;
  return `${m[1]}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}
const dateHint = (raw: string) => `"${raw}" is not a valid date (YYYY-MM-DD)`;

const NUMBER = /^[+-]?(?:\d+(?:\.\d+)?|\.\d+)$/;
const toNumber = (raw: string) => (NUMBER.test(raw.normalize('NFKC')) ? Number(raw.normalize('NFKC')) : undefined);

/**
 * Splits a list cell into items (`;`/`；`) and parts (`|`/`｜`). Items are numbered as written, so a
 * stray double separator does not shift the numbers users are told about; blank items are ignored.
 */
function list<T>(raw: string, shape: string, sizes: number[], report: (message: string) => void, build: (parts: string[], say: (m: string) => void) => T): T[] {
  const out: T[] = [];
  raw.split(/[;；]/).forEach((item, index) => {
    if (!item.trim()) return;
    const say = (message: string) => report(`item ${index + 1}: ${message}`);
    const parts = item.split(/[|｜]/).map((p) => p.trim());
    if (!sizes.includes(parts.length)) return say(`expected ${sizes.join(' or ')} parts "${shape}", found ${parts.length}`);
    out.push(build(parts, say));
  });
  return out;
}

function enumPart<T>(map: Record<string, T>, name: string, raw: string, allowed: string, say: (m: string) => void): T {
  const value = choice(map, raw);
  if (value === undefined) say(`${name} "${raw}" is not one of ${allowed}`);
  return value as T;
}
const CATEGORY_HINT = 'VENUE/VOLUNTEERS/FUNDS/EXPERTISE/OTHER (场地/志愿者/资金/专业技术/其他)';

export function parseAgreementsCsv(text: string): { rows: ImportRow[]; headerErrors: string[] } {
  const [header, ...records] = readCsv(text);
  if (!header) return { rows: [], headerErrors: ['the file is empty: expected a header row'] };
  const headerErrors: string[] = [];
  if (header.problem) headerErrors.push(`header: ${header.problem.message}`);
  const position = new Map<Field, number>();
  const labels = header.cells.map((c) => c.trim());
  labels.forEach((label, index) => {
    const field = (Object.keys(COLUMNS) as Field[]).find((f) => COLUMNS[f] === label || f.toLowerCase() === label.toLowerCase());
    if (!field) headerErrors.push(label ? `unknown column "${label}"` : `column ${index + 1} has no header`);
    else if (position.has(field))
      headerErrors.push(`duplicate column "${label}" (${COLUMNS[field]}/${field} already appears as "${labels[position.get(field)!]}")`);
    else position.set(field, index);
  });
  for (const f of REQUIRED) if (!position.has(f)) headerErrors.push(`missing required column ${COLUMNS[f]} (${f})`);
  if (headerErrors.length) return { rows: [], headerErrors };

  // Errors name the column as the file spells it, so users can find it in their own sheet.
  const labelOf = (f: Field) => (position.has(f) ? labels[position.get(f)!] : COLUMNS[f]);
  const rows = records.map((record): ImportRow => {
    const errors: ImportRowError[] = [];
    const fail = (f: Field) => (message: string) => errors.push({ column: labelOf(f), message });
    const cell = (f: Field) => (position.has(f) ? (record.cells[position.get(f)!] ?? '').trim() : '');
    if (record.problem) errors.push({ column: labels[record.problem.cell] ?? `column ${record.problem.cell + 1}`, message: record.problem.message });
    record.cells.forEach((c, index) => {
      if (index >= labels.length && c.trim()) errors.push({ column: `column ${index + 1}`, message: `value "${c.trim()}" has no header` });
    });

    for (const f of REQUIRED) if (!cell(f)) fail(f)('is required');
    const date = (f: Field) => {
      const value = cell(f) ? toDate(cell(f)) : undefined;
      if (cell(f) && !value) fail(f)(dateHint(cell(f)));
      return value;
    };
    const [signingDate, validFrom, validTo] = [date('signingDate'), date('validFrom'), date('validTo')];
    if (validFrom && validTo && validTo < validFrom) fail('validTo')(`${validTo} is before the start date ${validFrom}`);

    // Parts the agreement service (agreement.rules.ts) also requires, so a row that imports cleanly registers too.
    const filled = (raw: string, name: string, say: (m: string) => void) => {
      if (!raw) say(`${name} is empty`);
      return raw;
    };
    const commitments = list(cell('commitments'), 'description|quantity|period', [3], fail('commitments'), ([d, q, p], say) => {
      const quantity = toNumber(q);
      if (quantity === undefined) say(`quantity "${q}" is not a number`);
      else if (!Number.isInteger(quantity) || quantity < 1) say(`quantity "${q}" must be a whole number of at least 1`);
      const period = enumPart(PERIODS, 'period', p, 'YEAR/QUARTER/MONTH (每年/每季度/每月)', say);
      return { description: filled(d, 'description', say), quantity: quantity!, period };
    });
    const resources = list(cell('resources'), 'category|description|quantity|unit', [4], fail('resources'), ([c, d, q, unit], say) => {
      const category = enumPart(CATEGORIES, 'category', c, CATEGORY_HINT, say);
      const quantity = toNumber(q);
      if (quantity === undefined) say(`quantity "${q}" is not a number`);
      else if (quantity < 0) say(`quantity "${q}" must not be negative`);
      return { category, description: filled(d, 'description', say), quantity: quantity!, unit: filled(unit, 'unit', say) };
    });
    const needs = list(cell('needs'), 'category|description|priority', [3], fail('needs'), ([c, d, p], say) => ({
      category: enumPart(CATEGORIES, 'category', c, CATEGORY_HINT, say),
      description: filled(d, 'description', say),
      priority: enumPart(PRIORITIES, 'priority', p, 'HIGH/MEDIUM/LOW (高/中/低)', say),
    }));
    const projects = list(cell('projects'), 'title|goal|owner|dueDate', [3, 4], fail('projects'), ([t, goal, owner, due = ''], say) => {
      const dueDate = due ? toDate(due) : null;
      if (dueDate === undefined) say(`due date ${dateHint(due)}`);
      return { title: filled(t, 'title', say), goal: filled(goal, 'goal', say), owner: filled(owner, 'owner', say), dueDate: dueDate ?? null };
    });

    if (errors.length) return { line: record.line, errors };
    const agreement: ImportedAgreement = {
      committeeCode: cell('committeeCode'),
      partnerCode: cell('partnerCode'),
      title: cell('title'),
      signingDate: signingDate ?? null,
      validFrom: validFrom!,
      validTo: validTo!,
      commitments,
      resources,
      needs,
      projects,
    };
    return { line: record.line, agreement, errors };
  });
  return { rows, headerErrors };
}
