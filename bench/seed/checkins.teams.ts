import { shiftDate, type City, type CityOrganisation } from './city.model';
import { groupBy, INTERESTS, type Member, type Registration } from './checkins.members';
import { personName } from './names';
import type { Random } from './random';

/** A unit's report to the community or street where it sits (单位报到). */
export interface UnitRegistration {
  id: string;
  unit: CityOrganisation;
  host: CityOrganisation;
  status: 'PENDING' | 'CONFIRMED' | 'REJECTED';
  reportedOn: string;
  decidedOn: string | null;
  contactName: string;
  contactPhone: string;
  offers: string[];
}

export interface Team {
  id: string;
  community: CityOrganisation;
  name: string;
  interest: string;
  createdOn: string;
  members: Array<{ id: string; member: Member; registration: Registration }>;
}

const OFFERS = ['党员志愿者', '活动场地', '专业服务', '资金支持', '物资捐赠', '技能培训'];

/** Most units have reported where they sit and been confirmed; a few wait, a few were turned down, a few never reported. */
export function planUnitRegistrations(city: City, asOf: string, r: Random): UnitRegistration[] {
  const registrations: UnitRegistration[] = [];
  for (const unit of city.units) {
    const status = r.weighted([
      ['CONFIRMED', 85],
      ['PENDING', 6],
      ['REJECTED', 4],
      [null, 5],
    ] as const);
    if (!status) continue;
    const reportedOn = status === 'PENDING' ? shiftDate(asOf, -r.int(1, 20)) : shiftDate(asOf, -r.int(30, 900));
    registrations.push({
      id: r.uuid(),
      unit,
      host: unit.parent!,
      status,
      reportedOn,
      decidedOn: status === 'PENDING' ? null : shiftDate(reportedOn, r.int(1, 10)),
      contactName: personName(r),
      contactPhone: `1${r.pick(['3', '5', '8'])}${String(r.int(0, 999_999_999)).padStart(9, '0')}`,
      offers: r.shuffle(OFFERS).slice(0, r.int(1, 3)),
    });
  }
  return registrations;
}

/** Each community keeps two to four of the volunteer teams; about half the confirmed members who named that interest join it. */
export function planTeams(city: City, members: Member[], asOf: string, r: Random): Team[] {
  const activeByCommunity = groupBy(
    members.filter((m) => m.active),
    (m) => m.community.id,
  );
  const teams: Team[] = [];
  for (const community of city.communities) {
    for (const [interest, name] of r.shuffle(INTERESTS).slice(0, r.int(2, 4))) {
      const team: Team = { id: r.uuid(), community, name, interest, createdOn: shiftDate(asOf, -r.int(400, 900)), members: [] };
      for (const member of activeByCommunity.get(community.id) ?? []) {
        if (member.active!.interests.includes(interest) && r.chance(0.5)) team.members.push({ id: r.uuid(), member, registration: member.active! });
      }
      teams.push(team);
    }
  }
  return teams;
}
