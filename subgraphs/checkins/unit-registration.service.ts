import { LockMode, UniqueConstraintViolationException } from '@mikro-orm/core';
import type { RequestContext } from '../../platform/context/request-context';
import { BadUserInputError, ConflictError, NotFoundError } from '../../platform/errors/errors';
import { byIdLoader, groupedLoader } from '../../platform/loading/loaders';
import { transition } from '../../platform/state/transition';
import { isUuid, requiredText } from '../../platform/validation/validation';
import { isInSubtree, OrganisationKind } from '../organisations/public';
import { auditUnder } from '../../platform/audit/audit.subscriber';
import { CHECKIN_PERMISSIONS as P } from './checkins.permissions';
import { checkPhone, LIMITS, organisationOfKind, UNIT_HOST_KINDS } from './checkins.rules';
import { MemberAccess } from './member-access';
import { ACTIVE_REGISTRATION_STATUSES, RegistrationStatus as R } from './member-registration.entity';
import { UNIT_REGISTRATION_LIFECYCLE } from './registration.lifecycle';
import type { RegisterUnitInput } from './unit-registration.inputs';
import { UnitRegistration } from './unit-registration.entity';

/** Units' registrations (单位报到): report, confirm, reject; one instance per request. */
export class UnitRegistrationService {
  private readonly byId = byIdLoader((ids) => this.ctx.em.find(UnitRegistration, { id: { $in: ids } }), isUuid);
  /** Per organisation: the registrations it made (a unit) or received (a community or street). */
  private readonly ofOrganisation = groupedLoader(
    async (ids: readonly string[]) => {
      const rows = await this.ctx.em.find(
        UnitRegistration,
        { $or: [{ unitId: { $in: [...ids] } }, { hostId: { $in: [...ids] } }] },
        { orderBy: { reportedAt: 'desc', id: 'desc' } },
      );
      return rows.flatMap((r) => [r.unitId, r.hostId].filter((id) => ids.includes(id)).map((organisationId) => ({ organisationId, registration: r })));
    },
    (row) => row.organisationId,
  );

  constructor(private readonly ctx: RequestContext) {}

  async load(id: string): Promise<UnitRegistration> {
    const registration = await this.byId.load(id);
    if (!registration) throw new NotFoundError('UnitRegistration', id);
    return registration;
  }

  /** Readable by the unit itself and by whoever reaches where it reported. */
  async mayRead(registration: UnitRegistration): Promise<boolean> {
    if (await this.ctx.access.allows(P.readUnitRegistrations, { organisationId: registration.unitId })) return true;
    return this.ctx.access.allows(P.readUnitRegistrations, await this.ctx.get(MemberAccess).communityTarget(registration.hostId));
  }

  async findVisible(id: string): Promise<UnitRegistration | null> {
    const registration = await this.byId.load(id);
    return registration && (await this.mayRead(registration)) ? registration : null;
  }

  /** The registrations an organisation made or received that the caller may read, newest first (`Organisation.unitRegistrations`). */
  async ofOrganisationId(organisationId: string): Promise<UnitRegistration[]> {
    if (!isUuid(organisationId)) return [];
    const all = ((await this.ofOrganisation.load(organisationId)) as Array<{ registration: UnitRegistration }>).map((row) => row.registration);
    const readable = await Promise.all(all.map((r) => this.mayRead(r)));
    return all.filter((_, i) => readable[i]);
  }

  /** The unit reports where it sits; a report elsewhere closes its current registration (ALREADY_DONE for the same place). */
  async register(input: RegisterUnitInput): Promise<UnitRegistration> {
    try {
      return await this.report(input);
    } catch (error) {
      // Two first reports of one unit at once: the "one active per unit" index lets one in.
      if (error instanceof UniqueConstraintViolationException) throw new ConflictError('DUPLICATE', { field: 'input.unitId' });
      throw error;
    }
  }

  private async report(input: RegisterUnitInput): Promise<UnitRegistration> {
    const unit = await organisationOfKind(this.ctx, input.unitId, 'input.unitId', [OrganisationKind.UNIT_PARTY_ORGANISATION]);
    await this.ctx.access.require(P.registerUnit, { organisationId: unit.id, organisationPath: unit.path });
    const host = await organisationOfKind(this.ctx, input.hostId, 'input.hostId', UNIT_HOST_KINDS);
    if (!isInSubtree(unit.path, host.path)) throw new BadUserInputError('NOT_IN_AREA', { field: 'input.hostId' });
    const contactName = requiredText(input.contactName, 'input.contactName', LIMITS.name);
    const contactPhone = checkPhone(input.contactPhone, 'input.contactPhone');
    const offers = input.offers ?? [];
    if (offers.length > LIMITS.offers) throw new BadUserInputError('TOO_MANY', { field: 'input.offers', max: LIMITS.offers });
    const checkedOffers = offers.map((offer, i) => requiredText(offer, `input.offers[${i}]`, LIMITS.offer));
    return this.ctx.em.transactional(async (tx) => {
      const [current] = await tx.find(
        UnitRegistration,
        { unitId: unit.id, status: { $in: [...ACTIVE_REGISTRATION_STATUSES] } },
        { lockMode: LockMode.PESSIMISTIC_WRITE },
      );
      if (current?.hostId === host.id) throw new ConflictError('ALREADY_DONE', { entity: 'UnitRegistration', id: current.id, action: 'report here' });
      const now = this.ctx.clock.now();
      if (current) {
        UNIT_REGISTRATION_LIFECYCLE.assertTransition(current.id, current.status, R.CLOSED);
        Object.assign(current, { status: R.CLOSED, closedAt: now });
        await tx.flush();
      }
      const registration = tx.create(UnitRegistration, {
        unitId: unit.id,
        hostId: host.id,
        contactName,
        contactPhone,
        offers: checkedOffers,
        status: R.PENDING,
        reportedAt: now,
      });
      auditUnder(registration, host.path);
      await tx.flush();
      return registration;
    });
  }

  async confirm(id: string, version: number): Promise<UnitRegistration> {
    return this.decide(id, version, R.CONFIRMED, null);
  }

  async reject(id: string, version: number, reason: string): Promise<UnitRegistration> {
    return this.decide(id, version, R.REJECTED, requiredText(reason, 'reason', LIMITS.reason, 'lines'));
  }

  private async decide(id: string, version: number, to: R.CONFIRMED | R.REJECTED, reason: string | null): Promise<UnitRegistration> {
    const registration = await this.load(id);
    const target = await this.ctx.get(MemberAccess).communityTarget(registration.hostId);
    return transition(this.ctx.em, UnitRegistration, registration, version, {
      machine: UNIT_REGISTRATION_LIFECYCLE,
      to,
      stateOf: (r) => r.status,
      setState: (r, state) => (r.status = state),
      authorize: async (permission) => this.ctx.access.require(permission, target),
      onTransition: (_tx, locked) => {
        locked.decidedAt = this.ctx.clock.now();
        locked.rejectReason = reason;
      },
    });
  }
}
