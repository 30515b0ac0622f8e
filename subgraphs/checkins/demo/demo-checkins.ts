import type { EntityManager } from '@mikro-orm/sql';
import { DEMO_ORGANISATIONS, type DemoOrganisation } from '../../../demo/demo-district.data';
import { demoId } from '../../../demo/demo-ids';
import type { DemoSecrets } from '../../../platform/federation/subgraph';
import { addDays, Clock } from '../../../platform/time/clock';
import { OrganisationKind } from '../../organisations/public';
import { identityCheckCharacter, IdentityNumberCipher } from '../identity-number';
import { LeaveRequest, LeaveStatus } from '../leave-request.entity';
import { MemberRegistration, RegistrationStatus as R } from '../member-registration.entity';
import { PartyMember } from '../party-member.entity';
import { RosterEntry } from '../roster-entry.entity';
import { UnitRegistration } from '../unit-registration.entity';
import { VolunteerTeam, VolunteerTeamMember } from '../volunteer-team.entity';
import { GIVEN_NAMES, LEAVE_REASONS, MEMBERS_PER_COMMUNITY, REGION_CODES, REJECT_REASONS, ROADS, SURNAMES, TEAM_INTERESTS } from './demo-checkins.data';

const K = OrganisationKind;

/** A well-formed identity number for demo person `n` (invented: region, birth date and sequence from `n`). */
export function demoIdentityNumber(n: number): string {
  const region = REGION_CODES[n % REGION_CODES.length];
  const birth = `${1965 + (n % 34)}${String(1 + (n % 12)).padStart(2, '0')}${String(1 + ((n * 7) % 28)).padStart(2, '0')}`;
  const first17 = `${region}${birth}${String(100 + (n % 900)).padStart(3, '0')}`;
  return first17 + identityCheckCharacter(first17);
}

interface Rows {
  members: PartyMember[];
  registrations: MemberRegistration[];
  teams: VolunteerTeam[];
  teamMembers: VolunteerTeamMember[];
  leave: LeaveRequest[];
  units: UnitRegistration[];
  roster: RosterEntry[];
}

/**
 * The demo district's in-service members (20 a community, 320 in all), their registrations in every
 * state (most confirmed and placed in a grid or building, some pending, one rejected, some moved),
 * volunteer teams, leave (some approved and under way today), every unit's registration, and the
 * units' rosters (with people who have not reported). Dated from today; ids from codes. Member 1 of
 * 翠湖社区 (`member:QH-JD01-SQ01:1`) is the example PARTY_MEMBER of `npm run token`: registered,
 * confirmed, working at QH-DW001, the example partner unit.
 */
export async function loadDemoCheckins(em: EntityManager, secrets: DemoSecrets, today = new Clock('Asia/Shanghai').today()): Promise<void> {
  const cipher = new IdentityNumberCipher(secrets.memberDataKey);
  const rows: Rows = { members: [], registrations: [], teams: [], teamMembers: [], leave: [], units: [], roster: [] };
  const communities = DEMO_ORGANISATIONS.filter((o) => o.kind === K.COMMUNITY_PARTY_COMMITTEE);
  const units = DEMO_ORGANISATIONS.filter((o) => o.kind === K.UNIT_PARTY_ORGANISATION);
  const stamp = (day: number, hour = 2) => new Date(Date.parse(`${addDays(today, day)}T0${hour}:00:00Z`));
  let person = 0;
  communities.forEach((community, c) => {
    const teams = TEAM_INTERESTS.slice(0, 2 + (c % 3)).map(({ interest, team }) => {
      const row = Object.assign(new VolunteerTeam(), {
        id: demoId(`team:${community.code}:${interest}`),
        communityId: demoId(community.code),
        name: team,
        interest,
        version: 1,
      });
      rows.teams.push(row);
      return row;
    });
    for (let k = 1; k <= MEMBERS_PER_COMMUNITY; k++, person++) {
      const employer = k === 1 && c === 0 ? units[0] : units[(person * 7 + c) % units.length];
      const member = demoMember(cipher, community, employer, k, person, stamp(-400 + (person % 30)));
      rows.members.push(member);
      addRegistration(rows, { member, community, c, k, person, teams, stamp, today });
    }
  });
  addUnitRegistrations(rows, units, stamp);
  addRosters(rows, cipher, units);
  await em.transactional(async (tx) => {
    for (const [entity, list] of [
      [PartyMember, rows.members],
      [MemberRegistration, rows.registrations],
      [VolunteerTeam, rows.teams],
      [VolunteerTeamMember, rows.teamMembers],
      [LeaveRequest, rows.leave],
      [UnitRegistration, rows.units],
      [RosterEntry, rows.roster],
    ] as const) {
      if (list.length) await tx.insertMany(entity as never, list as never[]);
    }
  });
}

function demoMember(cipher: IdentityNumberCipher, community: DemoOrganisation, employer: DemoOrganisation, k: number, n: number, at: Date): PartyMember {
  const identityNumber = demoIdentityNumber(n);
  return Object.assign(new PartyMember(), {
    id: demoId(`member:${community.code}:${k}`),
    createdAt: at,
    updatedAt: at,
    version: 1,
    name: SURNAMES[(n * 7) % SURNAMES.length] + GIVEN_NAMES[(n * 11) % GIVEN_NAMES.length],
    phone: `13${String(5 + (n % 5))}${String(10_000_000 + ((n * 7_919) % 89_999_999)).padStart(8, '0')}`,
    homeAddress: `${ROADS[n % ROADS.length]}${1 + (n % 120)}号${1 + (n % 9)}栋${1 + (n % 3)}单元${100 * (1 + (n % 18)) + 1 + (n % 4)}室`,
    identityNumberCipher: cipher.encrypt(identityNumber),
    identityNumberHash: cipher.hash(identityNumber),
    employerId: demoId(employer.code),
    residentialCommunityId: demoId(community.code),
    joinedPartyOn: `${1990 + (n % 30)}-07-01`,
  });
}

interface Planned {
  member: PartyMember;
  community: DemoOrganisation;
  c: number;
  k: number;
  person: number;
  teams: VolunteerTeam[];
  stamp: (day: number, hour?: number) => Date;
  today: string;
}

/**
 * Per community: members 1-14 confirmed (two of them moved in from the previous community, and
 * three on leave), 15-16 pending, 17 rejected, 18-20 never reported.
 */
function addRegistration(rows: Rows, p: Planned): void {
  const { member, community, k, stamp } = p;
  if (k >= 18) return;
  const base = {
    memberId: member.id,
    communityId: demoId(community.code),
    interests: [p.teams[p.person % p.teams.length].interest],
    placementId: null as string | null,
    decidedAt: null as Date | null,
    rejectReason: null as string | null,
    closedAt: null as Date | null,
    closedReason: null as string | null,
    replacedById: null as string | null,
  };
  const id = demoId(`registration:${member.id}`);
  const reportedAt = stamp(-300 + (p.person % 200));
  if (k === 17) {
    rows.registrations.push(
      Object.assign(new MemberRegistration(), {
        ...base,
        id,
        createdAt: reportedAt,
        updatedAt: stamp(-90),
        version: 2,
        status: R.REJECTED,
        reportedAt,
        decidedAt: stamp(-90),
        rejectReason: REJECT_REASONS[0],
      }),
    );
    return;
  }
  if (k >= 15) {
    rows.registrations.push(
      Object.assign(new MemberRegistration(), {
        ...base,
        id,
        createdAt: stamp(-3 - k),
        updatedAt: stamp(-3 - k),
        version: 1,
        status: R.PENDING,
        reportedAt: stamp(-3 - k),
      }),
    );
    return;
  }
  const placementCode =
    k % 3 === 0 && DEMO_ORGANISATIONS.some((o) => o.code === `${community.code}-WG01-LD01`) ? `${community.code}-WG01-LD01` : `${community.code}-WG01`;
  if (k === 13 || k === 14) {
    // Moved: first registered in the previous community (closed), now here.
    const previous = DEMO_ORGANISATIONS.filter((o) => o.kind === K.COMMUNITY_PARTY_COMMITTEE)[(p.c + 15) % 16];
    rows.registrations.push(
      Object.assign(new MemberRegistration(), {
        ...base,
        id: demoId(`registration:${member.id}:before-move`),
        communityId: demoId(previous.code),
        createdAt: stamp(-500),
        updatedAt: stamp(-200),
        version: 3,
        status: R.CLOSED,
        reportedAt: stamp(-500),
        placementId: demoId(`${previous.code}-WG01`),
        decidedAt: stamp(-495),
        closedAt: stamp(-200),
        closedReason: `迁居 (moved): reported to ${community.name}`,
        replacedById: id,
      }),
    );
  }
  const confirmed = Object.assign(new MemberRegistration(), {
    ...base,
    id,
    createdAt: reportedAt,
    updatedAt: stamp(-290 + (p.person % 200)),
    version: 2,
    status: R.CONFIRMED,
    reportedAt,
    placementId: demoId(placementCode),
    decidedAt: stamp(-290 + (p.person % 200)),
  });
  if (k === 13 || k === 14) Object.assign(confirmed, { reportedAt: stamp(-200), createdAt: stamp(-200), decidedAt: stamp(-195), updatedAt: stamp(-195) });
  rows.registrations.push(confirmed);
  const team = p.teams[p.person % p.teams.length];
  rows.teamMembers.push(
    Object.assign(new VolunteerTeamMember(), { id: demoId(`team-member:${id}`), version: 1, teamId: team.id, registrationId: id, memberId: member.id }),
  );
  addLeave(rows, p, id);
}

/** Members 4, 8 and 12 of every community are on approved leave today; member 11 asked and waits; member 10 was refused. */
function addLeave(rows: Rows, p: Planned, registrationId: string): void {
  const { k, member, community, stamp, today } = p;
  const plan =
    k === 4 || k === 8 || k === 12
      ? { status: LeaveStatus.APPROVED, from: -10 - k, to: 20 + k }
      : k === 11
        ? { status: LeaveStatus.REQUESTED, from: 5, to: 40 }
        : k === 10
          ? { status: LeaveStatus.REJECTED, from: -60, to: -30 }
          : null;
  if (!plan) return;
  const decided = plan.status !== LeaveStatus.REQUESTED;
  rows.leave.push(
    Object.assign(new LeaveRequest(), {
      id: demoId(`leave:${member.id}`),
      createdAt: stamp(plan.from - 7),
      updatedAt: decided ? stamp(plan.from - 5) : stamp(plan.from - 7),
      version: decided ? 2 : 1,
      memberId: member.id,
      registrationId,
      communityId: demoId(community.code),
      startsOn: addDays(today, plan.from),
      endsOn: addDays(today, plan.to),
      reason: LEAVE_REASONS[p.person % LEAVE_REASONS.length],
      status: plan.status,
      decidedAt: decided ? stamp(plan.from - 5) : null,
      decisionReason: plan.status === LeaveStatus.REJECTED ? '近期社区防汛任务重，请另行安排时间' : null,
      cancelledAt: null,
    }),
  );
}

/** Every unit reported where it sits: confirmed, except every tenth, still pending. */
function addUnitRegistrations(rows: Rows, units: DemoOrganisation[], stamp: (day: number) => Date): void {
  units.forEach((unit, u) => {
    const pending = u % 10 === 9;
    rows.units.push(
      Object.assign(new UnitRegistration(), {
        id: demoId(`unit-registration:${unit.code}`),
        createdAt: stamp(-350 + u),
        updatedAt: stamp(pending ? -350 + u : -340 + u),
        version: pending ? 1 : 2,
        unitId: demoId(unit.code),
        hostId: demoId(unit.parentCode!),
        contactName: `${SURNAMES[(u * 3) % SURNAMES.length]}${GIVEN_NAMES[(u * 5) % GIVEN_NAMES.length]}`,
        contactPhone: `0531-8${String(1_000_000 + u * 7_321).slice(0, 7)}`,
        offers: ['党员志愿者', u % 2 === 0 ? '活动场地' : '专业服务'],
        status: pending ? R.PENDING : R.CONFIRMED,
        reportedAt: stamp(-350 + u),
        decidedAt: pending ? null : stamp(-340 + u),
        rejectReason: null,
        closedAt: null,
      }),
    );
  });
}

/**
 * Each unit's roster: everyone it employs, plus two people it employs who were never entered as
 * members (so they show as not reported, 应报到未报到).
 */
function addRosters(rows: Rows, cipher: IdentityNumberCipher, units: DemoOrganisation[]): void {
  units.forEach((unit, u) => {
    const employees = rows.members.filter((m) => m.employerId === demoId(unit.code));
    const people = employees.map((m) => ({ name: m.name, identityNumber: cipher.decrypt(m.identityNumberCipher) }));
    for (let extra = 0; extra < 2; extra++) {
      const n = 10_000 + u * 2 + extra;
      people.push({ name: SURNAMES[(n * 3) % SURNAMES.length] + GIVEN_NAMES[(n * 13) % GIVEN_NAMES.length], identityNumber: demoIdentityNumber(n) });
    }
    people.forEach((entry, i) => {
      rows.roster.push(
        Object.assign(new RosterEntry(), {
          id: demoId(`roster:${unit.code}:${i}`),
          version: 1,
          unitId: demoId(unit.code),
          name: entry.name,
          line: i + 2,
          identityNumberCipher: cipher.encrypt(entry.identityNumber),
          identityNumberHash: cipher.hash(entry.identityNumber),
        }),
      );
    });
  });
}
