import { registerEnumType } from 'type-graphql';

/** The kinds of party organisation (DOMAIN.md, Glossary): one enum for every subgraph that names them. */
export enum OrganisationKind {
  DISTRICT_COMMITTEE = 'DISTRICT_COMMITTEE',
  STREET_WORKING_COMMITTEE = 'STREET_WORKING_COMMITTEE',
  COMMUNITY_PARTY_COMMITTEE = 'COMMUNITY_PARTY_COMMITTEE',
  AREA_JOINT_PARTY_ORGANISATION = 'AREA_JOINT_PARTY_ORGANISATION',
  GRID_PARTY_BRANCH = 'GRID_PARTY_BRANCH',
  BUILDING_PARTY_GROUP = 'BUILDING_PARTY_GROUP',
  UNIT_PARTY_ORGANISATION = 'UNIT_PARTY_ORGANISATION',
}

registerEnumType(OrganisationKind, {
  name: 'OrganisationKind',
  description: '党组织类别 (kind of party organisation): its level in the district tree.',
  valuesConfig: {
    DISTRICT_COMMITTEE: { description: '区委 (district party committee): the root of a district tree.' },
    STREET_WORKING_COMMITTEE: { description: '街道党工委 / 街道"大工委" (street party working committee).' },
    COMMUNITY_PARTY_COMMITTEE: { description: '社区党委 / 党总支 / 社区"大党委" (community party committee).' },
    AREA_JOINT_PARTY_ORGANISATION: { description: '片区联建党组织 (area joint party organisation over several grids).' },
    GRID_PARTY_BRANCH: { description: '网格党支部 / 小区党支部 (party branch of a grid or housing estate).' },
    BUILDING_PARTY_GROUP: { description: '楼栋党小组 (party group of one building).' },
    UNIT_PARTY_ORGANISATION: { description: '驻区单位党组织 (party organisation of a unit resident in the area).' },
  },
});

const K = OrganisationKind;

/** Committees (they seat members, including part-time members from units: 兼职委员). */
export const COMMITTEE_KINDS: readonly OrganisationKind[] = [
  K.DISTRICT_COMMITTEE,
  K.STREET_WORKING_COMMITTEE,
  K.COMMUNITY_PARTY_COMMITTEE,
  K.AREA_JOINT_PARTY_ORGANISATION,
];

/**
 * Streets and communities: units sit in their area (驻区单位), and they are the committee side of
 * co-building agreements (共驻共建协议) with those units.
 */
export const UNIT_HOST_KINDS: readonly OrganisationKind[] = [K.STREET_WORKING_COMMITTEE, K.COMMUNITY_PARTY_COMMITTEE];

/** Streets, communities and areas: where community staff (街道社区工作人员) work. */
export const STAFFED_KINDS: readonly OrganisationKind[] = [...UNIT_HOST_KINDS, K.AREA_JOINT_PARTY_ORGANISATION];

export function isOrganisationKind(value: unknown): value is OrganisationKind {
  return typeof value === 'string' && (Object.values(OrganisationKind) as string[]).includes(value);
}
