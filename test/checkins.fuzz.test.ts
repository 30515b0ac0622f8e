import { beforeAll, describe, test } from '@jest/globals';
import type { Reason } from '../platform/errors/reasons';
import { checkinParties, CONFIRM, newMember, REPORT, testIdentityNumber, type CheckinParties } from './kit/checkins';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { assertEveryVariantRefused, typedOperation, type FuzzOperation } from './kit/fuzz';
import { graphql } from './kit/graphql';
import { useTestStack } from './kit/stack';

/**
 * Hostile input to every mutation and lookup of check-ins' first part: NUL, a lone surrogate (the
 * raw JSON escape), a direction override in free text, dates and numbers past any bound, forged
 * cursors. Each is refused with its reason, none reaches a server error, nothing is stored.
 */
const hub = useTestStack({ demo: true });
let p: CheckinParties;

const TABLES = [
  'party_member',
  'member_registration',
  'leave_request',
  'unit_registration',
  'roster_entry',
  'volunteer_team',
  'volunteer_team_member',
  'audit_entry',
];

const LEAVE_TO_DECIDE = graphql(`
  mutation FuzzLeaveToDecide($input: RequestLeaveInput!) {
    requestLeave(input: $input) {
      id
      version
    }
  }
`);
const TEAMS = graphql(`
  query FuzzTeams($c: ID!) {
    volunteerTeams(communityId: $c) {
      id
    }
  }
`);
const ENTER = graphql(`
  mutation FuzzEnterMember($input: EnterPartyMemberInput!) {
    enterPartyMember(input: $input) {
      id
    }
  }
`);
const UPDATE = graphql(`
  mutation FuzzUpdateMember($input: UpdatePartyMemberInput!) {
    updatePartyMember(input: $input) {
      id
    }
  }
`);
const REPORT_AGAIN = graphql(`
  mutation FuzzReportToCommunity($input: ReportToCommunityInput!) {
    reportToCommunity(input: $input) {
      id
    }
  }
`);
const CONFIRM_PENDING = graphql(`
  mutation FuzzConfirmRegistration($input: ConfirmRegistrationInput!) {
    confirmRegistration(input: $input) {
      id
    }
  }
`);
const REJECT = graphql(`
  mutation FuzzRejectRegistration($id: ID!, $version: Int!, $reason: String!) {
    rejectRegistration(id: $id, version: $version, reason: $reason) {
      id
    }
  }
`);
const REQUEST_LEAVE = graphql(`
  mutation FuzzRequestLeave($input: RequestLeaveInput!) {
    requestLeave(input: $input) {
      id
    }
  }
`);
const APPROVE_LEAVE = graphql(`
  mutation FuzzApproveLeave($id: ID!, $version: Int!, $reason: String) {
    approveLeave(id: $id, version: $version, reason: $reason) {
      id
    }
  }
`);
const REGISTER_UNIT = graphql(`
  mutation FuzzRegisterUnit($input: RegisterUnitInput!) {
    registerUnit(input: $input) {
      id
    }
  }
`);
const CREATE_TEAM = graphql(`
  mutation FuzzCreateTeam($input: CreateVolunteerTeamInput!) {
    createVolunteerTeam(input: $input) {
      id
    }
  }
`);
const IMPORT_ROSTER = graphql(`
  mutation FuzzImportRoster($unitId: ID!, $csv: String!) {
    importRoster(unitId: $unitId, csv: $csv) {
      imported
    }
  }
`);
const REPORT_OF_UNIT = graphql(`
  query FuzzRegistrationReport($unitId: ID!, $year: Int!) {
    registrationReport(unitId: $unitId, year: $year) {
      rosterSize
    }
  }
`);
const REGISTERED_MEMBERS = graphql(`
  query FuzzRegisteredMembers($id: ID!, $first: Int, $after: String) {
    organisation(id: $id) {
      registeredMembers(first: $first, after: $after) {
        totalCount
      }
    }
  }
`);
const MEMBERS = graphql(`
  query FuzzMembers($filter: PartyMemberFilter, $first: Int, $after: String) {
    members(filter: $filter, first: $first, after: $after) {
      totalCount
    }
  }
`);
const MEMBER_REGISTRATIONS = graphql(`
  query FuzzMemberRegistrations($filter: RegistrationFilter!, $first: Int, $after: String) {
    memberRegistrations(filter: $filter, first: $first, after: $after) {
      totalCount
    }
  }
`);
const LEAVE_REQUESTS = graphql(`
  query FuzzLeaveRequests($filter: LeaveFilter!, $first: Int, $after: String) {
    leaveRequests(filter: $filter, first: $first, after: $after) {
      totalCount
    }
  }
`);

const day = (offset: number) => new Date(Date.now() + offset * 86_400_000 + 8 * 3_600_000).toISOString().slice(0, 10);
const version: Array<[string, unknown, Reason]> = [
  ['version', 2 ** 31, 'INVALID_VALUE'],
  ['version', 2 ** 31 - 1, 'STALE_VERSION'],
];
let operations: FuzzOperation[];

beforeAll(async () => {
  p = await checkinParties(hub);
  const member = await newMember(p, p.community, p.unit);
  const pending = (await member.client.data(REPORT, { input: { communityId: p.community } })).reportToCommunity;
  const other = await newMember(p, p.community, p.unit);
  const otherPending = (await other.client.data(REPORT, { input: { communityId: p.community } })).reportToCommunity;
  const confirmedMember = await newMember(p, p.community, p.unit);
  const r = (await confirmedMember.client.data(REPORT, { input: { communityId: p.community } })).reportToCommunity;
  await p.staff.data(CONFIRM, { input: { id: r.id, version: r.version, placementId: p.grid } });
  const leave = (
    await confirmedMember.client.data(LEAVE_TO_DECIDE, {
      input: { startsOn: day(1), endsOn: day(3), reason: '培训' },
    })
  ).requestLeave;
  const team = (await p.staff.data(TEAMS, { c: p.community })).volunteerTeams[0];
  const enter = {
    name: '模糊测试',
    identityNumber: testIdentityNumber(),
    employerId: p.unit,
    residentialCommunityId: p.community,
    phone: '13900000000',
    homeAddress: '翠湖路1号',
    joinedPartyOn: '2001-07-01',
  };
  const list = <TFilter>(query: TypedDocumentNode<unknown, { filter: TFilter; first?: number | null; after?: string | null }>, filter: TFilter) => ({
    query,
    vars: { filter, first: 5, after: null },
  });
  operations = [
    typedOperation({
      name: 'enterPartyMember',
      as: () => p.operator,
      query: ENTER,
      vars: { input: enter },
      texts: ['input.name', 'input.homeAddress'],
      strings: ['input.identityNumber', 'input.employerId', 'input.residentialCommunityId', 'input.phone'],
      dates: ['input.joinedPartyOn'],
    }),
    typedOperation({
      name: 'updatePartyMember',
      as: () => member.client,
      query: UPDATE,
      vars: { input: { id: member.id, version: member.version, name: '改名', phone: '13900000001', homeAddress: '新址' } },
      texts: ['input.name', 'input.homeAddress'],
      strings: ['input.id', 'input.phone'],
      values: [
        ['input.version', 2 ** 31, 'INVALID_VALUE'],
        ['input.version', 2 ** 31 - 1, 'STALE_VERSION'],
      ],
    }),
    typedOperation({
      name: 'reportToCommunity',
      as: () => member.client,
      query: REPORT_AGAIN,
      vars: { input: { communityId: p.otherCommunity, interests: ['政策宣讲'] } },
      texts: ['input.interests[0]'],
      strings: ['input.communityId'],
    }),
    typedOperation({
      name: 'confirmRegistration',
      as: () => p.staff,
      query: CONFIRM_PENDING,
      vars: { input: { id: pending.id, version: pending.version, placementId: p.grid, volunteerTeamIds: [team.id] } },
      strings: ['input.id', 'input.placementId', 'input.volunteerTeamIds[0]'],
      values: [
        ['input.version', 2 ** 31, 'INVALID_VALUE'],
        ['input.version', 2 ** 31 - 1, 'STALE_VERSION'],
      ],
    }),
    typedOperation({
      name: 'rejectRegistration',
      as: () => p.staff,
      query: REJECT,
      vars: { id: otherPending.id, version: otherPending.version, reason: '不在辖区' },
      texts: ['reason'],
      strings: ['id'],
      values: version,
    }),
    typedOperation({
      name: 'requestLeave',
      as: () => confirmedMember.client,
      query: REQUEST_LEAVE,
      vars: { input: { startsOn: day(10), endsOn: day(12), reason: '外出' } },
      texts: ['input.reason'],
      dates: ['input.startsOn', 'input.endsOn'],
      values: [['input.startsOn', '2026-13-01', 'INVALID_VALUE']],
    }),
    typedOperation({
      name: 'approveLeave',
      as: () => p.staff,
      query: APPROVE_LEAVE,
      vars: { id: leave.id, version: leave.version, reason: '同意' },
      texts: ['reason'],
      strings: ['id'],
      values: version,
    }),
    typedOperation({
      name: 'registerUnit',
      as: () => p.partner,
      query: REGISTER_UNIT,
      vars: { input: { unitId: p.unit, hostId: p.street, contactName: '王强', contactPhone: '13800000000', offers: ['场地'] } },
      texts: ['input.contactName', 'input.offers[0]'],
      strings: ['input.unitId', 'input.hostId', 'input.contactPhone'],
    }),
    typedOperation({
      name: 'createVolunteerTeam',
      as: () => p.staff,
      query: CREATE_TEAM,
      vars: { input: { communityId: p.community, name: '模糊队', interest: '模糊' } },
      texts: ['input.name', 'input.interest'],
      strings: ['input.communityId'],
    }),
    typedOperation({
      name: 'importRoster',
      as: () => p.partner,
      query: IMPORT_ROSTER,
      vars: { unitId: p.unit, csv: `姓名,身份证号\n王一,${testIdentityNumber()}` },
      strings: ['unitId', 'csv'],
    }),
    typedOperation({
      name: 'registrationReport',
      as: () => p.partner,
      query: REPORT_OF_UNIT,
      vars: { unitId: p.unit, year: 2026 },
      strings: ['unitId'],
      values: [
        ['year', 2 ** 31 - 1, 'OUT_OF_RANGE'],
        ['year', -(2 ** 31), 'OUT_OF_RANGE'],
        ['year', 2 ** 31, 'INVALID_VALUE'],
      ],
    }),
    typedOperation({
      name: 'members',
      as: () => p.staff,
      ...list(MEMBERS, { communityId: p.community, employerId: p.unit }),
      strings: ['filter.communityId', 'filter.employerId', 'after'],
      values: [
        ['first', 2 ** 31 - 1, 'OUT_OF_RANGE'],
        ['first', -1, 'OUT_OF_RANGE'],
        ['after', 'not a cursor', 'INVALID_CURSOR'],
        [
          'after',
          Buffer.from(JSON.stringify(['PartyMember:name', 'x'.repeat(2000), '00000000-0000-4000-8000-000000000000'])).toString('base64url'),
          'INVALID_CURSOR',
        ],
      ],
    }),
    typedOperation({
      name: 'memberRegistrations',
      as: () => p.staff,
      ...list(MEMBER_REGISTRATIONS, { communityId: p.community }),
      strings: ['filter.communityId', 'after'],
      values: [
        ['first', 2 ** 31 - 1, 'OUT_OF_RANGE'],
        ['after', Buffer.from(JSON.stringify(['MemberRegistration:reported', 'yesterday', 'x'])).toString('base64url'), 'INVALID_CURSOR'],
        ['after', Buffer.from(JSON.stringify(['PartyMember:name', 'a', '00000000-0000-4000-8000-000000000000'])).toString('base64url'), 'INVALID_CURSOR'],
      ],
    }),
    typedOperation({
      name: 'leaveRequests',
      as: () => p.staff,
      ...list(LEAVE_REQUESTS, { communityId: p.community }),
      strings: ['filter.communityId'],
      values: [['after', Buffer.from(JSON.stringify(['LeaveRequest:starts', '0001-13-01', 'x'])).toString('base64url'), 'INVALID_CURSOR']],
    }),
    typedOperation({
      name: 'registeredMembers',
      as: () => p.staff,
      query: REGISTERED_MEMBERS,
      vars: { id: p.community, first: 5, after: null },
      values: [
        ['first', 2 ** 31 - 1, 'OUT_OF_RANGE'],
        ['after', 'x', 'INVALID_CURSOR'],
      ],
    }),
  ];
});

describe('hostile values in every mutation and lookup of check-ins', () => {
  test('each is refused with its reason, never a server error, and nothing is stored', async () => {
    await assertEveryVariantRefused(
      hub,
      operations,
      TABLES.map((table) => `checkins.${table}`),
      80,
    );
  });
});
