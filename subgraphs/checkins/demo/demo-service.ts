import type { EntityManager } from '@mikro-orm/sql';
import { DEMO_ORGANISATIONS } from '../../../demo/demo-district.data';
import { demoId } from '../../../demo/demo-ids';
import { addDays, Clock } from '../../../platform/time/clock';
import { OrganisationKind } from '../../organisations/public';
import { PartyMember } from '../party-member.entity';
import { RULE_CODES } from '../points.catalog';
import { PointsEarnerKind, PointsEntry, PointsRule } from '../points.entity';
import { ServicePost, ServicePostClaim } from '../service-post.entity';
import { ServiceKind, ServiceRecord, ServiceRecordMethod } from '../service-record.entity';
import { Wish, WishAssigneeKind, WishStatus } from '../wish.entity';

const POSTS = [
  { category: '政策宣传', title: '政策宣传员', description: '每月两次在小区宣传栏和楼道宣讲惠民政策', capacity: 5 },
  { category: '楼栋服务', title: '楼栋长助理', description: '协助楼栋长走访独居老人、收集居民诉求', capacity: 3 },
  { category: '文明创建', title: '文明劝导员', description: '周末在小区门口劝导文明养犬、垃圾分类', capacity: 4 },
];
const WISHES = [
  { title: '帮独居老人修理轮椅', description: '轮椅刹车失灵，老人出行不便', resident: '刘秀英' },
  { title: '为困难家庭孩子辅导功课', description: '孩子上初二，数学跟不上', resident: '陈建国' },
  { title: '代购降压药', description: '老人行动不便，每月需到医院取药', resident: '王桂兰' },
  { title: '更换楼道灯泡', description: '三单元四楼楼道灯坏了一个月', resident: '赵德明' },
  { title: '陪同就医', description: '下周二上午到区医院复查，需要有人陪同', resident: '孙玉珍' },
  { title: '清理阳台杂物', description: '老人搬不动旧家具', resident: '周福生' },
  { title: '安装扶手', description: '卫生间需要安装防滑扶手', resident: '吴淑芬' },
  { title: '教老人使用智能手机', description: '想学会视频通话和扫码', resident: '郑长海' },
];
const ACTIVITIES = ['社区清洁日', '垃圾分类宣传', '敬老院慰问', '防诈骗宣讲', '义务理发'];

/**
 * Journey 3's service side for the demo district, dated from today: in every community, posts and
 * members' claims (one post full), wishes in every state (two overdue), service records of the
 * members living there, and the points they earned. Reads the members already loaded (part 1's demo
 * members); a community without members gets posts and unclaimed wishes only. Ids derive from codes.
 */
export async function loadDemoService(em: EntityManager, today = new Clock('Asia/Shanghai').today()): Promise<void> {
  const rules = new Map((await em.find(PointsRule, { current: true })).map((r) => [r.code, r]));
  const members = await em.find(PartyMember, {}, { orderBy: { name: 'asc', id: 'asc' } });
  const at = (day: number, hour: number) => new Date(`${addDays(today, day)}T${String(hour).padStart(2, '0')}:00:00+08:00`);
  const points = (member: PartyMember, code: string, times: number, sourceKind: string, sourceKey: string, earnedOn: string, reason: string | null = null) => {
    const rule = rules.get(code)!;
    em.create(PointsEntry, {
      id: demoId(`points:${sourceKind}:${sourceKey}`),
      earnerKind: PointsEarnerKind.MEMBER,
      earnerId: member.id,
      unitId: member.employerId,
      communityId: member.residentialCommunityId,
      points: Math.round(rule.points * times),
      ruleId: rule.id,
      ruleCode: rule.code,
      ruleVersion: rule.version,
      sourceKind,
      sourceKey,
      earnedOn,
      reason,
    });
  };
  for (const community of DEMO_ORGANISATIONS.filter((o) => o.kind === OrganisationKind.COMMUNITY_PARTY_COMMITTEE)) {
    const communityId = demoId(community.code);
    const living = members.filter((m) => m.residentialCommunityId === communityId);
    const posts = POSTS.map((p, k) => em.create(ServicePost, { id: demoId(`post:${community.code}:${k}`), communityId, ...p, claimedCount: 0 }));
    // The second post is full; the others half taken.
    posts.forEach((post, k) => {
      const holders = living.slice(k * 5, k * 5 + (k === 1 ? post.capacity : Math.floor(post.capacity / 2)));
      for (const member of holders) {
        em.create(ServicePostClaim, { id: demoId(`claim:${post.id}:${member.id}`), postId: post.id, memberId: member.id, claimedAt: at(-60, 9) });
        post.claimedCount += 1;
      }
    });
    addWishes(em, community.code, communityId, living, today, at, points);
    living.forEach((member, i) => {
      ACTIVITIES.slice(0, 1 + (i % 3)).forEach((activity, k) => {
        const day = -7 - k * 21 - (i % 7);
        const hours = 1 + ((i + k) % 3) * 0.5;
        const record = em.create(ServiceRecord, {
          id: demoId(`record:${member.id}:${k}`),
          memberId: member.id,
          communityId,
          kind: ServiceKind.ACTIVITY,
          activity,
          sourceKey: activity,
          checkInAt: at(day, 9),
          checkOutAt: new Date(at(day, 9).getTime() + hours * 3_600_000),
          serviceDay: addDays(today, day),
          minutes: hours * 60,
          method: k === 0 ? ServiceRecordMethod.CODE : ServiceRecordMethod.STAFF,
          recordedBy: 'demo',
        });
        points(member, RULE_CODES.serviceHour, hours, 'SERVICE_RECORD', record.id, record.serviceDay);
      });
      if (i % 10 === 0) points(member, 'PV08', 1, 'ADJUSTMENT', demoId(`award:${member.id}`), addDays(today, -30), '帮助邻居找回走失老人');
    });
  }
  await em.flush();
}

type At = (day: number, hour: number) => Date;
const STEPS = [WishStatus.DISPATCHED, WishStatus.ACCEPTED, WishStatus.DONE, WishStatus.RATED];
type Earn = (member: PartyMember, code: string, times: number, sourceKind: string, sourceKey: string, earnedOn: string) => void;

/** Eight wishes per community: two posted (one overdue), dispatched, accepted (overdue), done, two rated, withdrawn. */
function addWishes(em: EntityManager, code: string, communityId: string, living: PartyMember[], today: string, at: At, earn: Earn): void {
  const plan: Array<{ status: WishStatus; posted: number; due: number; stepDue: number; needsMember: boolean; rating?: number }> = [
    { status: WishStatus.POSTED, posted: -1, due: 13, stepDue: 2, needsMember: false },
    { status: WishStatus.POSTED, posted: -6, due: 8, stepDue: -3, needsMember: false },
    { status: WishStatus.DISPATCHED, posted: -3, due: 11, stepDue: 1, needsMember: true },
    { status: WishStatus.ACCEPTED, posted: -20, due: -2, stepDue: -2, needsMember: true },
    { status: WishStatus.DONE, posted: -15, due: 5, stepDue: 5, needsMember: true },
    { status: WishStatus.RATED, posted: -40, due: -26, stepDue: -26, needsMember: true, rating: 5 },
    { status: WishStatus.RATED, posted: -50, due: -36, stepDue: -36, needsMember: true, rating: 4 },
    { status: WishStatus.WITHDRAWN, posted: -10, due: 4, stepDue: 4, needsMember: false },
  ];
  plan.forEach((p, k) => {
    const member = living[(k * 3) % Math.max(living.length, 1)];
    if (p.needsMember && !member) return;
    const w = WISHES[k];
    const reached = (s: WishStatus) => STEPS.indexOf(p.status) >= STEPS.indexOf(s);
    const accepted = p.needsMember && reached(WishStatus.ACCEPTED);
    const wish = em.create(Wish, {
      id: demoId(`wish:${code}:${k}`),
      communityId,
      title: w.title,
      description: w.description,
      residentName: w.resident,
      residentContact: `139${String(1000_0000 + k * 1237).slice(0, 8)}`,
      status: p.status,
      dueOn: addDays(today, p.due),
      stepDueOn: addDays(today, p.stepDue),
      postedAt: at(p.posted, 10),
      assigneeKind: p.needsMember ? WishAssigneeKind.MEMBER : null,
      assigneeId: p.needsMember ? member.id : null,
      dispatchedAt: p.needsMember ? at(p.posted + 1, 10) : null,
      acceptedByMemberId: accepted ? member.id : null,
      acceptedAt: accepted ? at(p.posted + 2, 10) : null,
      doneAt: p.needsMember && reached(WishStatus.DONE) ? at(p.posted + 5, 16) : null,
      outcome: p.needsMember && reached(WishStatus.DONE) ? '已办结，居民满意' : null,
      rating: p.rating ?? null,
      ratingComment: p.rating ? (p.rating === 5 ? '非常及时，感谢党员同志' : '办得不错') : null,
      ratedAt: p.rating ? at(p.posted + 7, 11) : null,
      withdrawnAt: p.status === WishStatus.WITHDRAWN ? at(p.posted + 2, 9) : null,
      withdrawReason: p.status === WishStatus.WITHDRAWN ? '居民已自行解决' : null,
    });
    if (p.rating) earn(member, RULE_CODES.wishRating, p.rating, 'WISH', wish.id, addDays(today, p.posted + 7));
  });
}
