import { cityId, districtOf, type City, type CityOrganisation, type CitySeat, type Kind, type SeatRole, shiftDate } from './city.model';
import {
  address,
  areaName,
  chineseNumeral,
  CITY,
  communityNames,
  DISTRICT_CODES,
  estateName,
  personName,
  SECTOR_WEIGHTS,
  STREET_NAMES,
  unitName,
} from './names';
import { spread, type Random } from './random';
import type { Scale } from './seed.types';

/** What a scale means for the tree; areas, buildings and seats follow in proportion. */
interface TreeSize {
  districts: number;
  streets: number;
  communities: number;
  grids: number;
  units: number;
}

export const TREE_SIZES: Record<Scale, TreeSize> = {
  tiny: { districts: 1, streets: 2, communities: 5, grids: 36, units: 30 },
  city: { districts: 4, streets: 60, communities: 400, grids: 4000, units: 5000 },
};

/** Share of resident units that sit under a street rather than a community (11 of 62 in one report). */
const STREET_UNIT_SHARE = 0.18;
/** Share of communities (of 7 grids or more) that join some grids in an area organisation (片区联建). */
const AREA_SHARE = 0.3;
/** Building party groups per grid: most grids have one or two, some none (楼栋党小组). */
const BUILDINGS_PER_GRID: ReadonlyArray<readonly [number, number]> = [
  [0, 30],
  [1, 35],
  [2, 25],
  [3, 10],
];

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** The organisations and seats of a whole generated city, deterministic for `scale` and `asOf`. */
export function planCity(scale: Scale, asOf: string, random: (stream: string) => Random): City {
  const size = TREE_SIZES[scale];
  const r = random('organisations.tree');
  const city: City = { districts: [], streets: [], communities: [], areas: [], grids: [], buildings: [], units: [], seats: [], unitsAt: new Map() };
  const node = (parent: CityOrganisation | null, fields: Pick<CityOrganisation, 'code' | 'name' | 'kind' | 'place'> & Partial<CityOrganisation>) => {
    const id = cityId(fields.code);
    return { sector: null, address: null, ...fields, id, parent, path: `${parent?.path ?? '/'}${id}/`, depth: parent ? parent.depth + 1 : 0 };
  };
  for (let d = 0; d < size.districts; d++) {
    city.districts.push(
      node(null, { code: DISTRICT_CODES[d], name: `中共${CITY.districts[d]}区委`, kind: 'DISTRICT_COMMITTEE', place: `${CITY.districts[d]}区` }),
    );
  }
  const streetNames = r.shuffle(STREET_NAMES);
  spread(r, size.streets, size.districts, 1).forEach((count, d) => {
    for (let s = 1; s <= count; s++) {
      const place = streetNames[city.streets.length];
      const district = city.districts[d];
      city.streets.push(node(district, { code: `${district.code}-JD${pad(s)}`, name: `${place}街道党工委`, kind: 'STREET_WORKING_COMMITTEE', place }));
    }
  });
  const names = communityNames(r, size.communities);
  spread(r, size.communities, size.streets, 2).forEach((count, s) => {
    for (let c = 1; c <= count; c++) {
      const place = names[city.communities.length];
      const name = `${place}社区${r.chance(0.8) ? '党委' : '党总支'}`;
      city.communities.push(node(city.streets[s], { code: `${city.streets[s].code}-SQ${pad(c)}`, name, kind: 'COMMUNITY_PARTY_COMMITTEE', place }));
    }
  });
  planGrids(city, size.grids, r, node);
  planUnits(city, size.units, r, node);
  city.seats = planSeats(city, asOf, random('organisations.seats'));
  return city;
}

type NodeMaker = (
  parent: CityOrganisation | null,
  fields: Pick<CityOrganisation, 'code' | 'name' | 'kind' | 'place'> & Partial<CityOrganisation>,
) => CityOrganisation;

/** Grids under each community (some joined under an area organisation), building groups under grids. */
function planGrids(city: City, grids: number, r: Random, node: NodeMaker) {
  spread(r, grids, city.communities.length, 4).forEach((count, c) => {
    const community = city.communities[c];
    const joined = count >= 7 && r.chance(AREA_SHARE) ? r.int(3, 5) : 0;
    const area = joined
      ? node(community, {
          code: `${community.code}-PQ01`,
          name: `${community.place}社区${areaName(c)}区联建党委`,
          kind: 'AREA_JOINT_PARTY_ORGANISATION',
          place: community.place,
        })
      : null;
    if (area) city.areas.push(area);
    for (let g = 1; g <= count; g++) {
      const parent = area && g > count - joined ? area : community;
      const grid = node(parent, {
        code: `${parent.code}-WG${pad(g)}`,
        name: `${community.place}社区第${chineseNumeral(g)}网格党支部`,
        kind: 'GRID_PARTY_BRANCH',
        place: community.place,
      });
      city.grids.push(grid);
      const estate = estateName(r);
      let number = r.int(1, 6);
      for (let b = 1; b <= r.weighted(BUILDINGS_PER_GRID); b++, number += r.int(1, 4)) {
        const name = `${community.place}社区${estate}${number}栋党小组`;
        city.buildings.push(node(grid, { code: `${grid.code}-LD${pad(b)}`, name, kind: 'BUILDING_PARTY_GROUP', place: community.place }));
      }
    }
  });
}

/** Resident units: some under streets, most under communities (larger communities have more). */
function planUnits(city: City, units: number, r: Random, node: NodeMaker) {
  const atStreets = Math.round(units * STREET_UNIT_SHARE);
  const gridsOf = new Map<string, number>();
  for (const grid of city.grids) {
    const community = grid.parent!.kind === 'AREA_JOINT_PARTY_ORGANISATION' ? grid.parent!.parent! : grid.parent!;
    gridsOf.set(community.id, (gridsOf.get(community.id) ?? 0) + 1);
  }
  const hosts: Array<[CityOrganisation, number]> = [
    ...spread(r, atStreets, city.streets.length, 1).map((n, i) => [city.streets[i], n] as [CityOrganisation, number]),
    ...spread(r, units - atStreets, city.communities.length, 1, (i) => gridsOf.get(city.communities[i].id) ?? 1).map(
      (n, i) => [city.communities[i], n] as [CityOrganisation, number],
    ),
  ];
  const numbers = new Map<string, number>();
  for (const [host, count] of hosts) {
    const district = districtOf(host);
    const street = host.kind === 'STREET_WORKING_COMMITTEE' ? host : host.parent!;
    for (let u = 0; u < count; u++) {
      const n = (numbers.get(district.code) ?? 0) + 1;
      numbers.set(district.code, n);
      const sector = r.weighted(SECTOR_WEIGHTS);
      const unit = node(host, {
        code: `${district.code}-DW${pad(n, 4)}`,
        name: unitName(r, sector, host.place, district.place.replace(/区$/, ''), n),
        kind: 'UNIT_PARTY_ORGANISATION',
        place: host.place,
        sector,
        address: r.chance(0.6) ? address(r, street.place) : null,
      });
      city.units.push(unit);
      city.unitsAt.set(host.id, [...(city.unitsAt.get(host.id) ?? []), unit]);
    }
  }
}

/**
 * Seats of the widened committees elected at each district's last general election: secretary,
 * deputies and full-time members, then part-time members from resident units, who joined later.
 * Some secretaries and deputies took over from a predecessor whose seat has ended.
 */
function planSeats(city: City, asOf: string, r: Random): CitySeat[] {
  const seats: CitySeat[] = [];
  const elections = new Map(city.districts.map((d) => [d.id, r.int(300, 1500)]));
  const seat = (committee: CityOrganisation, role: SeatRole, termStart: string, holderUnit: CityOrganisation | null = null, termEnd: string | null = null) =>
    seats.push({ id: r.uuid(), committee, holderName: personName(r), role, holderUnit, termStart, termEnd });
  for (const committee of [...city.districts, ...city.streets, ...city.communities, ...city.areas]) {
    const electedDaysAgo = elections.get(districtOf(committee).id)! - r.int(0, 60);
    const elected = shiftDate(asOf, -electedDaysAgo);
    const counts = SEAT_COUNTS[committee.kind as keyof typeof SEAT_COUNTS];
    for (const role of ['SECRETARY', 'DEPUTY_SECRETARY', 'FULL_TIME_MEMBER'] as const) {
      for (let i = r.int(...counts[role]); i > 0; i--) {
        if (role !== 'FULL_TIME_MEMBER' && r.chance(0.12)) {
          seat(committee, role, shiftDate(elected, -r.int(1500, 1900)), null, shiftDate(elected, -1));
        }
        seat(committee, role, elected);
      }
    }
    // An area's part-time members come from the units of its community.
    const local = city.unitsAt.get(committee.kind === 'AREA_JOINT_PARTY_ORGANISATION' ? committee.parent!.id : committee.id) ?? [];
    const fromBelow =
      committee.kind === 'STREET_WORKING_COMMITTEE' ? city.communities.filter((c) => c.parent === committee).map((c) => city.unitsAt.get(c.id)?.[0]) : [];
    const candidates = [...local, ...fromBelow.filter((u): u is CityOrganisation => u !== undefined)];
    const partTime = Math.min(candidates.length, r.int(...counts.PART_TIME_MEMBER));
    for (const unit of r.shuffle(candidates).slice(0, partTime)) {
      seat(committee, 'PART_TIME_MEMBER', shiftDate(asOf, -r.int(0, electedDaysAgo)), unit);
    }
  }
  return seats;
}

const SEAT_COUNTS: Record<Exclude<Kind, 'GRID_PARTY_BRANCH' | 'BUILDING_PARTY_GROUP' | 'UNIT_PARTY_ORGANISATION'>, Record<SeatRole, [number, number]>> = {
  DISTRICT_COMMITTEE: { SECRETARY: [1, 1], DEPUTY_SECRETARY: [2, 3], FULL_TIME_MEMBER: [0, 0], PART_TIME_MEMBER: [0, 0] },
  STREET_WORKING_COMMITTEE: { SECRETARY: [1, 1], DEPUTY_SECRETARY: [1, 2], FULL_TIME_MEMBER: [2, 3], PART_TIME_MEMBER: [3, 6] },
  COMMUNITY_PARTY_COMMITTEE: { SECRETARY: [1, 1], DEPUTY_SECRETARY: [1, 1], FULL_TIME_MEMBER: [1, 2], PART_TIME_MEMBER: [3, 7] },
  AREA_JOINT_PARTY_ORGANISATION: { SECRETARY: [1, 1], DEPUTY_SECRETARY: [0, 1], FULL_TIME_MEMBER: [0, 0], PART_TIME_MEMBER: [1, 2] },
};
