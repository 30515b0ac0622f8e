import type { GraphQLClient } from './client';

/** Factories that build data through the public API, so tests exercise the same rules users meet. */
let sequence = 0;

export interface OrganisationRef {
  id: string;
  code: string;
  name: string;
  kind: string;
  version: number;
  depth: number;
}

const CREATE = `mutation ($input: CreateOrganisationInput!) {
  createOrganisation(input: $input) { id code name kind version depth }
}`;

const DEFAULT_NAMES: Record<string, string> = {
  DISTRICT_COMMITTEE: '中共测试区委',
  STREET_WORKING_COMMITTEE: '测试街道党工委',
  COMMUNITY_PARTY_COMMITTEE: '测试社区党委',
  AREA_JOINT_PARTY_ORGANISATION: '测试片区联建党委',
  GRID_PARTY_BRANCH: '测试网格党支部',
  BUILDING_PARTY_GROUP: '测试楼栋党小组',
  UNIT_PARTY_ORGANISATION: '测试单位党支部',
};

export async function createOrganisation(
  gateway: GraphQLClient,
  kind: string,
  parent: { id: string } | null,
  overrides: Record<string, unknown> = {},
): Promise<OrganisationRef> {
  sequence += 1;
  const input = {
    code: `T${String(sequence).padStart(5, '0')}`,
    name: `${DEFAULT_NAMES[kind]}${sequence}`,
    kind,
    parentId: parent?.id ?? null,
    ...(kind === 'UNIT_PARTY_ORGANISATION' ? { sector: 'SCHOOL' } : {}),
    ...overrides,
  };
  const data = await gateway.data<{ createOrganisation: OrganisationRef }>(CREATE, { input });
  return data.createOrganisation;
}

/** A district with one street and `communities` communities, each with `grids` grids. */
export async function createDistrict(gateway: GraphQLClient, communities: number, grids = 1) {
  const district = await createOrganisation(gateway, 'DISTRICT_COMMITTEE', null);
  const street = await createOrganisation(gateway, 'STREET_WORKING_COMMITTEE', district);
  const communityRefs: OrganisationRef[] = [];
  for (let i = 0; i < communities; i += 1) {
    const community = await createOrganisation(gateway, 'COMMUNITY_PARTY_COMMITTEE', street);
    communityRefs.push(community);
    for (let g = 0; g < grids; g += 1) await createOrganisation(gateway, 'GRID_PARTY_BRANCH', community);
  }
  return { district, street, communities: communityRefs };
}
