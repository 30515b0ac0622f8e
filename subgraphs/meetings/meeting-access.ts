import DataLoader from 'dataloader';
import type { EntityClass } from '@mikro-orm/core';
import type { Access, Permission, Target } from '../../platform/auth/access';
import type { RequestContext } from '../../platform/context/request-context';
import { qualifiedTable, textArrayLiteral } from '../../platform/pagination/batched-page';
import { COMMITTEE_KINDS, OrganisationsClient } from '../organisations/public';
import type { ActionItem } from './action-item.entity';
import type { JointMeeting } from './joint-meeting.entity';
import { MeetingAttendance } from './meeting-attendance.entity';
import { MEETING_PERMISSIONS as P } from './meetings.permissions';

/** A condition on the rows `o` of a list, with `?` placeholders. */
export type Condition = { sql: string; params?: unknown[] };

/** The conveners of a list's candidate rows, or how to find them (asked only when the caller's reach needs them). */
export type Conveners = readonly string[] | (() => Promise<readonly string[]>);

/**
 * The one read rule of joint meetings, asked the same way for a meeting by id, in nested fields, in
 * lists (as SQL) and in calendar feeds: a meeting may be read by whoever reaches where its convener
 * sits (`read`), and by the units invited to it (`readOwn`). An action item may be read with its
 * meeting, and by the unit that owns it. Each check takes the `Access` to apply (the caller's, or a
 * calendar feed's issuer's).
 */
export class MeetingAccess {
  /** For each meeting, whether the caller's own unit is invited to it (one query per batch). */
  private readonly ownInvitations = new DataLoader<string, boolean>((ids) => this.loadOwnInvitations(ids));

  constructor(private readonly ctx: RequestContext) {}

  /** Where the convener sits, for checks of `read`, `run` and `supervise`. */
  async convenerTarget(convenerId: string): Promise<Target> {
    return { organisationId: convenerId, organisationPath: (await this.ctx.shared(OrganisationsClient).pathOf(convenerId)) ?? undefined };
  }

  /** The owner of an action item, for checks of `work`: a unit by itself; a committee also by where it sits. */
  async ownerTarget(ownerId: string): Promise<Target> {
    const owner = await this.ctx.shared(OrganisationsClient).find(ownerId);
    return { organisationId: ownerId, organisationPath: owner && COMMITTEE_KINDS.includes(owner.kind) ? owner.path : undefined };
  }

  async mayRead(meeting: Pick<JointMeeting, 'id' | 'convenerId'>, access: Access = this.ctx.access): Promise<boolean> {
    if (await access.allows(P.read, await this.convenerTarget(meeting.convenerId))) return true;
    return this.isOwnUnitInvited(meeting.id, access);
  }

  async mayReadItem(item: Pick<ActionItem, 'meetingId' | 'convenerId' | 'ownerId'>, access: Access = this.ctx.access): Promise<boolean> {
    if (await access.allows(P.readOwn, { organisationId: item.ownerId })) return true;
    return this.mayRead({ id: item.meetingId, convenerId: item.convenerId }, access);
  }

  /**
   * Refuses (FORBIDDEN) unless the caller has `permission` over one of `targets`; the first that
   * passes is the write's scope in the audit trail.
   */
  async requireAny(permission: Permission, targets: Target[]): Promise<void> {
    for (const target of targets) {
      if (await this.ctx.access.allows(permission, target)) return this.ctx.access.require(permission, target);
    }
    throw this.ctx.access.refusal(permission);
  }

  /** FORBIDDEN for a meeting or item the caller may not read: OUT_OF_SCOPE for a role that reads some. */
  readRefusal() {
    return this.ctx.access.refusal(this.ctx.access.reachOf(P.read) ? P.read : P.readOwn);
  }

  /** Whether the caller's role may read meetings at all: ROLE_NOT_PERMITTED before any lookup otherwise. */
  requireSomeRead(): void {
    this.ctx.access.requireRole(P.read, P.readOwn);
  }

  /**
   * SQL limiting meetings `o` to those readable under `access`, given the conveners the candidate
   * rows have: each convener's place is checked once, by the same rule as a meeting by id.
   */
  async readableMeetings(conveners: Conveners, access: Access = this.ctx.access): Promise<Condition[]> {
    return this.readable(conveners, access, (own) => ({ sql: this.invitedSql('o.id'), params: [own] }));
  }

  /** SQL limiting action items `o` to those readable under `access`: with their meeting, or owned. */
  async readableActionItems(conveners: Conveners, access: Access = this.ctx.access): Promise<Condition[]> {
    return this.readable(conveners, access, (own) => ({ sql: `o.owner_id = ? or ${this.invitedSql('o.meeting_id')}`, params: [own, own] }));
  }

  /** The distinct conveners of the rows of `entity` joined to `keys`: the candidates whose places a list checks. */
  async convenersAmong(entity: EntityClass<object>, keys: readonly string[], join: string, where: Condition[] = []): Promise<string[]> {
    const filter = where.map((c) => ` and (${c.sql})`).join('');
    const rows = await this.ctx.em.execute<Array<{ id: string }>>(
      `select distinct o.convener_id::text as id from unnest(?::text[]) as k(key) join ${qualifiedTable(this.ctx.em, entity)} o on ${join}${filter}`,
      [textArrayLiteral(keys), ...where.flatMap((c) => c.params ?? [])],
    );
    return rows.map((r) => r.id);
  }

  private async readable(candidates: Conveners, access: Access, ownCondition: (own: string) => Condition): Promise<Condition[]> {
    if (access.reachOf(P.read) === 'any') return [];
    const parts: Condition[] = [];
    if (access.reachOf(P.read)) {
      const conveners = typeof candidates === 'function' ? await candidates() : candidates;
      const checks = await Promise.all(conveners.map(async (id) => (await access.allows(P.read, await this.convenerTarget(id))) && id));
      parts.push({ sql: 'o.convener_id = any(?::uuid[])', params: [textArrayLiteral(checks.filter((id): id is string => !!id))] });
    }
    const own = access.actingOrganisationId;
    if (access.reachOf(P.readOwn) && own) parts.push(ownCondition(own));
    if (parts.length === 0) return [{ sql: 'false' }];
    return [{ sql: parts.map((p) => `(${p.sql})`).join(' or '), params: parts.flatMap((p) => p.params ?? []) }];
  }

  private invitedSql(meetingColumn: string): string {
    return `exists (select 1 from ${qualifiedTable(this.ctx.em, MeetingAttendance)} i where i.meeting_id = ${meetingColumn} and i.unit_id = ?)`;
  }

  private async isOwnUnitInvited(meetingId: string, access: Access): Promise<boolean> {
    const own = access.actingOrganisationId;
    if (!access.reachOf(P.readOwn) || !own) return false;
    if (access !== this.ctx.access) return (await this.ctx.em.count(MeetingAttendance, { meetingId, unitId: own })) > 0;
    return this.ownInvitations.load(meetingId);
  }

  private async loadOwnInvitations(ids: readonly string[]): Promise<boolean[]> {
    const rows = await this.ctx.em.find(MeetingAttendance, { meetingId: { $in: [...ids] }, unitId: this.ctx.actor.organisationId! }, { fields: ['meetingId'] });
    const invited = new Set(rows.map((r) => r.meetingId));
    return ids.map((id) => invited.has(id));
  }
}
