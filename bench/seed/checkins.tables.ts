import type { IdentityNumberCipher } from '../../subgraphs/checkins/identity-number';
import { arrayLiteral } from './bulk-writer';
import { momentOn, shiftDate } from './city.model';
import { groupBy, uniqueIdentityNumber, type Member } from './checkins.members';
import { BASE, enumType, mapped, table } from './checkins.columns';
import type { CheckinsPlan } from './checkins.seed';
import { personName } from './names';
import type { Random } from './random';
import type { Scale, SeedContext, TableRows } from './seed.types';

/** Share of confirmed members on leave requests: 3% in the city; more in a tiny one, so it holds every state. */
const LEAVE_SHARE: Record<Scale, number> = { tiny: 0.15, city: 0.03 };
const LEAVE_REASONS = ['外出务工', '子女陪读', '异地就医', '长期出差', '驻村帮扶', '赴外地照顾老人'];

/**
 * The tables of who reported where: members (identity numbers encrypted and hashed exactly as
 * PartyMemberService stores them), their registrations, leave, units' registrations, the rosters
 * units uploaded (with a few people who never reported), and volunteer teams.
 */
export function registrationTables(plan: CheckinsPlan, cipher: IdentityNumberCipher, context: SeedContext): TableRows[] {
  const registrations = plan.members.flatMap((m) => m.registrations.map((registration) => ({ member: m, registration })));
  return [
    table(
      'party_member',
      [
        ...BASE,
        ['name', 'text'],
        ['phone', 'text'],
        ['identity_number_cipher', 'text'],
        ['identity_number_hash', 'text'],
        ['home_address', 'text'],
        ['employer_id', 'uuid'],
        ['residential_community_id', 'uuid'],
        ['joined_party_on', 'date'],
      ],
      // Encrypted on each pass rather than held: the ciphertexts of 200,000 members are not kept in memory.
      mapped(
        () => plan.members,
        (m) => [
          m.id,
          momentOn(m.createdOn),
          momentOn(m.createdOn),
          1,
          m.name,
          m.phone,
          cipher.encrypt(m.identityNumber),
          cipher.hash(m.identityNumber),
          m.homeAddress,
          m.employer.id,
          m.community.id,
          m.joinedPartyOn,
        ],
      ),
      plan.members.length,
    ),
    table(
      'member_registration',
      [
        ...BASE,
        ['member_id', 'uuid'],
        ['community_id', 'uuid'],
        ['status', enumType('registration_status')],
        ['reported_at', 'timestamptz'],
        ['interests', 'text[]'],
        ['decided_at', 'timestamptz'],
        ['reject_reason', 'text'],
        ['placement_id', 'uuid'],
        ['closed_at', 'timestamptz'],
        ['closed_reason', 'text'],
        ['replaced_by_id', 'uuid'],
      ],
      mapped(
        () => registrations,
        ({ member, registration: g }) => [
          g.id,
          momentOn(g.reportedOn),
          momentOn(g.closedOn ?? g.decidedOn ?? g.reportedOn),
          1 + (g.decidedOn ? 1 : 0) + (g.closedOn ? 1 : 0),
          member.id,
          g.community.id,
          g.status,
          momentOn(g.reportedOn),
          arrayLiteral(g.interests),
          g.decidedOn ? momentOn(g.decidedOn) : null,
          g.status === 'REJECTED' ? '经核实不在本社区居住' : null,
          g.placement?.id ?? null,
          g.closedOn ? momentOn(g.closedOn) : null,
          g.closedOn ? '搬迁至其他社区居住' : null,
          g.replacedBy,
        ],
      ),
      registrations.length,
    ),
    leaveTable(plan.members, context.asOf, LEAVE_SHARE[context.scale], context.random('checkins.leave')),
    table(
      'unit_registration',
      [
        ...BASE,
        ['unit_id', 'uuid'],
        ['host_id', 'uuid'],
        ['contact_name', 'text'],
        ['contact_phone', 'text'],
        ['offers', 'text[]'],
        ['status', enumType('registration_status')],
        ['reported_at', 'timestamptz'],
        ['decided_at', 'timestamptz'],
        ['reject_reason', 'text'],
        ['closed_at', 'timestamptz'],
      ],
      plan.units.map((u) => [
        u.id,
        momentOn(u.reportedOn),
        momentOn(u.decidedOn ?? u.reportedOn),
        u.decidedOn ? 2 : 1,
        u.unit.id,
        u.host.id,
        u.contactName,
        u.contactPhone,
        arrayLiteral(u.offers),
        u.status,
        momentOn(u.reportedOn),
        u.decidedOn ? momentOn(u.decidedOn) : null,
        u.status === 'REJECTED' ? '请向单位所在社区报到' : null,
        null,
      ]),
    ),
    rosterTable(plan, cipher, context),
    table(
      'volunteer_team',
      [...BASE, ['community_id', 'uuid'], ['name', 'text'], ['interest', 'text']],
      plan.teams.map((t) => [t.id, momentOn(t.createdOn), momentOn(t.createdOn), 1, t.community.id, t.name, t.interest]),
    ),
    table(
      'volunteer_team_member',
      [...BASE, ['team_id', 'uuid'], ['registration_id', 'uuid'], ['member_id', 'uuid']],
      plan.teams.flatMap((t) =>
        t.members.map((tm) => {
          const joined = momentOn(tm.registration.decidedOn! > t.createdOn ? tm.registration.decidedOn! : t.createdOn);
          return [tm.id, joined, joined, 1, t.id, tm.registration.id, tm.member.id];
        }),
      ),
    ),
  ];
}

/** Some confirmed members asked for leave (外出请假): most approved, some waiting, a few rejected or cancelled. */
function leaveTable(members: Member[], asOf: string, share: number, r: Random): TableRows {
  const rows: unknown[][] = [];
  for (const m of members) {
    if (!m.active || !r.chance(share)) continue;
    const status = r.weighted([
      ['REQUESTED', 20],
      ['APPROVED', 60],
      ['REJECTED', 10],
      ['CANCELLED', 10],
    ] as const);
    const startsOn = status === 'REQUESTED' ? shiftDate(asOf, r.int(1, 30)) : shiftDate(asOf, -r.int(-20, 200));
    const askedOn = shiftDate(startsOn > asOf ? asOf : startsOn, -r.int(2, 10));
    if (askedOn <= m.active.decidedOn!) continue;
    const decidedOn = status === 'APPROVED' || status === 'REJECTED' ? shiftDate(askedOn, 1) : null;
    const cancelledOn = status === 'CANCELLED' ? shiftDate(askedOn, 1) : null;
    rows.push([
      r.uuid(),
      momentOn(askedOn),
      momentOn(decidedOn ?? cancelledOn ?? askedOn),
      status === 'REQUESTED' ? 1 : 2,
      m.id,
      m.active.id,
      m.community.id,
      startsOn,
      shiftDate(startsOn, r.int(7, 120)),
      r.pick(LEAVE_REASONS),
      status,
      decidedOn ? momentOn(decidedOn) : null,
      status === 'REJECTED' ? '社区近期活动较多，请调整时间' : null,
      cancelledOn ? momentOn(cancelledOn) : null,
    ]);
  }
  return table(
    'leave_request',
    [
      ...BASE,
      ['member_id', 'uuid'],
      ['registration_id', 'uuid'],
      ['community_id', 'uuid'],
      ['starts_on', 'date'],
      ['ends_on', 'date'],
      ['reason', 'text'],
      ['status', enumType('leave_status')],
      ['decided_at', 'timestamptz'],
      ['decision_reason', 'text'],
      ['cancelled_at', 'timestamptz'],
    ],
    rows,
  );
}

/**
 * Rosters (在职党员名册) of 60% of the units that reported: everyone the unit employs, and one to
 * three people on it who never entered the hub at all, so "应报到未报到" has names in it.
 */
function rosterTable(plan: CheckinsPlan, cipher: IdentityNumberCipher, context: SeedContext): TableRows {
  const r = context.random('checkins.rosters');
  const byEmployer = groupBy(plan.members, (m) => m.employer.id);
  const taken = new Set(plan.members.map((m) => m.identityNumber));
  const rows: unknown[][] = [];
  for (const u of plan.units) {
    if (u.status !== 'CONFIRMED' || !r.chance(0.6)) continue;
    const day = shiftDate(u.decidedOn!, r.int(1, 30));
    const uploaded = momentOn(day < context.asOf ? day : shiftDate(context.asOf, -1));
    const people = (byEmployer.get(u.unit.id) ?? []).map((m) => ({ name: m.name, number: m.identityNumber }));
    for (let k = r.int(1, 3); k > 0; k--) people.push({ name: personName(r), number: uniqueIdentityNumber(r, taken) });
    people.forEach((p, line) => rows.push([r.uuid(), uploaded, uploaded, 1, u.unit.id, p.name, cipher.encrypt(p.number), cipher.hash(p.number), line + 2]));
  }
  return table(
    'roster_entry',
    [...BASE, ['unit_id', 'uuid'], ['name', 'text'], ['identity_number_cipher', 'text'], ['identity_number_hash', 'text'], ['line', 'int']],
    rows,
  );
}
