import { StateMachine } from '../../platform/state/state-machine';
import { ActionItemStatus as A } from './action-item.entity';
import { MeetingStatus as M } from './joint-meeting.entity';
import { MEETING_PERMISSIONS as P } from './meetings.permissions';

/** A meeting is closed as held, or cancelled, by the convening committee's staff; both are final. */
export const MEETING_LIFECYCLE = new StateMachine<M>('JointMeeting', {
  [M.SCHEDULED]: { [M.HELD]: P.run, [M.CANCELLED]: P.run },
  [M.HELD]: {},
  [M.CANCELLED]: {},
});

/**
 * An action item's life: its owner (or the convener's staff) starts and finishes it; the convener's
 * staff drop it, or reopen one reported done that is not (督办). A dropped item is final.
 */
export const ACTION_ITEM_LIFECYCLE = new StateMachine<A>('ActionItem', {
  [A.OPEN]: { [A.IN_PROGRESS]: P.work, [A.DONE]: P.work, [A.DROPPED]: P.supervise },
  [A.IN_PROGRESS]: { [A.DONE]: P.work, [A.DROPPED]: P.supervise },
  [A.DONE]: { [A.IN_PROGRESS]: P.supervise },
  [A.DROPPED]: {},
});
