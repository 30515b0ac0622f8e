import { Arg, Args, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { Requires } from '../../platform/auth/requires';
import type { RequestContext } from '../../platform/context/request-context';
import { CommitteeSeat } from './committee-seat.entity';
import { SeatRole } from './public/seat-role';
import { AddCommitteeSeatInput, EndCommitteeSeatInput, SeatsArgs } from './committee-seat.inputs';
import { CommitteeSeatService } from './committee-seat.service';
import { Organisation } from './organisation.entity';
import { OrganisationService } from './organisation.service';
import { ORGANISATION_PERMISSIONS as P } from './organisations.permissions';

@Resolver(() => CommitteeSeat)
export class CommitteeSeatResolver {
  @FieldResolver(() => Organisation, { description: '所在委员会 (the committee that has the seat).' })
  committee(@Root() seat: CommitteeSeat, @Ctx() ctx: RequestContext) {
    return ctx.get(OrganisationService).findVisible(seat.committeeId);
  }

  @FieldResolver(() => Organisation, { nullable: true, description: '来源单位党组织 (the unit the holder comes from).' })
  holderUnit(@Root() seat: CommitteeSeat, @Ctx() ctx: RequestContext) {
    return seat.holderUnitId ? ctx.get(OrganisationService).findVisible(seat.holderUnitId) : null;
  }

  @FieldResolver(() => Boolean, { description: '是否兼职委员 (whether the seat is part-time, held by a leader from a unit).' })
  partTime(@Root() seat: CommitteeSeat) {
    return seat.role === SeatRole.PART_TIME_MEMBER;
  }

  @Mutation(() => CommitteeSeat, { description: '增设委员席位 (add a seat to a committee).' })
  @Requires(P.changeSeats)
  addCommitteeSeat(@Arg('input', { description: '输入 (input).' }) input: AddCommitteeSeatInput, @Ctx() ctx: RequestContext) {
    return ctx.get(CommitteeSeatService).add(input);
  }

  @Mutation(() => CommitteeSeat, { description: "结束委员任期 (end a seat's term; the seat is kept as history)." })
  @Requires(P.changeSeats)
  endCommitteeSeat(@Arg('input', { description: '输入 (input).' }) input: EndCommitteeSeatInput, @Ctx() ctx: RequestContext) {
    return ctx.get(CommitteeSeatService).end(input);
  }
}

/** `Organisation.seats`, kept with the seats it lists. */
@Resolver(() => Organisation)
export class OrganisationSeatsResolver {
  @FieldResolver(() => [CommitteeSeat], { description: '委员席位 (seats of this committee), by role then term start.' })
  seats(@Root() organisation: Organisation, @Args() args: SeatsArgs, @Ctx() ctx: RequestContext) {
    return ctx.get(CommitteeSeatService).seatsOf(organisation.id, args.includeEnded);
  }
}
