import { PointsBasis as B, PointsCategory as C } from './points.entity';

/** One rule of the catalogue as first published: its code, place, basis and points. */
export interface CatalogRule {
  code: string;
  category: C;
  subcategory: string;
  basis: B;
  points: number;
}

/** The rules the hub's own code applies: hours of service, rated wishes, months on a post. */
export const RULE_CODES = { serviceHour: 'PV01', wishRating: 'PV02', postMonth: 'CB01' } as const;

const rules = (category: C, basis: B, entries: Array<[string, string, number]>): CatalogRule[] =>
  entries.map(([code, subcategory, points]) => ({ code, category, subcategory, basis, points }));

/**
 * The city's points catalogue (积分制管理, seed 001): 4 categories and 46 subcategories. The seed gives
 * the categories and the count; the subcategories' names and points here are the demo district's
 * reading of them, kept as data (the `points_rule` table) and changed through `changePointsRule`.
 */
export const POINTS_CATALOGUE: readonly CatalogRule[] = [
  ...rules(C.PUBLIC_SECURITY, B.AWARD, [
    ['PS01', '治安巡逻', 5],
    ['PS02', '矛盾纠纷调解', 10],
    ['PS03', '反映治安隐患', 5],
    ['PS04', '协助破获案件', 20],
    ['PS05', '禁毒宣传', 3],
    ['PS06', '反诈宣传', 3],
    ['PS07', '消防安全检查', 5],
    ['PS08', '群防群治值守', 5],
    ['PS09', '见义勇为', 30],
    ['PS10', '流动人口信息登记', 3],
    ['PS11', '交通文明劝导', 3],
    ['PS12', '防汛防灾值守', 5],
  ]),
  ...rules(C.PUBLIC_VIRTUE, B.AWARD, [
    ['PV03', '扶贫济困捐助', 5],
    ['PV04', '无偿献血', 10],
    ['PV05', '关爱空巢老人', 5],
    ['PV06', '关爱留守儿童', 5],
    ['PV07', '助残服务', 5],
    ['PV08', '好人好事', 5],
    ['PV09', '拾金不昧', 5],
    ['PV10', '孝老爱亲', 5],
    ['PV11', '文明家庭创建', 10],
    ['PV12', '垃圾分类示范', 3],
  ]),
  { code: RULE_CODES.serviceHour, category: C.PUBLIC_VIRTUE, subcategory: '志愿服务时长', basis: B.PER_HOUR, points: 2 },
  { code: RULE_CODES.wishRating, category: C.PUBLIC_VIRTUE, subcategory: '认领微心愿', basis: B.PER_WISH_RATING, points: 2 },
  { code: RULE_CODES.postMonth, category: C.COMMUNITY_BUILDING, subcategory: '党员认岗履职', basis: B.PER_POST_MONTH, points: 5 },
  ...rules(C.COMMUNITY_BUILDING, B.AWARD, [
    ['CB02', '参加居民议事', 3],
    ['CB03', '参与社区环境整治', 3],
    ['CB04', '楼栋长履职', 5],
    ['CB05', '参加社区文体活动', 2],
    ['CB06', '提出合理化建议被采纳', 5],
    ['CB07', '参与社区协商', 3],
    ['CB08', '提供场地资源', 10],
    ['CB09', '参与共驻共建项目', 10],
    ['CB10', '参与物业矛盾化解', 5],
    ['CB11', '参加社区党组织生活', 2],
    ['CB12', '宣传社区政策', 2],
  ]),
  ...rules(C.AWARD_AND_PENALTY, B.AWARD, [
    ['AP01', '市级以上表彰', 30],
    ['AP02', '区级表彰', 20],
    ['AP03', '街道表彰', 10],
    ['AP04', '社区表彰', 5],
    ['AP05', '媒体正面报道', 10],
  ]),
  ...rules(C.AWARD_AND_PENALTY, B.DEDUCTION, [
    ['AP06', '无故不参加报到服务', 5],
    ['AP07', '认岗不履职', 5],
    ['AP08', '接单未办', 5],
    ['AP09', '违反社区公约', 10],
    ['AP10', '虚报服务记录', 20],
  ]),
];
