import { shiftDate } from './city.model';
import type { Member } from './checkins.members';
import type { Claim, Wish } from './checkins.service';
import { spread, type Random } from './random';
import type { Scale } from './seed.types';

/** Service records (服务记录) over the year before `asOf`. */
export const SERVICE_RECORDS: Record<Scale, number> = { tiny: 8_000, city: 2_000_000 };

const ACTIVITIES = [
  '社区清洁日',
  '垃圾分类宣传',
  '敬老院慰问',
  '防诈骗宣讲',
  '义务理发',
  '义诊进社区',
  '文明交通劝导',
  '关爱留守儿童',
  '消防安全检查',
  '植树护绿',
];

/** One service record, before it becomes a row of `service_record` and one of `points_entry`. */
export interface ServiceRecord {
  id: string;
  member: Member;
  kind: 'POST' | 'WISH' | 'ACTIVITY';
  postId: string | null;
  wishId: string | null;
  activity: string | null;
  day: string;
  /** Check-in as an ISO instant (UTC; the service day is its date in China). */
  checkInAt: string;
  checkOutAt: string;
  minutes: number;
  method: 'CODE' | 'STAFF';
}

/**
 * How much service the year holds: more at weekends, a peak in March (学雷锋月) and in the summer
 * holidays, a trough at the Spring Festival. Cumulative weights over the 365 days before `asOf`.
 */
export class ServiceYear {
  readonly days: string[] = [];
  private readonly cumulative: number[] = [];

  constructor(asOf: string) {
    let total = 0;
    for (let i = 365; i >= 1; i--) {
      const day = shiftDate(asOf, -i);
      const weekday = new Date(`${day}T00:00:00Z`).getUTCDay();
      const month = Number(day.slice(5, 7));
      total += (weekday === 0 || weekday === 6 ? 1.8 : 1) * ([0.8, 0.55, 1.6, 1.1, 1.1, 1, 1.2, 1.2, 1, 1.1, 1, 0.9][month - 1] ?? 1);
      this.days.push(day);
      this.cumulative.push(total);
    }
  }

  /** The index of the first day after `day` (0 when `day` is before the year). */
  firstAfter(day: string): number {
    let lo = 0;
    let hi = this.days.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.days[mid] <= day) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** A day index in [from, days) drawn by the year's weights. */
  draw(r: Random, from: number): number {
    const base = from ? this.cumulative[from - 1] : 0;
    const at = base + r.next() * (this.cumulative[this.cumulative.length - 1] - base);
    let lo = from;
    let hi = this.days.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.cumulative[mid] <= at) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}

/** Who serves, how often (a few very active members, many occasional ones), and the post each holds. */
export interface RecordPlan {
  year: ServiceYear;
  servers: Member[];
  counts: Int32Array;
  claims: Map<Member, Claim>;
  wishes: Wish[];
  total: number;
}

export function planRecords(members: Member[], claims: Claim[], wishes: Wish[], scale: Scale, asOf: string, r: Random): RecordPlan {
  const year = new ServiceYear(asOf);
  const servers = members.filter((m) => m.active && year.firstAfter(m.active.decidedOn!) < year.days.length);
  const level = servers.map(() =>
    r.weighted([
      [0.2, 25],
      [0.6, 30],
      [1.2, 25],
      [2.5, 15],
      [5, 5],
    ] as const),
  );
  // A wish's record needs its member confirmed in the community by the day it was done.
  const wished = wishes.filter((w) => w.doneOn && w.acceptedByMember && w.acceptedByMember.active!.decidedOn! < w.doneOn);
  const spreadCounts = spread(r, Math.max(0, SERVICE_RECORDS[scale] - wished.length), servers.length, 0, (i) => level[i]);
  const counts = new Int32Array(servers.length);
  servers.forEach((member, i) => {
    const available = year.days.length - year.firstAfter(member.active!.decidedOn!);
    counts[i] = Math.min(spreadCounts[i], available);
  });
  const total = counts.reduce((a, b) => a + b, 0) + wished.length;
  return { year, servers, counts, claims: new Map(claims.map((c) => [c.member, c])), wishes: wished, total };
}

/**
 * The year's records, generated afresh on each pass (the same ones, from the same stream), so that 2
 * million of them are never held at once: each member serves on distinct days after their
 * registration was confirmed, at their post while they hold it or at the community's activities;
 * whoever completed a wish has one record for it on that day.
 */
export function* serviceRecords(plan: RecordPlan, r: Random): Generator<ServiceRecord> {
  for (let i = 0; i < plan.servers.length; i++) {
    const member = plan.servers[i];
    const from = plan.year.firstAfter(member.active!.decidedOn!);
    const claim = plan.claims.get(member);
    const days = new Set<number>();
    while (days.size < plan.counts[i]) days.add(plan.year.draw(r, from));
    for (const index of [...days].sort((a, b) => a - b)) {
      const day = plan.year.days[index];
      const atPost = claim && claim.claimedOn < day && (!claim.releasedOn || day < claim.releasedOn) && r.chance(0.6);
      const activity = atPost ? null : ACTIVITIES[r.int(0, ACTIVITIES.length - 1)];
      yield record(r, member, day, atPost ? 'POST' : 'ACTIVITY', atPost ? claim.post.id : null, null, activity);
    }
  }
  for (const wish of plan.wishes) yield record(r, wish.acceptedByMember!, wish.doneOn!, 'WISH', null, wish.id, null);
}

function record(r: Random, member: Member, day: string, kind: ServiceRecord['kind'], postId: string | null, wishId: string | null, activity: string | null) {
  // Between 08:00 and 16:30 in China (00:00 to 08:30 UTC), half an hour to four hours.
  const start = r.int(0, 17) * 30;
  const minutes = r.weighted([
    [30, 10],
    [60, 30],
    [90, 20],
    [120, 25],
    [180, 10],
    [240, 5],
  ] as const);
  const instant = (m: number) => new Date(Date.parse(`${day}T00:00:00Z`) + m * 60_000).toISOString();
  return {
    id: r.uuid(),
    member,
    kind,
    postId,
    wishId,
    activity,
    day,
    checkInAt: instant(start),
    checkOutAt: instant(start + minutes),
    minutes,
    method: r.chance(0.7) ? 'CODE' : 'STAFF',
  } satisfies ServiceRecord;
}
