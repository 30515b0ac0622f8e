import { OrganisationKind as K } from './public/organisation-kind';

/** Which kinds may sit directly under which: the shape of a district tree (DOMAIN.md). */
export const ALLOWED_PARENT_KINDS: Record<K, readonly K[]> = {
  [K.DISTRICT_COMMITTEE]: [],
  [K.STREET_WORKING_COMMITTEE]: [K.DISTRICT_COMMITTEE],
  [K.COMMUNITY_PARTY_COMMITTEE]: [K.STREET_WORKING_COMMITTEE],
  [K.AREA_JOINT_PARTY_ORGANISATION]: [K.STREET_WORKING_COMMITTEE, K.COMMUNITY_PARTY_COMMITTEE],
  [K.GRID_PARTY_BRANCH]: [K.COMMUNITY_PARTY_COMMITTEE, K.AREA_JOINT_PARTY_ORGANISATION],
  [K.BUILDING_PARTY_GROUP]: [K.GRID_PARTY_BRANCH],
  // A unit's place in the tree is the street or community where it sits (驻区).
  [K.UNIT_PARTY_ORGANISATION]: [K.STREET_WORKING_COMMITTEE, K.COMMUNITY_PARTY_COMMITTEE],
};

/** Characters a code may hold: they also keep the materialised path and cursors simple. */
export const CODE_PATTERN = /^[A-Z0-9][A-Z0-9_-]{0,63}$/;
