import type { RequestContext } from '../../platform/context/request-context';
import { BadUserInputError, NotFoundError } from '../../platform/errors/errors';
import { qualifiedTable, textArrayLiteral } from '../../platform/pagination/batched-page';
import { checkLocalDate, isUuid } from '../../platform/validation/validation';
import { OrganisationKind, OrganisationsClient, UNIT_HOST_KINDS } from '../organisations/public';
import type { Condition } from './meeting-access';
import { MeetingAttendance } from './meeting-attendance.entity';
import { MEETING_PERMISSIONS as P } from './meetings.permissions';

/** The longest period a report covers: ten years of meetings. */
export const MAX_REPORT_YEARS = 10;

/**
 * What a report counts, as SQL conditions on its three sources: meetings `o`, attendance rows `a`
 * and action items `i`. A committee's scope is the meetings convened within its subtree (and their
 * attendance and action items); a unit's scope is its own part: the meetings it was invited to, its
 * own attendance rows, and the action items it owns.
 */
export interface ReportScope {
  /** null: every district (the operator only). */
  id: string | null;
  name: string;
  meetings: Condition;
  attendance: Condition;
  actionItems: Condition;
  /** For a committee's scope: every convener in it (so CONVENER rows show those that held nothing). */
  conveners: string[] | null;
}

export interface ReportPeriod {
  from: string;
  to: string;
}

/** The period of a report: real dates from 1900 to 2099, `from` not after `to`, at most ten years. */
export function checkPeriod(from: string, to: string): ReportPeriod {
  checkLocalDate(from, 'from');
  checkLocalDate(to, 'to');
  if (to < from) throw new BadUserInputError('NOT_BEFORE', { field: 'to', other: 'from' });
  if (to >= `${Number(from.slice(0, 4)) + MAX_REPORT_YEARS}${from.slice(4)}`) {
    throw new BadUserInputError('SPAN_TOO_LONG', { field: 'to', max: { en: `${MAX_REPORT_YEARS} years`, zh: `${MAX_REPORT_YEARS} 年` } });
  }
  return { from, to };
}

/** The day a report is as of: a real date, not after today (the future has no figures yet). */
export function checkAsOf(asOf: string | null | undefined, today: string): string {
  if (!asOf) return today;
  checkLocalDate(asOf, 'asOf');
  if (asOf > today) throw new BadUserInputError('NOT_AFTER', { field: 'asOf', other: { en: 'today', zh: '今天' } });
  return asOf;
}

const ALL: Condition = { sql: 'true' };

/**
 * Resolves `scopeId` (or, without one, the caller's own organisation; every district for the
 * operator) and checks that the caller may read reports there: ANALYST, district admins and staff
 * their subtree, a unit only itself, the operator anything. An id that names no organisation is
 * NOT_FOUND; one beyond the caller's reach (another district included) is OUT_OF_SCOPE.
 */
export async function resolveReportScope(ctx: RequestContext, scopeId: string | null | undefined): Promise<ReportScope> {
  ctx.access.requireRole(P.report);
  const id = scopeId ?? (ctx.access.reachOf(P.report) === 'any' ? null : (ctx.actor.organisationId ?? null));
  if (id === null) {
    if (ctx.access.reachOf(P.report) !== 'any') throw ctx.access.refusal(P.report);
    return { id: null, name: '全部辖区', meetings: ALL, attendance: ALL, actionItems: ALL, conveners: null };
  }
  const organisations = ctx.shared(OrganisationsClient);
  const scope = isUuid(id) ? await organisations.find(id) : null;
  if (!scope) throw new NotFoundError('Organisation', id);
  await ctx.access.require(P.report, { organisationId: scope.id, organisationPath: scope.path });
  if (scope.kind !== OrganisationKind.UNIT_PARTY_ORGANISATION) {
    const conveners = await organisations.idsInSubtree(scope.id, UNIT_HOST_KINDS);
    const within = textArrayLiteral(conveners);
    return {
      id: scope.id,
      name: scope.name,
      meetings: { sql: 'o.convener_id = any(?::uuid[])', params: [within] },
      attendance: ALL,
      actionItems: { sql: 'i.convener_id = any(?::uuid[])', params: [within] },
      conveners,
    };
  }
  // A unit's own part, seen by the unit itself or by those above it: for the latter, only the
  // meetings convened within their own reach count, so nothing is learnt of meetings beyond it.
  const reachable = await reachableConveners(ctx);
  const limit = reachable ? { sql: ' and o.convener_id = any(?::uuid[])', params: [textArrayLiteral(reachable)] } : { sql: '', params: [] };
  return {
    id: scope.id,
    name: scope.name,
    meetings: {
      sql: `exists (select 1 from ${qualifiedTable(ctx.em, MeetingAttendance)} x where x.meeting_id = o.id and x.unit_id = ?)${limit.sql}`,
      params: [scope.id, ...limit.params],
    },
    attendance: { sql: 'a.unit_id = ?', params: [scope.id] },
    actionItems: { sql: `i.owner_id = ?${limit.sql.replace('o.convener_id', 'i.convener_id')}`, params: [scope.id, ...limit.params] },
    conveners: null,
  };
}

/** The conveners within the caller's own subtree, or null when the caller's reach is not bounded by one (the operator, a unit itself). */
async function reachableConveners(ctx: RequestContext): Promise<string[] | null> {
  if (ctx.access.reachOf(P.report) !== 'subtree' || !ctx.actor.organisationId) return null;
  return ctx.shared(OrganisationsClient).idsInSubtree(ctx.actor.organisationId, UNIT_HOST_KINDS);
}
