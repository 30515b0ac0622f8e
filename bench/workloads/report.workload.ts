import { Role, type Actor } from '../../platform/auth/identity';
import { addDays } from '../../platform/time/clock';
import { runAutocannon } from '../load/autocannon.driver';
import { postJson } from '../load/journey.driver';
import { answerOf } from './network.workload';
import type { BenchContext, Variant, Workload } from './workload.types';

/** The hub's operator reads every district: the city-wide report. */
const OPERATOR: Actor = { role: Role.PLATFORM_ADMIN, subject: 'bench-analyst' };

export const REPORT_QUERY = `query ($from: LocalDate!, $to: LocalDate!) {
  jointMeetingReport(from: $from, to: $to, groupBy: MONTH) {
    rows { key meetingsHeld meetingsCancelled invitations attendances attendanceRate quorumRate agendaItems resolutions
      actionItems actionItemsDone actionItemsDoneOnTime actionItemsOverdue medianDaysToClose }
    totals { meetingsHeld invitations attendances attendanceRate actionItems actionItemsOverdue medianDaysToClose } } }`;

/**
 * Journey 5: the joint-meeting report for the whole city, grouped by month, over the seeded year and
 * the month ahead (3,000 meetings, ~38,000 attendance rows, ~19,500 action items at city scale),
 * through the hub gateway and through Hive Gateway. The target: under 200 ms (median).
 */
export function reportWorkload(context: BenchContext): Workload {
  const variables = { from: addDays(context.today, -366), to: addDays(context.today, 31) };
  let token: string | undefined;
  const prepare = async () => void (token ??= await context.token(OPERATOR));
  const viaRouter = (name: string, url: string): Variant => {
    const request = () => ({ body: JSON.stringify({ query: REPORT_QUERY, variables }), headers: { authorization: `Bearer ${token}` } });
    return {
      name,
      prepare,
      run: (clients, seconds) => runAutocannon({ url, clients, seconds, request }),
      sample: async () => {
        const { body, headers } = request();
        return answerOf(await postJson(url, body, headers));
      },
    };
  };
  const variants = [viaRouter('gateway', context.gatewayUrl)];
  if (context.hiveUrl) variants.push(viaRouter('hive', context.hiveUrl));
  return { name: 'journey 5: the city-wide joint-meeting report by month', key: 'report', variants };
}
