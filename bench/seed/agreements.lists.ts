import type { Sector } from './names';
import { personName } from './names';
import type { Random } from './random';
import { momentOn, shiftDate } from './city.model';

/**
 * The three lists and the commitments of generated agreements (资源清单, 需求清单, 项目清单), drawn
 * from what the source reports say units bring and communities ask for. Shapes match
 * subgraphs/agreements/agreement-lists.ts, since they are stored as the subgraph stores them (JSON).
 */
type Category = 'VENUE' | 'VOLUNTEERS' | 'FUNDS' | 'EXPERTISE' | 'OTHER';
type Offer = { category: Category; description: string; quantity: number; unit: string };

const COMMON_OFFERS: Offer[] = [
  { category: 'VOLUNTEERS', description: '在职党员志愿服务队', quantity: 20, unit: '人' },
  { category: 'VENUE', description: '党员活动室', quantity: 1, unit: '间' },
  { category: 'FUNDS', description: '共建活动经费', quantity: 2, unit: '万元' },
];
const SECTOR_OFFERS: Record<Sector, Offer[]> = {
  HOSPITAL: [
    { category: 'EXPERTISE', description: '义诊与健康讲座', quantity: 12, unit: '场' },
    { category: 'EXPERTISE', description: '家庭医生签约服务', quantity: 200, unit: '户' },
  ],
  SCHOOL: [
    { category: 'VENUE', description: '四点半课堂教室', quantity: 2, unit: '间' },
    { category: 'EXPERTISE', description: '假期托管与课业辅导', quantity: 10, unit: '人' },
  ],
  PROPERTY_COMPANY: [
    { category: 'OTHER', description: '红色物业楼道维修', quantity: 30, unit: '次' },
    { category: 'VOLUNTEERS', description: '小区环境整治队伍', quantity: 8, unit: '人' },
  ],
  AGENCY: [
    { category: 'EXPERTISE', description: '政策宣讲进社区', quantity: 6, unit: '场' },
    { category: 'EXPERTISE', description: '法律咨询与矛盾调解', quantity: 12, unit: '次' },
  ],
  PUBLIC_INSTITUTION: [
    { category: 'VENUE', description: '文体活动场地', quantity: 1, unit: '处' },
    { category: 'EXPERTISE', description: '便民办事代办', quantity: 50, unit: '件' },
  ],
  STATE_OWNED_ENTERPRISE: [
    { category: 'FUNDS', description: '老旧小区微改造资金', quantity: 10, unit: '万元' },
    { category: 'EXPERTISE', description: '水电气安全检查', quantity: 4, unit: '次' },
  ],
  PRIVATE_ENTERPRISE: [
    { category: 'FUNDS', description: '困难群众帮扶资金', quantity: 3, unit: '万元' },
    { category: 'OTHER', description: '就业岗位推荐', quantity: 15, unit: '个' },
  ],
  SOCIAL_ORGANISATION: [
    { category: 'VOLUNTEERS', description: '独居老人探访志愿者', quantity: 12, unit: '人' },
    { category: 'EXPERTISE', description: '社工服务项目', quantity: 2, unit: '个' },
  ],
};
const NEEDS: Array<{ category: Category; description: string }> = [
  { category: 'VOLUNTEERS', description: '老旧小区环境整治志愿者' },
  { category: 'VENUE', description: '四点半课堂场地' },
  { category: 'EXPERTISE', description: '独居老人健康随访' },
  { category: 'FUNDS', description: '楼道照明改造资金' },
  { category: 'FUNDS', description: '加装电梯补助' },
  { category: 'VOLUNTEERS', description: '文明创建巡逻队员' },
  { category: 'EXPERTISE', description: '物业纠纷调解' },
  { category: 'VENUE', description: '居民议事会场地' },
  { category: 'OTHER', description: '停车难问题协调' },
  { category: 'EXPERTISE', description: '反诈宣传进楼栋' },
];
const PROJECTS: Array<{ title: string; goal: string }> = [
  { title: '邻里食堂', goal: '为辖区高龄独居老人提供午餐' },
  { title: '红色物业议事会', goal: '每月协商解决小区物业问题' },
  { title: '四点半课堂', goal: '解决双职工家庭孩子放学后无人照看' },
  { title: '楼栋微更新', goal: '改造楼道照明和扶手' },
  { title: '健康小屋', goal: '每周为居民测量血压血糖' },
  { title: '平安巡逻', goal: '夜间巡逻与安全隐患排查' },
  { title: '口袋公园', goal: '把闲置空地改造为休闲场地' },
  { title: '微心愿认领', goal: '认领并实现困难群众微心愿' },
];
const COMMITMENTS: Array<{ description: string; period: 'YEAR' | 'QUARTER' | 'MONTH'; quantity: [number, number] }> = [
  { description: '开展共建活动', period: 'QUARTER', quantity: [1, 2] },
  { description: '组织党员到社区志愿服务', period: 'MONTH', quantity: [1, 4] },
  { description: '参加联席会议', period: 'YEAR', quantity: [2, 4] },
  { description: '认领群众微心愿', period: 'YEAR', quantity: [5, 20] },
  { description: '开放活动场地', period: 'MONTH', quantity: [2, 8] },
];
const PRIORITIES: ReadonlyArray<readonly [string, number]> = [
  ['HIGH', 3],
  ['MEDIUM', 5],
  ['LOW', 2],
];
const NOTES = ['已完成前期调研', '已召开协调会', '物资已到位', '进展顺利', '已完成阶段目标', '群众反映良好'];

/** A term of an agreement, and how far along it is on the day the city is generated. */
export interface Term {
  validFrom: string;
  validTo: string;
  /** 0 for a term that has not started, 1 for one that is over. */
  elapsed: number;
}

export function commitments(r: Random) {
  return r
    .shuffle(COMMITMENTS)
    .slice(0, r.int(1, 3))
    .map((c) => ({ description: c.description, quantity: r.int(...c.quantity), period: c.period }));
}

export function resources(r: Random, sector: Sector): Offer[] {
  const offers = [...SECTOR_OFFERS[sector], ...COMMON_OFFERS];
  return r
    .shuffle(offers)
    .slice(0, r.int(1, 3))
    .map((o) => ({ ...o, quantity: Math.max(1, Math.round(o.quantity * (0.5 + r.next()))) }));
}

export function needs(r: Random, term: Term) {
  return r
    .shuffle(NEEDS)
    .slice(0, r.int(1, 3))
    .map((n) => ({ ...n, priority: r.weighted(PRIORITIES), met: r.chance(0.1 + 0.8 * term.elapsed) }));
}

export function projects(r: Random, term: Term, asOf: string) {
  return r
    .shuffle(PROJECTS)
    .slice(0, r.int(1, 3))
    .map((p) => {
      const progress = term.elapsed >= 1 ? (r.chance(0.85) ? 100 : r.int(40, 95)) : Math.min(100, Math.round(term.elapsed * 100 * (0.6 + r.next() * 0.8)));
      const count = progress === 0 ? 0 : r.int(1, 3);
      const span = daysBetween(term.validFrom, minDate(term.validTo, asOf));
      const reports = Array.from({ length: count }, (_, i) => ({
        progress: Math.round((progress * (i + 1)) / count),
        note: r.pick(NOTES),
        reportedBy: `partner-${r.int(1000, 9999)}`,
        reportedAt: momentOn(shiftDate(term.validFrom, Math.round((span * (i + 1)) / (count + 1)))),
      }));
      return { id: r.uuid(), ...p, owner: personName(r), dueDate: term.validTo, progress, reports };
    });
}

export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

function minDate(a: string, b: string): string {
  return a < b ? a : b;
}
