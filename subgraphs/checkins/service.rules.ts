import { WishStatus } from './wish.entity';

/** Limits of posts, wishes and service records, in one place. */
export const SERVICE_LIMITS = {
  category: 50,
  title: 100,
  wishTitle: 200,
  description: 1000,
  wishDescription: 2000,
  residentName: 100,
  residentContact: 100,
  comment: 500,
  reason: 500,
  activity: 200,
  /** A community post for a few hundred members at most. */
  capacity: 500,
  /** recordServices takes at most this many records at once. */
  batch: 5_000,
  /** Service longer than a day is refused. */
  serviceMinutes: 24 * 60,
  rankingSize: 100,
  pointsAdjustment: 1_000,
} as const;

/**
 * How many days each step of a wish may take (its deadline is set when it enters the step): staff
 * dispatch within 3 days, the assignee accepts within 2, the resident's rating is recorded within 7
 * days of completion. Completion is due on the wish's own `dueOn`.
 */
export const WISH_STEP_DAYS: Partial<Record<WishStatus, number>> = {
  [WishStatus.POSTED]: 3,
  [WishStatus.DISPATCHED]: 2,
  [WishStatus.DONE]: 7,
};

/** A wish is due within this many days of posting when staff give no date. */
export const DEFAULT_WISH_DAYS = 14;
