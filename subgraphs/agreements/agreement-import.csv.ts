import { readCsvRecords } from '../../platform/csv/csv-records';
import { CommitmentPeriod, NeedPriority, ResourceCategory } from './agreement-lists';

/**
 * Reads co-building agreements (共驻共建协议) kept in spreadsheets, saved as CSV. Pure: it only
 * parses and checks the text, so callers can show every problem before anything is written.
 */
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
// The enum values themselves (YEAR, VENUE, HIGH) are accepted too, see `choice`.
const PERIODS: Record<string, CommitmentPeriod> = {
  每年: CommitmentPeriod.YEAR,
  每季度: CommitmentPeriod.QUARTER,
  每月: CommitmentPeriod.MONTH,
  年: CommitmentPeriod.YEAR,
  季度: CommitmentPeriod.QUARTER,
  月: CommitmentPeriod.MONTH,
};
const CATEGORIES: Record<string, ResourceCategory> = {
  场地: ResourceCategory.VENUE,
  志愿者: ResourceCategory.VOLUNTEERS,
  资金: ResourceCategory.FUNDS,
  专业技术: ResourceCategory.EXPERTISE,
  其他: ResourceCategory.OTHER,
  其它: ResourceCategory.OTHER, // 其它 is a common variant of 其他
};
const PRIORITIES: Record<string, NeedPriority> = { 高: NeedPriority.HIGH, 中: NeedPriority.MEDIUM, 低: NeedPriority.LOW };
/** The enum value named by `raw`: its own name (any case) or one of its Chinese words. */
function choice<T extends string>(values: Record<string, T>, words: Record<string, T>, raw: string): T | undefined {
  const k = key(raw);
  if (Object.hasOwn(values, k)) return values[k];
  return Object.hasOwn(words, k) ? words[k] : undefined;
}
const key = (raw: string) => raw.normalize('NFKC').trim().toUpperCase();

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

function enumPart<T extends string>(values: Record<string, T>, words: Record<string, T>, name: string, raw: string, say: (m: string) => void): T {
  const value = choice(values, words, raw);
  if (value === undefined) say(`${name} "${raw}" is not one of ${allowedValues(values, words)}`);
  return value as T;
}

/** `YEAR/QUARTER/MONTH (每年/每季度/每月)`: each value with its first Chinese word. */
function allowedValues<T extends string>(values: Record<string, T>, words: Record<string, T>): string {
  const names = Object.values(values);
  const chinese = names.map((value) => Object.keys(words).find((word) => words[word] === value));
  return `${names.join('/')} (${chinese.join('/')})`;
}

export function parseAgreementsCsv(text: string): { rows: ImportRow[]; headerErrors: string[] } {
  const [header, ...records] = readCsvRecords(text);
  if (!header) return { rows: [], headerErrors: ['the file is empty: expected a header row'] };
  const headerErrors: string[] = [];
  if (header.problem) return { rows: [], headerErrors: [`header: ${header.problem.message}`] };
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
    // A record whose quotes are broken has no cells to check: its problem is the row's one error.
    if (record.problem) {
      return { line: record.line, errors: [{ column: labels[record.problem.cell] ?? `column ${record.problem.cell + 1}`, message: record.problem.message }] };
    }
    const errors: ImportRowError[] = [];
    const fail = (f: Field) => (message: string) => errors.push({ column: labelOf(f), message });
    const cell = (f: Field) => (position.has(f) ? (record.cells[position.get(f)!] ?? '').trim() : '');
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
      const period = enumPart(CommitmentPeriod, PERIODS, 'period', p, say);
      return { description: filled(d, 'description', say), quantity: quantity!, period };
    });
    const resources = list(cell('resources'), 'category|description|quantity|unit', [4], fail('resources'), ([c, d, q, unit], say) => {
      const category = enumPart(ResourceCategory, CATEGORIES, 'category', c, say);
      const quantity = toNumber(q);
      if (quantity === undefined) say(`quantity "${q}" is not a number`);
      else if (quantity < 0) say(`quantity "${q}" must not be negative`);
      return { category, description: filled(d, 'description', say), quantity: quantity!, unit: filled(unit, 'unit', say) };
    });
    const needs = list(cell('needs'), 'category|description|priority', [3], fail('needs'), ([c, d, p], say) => ({
      category: enumPart(ResourceCategory, CATEGORIES, 'category', c, say),
      description: filled(d, 'description', say),
      priority: enumPart(NeedPriority, PRIORITIES, 'priority', p, say),
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
