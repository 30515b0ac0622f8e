import { IdentityNumberCipher } from '../../subgraphs/checkins/identity-number';
import { planMembers, type Member } from './checkins.members';
import { pointsRuleTable } from './checkins.ledger';
import { planRecords, type RecordPlan } from './checkins.records';
import { planPosts, planWishes, type Post, type Wish } from './checkins.service';
import { serviceTables } from './checkins.service-tables';
import { registrationTables } from './checkins.tables';
import { planUnitRegistrations, planTeams, type Team, type UnitRegistration } from './checkins.teams';
import type { SeedContext, SubgraphSeed } from './seed.types';

/** The whole check-ins plan of a city, before it becomes rows. */
export interface CheckinsPlan {
  members: Member[];
  units: UnitRegistration[];
  teams: Team[];
  posts: Post[];
  wishes: Wish[];
  records: RecordPlan;
}

export function planCheckins(context: SeedContext): CheckinsPlan {
  const { city, scale, asOf } = context;
  const members = planMembers(city, scale, asOf, context.random('checkins.members'));
  const units = planUnitRegistrations(city, asOf, context.random('checkins.units'));
  const teams = planTeams(city, members, asOf, context.random('checkins.teams'));
  const posts = planPosts(city, members, asOf, context.random('checkins.posts'));
  const wishes = planWishes(city, members, units, teams, scale, asOf, context.random('checkins.wishes'));
  const claims = posts.flatMap((p) => p.claims);
  const records = planRecords(members, claims, wishes, scale, asOf, context.random('checkins.records.plan'));
  return { members, units, teams, posts, wishes, records };
}

/**
 * Check-ins (双报到 and service): ~200,000 members with encrypted identity numbers and their
 * registrations, leave, unit registrations and rosters, volunteer teams, service posts and claims,
 * 30,000 wishes, 2,000,000 service records over the year, and the points ledger those earn, entry
 * for entry as the subgraph's own services would write it. Identity numbers are encrypted and hashed
 * with the member data key the hub will run with (`MEMBER_DATA_KEY`), so the hub can read them.
 */
export const checkinsSeed: SubgraphSeed = {
  subgraph: 'checkins',
  tables: (context) => {
    if (!context.memberDataKey) throw new Error('Seeding check-ins needs the member data key the hub runs with (MEMBER_DATA_KEY)');
    const cipher = new IdentityNumberCipher(context.memberDataKey);
    const plan = planCheckins(context);
    return [...registrationTables(plan, cipher, context), pointsRuleTable(context.asOf), ...serviceTables(plan, context)];
  },
};
