import type { RequestContext } from '../../platform/context/request-context';
import { ConflictError } from '../../platform/errors/errors';
import { fetchBatchedPages } from '../../platform/pagination/batched-page';
import { pageRequest, toConnection, type Connection } from '../../platform/pagination/connection';
import { defineListOrder } from '../../platform/pagination/list-order';
import { requiredText } from '../../platform/validation/validation';
import { OrganisationKind } from '../organisations/public';
import { CHECKIN_PERMISSIONS as P } from './checkins.permissions';
import { LIMITS, organisationOfKind } from './checkins.rules';
import { LeaveRequest } from './leave-request.entity';
import { MemberRegistration } from './member-registration.entity';
import type { Condition } from './member-access';
import type { CreateVolunteerTeamInput, LeaveListArgs, RegistrationListArgs } from './registration.inputs';
import { VolunteerTeam } from './volunteer-team.entity';

const REGISTRATION_ORDER = defineListOrder('MemberRegistration:reported', { reported_at: 'timestamp', id: 'uuid' }, (r: MemberRegistration) => [
  r.reportedAt.toISOString(),
  r.id,
]);
const LEAVE_ORDER = defineListOrder('LeaveRequest:starts', { starts_on: 'date', id: 'uuid' }, (l: LeaveRequest) => [l.startsOn, l.id]);

/** What the staff of a community work through: its registrations and leave requests, and its volunteer teams. */
export class RegistrationListService {
  constructor(private readonly ctx: RequestContext) {}

  /** A community's registrations, oldest report first (the queue to confirm). */
  async registrations(args: RegistrationListArgs): Promise<Connection<MemberRegistration>> {
    this.ctx.access.requireRole(P.readRegistrations);
    const page = pageRequest(args, this.ctx.settings.maxPageSize, REGISTRATION_ORDER);
    const community = await this.readableCommunity(args.filter.communityId, 'filter.communityId');
    const where: Condition[] = [{ sql: 'o.community_id = ?', params: [community] }];
    if (args.filter.status) where.push({ sql: 'o.status = ?', params: [args.filter.status] });
    const { rows, total } = (
      await fetchBatchedPages<MemberRegistration>(this.ctx.em, { entity: MemberRegistration, keys: ['*'], join: 'true', where, page })
    ).get('*')!;
    return toConnection(rows, page, total);
  }

  /** A community's leave requests, by first day. */
  async leaveRequests(args: LeaveListArgs): Promise<Connection<LeaveRequest>> {
    this.ctx.access.requireRole(P.readRegistrations);
    const page = pageRequest(args, this.ctx.settings.maxPageSize, LEAVE_ORDER);
    const community = await this.readableCommunity(args.filter.communityId, 'filter.communityId');
    const where: Condition[] = [{ sql: 'o.community_id = ?', params: [community] }];
    if (args.filter.status) where.push({ sql: 'o.status = ?', params: [args.filter.status] });
    const { rows, total } = (await fetchBatchedPages<LeaveRequest>(this.ctx.em, { entity: LeaveRequest, keys: ['*'], join: 'true', where, page })).get('*')!;
    return toConnection(rows, page, total);
  }

  /** A community's volunteer teams, by name. */
  async volunteerTeams(communityId: string): Promise<VolunteerTeam[]> {
    this.ctx.access.requireRole(P.readVolunteerTeams);
    const community = await organisationOfKind(this.ctx, communityId, 'communityId', [OrganisationKind.COMMUNITY_PARTY_COMMITTEE]);
    await this.ctx.access.require(P.readVolunteerTeams, { organisationId: community.id, organisationPath: community.path });
    return this.ctx.em.find(VolunteerTeam, { communityId: community.id }, { orderBy: { name: 'asc', id: 'asc' } });
  }

  async createVolunteerTeam(input: CreateVolunteerTeamInput): Promise<VolunteerTeam> {
    const name = requiredText(input.name, 'input.name', LIMITS.name);
    const interest = requiredText(input.interest, 'input.interest', LIMITS.interest);
    const community = await organisationOfKind(this.ctx, input.communityId, 'input.communityId', [OrganisationKind.COMMUNITY_PARTY_COMMITTEE]);
    await this.ctx.access.require(P.manageVolunteerTeams, { organisationId: community.id, organisationPath: community.path });
    if ((await this.ctx.em.count(VolunteerTeam, { communityId: community.id, name })) > 0) throw new ConflictError('DUPLICATE', { field: 'input.name' });
    const team = this.ctx.em.create(VolunteerTeam, { communityId: community.id, name, interest });
    await this.ctx.em.flush();
    return team;
  }

  private async readableCommunity(id: string, field: string): Promise<string> {
    const community = await organisationOfKind(this.ctx, id, field, [OrganisationKind.COMMUNITY_PARTY_COMMITTEE]);
    await this.ctx.access.require(P.readRegistrations, { organisationId: community.id, organisationPath: community.path });
    return community.id;
  }
}
