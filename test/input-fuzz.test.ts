import assert from 'node:assert/strict';
import { beforeAll, describe, test } from '@jest/globals';
import { REGISTER, agreementInput, demoParties, type Parties } from './kit/agreements';
import { createOrganisation } from './kit/factories';
import { assertEveryVariantRefused, assertRefused, rowCounts, type FuzzOperation } from './kit/fuzz';
import { meetingOperations } from './kit/meetings-fuzz';
import { useTestStack } from './kit/stack';

/**
 * Hostile input through the gateway, for every mutation and list: a NUL character, a lone
 * surrogate (sent as the raw JSON escape `\ud800`), a direction override (U+202E), numbers past
 * any sane bound, the dates 0001-01-01 and 9999-12-31, forged and foreign cursors. Each is refused
 * with its reason, none reaches a server error, and nothing is stored.
 */
const hub = useTestStack({ demo: true });
let p: Parties;

const COUNTED = [
  'organisations.organisation',
  'organisations.committee_seat',
  'organisations.audit_entry',
  'agreements.agreement',
  'agreements.agreement_amendment',
  'agreements.agreement_review',
  'agreements.audit_entry',
  'meetings.joint_meeting',
  'meetings.meeting_attendance',
  'meetings.check_in_code',
  'meetings.agenda_item',
  'meetings.resolution',
  'meetings.action_item',
  'meetings.action_item_note',
  'meetings.calendar_feed',
  'meetings.audit_entry',
];
type Vars = Record<string, any>;
const BIDI = '协议\u202Eexe.txt';
const stored = () => rowCounts(hub, COUNTED);

const AGREEMENT = 'id version';
let operations: FuzzOperation[];

beforeAll(async () => {
  p = await demoParties(hub);
  const register = async (title: string) => (await p.partner.data(REGISTER, { input: agreementInput(p, { title }) })).registerAgreement;
  const draft = await register('模糊测试草稿');
  const active = await register('模糊测试生效');
  const signedActive = (
    await p.staff.data(`mutation ($id: ID!, $v: Int!) { signAgreement(id: $id, version: $v) { id version projects { id } } }`, {
      id: active.id,
      v: active.version,
    })
  ).signAgreement;
  const district = await createOrganisation(hub.gateway, 'DISTRICT_COMMITTEE', null);
  const street = await createOrganisation(hub.gateway, 'STREET_WORKING_COMMITTEE', district);
  const community = await createOrganisation(hub.gateway, 'COMMUNITY_PARTY_COMMITTEE', street);
  const seat = (
    await hub.gateway.data(`mutation ($input: AddCommitteeSeatInput!) { addCommitteeSeat(input: $input) { id version } }`, {
      input: { committeeId: community.id, holderName: '李华', role: 'SECRETARY', termStart: '2024-01-01' },
    })
  ).addCommitteeSeat;
  const ref = (a: { id: string; version: number }) => ({ id: a.id, version: a.version });
  const full = agreementInput(p);
  operations = [
    {
      name: 'createOrganisation',
      as: () => hub.gateway,
      query: `mutation ($input: CreateOrganisationInput!) { createOrganisation(input: $input) { id } }`,
      vars: { input: { code: 'FUZZ-1', name: '模糊社区党委', kind: 'COMMUNITY_PARTY_COMMITTEE', parentId: street.id, address: '翠湖路1号' } },
      texts: ['input.code', 'input.name', 'input.address'],
      strings: ['input.parentId'],
    },
    {
      name: 'updateOrganisation',
      as: () => hub.gateway,
      query: `mutation ($input: UpdateOrganisationInput!) { updateOrganisation(input: $input) { id } }`,
      vars: { input: { id: community.id, version: community.version, name: '新名称', address: '新地址' } },
      texts: ['input.name', 'input.address'],
      strings: ['input.id'],
      numbers: [
        ['input.version', 2 ** 31, 'INVALID_VALUE'],
        ['input.version', 2 ** 31 - 1, 'STALE_VERSION'],
      ],
    },
    {
      name: 'moveOrganisation',
      as: () => hub.gateway,
      query: `mutation ($input: MoveOrganisationInput!) { moveOrganisation(input: $input) { id } }`,
      vars: { input: { id: community.id, version: community.version, newParentId: street.id } },
      strings: ['input.id', 'input.newParentId'],
    },
    {
      name: 'addCommitteeSeat',
      as: () => hub.gateway,
      query: `mutation ($input: AddCommitteeSeatInput!) { addCommitteeSeat(input: $input) { id } }`,
      vars: { input: { committeeId: community.id, holderName: '王芳', role: 'DEPUTY_SECRETARY', termStart: '2024-01-01' } },
      texts: ['input.holderName'],
      strings: ['input.committeeId'],
      dates: ['input.termStart'],
    },
    {
      name: 'endCommitteeSeat',
      as: () => hub.gateway,
      query: `mutation ($input: EndCommitteeSeatInput!) { endCommitteeSeat(input: $input) { id } }`,
      vars: { input: { id: seat.id, version: seat.version, termEnd: '2025-01-01' } },
      strings: ['input.id'],
      dates: ['input.termEnd'],
    },
    {
      name: 'registerAgreement',
      as: () => p.partner,
      query: REGISTER,
      vars: { input: { ...full, signingDate: '2025-12-01', projects: [{ ...full.projects![0] }] }, key: 'fuzz-key' },
      texts: [
        'input.title',
        'input.commitments[0].description',
        'input.resources[0].description',
        'input.resources[0].unit',
        'input.needs[0].description',
        'input.projects[0].title',
        'input.projects[0].goal',
        'input.projects[0].owner',
        'key',
      ],
      strings: ['input.committeeId', 'input.partnerId'],
      dates: ['input.validFrom', 'input.validTo', 'input.signingDate', 'input.projects[0].dueDate'],
      numbers: [
        ['input.commitments[0].quantity', 2 ** 31 - 1, 'OUT_OF_RANGE'],
        ['input.commitments[0].quantity', 2 ** 31, 'INVALID_VALUE'],
        ['input.resources[0].quantity', 1e300, 'OUT_OF_RANGE'],
        ['input.resources[0].quantity', -1, 'OUT_OF_RANGE'],
      ],
    },
    {
      name: 'amendAgreement',
      as: () => p.partner,
      query: `mutation ($id: ID!, $version: Int!, $input: AmendAgreementInput!, $reason: String) { amendAgreement(id: $id, version: $version, input: $input, reason: $reason) { ${AGREEMENT} } }`,
      vars: {
        ...ref(signedActive),
        input: { title: '改名', validTo: '2029-12-31', commitments: [{ description: '服务', quantity: 2, period: 'YEAR' }] },
        reason: '调整',
      },
      texts: ['input.title', 'input.commitments[0].description', 'reason'],
      strings: ['id'],
      dates: ['input.validTo'],
      numbers: [['input.commitments[0].quantity', 5000, 'OUT_OF_RANGE']],
    },
    {
      name: 'signAgreement',
      as: () => p.staff,
      query: `mutation ($id: ID!, $version: Int!, $date: LocalDate) { signAgreement(id: $id, version: $version, signingDate: $date) { ${AGREEMENT} } }`,
      vars: { ...ref(draft), date: '2025-12-01' },
      strings: ['id'],
      dates: ['date'],
    },
    {
      name: 'suspendAgreement',
      as: () => p.staff,
      query: `mutation ($id: ID!, $version: Int!, $reason: String!) { suspendAgreement(id: $id, version: $version, reason: $reason) { ${AGREEMENT} } }`,
      vars: { ...ref(signedActive), reason: '整改' },
      texts: ['reason'],
      strings: ['id'],
    },
    {
      name: 'terminateAgreement',
      as: () => p.partner,
      query: `mutation ($id: ID!, $version: Int!, $reason: String!) { terminateAgreement(id: $id, version: $version, reason: $reason) { ${AGREEMENT} } }`,
      vars: { ...ref(signedActive), reason: '搬迁' },
      texts: ['reason'],
      strings: ['id'],
    },
    {
      name: 'renewAgreement',
      as: () => p.partner,
      query: `mutation ($id: ID!, $version: Int!, $from: LocalDate!, $to: LocalDate!) { renewAgreement(id: $id, version: $version, validFrom: $from, validTo: $to) { ${AGREEMENT} } }`,
      vars: { ...ref(signedActive), from: '2029-01-01', to: '2031-12-31' },
      strings: ['id'],
      dates: ['from', 'to'],
    },
    {
      name: 'reportProjectProgress',
      as: () => p.partner,
      query: `mutation ($id: ID!, $version: Int!, $project: ID!, $progress: Int!, $note: String!, $reason: String) {
        reportProjectProgress(id: $id, version: $version, projectId: $project, progress: $progress, note: $note, reason: $reason) { ${AGREEMENT} } }`,
      vars: { ...ref(signedActive), project: signedActive.projects[0].id, progress: 50, note: '进展顺利', reason: '说明' },
      texts: ['note', 'reason'],
      strings: ['id', 'project'],
      numbers: [
        ['progress', 2 ** 31 - 1, 'OUT_OF_RANGE'],
        ['progress', -(2 ** 31), 'OUT_OF_RANGE'],
      ],
    },
    {
      name: 'reviewAgreement',
      as: () => p.staff,
      query: `mutation ($id: ID!, $year: Int!, $rating: Int!, $comment: String!) { reviewAgreement(id: $id, year: $year, rating: $rating, comment: $comment) { year } }`,
      vars: { id: signedActive.id, year: 2026, rating: 4, comment: '合作良好' },
      texts: ['comment'],
      strings: ['id'],
      numbers: [
        ['year', 2 ** 31 - 1, 'OUT_OF_RANGE'],
        ['rating', 2 ** 31 - 1, 'OUT_OF_RANGE'],
      ],
    },
    {
      name: 'importAgreements',
      as: () => p.districtAdmin,
      query: `mutation ($csv: String!) { importAgreements(csv: $csv) { imported } }`,
      vars: { csv: `共建组织代码,单位代码,协议名称,开始日期,结束日期\n${p.community.code},${p.unit.code},导入,2026-01-01,2026-12-31\n` },
      strings: ['csv'],
    },
    {
      name: 'lookups',
      as: () => p.staff,
      query: `query ($code: String!, $id: ID!, $name: String, $community: ID!) { organisationByCode(code: $code) { id } agreement(id: $id) { id }
        organisations(filter: { nameContains: $name }) { totalCount } needsMatchingResources(communityId: $community) { need { description } } }`,
      vars: { code: p.community.code, id: signedActive.id, name: '社区', community: p.community.id },
      strings: ['code', 'id', 'name', 'community'],
    },
    {
      name: 'list sizes',
      as: () => p.staff,
      query: `query ($id: ID!, $first: Int, $days: Int!) { organisation(id: $id) { agreements(first: $first) { totalCount } agreementSummary { expiringWithin(days: $days) } } }`,
      vars: { id: p.community.id, first: 5, days: 30 },
      numbers: [
        ['first', 2 ** 31 - 1, 'OUT_OF_RANGE'],
        ['first', -1, 'OUT_OF_RANGE'],
        ['days', 2 ** 31 - 1, 'OUT_OF_RANGE'],
      ],
    },
    ...(await meetingOperations(p)),
  ];
});

describe('hostile values in every mutation and lookup', () => {
  test('each is refused with its reason, never a server error, and nothing is stored', async () => {
    await assertEveryVariantRefused(hub, operations, COUNTED, 100);
  });

  test('a literal in the operation text is guarded like a variable', async () => {
    const response = await p.staff.request(`{ organisationByCode(code: "QH\\u0000") { id } }`);
    assertRefused(response, 'INVALID_CHARACTERS', 'literal NUL');
    assert.equal(response.errors?.[0].extensions?.field, 'code');
  });

  test('a direction override inside an imported row is that row’s error: nothing is imported', async () => {
    const before = await stored();
    const csv = `共建组织代码,单位代码,协议名称,开始日期,结束日期\n${p.community.code},${p.unit.code},${BIDI},2026-01-01,2026-12-31\n`;
    const result = (await p.districtAdmin.data(`mutation ($csv: String!) { importAgreements(csv: $csv) { imported errors { line column message } } }`, { csv }))
      .importAgreements;
    assert.equal(result.imported, 0);
    assert.deepEqual(
      result.errors.map((e: any) => [e.line, e.column]),
      [[2, 'title']],
    );
    assert.deepEqual(await stored(), before);
  });
});

describe('forged cursors in every list', () => {
  const forged = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

  test('a cursor that is not from the list, or has values of the wrong types, is INVALID_CURSOR', async () => {
    const organisationCursor = (await p.staff.data(`{ organisations(first: 1) { pageInfo { endCursor } } }`)).organisations.pageInfo.endCursor;
    const agreementCursor = (
      await p.staff.data(`query ($id: ID!) { organisation(id: $id) { agreements(first: 1) { pageInfo { endCursor } } } }`, { id: p.community.id })
    ).organisation.agreements.pageInfo.endCursor;
    const auditCursor = (await p.districtAdmin.data(`{ agreementsAuditTrail(first: 1) { pageInfo { endCursor } } }`)).agreementsAuditTrail.pageInfo.endCursor;
    const meetingCursor = (await p.districtAdmin.data(`{ jointMeetings(first: 1) { pageInfo { endCursor } } }`)).jointMeetings.pageInfo.endCursor;
    const itemCursor = (await p.districtAdmin.data(`{ actionItems(first: 1) { pageInfo { endCursor } } }`)).actionItems.pageInfo.endCursor;
    const agreementId = (
      await p.staff.data(`query ($id: ID!) { organisation(id: $id) { agreements(first: 1) { edges { node { id } } } } }`, { id: p.community.id })
    ).organisation.agreements.edges[0].node.id;
    const lists: Array<[string, string, Vars, string]> = [
      ['organisations', `query ($after: String) { organisations(first: 5, after: $after) { totalCount } }`, {}, organisationCursor],
      [
        'children',
        `query ($id: ID!, $after: String) { organisation(id: $id) { children(first: 5, after: $after) { totalCount } } }`,
        { id: p.street.id },
        organisationCursor,
      ],
      [
        'descendants',
        `query ($id: ID!, $after: String) { organisation(id: $id) { descendants(first: 5, after: $after) { totalCount } } }`,
        { id: p.street.id },
        organisationCursor,
      ],
      [
        'residentUnits',
        `query ($id: ID!, $after: String) { organisation(id: $id) { residentUnits(first: 5, after: $after) { totalCount } } }`,
        { id: p.street.id },
        organisationCursor,
      ],
      [
        'agreements',
        `query ($id: ID!, $after: String) { organisation(id: $id) { agreements(first: 5, after: $after) { totalCount } } }`,
        { id: p.community.id },
        agreementCursor,
      ],
      ['organisationsAuditTrail', `query ($after: String) { organisationsAuditTrail(first: 5, after: $after) { totalCount } }`, {}, auditCursor],
      ['agreementsAuditTrail', `query ($after: String) { agreementsAuditTrail(first: 5, after: $after) { totalCount } }`, {}, auditCursor],
      ['meetingsAuditTrail', `query ($after: String) { meetingsAuditTrail(first: 5, after: $after) { totalCount } }`, {}, auditCursor],
      ['jointMeetings', `query ($after: String) { jointMeetings(first: 5, after: $after) { totalCount } }`, {}, meetingCursor],
      [
        'Organisation.jointMeetings',
        `query ($id: ID!, $after: String) { organisation(id: $id) { jointMeetings(first: 5, after: $after) { totalCount } } }`,
        { id: p.community.id },
        meetingCursor,
      ],
      ['actionItems', `query ($after: String) { actionItems(first: 5, after: $after) { totalCount } }`, {}, itemCursor],
      [
        'openActionItems',
        `query ($id: ID!, $after: String) { organisation(id: $id) { openActionItems(first: 5, after: $after) { totalCount } } }`,
        { id: p.community.id },
        itemCursor,
      ],
      [
        'actionItemsOwned',
        `query ($id: ID!, $after: String) { organisation(id: $id) { actionItemsOwned(first: 5, after: $after) { totalCount } } }`,
        { id: p.unit.id },
        itemCursor,
      ],
      [
        'Agreement.actionItems',
        `query ($id: ID!, $after: String) { agreement(id: $id) { actionItems(first: 5, after: $after) { totalCount } } }`,
        { id: agreementId },
        itemCursor,
      ],
    ];
    const foreign = [organisationCursor, agreementCursor, auditCursor, meetingCursor, itemCursor];
    for (const [name, query, vars, own] of lists) {
      const cursors = [
        forged(['x']),
        forged([1, 2, 3]),
        forged(['Agreement:validFrom', 'x', 'y']),
        forged(['Organisation:code', 1, 2]),
        forged(['AuditEntry:occurredAt', '0001-13-45T99:99:99Z', '00000000-0000-4000-8000-000000000000']),
        forged(['JointMeeting:newest', '9999-99-99T00:00:00Z', 'x']),
        forged(['ActionItem:dueDate', 2 ** 53, '00000000-0000-4000-8000-000000000000']),
        'a\u0000b',
        ...foreign.filter((c) => c !== own),
      ];
      for (const after of cursors) {
        const reason = after.includes('\u0000') ? 'INVALID_CHARACTERS' : 'INVALID_CURSOR';
        assertRefused(await p.districtAdmin.request(query, { ...vars, after }), reason, `${name} after ${after}`);
      }
      // The list's own cursor is still accepted.
      const response = await p.districtAdmin.request(query, { ...vars, after: own });
      assert.ok(!response.errors?.some((e) => e.extensions?.reason === 'INVALID_CURSOR'), `${name} refuses its own cursor: ${JSON.stringify(response.errors)}`);
    }
  });
});
