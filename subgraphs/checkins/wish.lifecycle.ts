import { StateMachine } from '../../platform/state/state-machine';
import { CHECKIN_PERMISSIONS as P } from './checkins.permissions';
import { WishStatus as W } from './wish.entity';

/**
 * A wish's life, the "五单" of the practice: staff post it (群众点单) and dispatch it (社区派单); the
 * member, unit or team accepts it (接单), or a member or unit claims a posted one directly (认领);
 * whoever accepted it (or staff) reports it done; staff record the resident's rating (群众评单).
 * Staff may withdraw it until it is done. Rated and withdrawn are final.
 */
export const WISH_LIFECYCLE = new StateMachine<W>('Wish', {
  [W.POSTED]: { [W.DISPATCHED]: P.dispatchWish, [W.ACCEPTED]: P.acceptWish, [W.WITHDRAWN]: P.withdrawWish },
  [W.DISPATCHED]: { [W.ACCEPTED]: P.acceptWish, [W.WITHDRAWN]: P.withdrawWish },
  [W.ACCEPTED]: { [W.DONE]: P.completeWish, [W.WITHDRAWN]: P.withdrawWish },
  [W.DONE]: { [W.RATED]: P.rateWish },
  [W.RATED]: {},
  [W.WITHDRAWN]: {},
});
