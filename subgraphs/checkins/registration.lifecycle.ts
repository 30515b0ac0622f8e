import { StateMachine } from '../../platform/state/state-machine';
import { CHECKIN_PERMISSIONS as P } from './checkins.permissions';
import { LeaveStatus as L } from './leave-request.entity';
import { RegistrationStatus as R } from './member-registration.entity';

/**
 * A member's registration: the community's staff confirm (placing the member) or reject it; the
 * member's next report elsewhere (a move) closes it. Rejected and closed are final.
 */
export const REGISTRATION_LIFECYCLE = new StateMachine<R>('MemberRegistration', {
  [R.PENDING]: { [R.CONFIRMED]: P.confirmRegistration, [R.REJECTED]: P.confirmRegistration, [R.CLOSED]: P.register },
  [R.CONFIRMED]: { [R.CLOSED]: P.register },
  [R.REJECTED]: {},
  [R.CLOSED]: {},
});

/** A unit's registration: the same life, confirmed by the staff where it reported, closed by its report elsewhere. */
export const UNIT_REGISTRATION_LIFECYCLE = new StateMachine<R>('UnitRegistration', {
  [R.PENDING]: { [R.CONFIRMED]: P.confirmUnitRegistration, [R.REJECTED]: P.confirmUnitRegistration, [R.CLOSED]: P.registerUnit },
  [R.CONFIRMED]: { [R.CLOSED]: P.registerUnit },
  [R.REJECTED]: {},
  [R.CLOSED]: {},
});

/** Leave (请销假): the community's staff approve or reject; the member withdraws a request, or ends approved leave on return (销假). */
export const LEAVE_LIFECYCLE = new StateMachine<L>('LeaveRequest', {
  [L.REQUESTED]: { [L.APPROVED]: P.decideLeave, [L.REJECTED]: P.decideLeave, [L.CANCELLED]: P.requestLeave },
  [L.APPROVED]: { [L.CANCELLED]: P.requestLeave },
  [L.REJECTED]: {},
  [L.CANCELLED]: {},
});
