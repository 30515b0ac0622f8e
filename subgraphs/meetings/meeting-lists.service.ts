import type { RequestContext } from '../../platform/context/request-context';
import { BadUserInputError } from '../../platform/errors/errors';
import { LoaderFamily } from '../../platform/loading/loaders';
import { fetchBatchedPages, qualifiedTable, textArrayLiteral, type KeyPage } from '../../platform/pagination/batched-page';
import { pageRequest, toConnection, type Connection, type PageRequest } from '../../platform/pagination/connection';
import { defineListOrder, type ListOrder } from '../../platform/pagination/list-order';
import { checkLocalDate, isUuid } from '../../platform/validation/validation';
import { OrganisationKind, OrganisationsClient, UNIT_HOST_KINDS, type OrganisationFacts } from '../organisations/public';
import type { Access } from '../../platform/auth/access';
import { JointMeeting, MeetingKind, MeetingStatus } from './joint-meeting.entity';
import { MeetingOrder, type JointMeetingFilter, type JointMeetingListArgs, type OrganisationMeetingArgs } from './joint-meeting.inputs';
import { MeetingAccess, type Condition } from './meeting-access';
import { MeetingAttendance } from './meeting-attendance.entity';

const byStart = (m: JointMeeting) => [m.startsAt.toISOString(), m.id];
const ORDERS: Record<MeetingOrder, ListOrder<JointMeeting>> = {
  NEWEST_FIRST: defineListOrder('JointMeeting:newest', { starts_at: 'timestamp', id: 'uuid' }, byStart, { descending: true }),
  OLDEST_FIRST: defineListOrder('JointMeeting:oldest', { starts_at: 'timestamp', id: 'uuid' }, byStart),
};

interface Filters {
  status: MeetingStatus | null;
  kind: MeetingKind | null;
  from: string | null;
  to: string | null;
}
interface MeetingList extends Filters {
  page: PageRequest<JointMeeting>;
}

/** Lists of meetings: the root list, and each organisation's (batched over organisations). */
export class MeetingListService {
  private readonly pages = new LoaderFamily((list: MeetingList, keys: readonly string[]) => this.loadPages(list, keys));

  constructor(private readonly ctx: RequestContext) {}

  private get access(): MeetingAccess {
    return this.ctx.get(MeetingAccess);
  }

  /** The meetings the caller may read, filtered; the newest first unless asked otherwise. */
  async list(filter: JointMeetingFilter = {}, args: JointMeetingListArgs): Promise<Connection<JointMeeting>> {
    this.access.requireSomeRead();
    const page = pageRequest(args, this.ctx.settings.maxPageSize, ORDERS[args.order ?? MeetingOrder.NEWEST_FIRST]);
    const where = this.filterConditions(this.filters(filter, 'filter'));
    if (filter.convenerId) where.push({ sql: 'o.convener_id = ?', params: [isUuid(filter.convenerId) ? filter.convenerId : null] });
    if (filter.subtreeOf) where.push(await this.convenedWithin(filter.subtreeOf, 'filter.subtreeOf'));
    where.push(...(await this.access.readableMeetings(() => this.access.convenersAmong(JointMeeting, ['*'], 'true', where))));
    const pages = await fetchBatchedPages<JointMeeting>(this.ctx.em, { entity: JointMeeting, keys: ['*'], join: 'true', where, page });
    const { rows, total } = pages.get('*')!;
    return toConnection(rows, page, total);
  }

  /**
   * `Organisation.jointMeetings`: the meetings a committee convenes, or those a unit is invited to,
   * as far as the caller may read them. Batched over organisations: one statement for committees,
   * one for units, however many of each are asked for.
   */
  ofOrganisation(organisationId: string, args: OrganisationMeetingArgs): Promise<Connection<JointMeeting>> {
    this.access.requireSomeRead();
    const page = pageRequest(args, this.ctx.settings.maxPageSize, ORDERS[args.order ?? MeetingOrder.NEWEST_FIRST]);
    return this.pages
      .load({ ...this.filters({ ...args, kind: undefined }, ''), page }, organisationId)
      .then(({ rows, total }) => toConnection(rows, page, total));
  }

  /**
   * A calendar feed's meetings: those of one organisation from `since` on, oldest first, as far as
   * `access` (the feed's issuer's) may read them, at most `max`.
   */
  async forCalendar(organisation: OrganisationFacts, access: Access, since: string, max: number): Promise<JointMeeting[]> {
    const list: MeetingList = { status: null, kind: null, from: since, to: null, page: { first: max, order: ORDERS.OLDEST_FIRST } };
    const pages =
      organisation.kind === OrganisationKind.UNIT_PARTY_ORGANISATION
        ? await this.invited([organisation.id], list, access)
        : await this.convened([organisation.id], list, access);
    return pages.get(organisation.id)?.rows.slice(0, max) ?? [];
  }

  private async loadPages(list: MeetingList, keys: readonly string[]): Promise<KeyPage<JointMeeting>[]> {
    const valid = keys.filter(isUuid);
    const facts = await Promise.all(valid.map((id) => this.ctx.shared(OrganisationsClient).find(id)));
    const units = valid.filter((_, i) => facts[i]?.kind === OrganisationKind.UNIT_PARTY_ORGANISATION);
    const committees = valid.filter((id) => !units.includes(id));
    const [convened, invited] = await Promise.all([this.convened(committees, list), this.invited(units, list)]);
    return keys.map((key) => convened.get(key) ?? invited.get(key) ?? { rows: [], total: 0 });
  }

  /** Meetings convened by each of `keys`: their conveners are the keys themselves. */
  private convened(keys: string[], list: MeetingList, access: Access = this.ctx.access) {
    return this.page(keys, 'o.convener_id = k.key::uuid', list, access, async () => keys);
  }

  /** Meetings each unit of `keys` is invited to, through the invitations' unit index. */
  private invited(keys: string[], list: MeetingList, access: Access = this.ctx.access) {
    const join = `o.id = any(array(select i.meeting_id from ${qualifiedTable(this.ctx.em, MeetingAttendance)} i where i.unit_id = k.key::uuid))`;
    return this.page(keys, join, list, access, (where) => this.access.convenersAmong(JointMeeting, keys, join, where));
  }

  private async page(keys: string[], join: string, list: MeetingList, access: Access, conveners: (where: Condition[]) => Promise<readonly string[]>) {
    if (keys.length === 0) return new Map<string, KeyPage<JointMeeting>>();
    const where = this.filterConditions(list);
    const filters = [...where];
    where.push(...(await this.access.readableMeetings(() => conveners(filters), access)));
    return fetchBatchedPages<JointMeeting>(this.ctx.em, { entity: JointMeeting, keys, join, where, page: list.page });
  }

  private filters(filter: { status?: MeetingStatus | null; kind?: MeetingKind | null; from?: string | null; to?: string | null }, prefix: string): Filters {
    const field = (name: string) => (prefix ? `${prefix}.${name}` : name);
    return {
      status: filter.status ?? null,
      kind: filter.kind ?? null,
      from: filter.from ? checkLocalDate(filter.from, field('from')) : null,
      to: filter.to ? checkLocalDate(filter.to, field('to')) : null,
    };
  }

  private filterConditions(filters: Filters): Condition[] {
    const where: Condition[] = [];
    if (filters.status) where.push({ sql: 'o.status = ?', params: [filters.status] });
    if (filters.kind) where.push({ sql: 'o.kind = ?', params: [filters.kind] });
    if (filters.from) where.push({ sql: 'o.meeting_date >= ?', params: [filters.from] });
    if (filters.to) where.push({ sql: 'o.meeting_date <= ?', params: [filters.to] });
    return where;
  }

  private async convenedWithin(rootId: string, field: string): Promise<Condition> {
    const root = isUuid(rootId) ? await this.ctx.shared(OrganisationsClient).find(rootId) : null;
    if (!root) throw new BadUserInputError('UNKNOWN_REFERENCE', { field, id: rootId });
    const conveners = await this.ctx.shared(OrganisationsClient).idsInSubtree(root.id, UNIT_HOST_KINDS);
    return { sql: 'o.convener_id = any(?::uuid[])', params: [textArrayLiteral(conveners)] };
  }
}
