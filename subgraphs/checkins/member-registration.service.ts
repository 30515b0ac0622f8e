import type { EntityManager } from '@mikro-orm/sql';
import { auditUnder } from '../../platform/audit/audit.subscriber';
import type { RequestContext } from '../../platform/context/request-context';
import { BadUserInputError, ConflictError, NotFoundError } from '../../platform/errors/errors';
import { byIdLoader, groupedLoader } from '../../platform/loading/loaders';
import { lockForChange } from '../../platform/orm/change-with-lock';
import { transition } from '../../platform/state/transition';
import { isUuid, requiredText } from '../../platform/validation/validation';
import { isInSubtree, OrganisationKind, OrganisationsClient, type OrganisationFacts } from '../organisations/public';
import { CHECKIN_PERMISSIONS as P } from './checkins.permissions';
import { LIMITS, organisationOfKind, PLACEMENT_KINDS } from './checkins.rules';
import { MemberAccess } from './member-access';
import { ACTIVE_REGISTRATION_STATUSES, MemberRegistration, RegistrationStatus as R } from './member-registration.entity';
import { PartyMember } from './party-member.entity';
import { PartyMemberService } from './party-member.service';
import { REGISTRATION_LIFECYCLE } from './registration.lifecycle';
import type { ConfirmRegistrationInput, ReportToCommunityInput } from './registration.inputs';
import { VolunteerTeam, VolunteerTeamMember } from './volunteer-team.entity';

/** Members' registrations (双报到): report, move, confirm and place, reject; one instance per request. */
export class MemberRegistrationService {
  private readonly byId = byIdLoader((ids) => this.ctx.em.find(MemberRegistration, { id: { $in: ids } }), isUuid);
  private readonly ofMember = groupedLoader(
    (memberIds: readonly string[]) =>
      this.ctx.em.find(MemberRegistration, { memberId: { $in: [...memberIds] } }, { orderBy: { reportedAt: 'desc', id: 'desc' } }),
    (r) => r.memberId,
  );
  private readonly teamsOf = groupedLoader(
    async (registrationIds: readonly string[]) => {
      const memberships = await this.ctx.em.find(VolunteerTeamMember, { registrationId: { $in: [...registrationIds] } });
      const teams = await this.ctx.em.find(VolunteerTeam, { id: { $in: memberships.map((m) => m.teamId) } }, { orderBy: { name: 'asc' } });
      return teams.flatMap((team) => memberships.filter((m) => m.teamId === team.id).map((m) => ({ registrationId: m.registrationId, team })));
    },
    (row) => row.registrationId,
  );

  constructor(private readonly ctx: RequestContext) {}

  private get access(): MemberAccess {
    return this.ctx.get(MemberAccess);
  }

  private get members(): PartyMemberService {
    return this.ctx.get(PartyMemberService);
  }

  async load(id: string): Promise<MemberRegistration> {
    const registration = await this.byId.load(id);
    if (!registration) throw new NotFoundError('MemberRegistration', id);
    return registration;
  }

  /** A registration the caller may read: with its member (self, unit, staff where the member lives) or where it was made. */
  async mayRead(registration: MemberRegistration): Promise<boolean> {
    if (await this.ctx.access.allows(P.readRegistrations, await this.access.communityTarget(registration.communityId))) return true;
    const member = await this.members.findVisible(registration.memberId);
    return member !== null;
  }

  async findVisible(id: string): Promise<MemberRegistration | null> {
    const registration = await this.byId.load(id);
    return registration && (await this.mayRead(registration)) ? registration : null;
  }

  /** Every registration of a member, newest first (the member's history of moves). */
  async historyOf(memberId: string): Promise<MemberRegistration[]> {
    return (await this.ofMember.load(memberId)) as MemberRegistration[];
  }

  /** The member's one pending or confirmed registration, if any. */
  async activeOf(memberId: string): Promise<MemberRegistration | null> {
    return (await this.historyOf(memberId)).find((r) => (ACTIVE_REGISTRATION_STATUSES as readonly R[]).includes(r.status)) ?? null;
  }

  async teamsOfRegistration(registrationId: string): Promise<VolunteerTeam[]> {
    return ((await this.teamsOf.load(registrationId)) as Array<{ team: VolunteerTeam }>).map((row) => row.team);
  }

  /**
   * The calling member reports to the community where they live. A member with an active
   * registration elsewhere has moved: that one is closed in the same transaction (the member's
   * points are the member's, not the registration's, so they follow). Reporting again to the same
   * community is refused (ALREADY_DONE).
   */
  async report(input: ReportToCommunityInput): Promise<MemberRegistration> {
    const memberId = this.access.ownMemberId;
    await this.ctx.access.require(P.register, { memberId: memberId ?? undefined });
    const member = await this.members.load(memberId!);
    const community = await organisationOfKind(this.ctx, input.communityId, 'input.communityId', [OrganisationKind.COMMUNITY_PARTY_COMMITTEE]);
    const interests = this.checkInterests(input.interests ?? []);
    // Where the registration being left sits, asked before the transaction, so its closing is audited there.
    const leaving = await this.activeOf(member.id);
    const leavingPath = leaving ? await this.ctx.shared(OrganisationsClient).pathOf(leaving.communityId) : null;
    return this.ctx.em.transactional(async (tx) => {
      const locked = await lockForChange(tx, PartyMember, member.id);
      const current = await tx.findOne(MemberRegistration, { memberId: locked.id, status: { $in: [...ACTIVE_REGISTRATION_STATUSES] } });
      if (current?.communityId === community.id) {
        throw new ConflictError('ALREADY_DONE', { entity: 'MemberRegistration', id: current.id, action: 'report to this community' });
      }
      const now = this.ctx.clock.now();
      if (current) {
        REGISTRATION_LIFECYCLE.assertTransition(current.id, current.status, R.CLOSED);
        Object.assign(current, { status: R.CLOSED, closedAt: now, closedReason: `迁居 (moved): reported to ${community.name}` });
        if (leavingPath && leaving?.id === current.id) auditUnder(current, leavingPath);
        // The old one leaves the "one active per member" index before the new one enters it.
        await tx.flush();
      }
      const registration = tx.create(MemberRegistration, { memberId: locked.id, communityId: community.id, status: R.PENDING, reportedAt: now, interests });
      auditUnder(registration, community.path);
      if (current) current.replacedById = registration.id;
      locked.residentialCommunityId = community.id;
      auditUnder(locked, community.path);
      await tx.flush();
      return registration;
    });
  }

  /** Staff of the community confirm a registration and place the member in one of its grids or buildings (一律编入). */
  async confirm(input: ConfirmRegistrationInput): Promise<MemberRegistration> {
    const registration = await this.load(input.id);
    const community = await organisationOfKind(this.ctx, registration.communityId, 'communityId', [OrganisationKind.COMMUNITY_PARTY_COMMITTEE]);
    const placement = await this.checkPlacement(community, input.placementId);
    const teams = await this.checkTeams(registration, input.volunteerTeamIds ?? null);
    return transition(this.ctx.em, MemberRegistration, registration, input.version, {
      machine: REGISTRATION_LIFECYCLE,
      to: R.CONFIRMED,
      stateOf: (r) => r.status,
      setState: (r, to) => (r.status = to),
      authorize: async (permission) => this.ctx.access.require(permission, { organisationId: community.id, organisationPath: community.path }),
      onTransition: (tx, locked) => {
        locked.placementId = placement.id;
        locked.decidedAt = this.ctx.clock.now();
        for (const team of teams) tx.create(VolunteerTeamMember, { teamId: team.id, registrationId: locked.id, memberId: locked.memberId });
      },
    });
  }

  /** Staff of the community reject a registration, with a reason the member sees. */
  async reject(id: string, version: number, reason: string): Promise<MemberRegistration> {
    const why = requiredText(reason, 'reason', LIMITS.reason, 'lines');
    const registration = await this.load(id);
    const target = await this.access.communityTarget(registration.communityId);
    return transition(this.ctx.em, MemberRegistration, registration, version, {
      machine: REGISTRATION_LIFECYCLE,
      to: R.REJECTED,
      stateOf: (r) => r.status,
      setState: (r, to) => (r.status = to),
      authorize: async (permission) => this.ctx.access.require(permission, target),
      onTransition: (_tx: EntityManager, locked) => {
        locked.rejectReason = why;
        locked.decidedAt = this.ctx.clock.now();
      },
    });
  }

  private async checkPlacement(community: OrganisationFacts, placementId: string): Promise<OrganisationFacts> {
    const placement = await organisationOfKind(this.ctx, placementId, 'input.placementId', PLACEMENT_KINDS);
    if (!isInSubtree(placement.path, community.path)) throw new BadUserInputError('OUT_OF_AREA', { field: 'input.placementId', id: placementId });
    return placement;
  }

  /** The teams named (each of the registration's community), or those matching the member's interests. */
  private async checkTeams(registration: MemberRegistration, ids: string[] | null): Promise<VolunteerTeam[]> {
    if (ids === null) {
      if (registration.interests.length === 0) return [];
      return this.ctx.em.find(VolunteerTeam, { communityId: registration.communityId, interest: { $in: registration.interests } });
    }
    if (ids.length > LIMITS.interests) throw new BadUserInputError('TOO_MANY', { field: 'input.volunteerTeamIds', max: LIMITS.interests });
    const unique = [...new Set(ids)];
    const teams = await this.ctx.em.find(VolunteerTeam, { id: { $in: unique.filter(isUuid) } });
    for (const [i, id] of unique.entries()) {
      const team = teams.find((t) => t.id === id);
      if (!team) throw new BadUserInputError('UNKNOWN_REFERENCE', { field: `input.volunteerTeamIds[${i}]`, id });
      if (team.communityId !== registration.communityId) throw new BadUserInputError('OUT_OF_AREA', { field: `input.volunteerTeamIds[${i}]`, id });
    }
    return teams;
  }

  private checkInterests(values: string[]): string[] {
    if (values.length > LIMITS.interests) throw new BadUserInputError('TOO_MANY', { field: 'input.interests', max: LIMITS.interests });
    return [...new Set(values.map((value, i) => requiredText(value, `input.interests[${i}]`, LIMITS.interest)))];
  }
}
