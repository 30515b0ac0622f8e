import assert from 'node:assert/strict';
import { test } from '@jest/globals';
import { parseAgreementsCsv, type ImportedAgreement, type ImportRow } from './agreement-import.csv';
import { CommitmentPeriod, NeedPriority, ResourceCategory } from './agreement-lists';

const HEADER = '共建组织代码,单位代码,协议名称,签订日期,开始日期,结束日期,承诺事项,资源清单,需求清单,项目清单';

/** A file with the Chinese header and the given data lines (LF), for the error cases. */
const file = (...lines: string[]) => [HEADER, ...lines].join('\n') + '\n';
const GOOD = 'SQ-HEPING,DW-GUODIAN,共建协议,2025-01-08,2025-01-10,2025-12-31,,,,';

/** The only row of a one-row file: its errors, and that it carries no agreement. */
function errorsOf(row: string): ImportRow['errors'] {
  const { rows, headerErrors } = parseAgreementsCsv(file(row));
  assert.deepEqual(headerErrors, []);
  assert.equal(rows.length, 1);
  assert.equal('agreement' in rows[0], false, 'a row with errors carries no agreement');
  return rows[0].errors;
}

test('a spreadsheet export with BOM, CRLF, Chinese headers and quoted multi-line cells parses to typed rows', () => {
  const text =
    '\uFEFF' +
    HEADER +
    '\r\n' +
    'SQ-HEPING,DW-GUODIAN,"和平社区与国电公司共驻共建协议, 2025年度",2025/01/08,2025年1月10日,2025-12-31,' +
    '"每月开展志愿服务|1|每月;\r\n报告党建工作 | 2 | 每年",' +
    '"场地|党员活动室, 可容纳50人|1|间;资金|""红色物业""补贴|20000.5|元",' +
    '志愿者|老旧小区加装电梯宣传|高,' +
    '"楼道微更新|完成3栋楼改造|张丽|2025-06-30;议事会|每季度召开一次|王强"\r\n' +
    '\r\n' + // a blank line between records is skipped but still counted
    'JD-XINHUA,DW-YIYUAN,"新华街道与第一医院""健康进社区""协议\r\n（第二版）",,2025-03-01,2026-02-28,,,,\r\n';
  const { rows, headerErrors } = parseAgreementsCsv(text);
  assert.deepEqual(headerErrors, []);
  const heping: ImportedAgreement = {
    committeeCode: 'SQ-HEPING',
    partnerCode: 'DW-GUODIAN',
    title: '和平社区与国电公司共驻共建协议, 2025年度',
    signingDate: '2025-01-08',
    validFrom: '2025-01-10',
    validTo: '2025-12-31',
    commitments: [
      { description: '每月开展志愿服务', quantity: 1, period: CommitmentPeriod.MONTH },
      { description: '报告党建工作', quantity: 2, period: CommitmentPeriod.YEAR },
    ],
    resources: [
      { category: ResourceCategory.VENUE, description: '党员活动室, 可容纳50人', quantity: 1, unit: '间' },
      { category: ResourceCategory.FUNDS, description: '"红色物业"补贴', quantity: 20000.5, unit: '元' },
    ],
    needs: [{ category: ResourceCategory.VOLUNTEERS, description: '老旧小区加装电梯宣传', priority: NeedPriority.HIGH }],
    projects: [
      { title: '楼道微更新', goal: '完成3栋楼改造', owner: '张丽', dueDate: '2025-06-30' },
      { title: '议事会', goal: '每季度召开一次', owner: '王强', dueDate: null },
    ],
  };
  const xinhua: ImportedAgreement = {
    committeeCode: 'JD-XINHUA',
    partnerCode: 'DW-YIYUAN',
    title: '新华街道与第一医院"健康进社区"协议\n（第二版）', // CRLF inside a cell comes back as LF
    signingDate: null,
    validFrom: '2025-03-01',
    validTo: '2026-02-28',
    commitments: [],
    resources: [],
    needs: [],
    projects: [],
  };
  assert.deepEqual(rows, [
    { line: 2, agreement: heping, errors: [] },
    { line: 5, agreement: xinhua, errors: [] },
  ]);
});

test('English headers match case-insensitively and trimmed; optional columns may be left out', () => {
  const text =
    'CommitteeCode, PARTNERCODE ,title,validfrom,ValidTo,Commitments,NEEDS\nSQ-1,DW-1,Agreement,2025-01-01,2025-01-01,Clean-up|4|quarter,expertise|Legal advice|medium\n';
  const { rows, headerErrors } = parseAgreementsCsv(text);
  assert.deepEqual(headerErrors, []);
  assert.deepEqual(rows, [
    {
      line: 2,
      errors: [],
      agreement: {
        committeeCode: 'SQ-1',
        partnerCode: 'DW-1',
        title: 'Agreement',
        signingDate: null,
        validFrom: '2025-01-01',
        validTo: '2025-01-01',
        commitments: [{ description: 'Clean-up', quantity: 4, period: 'QUARTER' }],
        resources: [],
        needs: [{ category: 'EXPERTISE', description: 'Legal advice', priority: 'MEDIUM' }],
        projects: [],
      },
    },
  ]);
});

test('full-width separators, full-width digits and the short Chinese keywords are accepted', () => {
  const { rows } = parseAgreementsCsv(
    file('SQ,DW,协议,,2025-01-01,2025-12-31,义诊｜２｜季度；讲座 ｜ 1 ｜ 年,其它｜图书｜３００｜册,场地｜会议室｜低,微心愿｜100个｜李明｜2025年5月4日'),
  );
  assert.deepEqual(rows[0].errors, []);
  const a = rows[0].agreement!;
  assert.deepEqual(a.commitments, [
    { description: '义诊', quantity: 2, period: 'QUARTER' },
    { description: '讲座', quantity: 1, period: 'YEAR' },
  ]);
  assert.deepEqual(a.resources, [{ category: 'OTHER', description: '图书', quantity: 300, unit: '册' }]);
  assert.deepEqual(a.needs, [{ category: 'VENUE', description: '会议室', priority: 'LOW' }]);
  assert.deepEqual(a.projects, [{ title: '微心愿', goal: '100个', owner: '李明', dueDate: '2025-05-04' }]);
});

test('dates in the three accepted forms are normalised; only real calendar dates pass', () => {
  const { rows } = parseAgreementsCsv(file('SQ,DW,协议,2024年2月29日,2025/3/5,2025-3-31,,,,'));
  assert.equal(rows[0].agreement?.signingDate, '2024-02-29');
  assert.equal(rows[0].agreement?.validFrom, '2025-03-05');
  assert.equal(rows[0].agreement?.validTo, '2025-03-31');
});

const CASES: Array<[string, string, { column: string; message: string }]> = [
  ['missing committee code', ',DW,协议,,2025-01-01,2025-12-31,,,,', { column: '共建组织代码', message: 'is required' }],
  ['blank title', 'SQ,DW,"  ",,2025-01-01,2025-12-31,,,,', { column: '协议名称', message: 'is required' }],
  ['missing validTo', 'SQ,DW,协议,,2025-01-01,,,,,', { column: '结束日期', message: 'is required' }],
  ['not a calendar date', 'SQ,DW,协议,,2025-02-30,2025-12-31,,,,', { column: '开始日期', message: '"2025-02-30" is not a valid date (YYYY-MM-DD)' }],
  [
    '2023 is not a leap year',
    'SQ,DW,协议,2023年2月29日,2025-01-01,2025-12-31,,,,',
    { column: '签订日期', message: '"2023年2月29日" is not a valid date (YYYY-MM-DD)' },
  ],
  ['not a date at all', 'SQ,DW,协议,,明年,2025-12-31,,,,', { column: '开始日期', message: '"明年" is not a valid date (YYYY-MM-DD)' }],
  ['end before start', 'SQ,DW,协议,,2025-06-01,2025/5/31,,,,', { column: '结束日期', message: '2025-05-31 is before the start date 2025-06-01' }],
  [
    'commitment quantity in words',
    'SQ,DW,协议,,2025-01-01,2025-12-31,义诊|1|每月;讲座|二十|每年,,,',
    { column: '承诺事项', message: 'item 2: quantity "二十" is not a number' },
  ],
  [
    'commitment quantity zero',
    'SQ,DW,协议,,2025-01-01,2025-12-31,义诊|0|每月,,,',
    { column: '承诺事项', message: 'item 1: quantity "0" must be a whole number of at least 1' },
  ],
  [
    'commitment quantity fraction',
    'SQ,DW,协议,,2025-01-01,2025-12-31,义诊|1.5|每月,,,',
    { column: '承诺事项', message: 'item 1: quantity "1.5" must be a whole number of at least 1' },
  ],
  [
    'unknown period',
    'SQ,DW,协议,,2025-01-01,2025-12-31,义诊|1|每周,,,',
    { column: '承诺事项', message: 'item 1: period "每周" is not one of YEAR/QUARTER/MONTH (每年/每季度/每月)' },
  ],
  [
    'commitment with two parts',
    'SQ,DW,协议,,2025-01-01,2025-12-31,义诊|每月,,,',
    { column: '承诺事项', message: 'item 1: expected 3 parts "description|quantity|period", found 2' },
  ],
  ['empty commitment description', 'SQ,DW,协议,,2025-01-01,2025-12-31,|1|每月,,,', { column: '承诺事项', message: 'item 1: description is empty' }],
  [
    'negative resource quantity',
    'SQ,DW,协议,,2025-01-01,2025-12-31,,资金|经费|-1|元,,',
    { column: '资源清单', message: 'item 1: quantity "-1" must not be negative' },
  ],
  [
    'unknown resource category',
    'SQ,DW,协议,,2025-01-01,2025-12-31,,车辆|大巴|1|辆,,',
    { column: '资源清单', message: 'item 1: category "车辆" is not one of VENUE/VOLUNTEERS/FUNDS/EXPERTISE/OTHER (场地/志愿者/资金/专业技术/其他)' },
  ],
  ['empty resource description', 'SQ,DW,协议,,2025-01-01,2025-12-31,,场地| |1|间,,', { column: '资源清单', message: 'item 1: description is empty' }],
  ['empty resource unit', 'SQ,DW,协议,,2025-01-01,2025-12-31,,资金|经费|5000|,,', { column: '资源清单', message: 'item 1: unit is empty' }],
  [
    'unknown priority',
    'SQ,DW,协议,,2025-01-01,2025-12-31,,,志愿者|助老|紧急,',
    { column: '需求清单', message: 'item 1: priority "紧急" is not one of HIGH/MEDIUM/LOW (高/中/低)' },
  ],
  [
    'bad project due date',
    'SQ,DW,协议,,2025-01-01,2025-12-31,,,,微更新|改造|张丽|六月底',
    { column: '项目清单', message: 'item 1: due date "六月底" is not a valid date (YYYY-MM-DD)' },
  ],
  [
    'project with too few parts',
    'SQ,DW,协议,,2025-01-01,2025-12-31,,,,微更新|改造',
    { column: '项目清单', message: 'item 1: expected 3 or 4 parts "title|goal|owner|dueDate", found 2' },
  ],
  ['empty project title', 'SQ,DW,协议,,2025-01-01,2025-12-31,,,,|改造|张丽', { column: '项目清单', message: 'item 1: title is empty' }],
  ['empty project owner', 'SQ,DW,协议,,2025-01-01,2025-12-31,,,,微更新|改造||2025-06-30', { column: '项目清单', message: 'item 1: owner is empty' }],
  ['a cell beyond the header', 'SQ,DW,协议,,2025-01-01,2025-12-31,,,,,备注', { column: 'column 11', message: 'value "备注" has no header' }],
  ['text after a closing quote', 'SQ,DW,"协议"版,,2025-01-01,2025-12-31,,,,', { column: '协议名称', message: 'unexpected text after a closing quote' }],
];
for (const [name, row, expected] of CASES) {
  test(`row error: ${name}`, () => assert.deepEqual(errorsOf(row), [expected]));
}

test('errors carry the line where the row starts, and name columns as the file spells them', () => {
  const text =
    'committeeCode,partnerCode,title,validFrom,validTo,资源清单\n' +
    'SQ,DW,"多行\n名称",2025-01-01,2025-12-31,\n' +
    '\n,,,\n' + // blank lines and a row of empty cells are skipped
    'SQ,DW,协议,2025-01-01,2025-12-31,"场地|活动室|1|间;\n资金|经费|一万|元"\n' +
    'SQ,,协议,2025-13-01,2025-12-31,\n';
  const { rows } = parseAgreementsCsv(text);
  assert.deepEqual(
    rows.map((r) => [r.line, r.errors]),
    [
      [2, []],
      [6, [{ column: '资源清单', message: 'item 2: quantity "一万" is not a number' }]],
      [
        8,
        [
          { column: 'partnerCode', message: 'is required' },
          { column: 'validFrom', message: '"2025-13-01" is not a valid date (YYYY-MM-DD)' },
        ],
      ],
    ],
  );
});

test('an unclosed quote is reported on its row instead of silently swallowing the file', () => {
  const { rows } = parseAgreementsCsv(file(GOOD, 'SQ,DW,"协议,2025-01-01,2025-12-31,,,,', GOOD));
  assert.equal(rows.length, 2);
  assert.ok(rows[0].agreement);
  assert.equal(rows[1].line, 3);
  assert.deepEqual(rows[1].errors[0], { column: '协议名称', message: 'quoted cell is never closed' });
});

test('header errors: missing required, unknown, duplicate, nameless and empty files', () => {
  assert.deepEqual(parseAgreementsCsv('共建组织代码,单位代码,协议名称,开始日期\nSQ,DW,协议,2025-01-01\n'), {
    rows: [],
    headerErrors: ['missing required column 结束日期 (validTo)'],
  });
  assert.deepEqual(parseAgreementsCsv(HEADER + ',备注\n').headerErrors, ['unknown column "备注"']);
  assert.deepEqual(parseAgreementsCsv(HEADER + ',Title\n').headerErrors, ['duplicate column "Title" (协议名称/title already appears as "协议名称")']);
  assert.deepEqual(parseAgreementsCsv(HEADER + ',\n').headerErrors, ['column 11 has no header']);
  assert.deepEqual(parseAgreementsCsv('\uFEFF').headerErrors, ['the file is empty: expected a header row']);
  assert.deepEqual(parseAgreementsCsv('').headerErrors, ['the file is empty: expected a header row']);
});

test('the BOM never sticks to the first header, and a header-only file has no rows', () => {
  assert.deepEqual(parseAgreementsCsv('\uFEFF' + HEADER + '\r\n'), { rows: [], headerErrors: [] });
  // Excel quotes headers it thinks need it; the BOM must not stop the first one being read as quoted.
  assert.deepEqual(parseAgreementsCsv('\uFEFF' + HEADER.replace('共建组织代码', '"committeeCode"')), { rows: [], headerErrors: [] });
});

test('a row with a broken quote is reported alone: the rows after it are read as usual', () => {
  const { rows } = parseAgreementsCsv(file(GOOD, 'SQ,DW,"协议"版,,2025-01-01,2025-12-31,,,,', GOOD, 'SQ,DW,"多行\n名称"x,,2025-01-01,2025-12-31,,,,', GOOD));
  assert.deepEqual(
    rows.map((r) => [r.line, r.errors, 'agreement' in r]),
    [
      [2, [], true],
      [3, [{ column: '协议名称', message: 'unexpected text after a closing quote' }], false],
      [4, [], true],
      [5, [{ column: '协议名称', message: 'unexpected text after a closing quote' }], false],
      [7, [], true],
    ],
  );
});

test('old Mac line breaks (CR) count as line breaks; spaces around a quoted cell are ignored', () => {
  const { rows, headerErrors } = parseAgreementsCsv([HEADER, GOOD, 'SQ,DW, "带空格的协议" ,,2025-01-01,2025-12-31,,,,'].join('\r') + '\r');
  assert.deepEqual(headerErrors, []);
  assert.deepEqual(
    rows.map((r) => [r.line, r.agreement?.title]),
    [
      [2, '共建协议'],
      [3, '带空格的协议'],
    ],
  );
});
