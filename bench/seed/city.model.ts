import { createHash } from 'node:crypto';
import type { Sector } from './names';

/**
 * The generated city as every generator sees it: the organisations subgraph's tree and seats,
 * planned first, so that agreements (and later check-ins and meetings) can name its organisations.
 */
export type Kind =
  | 'DISTRICT_COMMITTEE'
  | 'STREET_WORKING_COMMITTEE'
  | 'COMMUNITY_PARTY_COMMITTEE'
  | 'AREA_JOINT_PARTY_ORGANISATION'
  | 'GRID_PARTY_BRANCH'
  | 'BUILDING_PARTY_GROUP'
  | 'UNIT_PARTY_ORGANISATION';

export interface CityOrganisation {
  id: string;
  code: string;
  name: string;
  kind: Kind;
  parent: CityOrganisation | null;
  /** `/root-id/…/own-id/`, as the organisations subgraph keeps it. */
  path: string;
  depth: number;
  sector: Sector | null;
  address: string | null;
  /** The place name the organisation is known by (翠湖 for 翠湖社区党委), for naming what belongs to it. */
  place: string;
}

export type SeatRole = 'SECRETARY' | 'DEPUTY_SECRETARY' | 'FULL_TIME_MEMBER' | 'PART_TIME_MEMBER';

export interface CitySeat {
  id: string;
  committee: CityOrganisation;
  holderName: string;
  role: SeatRole;
  holderUnit: CityOrganisation | null;
  termStart: string;
  termEnd: string | null;
}

export interface City {
  districts: CityOrganisation[];
  streets: CityOrganisation[];
  communities: CityOrganisation[];
  areas: CityOrganisation[];
  grids: CityOrganisation[];
  buildings: CityOrganisation[];
  units: CityOrganisation[];
  seats: CitySeat[];
  /** The unit party organisations sitting directly under each street or community, by its id. */
  unitsAt: Map<string, CityOrganisation[]>;
}

/** Every organisation of the city, the tree's order (parents before children). */
export function allOrganisations(city: City): CityOrganisation[] {
  return [...city.districts, ...city.streets, ...city.communities, ...city.areas, ...city.grids, ...city.buildings, ...city.units];
}

/** The district an organisation belongs to. */
export function districtOf(organisation: CityOrganisation): CityOrganisation {
  let at = organisation;
  while (at.parent) at = at.parent;
  return at;
}

/** Ids derived from codes (as the demo district's are), so the same code has the same id everywhere. */
export function cityId(code: string): string {
  const hex = createHash('sha1').update(`city:${code}`).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** `asOf` moved by `days` (negative: earlier), as YYYY-MM-DD. */
export function shiftDate(asOf: string, days: number): string {
  return new Date(Date.parse(`${asOf}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** A moment on that day in China (09:30 +08:00), for created-at columns. */
export function momentOn(date: string): string {
  return `${date}T01:30:00.000Z`;
}
