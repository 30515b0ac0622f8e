import { identityCheckCharacter } from '../../subgraphs/checkins/identity-number';
import { districtOf, shiftDate, type City, type CityOrganisation } from './city.model';
import { address, personName } from './names';
import { spread, type Random } from './random';
import type { Scale } from './seed.types';

/** In-service party members living in the city's communities (~500 a community at city scale). */
export const MEMBERS: Record<Scale, number> = { tiny: 400, city: 200_000 };

/** What members say they can do when they report (兴趣特长), each with the community's team for it. */
export const INTERESTS: ReadonlyArray<readonly [string, string]> = [
  ['政策宣讲', '政策宣讲队'],
  ['矛盾调解', '邻里调解队'],
  ['治安巡逻', '平安巡逻队'],
  ['助老助残', '银龄关爱队'],
  ['环境整治', '美丽家园队'],
  ['文体活动', '文体服务队'],
];

/** Region codes (行政区划代码) of the province the city's people were mostly born in. */
const REGION_CODES = ['420102', '420103', '420104', '420105', '420106', '420111', '420112', '420113', '420115', '420117', '421002', '422801'];

/** Where a member stands with reporting to the community they live in (双报到), and how common each is. */
export type Standing = 'CONFIRMED' | 'MOVED' | 'REJECTED_THEN_CONFIRMED' | 'PENDING' | 'REJECTED' | 'NOT_REPORTED';
const STANDINGS: ReadonlyArray<readonly [Standing, number]> = [
  ['CONFIRMED', 80],
  ['MOVED', 3],
  ['REJECTED_THEN_CONFIRMED', 1.5],
  ['PENDING', 5.5],
  ['REJECTED', 2],
  ['NOT_REPORTED', 8],
];

export interface Registration {
  id: string;
  community: CityOrganisation;
  status: 'PENDING' | 'CONFIRMED' | 'REJECTED' | 'CLOSED';
  reportedOn: string;
  decidedOn: string | null;
  placement: CityOrganisation | null;
  interests: string[];
  closedOn: string | null;
  replacedBy: string | null;
}

export interface Member {
  id: string;
  name: string;
  identityNumber: string;
  phone: string;
  homeAddress: string;
  employer: CityOrganisation;
  community: CityOrganisation;
  joinedPartyOn: string;
  createdOn: string;
  registrations: Registration[];
  /** The member's confirmed registration where they live now, if any: what service records need. */
  active: Registration | null;
}

/** `items` grouped by `key`, each group in the items' order. */
export function groupBy<T>(items: Iterable<T>, key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

/** The grids and building groups of each community, where a confirmed member is placed (一律编入). */
export function placementsByCommunity(city: City): Map<string, CityOrganisation[]> {
  const communityOf = (o: CityOrganisation) => {
    let at: CityOrganisation | null = o;
    while (at && at.kind !== 'COMMUNITY_PARTY_COMMITTEE') at = at.parent;
    return at!.id;
  };
  return groupBy([...city.grids, ...city.buildings], communityOf);
}

/**
 * The city's members: spread over the communities, employed by units of the same district, with
 * valid, unique identity numbers (born 1960 to 2000) and their registrations: most confirmed a year
 * or more ago, some moved house (the old registration closed, replaced by the new one), some
 * rejected once, some waiting for the community's decision, some never reported.
 */
export function planMembers(city: City, scale: Scale, asOf: string, r: Random): Member[] {
  const unitsByDistrict = groupBy(city.units, (unit) => districtOf(unit).id);
  const placements = placementsByCommunity(city);
  const numbers = new Set<string>();
  const members: Member[] = [];
  const counts = spread(r, MEMBERS[scale], city.communities.length, 1);
  city.communities.forEach((community, c) => {
    const units = unitsByDistrict.get(districtOf(community).id)!;
    for (let k = 0; k < counts[c]; k++) {
      const identityNumber = uniqueIdentityNumber(r, numbers);
      const birthYear = Number(identityNumber.slice(6, 10));
      const member: Member = {
        id: r.uuid(),
        name: personName(r),
        identityNumber,
        phone: `1${r.pick(['3', '5', '7', '8', '9'])}${String(r.int(0, 999_999_999)).padStart(9, '0')}`,
        homeAddress: `${address(r, community.parent!.place)}${r.int(1, 30)}栋${r.int(1, 6)}单元${r.int(1, 33)}0${r.int(1, 4)}`,
        employer: r.pick(units),
        community,
        joinedPartyOn: `${birthYear + r.int(19, 35)}-${String(r.int(1, 12)).padStart(2, '0')}-01`,
        createdOn: shiftDate(asOf, -r.int(400, 1100)),
        registrations: [],
        active: null,
      };
      if (member.joinedPartyOn > asOf) member.joinedPartyOn = shiftDate(asOf, -r.int(30, 900));
      planRegistrations(member, r.weighted(STANDINGS), city, placements, asOf, r);
      // The member was entered no later than their first report.
      for (const registration of member.registrations) if (registration.reportedOn < member.createdOn) member.createdOn = registration.reportedOn;
      members.push(member);
    }
  });
  return members;
}

/** A valid identity number (GB 11643 check character) no one in `taken` has; added to `taken`. */
export function uniqueIdentityNumber(r: Random, taken: Set<string>): string {
  for (;;) {
    const birth = new Date(Date.UTC(r.int(1960, 2000), 0, 1) + r.int(0, 364) * 86_400_000).toISOString().slice(0, 10).replaceAll('-', '');
    const first17 = `${r.pick(REGION_CODES)}${birth}${String(r.int(0, 999)).padStart(3, '0')}`;
    const number = first17 + identityCheckCharacter(first17);
    if (taken.has(number)) continue;
    taken.add(number);
    return number;
  }
}

function planRegistrations(member: Member, standing: Standing, city: City, placements: Map<string, CityOrganisation[]>, asOf: string, r: Random): void {
  const interests = r.shuffle(INTERESTS.map(([interest]) => interest)).slice(0, r.int(1, 2));
  const registration = (community: CityOrganisation, status: Registration['status'], reportedOn: string): Registration => {
    const decided = status === 'PENDING' ? null : shiftDate(reportedOn, r.int(1, 7));
    const placed = status === 'CONFIRMED' || status === 'CLOSED';
    return {
      id: r.uuid(),
      community,
      status,
      reportedOn,
      decidedOn: decided,
      placement: placed ? r.pick(placements.get(community.id)!) : null,
      interests,
      closedOn: null,
      replacedBy: null,
    };
  };
  const reported = shiftDate(asOf, -r.int(60, 1000));
  switch (standing) {
    case 'NOT_REPORTED':
      return;
    case 'PENDING':
      member.registrations.push(registration(member.community, 'PENDING', shiftDate(asOf, -r.int(1, 20))));
      return;
    case 'REJECTED':
      member.registrations.push(registration(member.community, 'REJECTED', shiftDate(asOf, -r.int(10, 300))));
      return;
    case 'CONFIRMED':
      member.registrations.push((member.active = registration(member.community, 'CONFIRMED', reported)));
      return;
    case 'REJECTED_THEN_CONFIRMED': {
      const rejected = registration(member.community, 'REJECTED', shiftDate(reported, -r.int(15, 60)));
      member.registrations.push(rejected, (member.active = registration(member.community, 'CONFIRMED', reported)));
      return;
    }
    case 'MOVED': {
      // Lived elsewhere first: that registration closed the day the new one was confirmed.
      const before = r.pick(city.communities.filter((c) => c.parent === member.community.parent && c !== member.community)) ?? member.community;
      const old = registration(before, 'CLOSED', shiftDate(reported, -r.int(200, 700)));
      const now = registration(member.community, 'CONFIRMED', reported);
      Object.assign(old, { closedOn: now.decidedOn, replacedBy: now.id });
      member.registrations.push(old, (member.active = now));
    }
  }
}
