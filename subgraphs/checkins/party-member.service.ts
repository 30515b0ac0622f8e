import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { RequestContext } from '../../platform/context/request-context';
import { BadUserInputError, ConflictError, NotFoundError } from '../../platform/errors/errors';
import { byIdLoader } from '../../platform/loading/loaders';
import { changeWithLock } from '../../platform/orm/change-with-lock';
import { fetchBatchedPages, qualifiedTable } from '../../platform/pagination/batched-page';
import { pageRequest, toConnection, type Connection } from '../../platform/pagination/connection';
import { defineListOrder } from '../../platform/pagination/list-order';
import { checkLocalDate, isUuid, optionalText, requiredText } from '../../platform/validation/validation';
import { OrganisationKind } from '../organisations/public';
import { CHECKIN_PERMISSIONS as P } from './checkins.permissions';
import { checkPhone, LIMITS, organisationOfKind } from './checkins.rules';
import { checkIdentityNumber } from './identity-number';
import { MemberAccess, type Condition } from './member-access';
import { MemberRegistration, RegistrationStatus } from './member-registration.entity';
import { PartyMember } from './party-member.entity';
import type { EnterPartyMemberInput, PartyMemberFilter, PartyMemberListArgs, UpdatePartyMemberInput } from './party-member.inputs';

/** Members by name, then id (code-point order of the name: stable on PostgreSQL and PGlite alike). */
export const MEMBER_ORDER = defineListOrder('PartyMember:name', { name: 'text', id: 'uuid' }, (m: PartyMember) => [m.name, m.id]);

/** Entering, correcting and reading party members; one instance per request. */
export class PartyMemberService {
  private readonly byId = byIdLoader((ids) => this.ctx.em.find(PartyMember, { id: { $in: ids } }), isUuid);

  constructor(private readonly ctx: RequestContext) {}

  private get access(): MemberAccess {
    return this.ctx.get(MemberAccess);
  }

  /** A member by id, not yet checked against the caller: NOT_FOUND when there is none. */
  async load(id: string): Promise<PartyMember> {
    const member = await this.byId.load(id);
    if (!member) throw new NotFoundError('PartyMember', id);
    return member;
  }

  /** A member the caller asked for by id: null when there is none, FORBIDDEN when it is not theirs to read. */
  async read(id: string): Promise<PartyMember | null> {
    this.ctx.access.requireRole(P.readMember);
    const member = await this.byId.load(id);
    if (member && !(await this.access.mayRead(member))) throw this.access.readRefusal();
    return member;
  }

  /** A member the caller may read, or null (nested fields and entity references leak nothing). */
  async findVisible(id: string): Promise<PartyMember | null> {
    const member = await this.byId.load(id);
    return member && (await this.access.mayRead(member)) ? member : null;
  }

  /** The member's identity number in clear (the field is behind `@Personal`, which masks it for others). */
  async identityNumberOf(member: PartyMember): Promise<string> {
    if (!member.identityNumberCipher) await this.ctx.em.populate(member, ['identityNumberCipher']);
    return this.access.cipher.decrypt(member.identityNumberCipher);
  }

  /** Enters a member: by the member's unit, or by staff of the community where the member lives. */
  async enter(input: EnterPartyMemberInput): Promise<PartyMember> {
    const name = requiredText(input.name, 'input.name', LIMITS.name);
    const identityNumber = checkIdentityNumber(input.identityNumber, 'input.identityNumber', this.ctx.today);
    const phone = input.phone?.trim() ? checkPhone(input.phone, 'input.phone') : null;
    const homeAddress = optionalText(input.homeAddress, 'input.homeAddress', LIMITS.address);
    const joinedPartyOn = input.joinedPartyOn ? this.checkJoinedOn(input.joinedPartyOn, 'input.joinedPartyOn') : null;
    const employer = await organisationOfKind(this.ctx, input.employerId, 'input.employerId', [OrganisationKind.UNIT_PARTY_ORGANISATION]);
    const community = await organisationOfKind(this.ctx, input.residentialCommunityId, 'input.residentialCommunityId', [
      OrganisationKind.COMMUNITY_PARTY_COMMITTEE,
    ]);
    await this.ctx.access.require(P.manageMember, { organisationId: employer.id, organisationPath: community.path });
    const cipher = this.access.cipher;
    const identityNumberHash = cipher.hash(identityNumber);
    if ((await this.ctx.em.count(PartyMember, { identityNumberHash })) > 0) throw new ConflictError('DUPLICATE', { field: 'input.identityNumber' });
    const member = this.ctx.em.create(PartyMember, {
      name,
      phone,
      homeAddress,
      joinedPartyOn,
      identityNumberCipher: cipher.encrypt(identityNumber),
      identityNumberHash,
      employerId: employer.id,
      residentialCommunityId: community.id,
    });
    try {
      await this.ctx.em.flush();
    } catch (error) {
      if (error instanceof UniqueConstraintViolationException) throw new ConflictError('DUPLICATE', { field: 'input.identityNumber' });
      throw error;
    }
    return member;
  }

  /** Corrects a member's name and contact data: the member itself, its unit, or staff where it lives. */
  async update(input: UpdatePartyMemberInput): Promise<PartyMember> {
    const member = await this.load(input.id);
    await this.access.requireOver(member, P.updateOwnMember, P.manageMember);
    const name = input.name === undefined || input.name === null ? undefined : requiredText(input.name, 'input.name', LIMITS.name);
    const phone = input.phone === undefined || input.phone === null ? undefined : input.phone.trim() ? checkPhone(input.phone, 'input.phone') : null;
    const homeAddress =
      input.homeAddress === undefined || input.homeAddress === null ? undefined : optionalText(input.homeAddress, 'input.homeAddress', LIMITS.address);
    if (name === undefined && phone === undefined && homeAddress === undefined) throw new BadUserInputError('NOTHING_TO_CHANGE', { field: 'input' });
    return changeWithLock(this.ctx.em, PartyMember, member.id, input.version, (_em, locked) => {
      if (name !== undefined) locked.name = name;
      if (phone !== undefined) locked.phone = phone;
      if (homeAddress !== undefined) locked.homeAddress = homeAddress;
      return locked;
    });
  }

  /** The members the caller may read, filtered, by name. */
  async list(args: PartyMemberListArgs): Promise<Connection<PartyMember>> {
    this.ctx.access.requireRole(P.readMember);
    const page = pageRequest(args, this.ctx.settings.maxPageSize, MEMBER_ORDER);
    const where = this.filterConditions(args.filter ?? {});
    const filters = [...where];
    where.push(...(await this.access.readableMembers(() => this.communitiesAmong(filters))));
    const pages = await fetchBatchedPages<PartyMember>(this.ctx.em, { entity: PartyMember, keys: ['*'], join: 'true', where, page });
    const { rows, total } = pages.get('*')!;
    return toConnection(rows, page, total);
  }

  private filterConditions(filter: PartyMemberFilter): Condition[] {
    const where: Condition[] = [];
    const registrations = qualifiedTable(this.ctx.em, MemberRegistration);
    if (filter.communityId) where.push({ sql: 'o.residential_community_id = ?', params: [this.uuidOrRefuse(filter.communityId, 'filter.communityId')] });
    if (filter.employerId) where.push({ sql: 'o.employer_id = ?', params: [this.uuidOrRefuse(filter.employerId, 'filter.employerId')] });
    if (filter.registered === true) {
      where.push({ sql: `exists (select 1 from ${registrations} r where r.member_id = o.id and r.status = ?)`, params: [RegistrationStatus.CONFIRMED] });
    } else if (filter.registered === false) {
      where.push({
        sql: `not exists (select 1 from ${registrations} r where r.member_id = o.id and r.status in (?, ?))`,
        params: [RegistrationStatus.PENDING, RegistrationStatus.CONFIRMED],
      });
    }
    return where;
  }

  /** The communities the members matching `where` live in (what a subtree reach is checked against). */
  private async communitiesAmong(where: Condition[]): Promise<string[]> {
    const sql = where.map((c) => `(${c.sql})`).join(' and ');
    const rows = await this.ctx.em.execute<Array<{ id: string }>>(
      `select distinct o.residential_community_id as id from ${qualifiedTable(this.ctx.em, PartyMember)} o${sql ? ` where ${sql}` : ''}`,
      where.flatMap((c) => c.params ?? []),
    );
    return rows.map((r) => r.id);
  }

  private uuidOrRefuse(id: string, field: string): string {
    if (!isUuid(id)) throw new BadUserInputError('UNKNOWN_REFERENCE', { field, id });
    return id;
  }

  private checkJoinedOn(value: string, field: string): string {
    const date = checkLocalDate(value, field);
    if (date > this.ctx.today) throw new BadUserInputError('NOT_AFTER', { field, other: 'today' });
    return date;
  }
}
