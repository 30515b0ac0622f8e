import { Role } from '../../platform/auth/identity';
import { ENTER_MEMBER, testIdentityNumber } from './checkins';
import type { GraphQLClient } from './client';
import { createDistrict, createOrganisation, type OrganisationRef } from './factories';
import type { TestStack } from './stack';

/** A person of the community's staff enters a member (a fresh valid identity number). */
export async function enterMember(hub: TestStack, communityId: string, employerId: string, name = '张伟'): Promise<{ id: string; name: string }> {
  const input = { name, identityNumber: testIdentityNumber(), phone: '13800138000', employerId, residentialCommunityId: communityId };
  return (await hub.gateway.data(ENTER_MEMBER, { input })).enterPartyMember;
}

export interface ServiceParties {
  street: OrganisationRef;
  communities: OrganisationRef[];
  unit: OrganisationRef;
  otherUnit: OrganisationRef;
  members: Array<{ id: string; name: string }>;
  staff: GraphQLClient;
  otherStaff: GraphQLClient;
  analyst: GraphQLClient;
  partner: GraphQLClient;
  otherPartner: GraphQLClient;
  member: (i: number) => Promise<GraphQLClient>;
}

/** A street with two communities, two units, four members living in the first community, and clients for each role. */
export async function serviceParties(hub: TestStack): Promise<ServiceParties> {
  const { street, communities } = await createDistrict(hub.gateway, 2, 0);
  const unit = await createOrganisation(hub.gateway, 'UNIT_PARTY_ORGANISATION', communities[0]);
  const otherUnit = await createOrganisation(hub.gateway, 'UNIT_PARTY_ORGANISATION', communities[1]);
  const members: Array<{ id: string; name: string }> = [];
  for (const name of ['李明', '王芳', '赵强', '陈静']) members.push(await enterMember(hub, communities[0].id, unit.id, name));
  return {
    street,
    communities,
    unit,
    otherUnit,
    members,
    staff: await hub.as({ role: Role.COMMUNITY_STAFF, subject: 'staff-1', organisationId: communities[0].id }),
    otherStaff: await hub.as({ role: Role.COMMUNITY_STAFF, subject: 'staff-2', organisationId: communities[1].id }),
    analyst: await hub.as({ role: Role.ANALYST, subject: 'analyst-1', organisationId: street.id }),
    partner: await hub.as({ role: Role.PARTNER_UNIT, subject: 'unit-1', organisationId: unit.id }),
    otherPartner: await hub.as({ role: Role.PARTNER_UNIT, subject: 'unit-2', organisationId: otherUnit.id }),
    member: (i) => hub.as({ role: Role.PARTY_MEMBER, subject: `member-${i}`, organisationId: communities[0].id, memberId: members[i].id }),
  };
}
