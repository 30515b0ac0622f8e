import { DEMO_ORGANISATIONS } from '../../demo/demo-district.data';
import { demoId } from '../../demo/demo-ids';
import { Role, type Actor } from '../../platform/auth/identity';
import { identityCheckCharacter } from '../../subgraphs/checkins/identity-number';
import type { GraphQLClient } from './client';
import { graphql } from './graphql';
import type { TestStack } from './stack';

/** Who takes part in check-ins in the demo district (清河区): places by code, callers by role. */
export interface CheckinParties {
  districtId: string;
  street: string;
  community: string;
  otherCommunity: string;
  /** A grid of `community` and one of `otherCommunity`, for placements. */
  grid: string;
  otherGrid: string;
  /** QH-DW001, sitting in `community`; and a unit sitting in `otherCommunity`. */
  unit: string;
  otherUnit: string;
  operator: GraphQLClient;
  staff: GraphQLClient;
  streetStaff: GraphQLClient;
  otherStaff: GraphQLClient;
  partner: GraphQLClient;
  otherPartner: GraphQLClient;
  districtAdmin: GraphQLClient;
  analyst: GraphQLClient;
  /** The example PARTY_MEMBER of the demo: member 1 of 翠湖社区, confirmed there, working at QH-DW001. */
  demoMember: GraphQLClient;
  demoMemberId: string;
  asMember(memberId: string): Promise<GraphQLClient>;
}

export async function checkinParties(hub: TestStack): Promise<CheckinParties> {
  const otherUnitCode = DEMO_ORGANISATIONS.find((o) => o.parentCode === 'QH-JD01-SQ02' && o.kind === 'UNIT_PARTY_ORGANISATION')!.code;
  const ids = {
    districtId: demoId('QH'),
    street: demoId('QH-JD01'),
    community: demoId('QH-JD01-SQ01'),
    otherCommunity: demoId('QH-JD01-SQ02'),
    grid: demoId('QH-JD01-SQ01-WG01'),
    otherGrid: demoId('QH-JD01-SQ02-WG01'),
    unit: demoId('QH-DW001'),
    otherUnit: demoId(otherUnitCode),
  };
  const as = (actor: Actor) => hub.as(actor);
  const asMember = (memberId: string) => as({ role: Role.PARTY_MEMBER, subject: `member-${memberId}`, organisationId: ids.community, memberId });
  const demoMemberId = demoId('member:QH-JD01-SQ01:1');
  return {
    ...ids,
    operator: hub.gateway,
    staff: await as({ role: Role.COMMUNITY_STAFF, subject: 'staff-1', organisationId: ids.community }),
    streetStaff: await as({ role: Role.COMMUNITY_STAFF, subject: 'street-staff', organisationId: ids.street }),
    otherStaff: await as({ role: Role.COMMUNITY_STAFF, subject: 'staff-2', organisationId: ids.otherCommunity }),
    partner: await as({ role: Role.PARTNER_UNIT, subject: 'unit-1', organisationId: ids.unit }),
    otherPartner: await as({ role: Role.PARTNER_UNIT, subject: 'unit-2', organisationId: ids.otherUnit }),
    districtAdmin: await as({ role: Role.DISTRICT_ADMIN, subject: 'admin-1', organisationId: ids.districtId }),
    analyst: await as({ role: Role.ANALYST, subject: 'analyst-1', organisationId: ids.districtId }),
    demoMember: await asMember(demoMemberId),
    demoMemberId,
    asMember,
  };
}

let sequence = 0;

/** A well-formed identity number no other test person of this process has (born 1980-2009, test region 110101). */
export function testIdentityNumber(): string {
  sequence += 1;
  const birth = `${1980 + (sequence % 30)}${String(1 + (sequence % 12)).padStart(2, '0')}${String(1 + (Math.floor(sequence / 12) % 28)).padStart(2, '0')}`;
  const first17 = `110101${birth}${String(sequence % 1000).padStart(3, '0')}`;
  return first17 + identityCheckCharacter(first17);
}

export const ENTER_MEMBER = graphql(`
  mutation EnterMember($input: EnterPartyMemberInput!) {
    enterPartyMember(input: $input) {
      id
      version
      name
      phone
      identityNumber
      homeAddress
      employer {
        id
      }
      residentialCommunity {
        id
      }
    }
  }
`);

export const REPORT = graphql(`
  mutation ReportToCommunity($input: ReportToCommunityInput!) {
    reportToCommunity(input: $input) {
      id
      version
      status
      interests
      community {
        id
      }
    }
  }
`);

export const CONFIRM = graphql(`
  mutation ConfirmRegistration($input: ConfirmRegistrationInput!) {
    confirmRegistration(input: $input) {
      id
      version
      status
      decidedAt
      placement {
        id
      }
      volunteerTeams {
        name
        interest
      }
    }
  }
`);

/** A new member living in `communityId` and working at `employerId`, entered by the hub's operator; and a client acting as that member. */
export async function newMember(p: CheckinParties, communityId: string, employerId: string, name = '测试党员') {
  const identityNumber = testIdentityNumber();
  const member = (
    await p.operator.data(ENTER_MEMBER, {
      input: { name, identityNumber, employerId, residentialCommunityId: communityId, phone: '13900001111', homeAddress: '翠湖路1号1栋101室' },
    })
  ).enterPartyMember;
  return { ...member, identityNumber, client: await p.asMember(member.id) };
}

/** A new member reported to and confirmed by `communityId`, placed in `gridId`. */
export async function confirmedMember(p: CheckinParties, staff: GraphQLClient, communityId: string, gridId: string, employerId: string) {
  const member = await newMember(p, communityId, employerId);
  const registration = (await member.client.data(REPORT, { input: { communityId } })).reportToCommunity;
  const confirmed = (await staff.data(CONFIRM, { input: { id: registration.id, version: registration.version, placementId: gridId } })).confirmRegistration;
  return { member, registration: confirmed };
}
