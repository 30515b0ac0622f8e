import { shiftDate, type City, type CityOrganisation } from './city.model';
import { groupBy, type Member } from './checkins.members';
import type { Team, UnitRegistration } from './checkins.teams';
import { personName } from './names';
import { spread, type Random } from './random';
import type { Scale } from './seed.types';

/** Residents' wishes (微心愿) over the year before `asOf`. */
export const WISHES: Record<Scale, number> = { tiny: 300, city: 30_000 };

const POSTS = [
  { category: '政策宣传', title: '政策宣传员', description: '每月两次在小区宣传栏和楼道宣讲惠民政策', capacity: 5 },
  { category: '楼栋服务', title: '楼栋长助理', description: '协助楼栋长走访独居老人、收集居民诉求', capacity: 3 },
  { category: '文明创建', title: '文明劝导员', description: '周末在小区门口劝导文明养犬、垃圾分类', capacity: 4 },
  { category: '平安建设', title: '平安巡逻员', description: '晚间在小区及周边巡逻，排查安全隐患', capacity: 8 },
  { category: '矛盾调解', title: '邻里调解员', description: '参与调解邻里纠纷和物业矛盾', capacity: 3 },
  { category: '关爱服务', title: '关爱帮扶员', description: '结对帮扶空巢老人、困难家庭', capacity: 6 },
  { category: '环境整治', title: '环境监督员', description: '督促楼道杂物清理和垃圾分类投放', capacity: 5 },
];

const WISH_TEMPLATES: ReadonlyArray<readonly [string, string]> = [
  ['帮独居老人修理轮椅', '轮椅刹车失灵，老人出行不便'],
  ['为困难家庭孩子辅导功课', '孩子上初二，数学跟不上'],
  ['代购降压药', '老人行动不便，每月需到医院取药'],
  ['更换楼道灯泡', '单元楼道灯坏了一个月'],
  ['陪同就医', '需到区医院复查，家人不在身边'],
  ['清理阳台杂物', '老人搬不动旧家具'],
  ['安装扶手', '卫生间需要安装防滑扶手'],
  ['教老人使用智能手机', '想学会视频通话和扫码'],
  ['修理漏水水龙头', '厨房水龙头漏水多日'],
  ['送米送油', '低保户家中生活困难'],
];

export interface Post {
  id: string;
  community: CityOrganisation;
  template: (typeof POSTS)[number];
  createdOn: string;
  closedOn: string | null;
  claims: Claim[];
}

export interface Claim {
  id: string;
  post: Post;
  member: Member;
  claimedOn: string;
  releasedOn: string | null;
}

export type WishStatus = 'POSTED' | 'DISPATCHED' | 'ACCEPTED' | 'DONE' | 'RATED' | 'WITHDRAWN';

export interface Wish {
  id: string;
  community: CityOrganisation;
  title: string;
  description: string;
  resident: string;
  contact: string;
  status: WishStatus;
  postedOn: string;
  dueOn: string;
  stepDueOn: string;
  assigneeKind: 'MEMBER' | 'UNIT' | 'TEAM' | null;
  assigneeId: string | null;
  acceptedByMember: Member | null;
  acceptedByUnit: CityOrganisation | null;
  dispatchedOn: string | null;
  acceptedOn: string | null;
  doneOn: string | null;
  rating: number | null;
  ratedOn: string | null;
  withdrawnOn: string | null;
}

/** Each community offers three to six posts; confirmed members claim some (each at most one), a few later release theirs. */
export function planPosts(city: City, members: Member[], asOf: string, r: Random): Post[] {
  const active = groupBy(
    members.filter((m) => m.active),
    (m) => m.community.id,
  );
  const posts: Post[] = [];
  for (const community of city.communities) {
    const candidates = r.shuffle(active.get(community.id) ?? []);
    for (const template of r.shuffle(POSTS).slice(0, r.int(3, 6))) {
      const post: Post = { id: r.uuid(), community, template, createdOn: shiftDate(asOf, -r.int(380, 800)), closedOn: null, claims: [] };
      for (let k = r.int(1, template.capacity); k > 0 && candidates.length; k--) {
        const member = candidates.pop()!;
        const from = member.active!.decidedOn! > post.createdOn ? member.active!.decidedOn! : post.createdOn;
        const claimedOn = shiftDate(from, r.int(1, 60));
        if (claimedOn >= asOf) continue;
        const span = Math.round((Date.parse(asOf) - Date.parse(claimedOn)) / 86_400_000);
        const releasedOn = r.chance(0.15) && span > 2 ? shiftDate(claimedOn, r.int(1, span - 1)) : null;
        post.claims.push({ id: r.uuid(), post, member, claimedOn, releasedOn });
      }
      if (r.chance(0.03) && post.claims.every((c) => c.releasedOn)) post.closedOn = shiftDate(asOf, -r.int(1, 30));
      posts.push(post);
    }
  }
  return posts;
}

interface Helpers {
  members: Map<string, Member[]>;
  units: Map<string, CityOrganisation[]>;
  teams: Map<string, Team[]>;
}

/**
 * Wishes over the year before `asOf`: the older, the further along (most old ones rated, some
 * withdrawn, a few still open and so overdue); accepted by members, teams or units of the community.
 */
export function planWishes(city: City, members: Member[], units: UnitRegistration[], teams: Team[], scale: Scale, asOf: string, r: Random): Wish[] {
  const helpers: Helpers = {
    members: groupBy(
      members.filter((m) => m.active),
      (m) => m.community.id,
    ),
    units: groupBy(
      units.filter((u) => u.status === 'CONFIRMED' && u.host.kind === 'COMMUNITY_PARTY_COMMITTEE').map((u) => u.unit),
      (u) => u.parent!.id,
    ),
    teams: groupBy(
      teams.filter((t) => t.members.length),
      (t) => t.community.id,
    ),
  };
  const wishes: Wish[] = [];
  const counts = spread(r, WISHES[scale], city.communities.length, 1);
  city.communities.forEach((community, c) => {
    for (let k = 0; k < counts[c]; k++) wishes.push(planWish(community, helpers, asOf, r));
  });
  return wishes;
}

const STEPS: WishStatus[] = ['POSTED', 'DISPATCHED', 'ACCEPTED', 'DONE', 'RATED'];

function statusByAge(age: number, r: Random): WishStatus {
  if (age < 3)
    return r.weighted<WishStatus>([
      ['POSTED', 50],
      ['DISPATCHED', 25],
      ['ACCEPTED', 20],
      ['WITHDRAWN', 5],
    ]);
  if (age < 14)
    return r.weighted<WishStatus>([
      ['POSTED', 10],
      ['DISPATCHED', 15],
      ['ACCEPTED', 35],
      ['DONE', 25],
      ['RATED', 10],
      ['WITHDRAWN', 5],
    ]);
  return r.weighted<WishStatus>([
    ['POSTED', 2],
    ['DISPATCHED', 2],
    ['ACCEPTED', 4],
    ['DONE', 6],
    ['RATED', 80],
    ['WITHDRAWN', 6],
  ]);
}

function planWish(community: CityOrganisation, helpers: Helpers, asOf: string, r: Random): Wish {
  const age = r.int(1, 365);
  const postedOn = shiftDate(asOf, -age);
  const lastDay = shiftDate(asOf, -1);
  const step = (from: string, min: number, max: number) => {
    const day = shiftDate(from, r.int(min, max));
    return day > lastDay ? lastDay : day;
  };
  const [title, description] = r.pick(WISH_TEMPLATES);
  const dueOn = shiftDate(postedOn, r.chance(0.7) ? 14 : r.int(7, 30));
  const status = statusByAge(age, r);
  const reached = status === 'WITHDRAWN' ? r.int(0, 2) : STEPS.indexOf(status);
  const viaDispatch = r.chance(0.7);
  // Who accepted it: a confirmed member who had reported before it was posted, a volunteer team, or a unit sitting in the community.
  const eligible = (helpers.members.get(community.id) ?? []).filter((m) => m.active!.decidedOn! < postedOn);
  const kind = r.weighted([
    ['MEMBER', eligible.length ? 60 : 0],
    ['TEAM', helpers.teams.get(community.id)?.length ? 15 : 0],
    ['UNIT', helpers.units.get(community.id)?.length ? 25 : 0],
  ] as const);
  const wish: Wish = {
    id: r.uuid(),
    community,
    title,
    description,
    resident: personName(r),
    contact: `1${r.pick(['3', '5', '8'])}${String(r.int(0, 999_999_999)).padStart(9, '0')}`,
    status,
    postedOn,
    dueOn,
    stepDueOn: shiftDate(postedOn, 3),
    assigneeKind: null,
    assigneeId: null,
    acceptedByMember: null,
    acceptedByUnit: null,
    dispatchedOn: null,
    acceptedOn: null,
    doneOn: null,
    rating: null,
    ratedOn: null,
    withdrawnOn: null,
  };
  const canAssign = eligible.length > 0 || Boolean(helpers.teams.get(community.id)?.length) || Boolean(helpers.units.get(community.id)?.length);
  if (!canAssign) wish.status = reached > 0 ? 'WITHDRAWN' : 'POSTED';
  let at = postedOn;
  if (reached >= 1 && canAssign) {
    if (kind === 'MEMBER') wish.acceptedByMember = r.pick(eligible);
    if (kind === 'TEAM') {
      const team = r.pick(helpers.teams.get(community.id)!);
      wish.assigneeId = team.id;
      wish.acceptedByMember = r.pick(team.members).member;
    }
    if (kind === 'UNIT') wish.acceptedByUnit = r.pick(helpers.units.get(community.id)!);
    wish.assigneeKind = kind;
    wish.assigneeId ??= wish.acceptedByMember?.id ?? wish.acceptedByUnit!.id;
    if (viaDispatch || reached === 1) {
      at = wish.dispatchedOn = step(at, 0, 2);
      wish.stepDueOn = shiftDate(at, 2);
    }
  }
  if (reached >= 2 && wish.assigneeKind) {
    at = wish.acceptedOn = step(at, 0, 2);
    wish.stepDueOn = dueOn;
  }
  if (reached >= 3 && wish.assigneeKind && wish.status !== 'WITHDRAWN') {
    at = wish.doneOn = step(at, 1, 10);
    wish.stepDueOn = shiftDate(at, 7);
  }
  if (reached >= 4 && wish.status === 'RATED') {
    wish.ratedOn = step(at, 0, 6);
    wish.rating = r.weighted([
      [5, 60],
      [4, 30],
      [3, 8],
      [2, 1.5],
      [1, 0.5],
    ] as const);
    wish.stepDueOn = dueOn;
  }
  if (wish.status === 'WITHDRAWN') {
    wish.withdrawnOn = step(at, 1, 5);
    wish.stepDueOn = dueOn;
  }
  if (!wish.acceptedOn && wish.status !== 'WITHDRAWN') wish.status = wish.dispatchedOn ? 'DISPATCHED' : 'POSTED';
  if (wish.status === 'POSTED') Object.assign(wish, { assigneeKind: null, assigneeId: null, acceptedByMember: null, acceptedByUnit: null });
  if (!wish.acceptedOn) Object.assign(wish, { acceptedByMember: null, acceptedByUnit: null });
  return wish;
}
