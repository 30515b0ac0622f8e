import { LoaderFamily } from '../../platform/loading/loaders';
import type { RequestContext } from '../../platform/context/request-context';
import { BadUserInputError, ConflictError, NotFoundError } from '../../platform/errors/errors';
import { assertVersion, checkLocalDate, isUuid, requiredText } from '../../platform/validation/validation';
import { CommitteeSeat } from './committee-seat.entity';
import { SeatRole } from './public/seat-role';
import type { AddCommitteeSeatInput, EndCommitteeSeatInput } from './committee-seat.inputs';
import { COMMITTEE_KINDS, OrganisationKind } from './public/organisation-kind';
import { OrganisationService } from './organisation.service';
import { ORGANISATION_PERMISSIONS as P } from './organisations.permissions';

const ROLE_ORDER = Object.values(SeatRole);

/** Committee seats: who sits on which committee; one instance per request. */
export class CommitteeSeatService {
  private readonly seats = new LoaderFamily((includeEnded: boolean, ids: readonly string[]) => this.loadSeats(includeEnded, ids));

  constructor(private readonly ctx: RequestContext) {}

  /** The seats of many committees in one query, ordered by role then term start. */
  seatsOf(committeeId: string, includeEnded: boolean): Promise<CommitteeSeat[]> {
    return this.seats.load(includeEnded, committeeId);
  }

  private async loadSeats(includeEnded: boolean, ids: readonly string[]): Promise<CommitteeSeat[][]> {
    const seats = await this.ctx.em.find(
      CommitteeSeat,
      { committeeId: { $in: [...ids] }, ...(includeEnded ? {} : { termEnd: null }) },
      { orderBy: { termStart: 'asc', id: 'asc' } },
    );
    seats.sort((a, b) => ROLE_ORDER.indexOf(a.role) - ROLE_ORDER.indexOf(b.role));
    return ids.map((id) => seats.filter((s) => s.committeeId === id));
  }

  async add(input: AddCommitteeSeatInput): Promise<CommitteeSeat> {
    const holderName = requiredText(input.holderName, 'input.holderName', 100);
    const termStart = checkLocalDate(input.termStart, 'input.termStart');
    const organisations = this.ctx.get(OrganisationService);
    const committee = await organisations.getById(input.committeeId, 'input.committeeId');
    await this.ctx.access.require(P.changeSeats, { organisationPath: committee.path });
    if (!COMMITTEE_KINDS.includes(committee.kind)) {
      throw new BadUserInputError('WRONG_KIND', { field: 'input.committeeId', expected: COMMITTEE_KINDS.join(' or ') });
    }
    if (input.role === SeatRole.PART_TIME_MEMBER && !input.holderUnitId) {
      throw new BadUserInputError('REQUIRED_FOR', { field: 'input.holderUnitId', of: SeatRole.PART_TIME_MEMBER });
    }
    if (input.holderUnitId) {
      const unit = await organisations.getById(input.holderUnitId, 'input.holderUnitId');
      if (unit.kind !== OrganisationKind.UNIT_PARTY_ORGANISATION) {
        throw new BadUserInputError('WRONG_KIND', { field: 'input.holderUnitId', expected: OrganisationKind.UNIT_PARTY_ORGANISATION });
      }
    }
    const seat = this.ctx.em.create(CommitteeSeat, {
      committeeId: committee.id,
      holderName,
      role: input.role,
      holderUnitId: input.holderUnitId ?? null,
      termStart,
    });
    await this.ctx.em.flush();
    return seat;
  }

  async end(input: EndCommitteeSeatInput): Promise<CommitteeSeat> {
    const termEnd = checkLocalDate(input.termEnd, 'input.termEnd');
    const seat = isUuid(input.id) ? await this.ctx.em.findOne(CommitteeSeat, { id: input.id }) : null;
    if (!seat) throw new NotFoundError('CommitteeSeat', input.id);
    const committee = await this.ctx.get(OrganisationService).getById(seat.committeeId);
    await this.ctx.access.require(P.changeSeats, { organisationPath: committee.path });
    assertVersion('CommitteeSeat', seat, input.version);
    if (seat.termEnd)
      throw new ConflictError('WRONG_STATE', {
        entity: 'CommitteeSeat',
        id: seat.id,
        state: `ENDED ${seat.termEnd}`,
        action: { en: 'end it again', zh: '再次结束' },
      });
    if (termEnd < seat.termStart) {
      throw new BadUserInputError('NOT_BEFORE', { field: 'input.termEnd', other: seat.termStart });
    }
    seat.termEnd = termEnd;
    await this.ctx.em.flush();
    return seat;
  }

  /** A seat the caller may read (one of its own district's committees), or null: for entity references. */
  async findVisible(id: string): Promise<CommitteeSeat | null> {
    const seat = isUuid(id) ? await this.ctx.em.findOne(CommitteeSeat, { id }) : null;
    return seat && (await this.ctx.get(OrganisationService).findVisible(seat.committeeId)) ? seat : null;
  }
}
