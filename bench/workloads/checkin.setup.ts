import { randomInt } from 'node:crypto';
import { Role, type Actor } from '../../platform/auth/identity';
import { identityCheckCharacter } from '../../subgraphs/checkins/identity-number';
import { postJson } from '../load/journey.driver';
import { answerOf } from './network.workload';
import type { BenchContext } from './workload.types';

/**
 * What the check-in workload needs and makes for itself through the gateway, so that it runs on any
 * seed (the city seed has no members yet): one community with its staff, members who live there and
 * work at a unit of the city, and sessions of service with their one-time codes.
 */
export interface CheckinParties {
  communityId: string;
  staffToken: string;
  members: Array<{ id: string; token: string }>;
  sessions: Array<{ id: string; code: string }>;
}

const OPERATOR: Actor = { role: Role.PLATFORM_ADMIN, subject: 'bench-operator' };
/** Enough members that one batch of 5,000 touches each at most 25 times, on 25 different days. */
export const MEMBERS = 200;
/** Sessions × members bounds the single check-ins of a run (20,000, far above what a run sends). */
export const SESSIONS = 100;
/** How many set-up requests are in flight at once. */
const AT_ONCE = 8;

const KIND = `query ($id: ID!) { organisation(id: $id) { id kind } }`;
const ENTER = `mutation ($input: EnterPartyMemberInput!) { enterPartyMember(input: $input) { id } }`;
const OPEN = `mutation ($input: OpenServiceCheckInInput!) { openServiceCheckIn(input: $input) { session { id } code } }`;

export async function prepareParties(context: BenchContext): Promise<CheckinParties> {
  const ask = async <T>(token: string, query: string, variables: Record<string, unknown>) =>
    answerOf(await postJson(context.gatewayUrl, JSON.stringify({ query, variables }), { authorization: `Bearer ${token}` })) as T;
  const operator = await context.token(OPERATOR);
  const partner = await communityPartner(context, (id) => ask<{ organisation: { kind: string } | null }>(operator, KIND, { id }));
  const staffToken = await context.token({ role: Role.COMMUNITY_STAFF, subject: 'bench-community-staff', organisationId: partner.committeeId });
  // A random block of birth dates and sequence per run, so identity numbers do not repeat on a kept database.
  const block = randomInt(0, 50);
  const sequence = randomInt(0, 1000);
  const members = await inBatches(MEMBERS, async (i) => {
    const input = {
      name: `压测党员${i + 1}`,
      identityNumber: identityNumber(block, sequence, i),
      phone: '13800138000',
      employerId: partner.unitId,
      residentialCommunityId: partner.committeeId,
    };
    const { id } = (await ask<{ enterPartyMember: { id: string } }>(staffToken, ENTER, { input })).enterPartyMember;
    return { id, token: await context.token({ role: Role.PARTY_MEMBER, subject: `bench-member-${id}`, organisationId: partner.committeeId, memberId: id }) };
  });
  const sessions = await inBatches(SESSIONS, async (i) => {
    const input = { communityId: partner.committeeId, activity: `社区志愿服务（压测 ${context.runId} 第${i + 1}场）`, validMinutes: 240 };
    const { session, code } = (await ask<{ openServiceCheckIn: { session: { id: string }; code: string } }>(staffToken, OPEN, { input })).openServiceCheckIn;
    return { id: session.id, code };
  });
  return { communityId: partner.committeeId, staffToken, members, sessions };
}

/** The first unit of the targets whose committee is a community (units may also sit under a street). */
async function communityPartner(context: BenchContext, kindOf: (id: string) => Promise<{ organisation: { kind: string } | null }>) {
  for (const partner of context.targets.partners.slice(0, 50)) {
    if ((await kindOf(partner.committeeId)).organisation?.kind === 'COMMUNITY_PARTY_COMMITTEE') return partner;
  }
  throw new Error('no unit of the seeded data sits in a community: the check-in workload needs one');
}

async function inBatches<T>(count: number, make: (i: number) => Promise<T>): Promise<T[]> {
  const made: T[] = [];
  for (let start = 0; start < count; start += AT_ONCE) {
    made.push(...(await Promise.all(Array.from({ length: Math.min(AT_ONCE, count - start) }, (_, k) => make(start + k)))));
  }
  return made;
}

/** A well-formed identity number (region 110101, born in 1960-1988), a different birth date for each `i` of a block. */
function identityNumber(block: number, sequence: number, i: number): string {
  const day = block * MEMBERS + i;
  const birth = new Date(Date.UTC(1960, 0, 1) + day * 86_400_000).toISOString().slice(0, 10).replace(/-/g, '');
  const first17 = `110101${birth}${String(sequence).padStart(3, '0')}`;
  return first17 + identityCheckCharacter(first17);
}
