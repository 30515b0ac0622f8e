import { runAutocannon } from '../load/autocannon.driver';
import { postJson } from '../load/journey.driver';
import { prepareParties, type CheckinParties } from './checkin.setup';
import { answerOf } from './network.workload';
import type { BenchContext, Variant, Workload } from './workload.types';

const CHECK_IN = /* GraphQL */ `
  mutation CheckIn($sessionId: ID!, $code: String!) {
    checkInToService(sessionId: $sessionId, code: $code) {
      id
    }
  }
`;

const RECORD = /* GraphQL */ `
  mutation Record($records: [ServiceRecordInput!]!) {
    recordServices(records: $records) {
      recorded
      errors {
        index
        field
        reason
      }
    }
  }
`;

/** The most `recordServices` takes at once (SERVICE_LIMITS.batch). */
export const BATCH = 5_000;
/**
 * Batches in flight at once, whatever `--clients` says: a community's staff upload a day's sheet,
 * not ten at a time; two keep both cores busy (one batch in the gateway while the other is stored).
 */
const BATCHES_AT_ONCE = 2;
/** Days back over which a member's records are spread (each member checks in to a thing once a day). */
const DAYS = 360;
const DAY_MS = 86_400_000;
const ACTIVITIES = ['社区清洁日', '垃圾分类督导', '四点半课堂', '敬老助餐', '文明交通劝导', '邻里调解'];

/**
 * Journey 3: members checking in. **check-in**: a member types the one-time code staff display for a
 * session of service (`checkInToService`), each request a different member or session; **batch**:
 * community staff enter 5,000 service records in one `recordServices`, all stored with their points
 * or none. Both through the gateway; the batch's table line also gives records per second.
 */
export function checkinWorkload(context: BenchContext): Workload {
  let parties: CheckinParties | undefined;
  const prepare = async () => void (parties ??= await prepareParties(context));
  let checkIns = 0;
  let recordsSent = 0;
  const checkIn = (i: number) => {
    const { members, sessions } = parties!;
    const member = members[i % members.length];
    const session = sessions[Math.floor(i / members.length) % sessions.length];
    return { body: JSON.stringify({ query: CHECK_IN, variables: { sessionId: session.id, code: session.code } }), headers: bearer(member.token) };
  };
  const batch = () => {
    const first = recordsSent;
    recordsSent += BATCH;
    const records = Array.from({ length: BATCH }, (_, k) => serviceRecord(parties!, first + k, context.runId));
    return { body: JSON.stringify({ query: RECORD, variables: { records } }), headers: bearer(parties!.staffToken) };
  };
  const single: Variant = {
    name: 'check-in',
    prepare,
    // Numbered across rounds: every request is a member's first check-in to that session.
    run: (clients, seconds) => runAutocannon({ url: context.gatewayUrl, clients, seconds, request: () => checkIn(checkIns++) }),
    sample: async () => {
      const { body, headers } = checkIn(checkIns++);
      return answerOf(await postJson(context.gatewayUrl, body, headers));
    },
  };
  const batched: Variant = {
    name: 'batch',
    prepare,
    run: (clients, seconds) =>
      runAutocannon({ url: context.gatewayUrl, clients: Math.min(clients, BATCHES_AT_ONCE), seconds, request: batch, items: storedOf }),
  };
  return { name: 'journey 3: members checking in (one by code; staff entering 5,000 at once)', key: 'checkin', variants: [single, batched] };
}

/**
 * The n-th record of the run: members in turn, then days back, then activities, so no two records
 * of a run share member, thing served and day (the once-a-day rule); the run's id in the activity's
 * name keeps runs on a kept database apart.
 */
function serviceRecord(parties: CheckinParties, n: number, runId: string) {
  const { members, communityId } = parties;
  const member = members[n % members.length];
  const k = Math.floor(n / members.length);
  const daysBack = 1 + (k % DAYS);
  const round = Math.floor(k / DAYS);
  const checkIn = Date.now() - daysBack * DAY_MS - 3 * 3_600_000;
  return {
    memberId: member.id,
    communityId,
    activity: `${ACTIVITIES[round % ACTIVITIES.length]}（${runId}·${Math.floor(round / ACTIVITIES.length)}）`,
    checkInAt: new Date(checkIn).toISOString(),
    checkOutAt: new Date(checkIn + 2 * 3_600_000).toISOString(),
  };
}

function storedOf(data: unknown): { stored: number; problem?: string } {
  const result = (data as { recordServices: { recorded: number; errors: Array<{ field: string; reason: string }> } }).recordServices;
  if (result.recorded === BATCH) return { stored: result.recorded };
  const first = result.errors[0];
  return { stored: result.recorded, problem: `recorded ${result.recorded} of ${BATCH}: ${first ? `${first.field} ${first.reason}` : 'no reason given'}` };
}

const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
