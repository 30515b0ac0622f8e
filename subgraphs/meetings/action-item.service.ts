import type { EntityManager } from '@mikro-orm/sql';
import type { Permission } from '../../platform/auth/access';
import type { RequestContext } from '../../platform/context/request-context';
import { BadUserInputError, ConflictError, NotFoundError } from '../../platform/errors/errors';
import { byIdLoader, groupedLoader, LoaderFamily } from '../../platform/loading/loaders';
import { changeWithLock } from '../../platform/orm/change-with-lock';
import { fetchBatchedPages, textArrayLiteral, type KeyPage } from '../../platform/pagination/batched-page';
import { pageRequest, toConnection, type Connection, type PageArgs, type PageRequest } from '../../platform/pagination/connection';
import { defineListOrder } from '../../platform/pagination/list-order';
import { transition } from '../../platform/state/transition';
import { checkLocalDate, isUuid, optionalText, requiredText } from '../../platform/validation/validation';
import { OrganisationsClient, UNIT_HOST_KINDS } from '../organisations/public';
import { ActionItem, ActionItemNote, ActionItemStatus, OPEN_STATUSES } from './action-item.entity';
import type { ActionItemFilter, UpdateActionItemArgs } from './action-item.inputs';
import { MeetingAccess, type Condition } from './meeting-access';
import { ACTION_ITEM_LIFECYCLE } from './meetings.lifecycle';
import { MEETING_PERMISSIONS as P } from './meetings.permissions';

/** Action items by due date, the most urgent first. */
const ORDER = defineListOrder('ActionItem:dueDate', { due_date: 'date', id: 'uuid' }, (a: ActionItem) => [a.dueDate, a.id]);

/** How a nested list's rows join their parent (`k.key`): by convener, owner or linked agreement. */
const JOINS = {
  convener: 'o.convener_id = k.key::uuid',
  owner: 'o.owner_id = k.key::uuid',
  agreement: 'o.advances_agreement_id = k.key::uuid',
} as const;
type Join = keyof typeof JOINS;
interface ItemList {
  join: Join;
  status: ActionItemStatus | null;
  open: boolean;
  overdue: boolean | null;
  page: PageRequest<ActionItem>;
}

/** Following action items until done: reading, listing, reporting progress; one instance per request. */
export class ActionItemService {
  private readonly byId = byIdLoader((ids) => this.ctx.em.find(ActionItem, { id: { $in: ids } }), isUuid);
  private readonly byResolution = groupedLoader(
    (ids: readonly string[]) => this.ctx.em.find(ActionItem, { resolutionId: { $in: [...ids] } }, { orderBy: { dueDate: 'asc', id: 'asc' } }),
    (a) => a.resolutionId,
  );
  private readonly byMeeting = groupedLoader(
    (ids: readonly string[]) => this.ctx.em.find(ActionItem, { meetingId: { $in: [...ids] } }, { orderBy: { dueDate: 'asc', id: 'asc' } }),
    (a) => a.meetingId,
  );
  private readonly notes = groupedLoader(
    (ids: readonly string[]) => this.ctx.em.find(ActionItemNote, { actionItemId: { $in: [...ids] } }, { orderBy: { writtenAt: 'asc', id: 'asc' } }),
    (n) => n.actionItemId,
  );
  private readonly pages = new LoaderFamily((list: ItemList, keys: readonly string[]) => this.loadPages(list, keys));

  constructor(private readonly ctx: RequestContext) {}

  private get access(): MeetingAccess {
    return this.ctx.get(MeetingAccess);
  }

  /** Overdue: still being followed and past its due date, as of today. Never stored. */
  isOverdue(item: ActionItem): boolean {
    return OPEN_STATUSES.includes(item.status) && item.dueDate < this.ctx.today;
  }

  /** An action item asked for by id: null when there is none, FORBIDDEN when it is not the caller's to read. */
  async read(id: string): Promise<ActionItem | null> {
    this.access.requireSomeRead();
    const item = await this.byId.load(id);
    if (item && !(await this.access.mayReadItem(item))) throw this.access.readRefusal();
    return item;
  }

  async findVisible(id: string): Promise<ActionItem | null> {
    const item = await this.byId.load(id);
    return item && (await this.access.mayReadItem(item)) ? item : null;
  }

  /** The items of a resolution or of a meeting (reached through a meeting the caller may read). */
  ofResolution(resolutionId: string): Promise<ActionItem[]> {
    return this.byResolution.load(resolutionId);
  }

  ofMeeting(meetingId: string): Promise<ActionItem[]> {
    return this.byMeeting.load(meetingId);
  }

  notesOf(itemId: string): Promise<ActionItemNote[]> {
    return this.notes.load(itemId);
  }

  /** The root list: what the caller may read, filtered; most urgent first. */
  async list(filter: ActionItemFilter = {}, args: PageArgs = {}): Promise<Connection<ActionItem>> {
    this.access.requireSomeRead();
    const page = pageRequest(args, this.ctx.settings.maxPageSize, ORDER);
    const where = this.statusConditions(filter.status ?? null, false, filter.overdue ?? null);
    if (filter.ownerId) where.push({ sql: 'o.owner_id = ?', params: [isUuid(filter.ownerId) ? filter.ownerId : null] });
    if (filter.subtreeOf) where.push(await this.convenedWithin(filter.subtreeOf, 'filter.subtreeOf'));
    const filters = [...where];
    where.push(...(await this.access.readableActionItems(() => this.access.convenersAmong(ActionItem, ['*'], 'true', filters))));
    const pages = await fetchBatchedPages<ActionItem>(this.ctx.em, { entity: ActionItem, keys: ['*'], join: 'true', where, page });
    const { rows, total } = pages.get('*')!;
    return toConnection(rows, page, total);
  }

  /** A nested list (`Organisation.openActionItems`, `actionItemsOwned`, `Agreement.actionItems`), batched over parents. */
  nested(
    join: Join,
    key: string,
    args: PageArgs & { status?: ActionItemStatus | null; overdue?: boolean | null },
    open = false,
  ): Promise<Connection<ActionItem>> {
    this.access.requireSomeRead();
    const page = pageRequest(args, this.ctx.settings.maxPageSize, ORDER);
    return this.pages
      .load({ join, status: args.status ?? null, open, overdue: args.overdue ?? null, page }, key)
      .then(({ rows, total }) => toConnection(rows, page, total));
  }

  private async loadPages(list: ItemList, keys: readonly string[]): Promise<KeyPage<ActionItem>[]> {
    const valid = keys.filter(isUuid);
    const join = JOINS[list.join];
    const where = this.statusConditions(list.status, list.open, list.overdue);
    // Items of a convener's meetings have that convener; the other lists look their conveners up.
    const filters = [...where];
    where.push(
      ...(await this.access.readableActionItems(list.join === 'convener' ? valid : () => this.access.convenersAmong(ActionItem, valid, join, filters))),
    );
    const pages = await fetchBatchedPages<ActionItem>(this.ctx.em, { entity: ActionItem, keys: valid, join, where, page: list.page });
    return keys.map((key) => pages.get(key) ?? { rows: [], total: 0 });
  }

  private statusConditions(status: ActionItemStatus | null, open: boolean, overdue: boolean | null): Condition[] {
    const where: Condition[] = [];
    const openSql = `o.status in (${OPEN_STATUSES.map((s) => `'${s}'`).join(', ')})`;
    if (status) where.push({ sql: 'o.status = ?', params: [status] });
    if (open) where.push({ sql: openSql });
    if (overdue !== null) where.push({ sql: `${overdue ? '' : 'not '}(${openSql} and o.due_date < ?)`, params: [this.ctx.today] });
    return where;
  }

  /** Items of meetings convened anywhere in the subtree of `rootId`. */
  async convenedWithin(rootId: string, field: string): Promise<Condition> {
    const root = isUuid(rootId) ? await this.ctx.shared(OrganisationsClient).find(rootId) : null;
    if (!root) throw new BadUserInputError('UNKNOWN_REFERENCE', { field, id: rootId });
    const conveners = await this.ctx.shared(OrganisationsClient).idsInSubtree(root.id, UNIT_HOST_KINDS);
    return { sql: 'o.convener_id = any(?::uuid[])', params: [textArrayLiteral(conveners)] };
  }

  /**
   * Reports progress on an item, and moves it through ACTION_ITEM_LIFECYCLE when `status` is given:
   * its owner or the convener's staff start and finish it; only the convener's staff drop or reopen
   * it. Every update keeps its note; DONE needs the outcome, and its date is not after today.
   */
  async update(args: UpdateActionItemArgs): Promise<ActionItem> {
    const item = await this.byId.load(args.id);
    if (!item) throw new NotFoundError('ActionItem', args.id);
    const note = requiredText(args.note, 'note', 1000, 'lines');
    const targets = [await this.access.convenerTarget(item.convenerId), await this.access.ownerTarget(item.ownerId)];
    const authorize = (permission: Permission) =>
      permission === P.supervise ? this.ctx.access.require(permission, targets[0]) : this.access.requireAny(permission, targets);
    if (!args.status || args.status === item.status) {
      await authorize(P.work);
      if (args.outcome != null || args.completedOn != null) throw new BadUserInputError('NOT_APPLICABLE', { field: 'outcome', of: 'a progress report' });
      return changeWithLock(this.ctx.em, ActionItem, item.id, args.version, (em, locked) => {
        if (!OPEN_STATUSES.includes(locked.status)) {
          throw new ConflictError('WRONG_STATE', {
            entity: 'ActionItem',
            id: locked.id,
            state: locked.status,
            action: { en: 'report progress on it', zh: '报告进展' },
          });
        }
        this.keepNote(em, locked, note, null);
        return locked;
      });
    }
    const done = this.checkCompletion(item, args);
    const to = args.status;
    return transition(this.ctx.em, ActionItem, item, args.version, {
      machine: ACTION_ITEM_LIFECYCLE,
      to,
      stateOf: (i) => i.status,
      setState: (i, state) => (i.status = state),
      authorize,
      onTransition: (em, locked, from) => {
        Object.assign(locked, {
          completedOn: done?.completedOn ?? null,
          outcome: done?.outcome ?? null,
          dropReason: to === ActionItemStatus.DROPPED ? note.slice(0, 500) : null,
        });
        this.keepNote(em, locked, note, from);
      },
    });
  }

  private checkCompletion(item: ActionItem, args: UpdateActionItemArgs): { completedOn: string; outcome: string } | null {
    if (args.status !== ActionItemStatus.DONE) {
      if (args.outcome != null) throw new BadUserInputError('NOT_APPLICABLE', { field: 'outcome', of: args.status! });
      if (args.completedOn != null) throw new BadUserInputError('NOT_APPLICABLE', { field: 'completedOn', of: args.status! });
      return null;
    }
    const outcome = optionalText(args.outcome, 'outcome', 2000, 'lines');
    if (!outcome) throw new BadUserInputError('REQUIRED_FOR', { field: 'outcome', of: ActionItemStatus.DONE });
    const completedOn = args.completedOn ? checkLocalDate(args.completedOn, 'completedOn') : this.ctx.today;
    if (completedOn > this.ctx.today) throw new BadUserInputError('NOT_AFTER', { field: 'completedOn', other: this.ctx.today });
    if (completedOn < item.assignedOn) throw new BadUserInputError('NOT_BEFORE', { field: 'completedOn', other: item.assignedOn });
    return { completedOn, outcome };
  }

  private keepNote(em: EntityManager, item: ActionItem, note: string, from: ActionItemStatus | null): void {
    em.create(ActionItemNote, {
      actionItemId: item.id,
      note,
      fromStatus: from,
      toStatus: from ? item.status : null,
      writtenBy: this.ctx.actor.subject,
      writtenAt: this.ctx.clock.now(),
    });
  }
}
