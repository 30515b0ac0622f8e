import type { Random } from './random';

/**
 * Chinese names for the generated city, in the style of the source reports (shared/seeds): streets
 * and communities of an old city, housing estates, resident units by sector, and people. Every name
 * is invented; none is meant to be a real place, unit or person.
 */

export const CITY = { name: '江州市', districts: ['云溪', '江岸', '临湖', '青山', '白沙', '龙泉', '金水', '桃源'] };
export const DISTRICT_CODES = ['YX', 'JA', 'LH', 'QS', 'BS', 'LQ', 'JS', 'TY'];

export const STREET_NAMES = (
  '凤城 东湖 柳巷 南塘 西山 北关 云台 临江 金沙 玉泉 青石 白鹭 望江 龙泉 桃源 花溪 新华 解放 人民 胜利 建设 和平 长江 汉正 中南 ' +
  '珞南 关山 狮子山 洪山 红卫 钢花 冶金 工人村 武东 白玉山 厂前 新沟桥 吉庆 大智 一元 车站 二七 丹水池 球场 劳动 兴业 百步亭 后湖 ' +
  '塔子湖 永清 唐家墩 宝丰 常青 汉兴 万松 北湖 汉中 民族 花桥 紫阳 首义 杨园 积玉桥 粮道 水果湖 梨园 鹦鹉 琴断口 江堤 建港 三眼桥'
).split(' ');

const COMMUNITY_FIRST = '翠桂锦紫清梅滨望文杏学荷丰新安和瑞福康宁祥泰华兴盛隆景明光春秋碧青金银玉龙凤鹤松竹兰菊枫柳桃李杨'.split('');
const COMMUNITY_SECOND = '湖园苑林城湾里庭坊府村苑港桥山河湖畔岸洲'.split('');

/** `count` distinct community names (翠湖, 桂园, …) in random order. */
export function communityNames(random: Random, count: number): string[] {
  const all = [...new Set(COMMUNITY_FIRST.flatMap((a) => COMMUNITY_SECOND.map((b) => a + b)))];
  if (count > all.length) throw new Error(`at most ${all.length} community names`);
  return random.shuffle(all).slice(0, count);
}

const ESTATES = (
  '雅悦花园 阳光小区 和谐家园 金色港湾 幸福里 锦绣华庭 滨江花园 丽景苑 书香门第 翡翠城 紫荆花园 桂花苑 春天里 水岸星城 ' +
  '福星惠誉 翰林苑 碧桂园 世纪花园 名都花园 东方明珠 怡景园 康乐小区 建设新村 电力小区 粮食局宿舍 纺织厂宿舍 铁路新村 教师公寓'
).split(' ');

export function estateName(random: Random): string {
  return random.pick(ESTATES);
}

const AREA_NAMES = ['东片', '西片', '南片', '北片', '中心片', '滨江片', '老城片'];

export function areaName(i: number): string {
  return AREA_NAMES[i % AREA_NAMES.length];
}

const DIGITS = '零一二三四五六七八九';

/** 1 → 一, 12 → 十二, 20 → 二十, 35 → 三十五 (for 1 to 99). */
export function chineseNumeral(n: number): string {
  if (n < 10) return DIGITS[n];
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 1 ? '' : DIGITS[tens]}十${ones ? DIGITS[ones] : ''}`;
}

// Surnames roughly by frequency (王李张刘陈 are about a third of the population).
const SURNAMES: ReadonlyArray<readonly [string, number]> = [
  ['王', 7.1],
  ['李', 7.0],
  ['张', 6.7],
  ['刘', 5.4],
  ['陈', 4.5],
  ['杨', 3.1],
  ['黄', 2.2],
  ['赵', 2.0],
  ['吴', 2.0],
  ['周', 1.9],
  ['徐', 1.5],
  ['孙', 1.5],
  ['马', 1.4],
  ['朱', 1.3],
  ['胡', 1.3],
  ['郭', 1.2],
  ['何', 1.2],
  ['高', 1.1],
  ['林', 1.1],
  ['罗', 0.9],
  ['郑', 0.9],
  ['梁', 0.8],
  ['谢', 0.8],
  ['宋', 0.7],
  ['唐', 0.7],
  ['许', 0.6],
  ['韩', 0.6],
  ['冯', 0.6],
  ['邓', 0.6],
  ['曹', 0.5],
  ['彭', 0.5],
  ['曾', 0.5],
  ['肖', 0.5],
  ['田', 0.4],
  ['董', 0.4],
  ['袁', 0.4],
  ['潘', 0.4],
  ['蒋', 0.4],
  ['蔡', 0.4],
  ['余', 0.4],
];
const GIVEN_TWO = (
  '建国 秀英 志强 丽华 海涛 晓燕 国栋 春梅 文博 雪莲 德明 慧敏 振华 玉兰 永康 红霞 家豪 静怡 立新 美玲 树林 凤琴 俊杰 佳慧 长青 ' +
  '桂芳 宏伟 晓琳 明辉 淑贞 卫东 亚军 海燕 建华 丽娟 志刚 秀兰 国强 晓明 红梅 新民 文静 春华 子涵 雨桐 浩然 梓萱 宇航 思远 欣怡'
).split(' ');
const GIVEN_ONE = '伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玲斌辉'.split('');

export function personName(random: Random): string {
  return random.weighted(SURNAMES) + (random.chance(0.75) ? random.pick(GIVEN_TWO) : random.pick(GIVEN_ONE));
}

export type Sector =
  'AGENCY' | 'PUBLIC_INSTITUTION' | 'STATE_OWNED_ENTERPRISE' | 'PRIVATE_ENTERPRISE' | 'SCHOOL' | 'HOSPITAL' | 'PROPERTY_COMPANY' | 'SOCIAL_ORGANISATION';

/** How common each sector is among resident units (property companies and private firms lead in the reports). */
export const SECTOR_WEIGHTS: ReadonlyArray<readonly [Sector, number]> = [
  ['PRIVATE_ENTERPRISE', 25],
  ['PROPERTY_COMPANY', 18],
  ['AGENCY', 12],
  ['PUBLIC_INSTITUTION', 10],
  ['STATE_OWNED_ENTERPRISE', 10],
  ['SCHOOL', 10],
  ['SOCIAL_ORGANISATION', 10],
  ['HOSPITAL', 5],
];

const AGENCIES =
  '市场监督管理所 税务所 司法所 派出所 城管执法中队 消防救援站 人社服务站 住建局 自然资源所 交通运输局 应急管理局 统计局 医保局 民政局 退役军人事务局'.split(
    ' ',
  );
const INSTITUTIONS = '不动产登记中心 图书馆 文化馆 疾控中心 公共资源交易中心 档案馆 青少年宫 老年大学 政务服务中心 水文站'.split(' ');
const SOES = [
  '农商银行{p}支行',
  '邮政{p}支局',
  '供电公司{p}营业所',
  '水务集团{p}供水所',
  '燃气公司{p}服务站',
  '城市建设投资集团',
  '公交集团{p}车队',
  '移动公司{p}营业厅',
];
const FIRMS = [
  '{p}科技有限公司',
  '{p}商贸有限公司',
  '{p}建筑工程有限公司',
  '{p}食品有限公司',
  '{p}家政服务有限公司',
  '{p}物流有限公司',
  '{p}商会',
  '{p}农贸市场',
];
const SCHOOLS = ['第{n}实验小学', '{p}小学', '{p}中学', '第{n}中学', '{p}幼儿园', '{p}职业技术学校'];
const HOSPITALS = ['第{n}人民医院', '{p}社区卫生服务中心', '中医院', '妇幼保健院', '{p}口腔医院'];
const SOCIETIES = ['{p}社会工作服务中心', '{p}志愿者协会', '{p}慈善会', '{p}老年协会', '{p}义警协会', '{p}青年志愿者协会'];
const PARTY_SUFFIX: ReadonlyArray<readonly [string, number]> = [
  ['党支部', 8],
  ['党总支', 1],
  ['党委', 1],
];

/**
 * The party organisation of a resident unit: `place` is where it sits (a community or street name),
 * `district` the district's name, `n` a running number for numbered schools and hospitals.
 */
export function unitName(random: Random, sector: Sector, place: string, district: string, n: number): string {
  const fill = (template: string) => template.replace('{p}', place).replace('{n}', chineseNumeral((n % 9) + 1));
  const suffix = random.weighted(PARTY_SUFFIX);
  switch (sector) {
    case 'AGENCY':
      return `${district}${place}${random.pick(AGENCIES)}${suffix}`;
    case 'PUBLIC_INSTITUTION':
      return `${district}${place}${random.pick(INSTITUTIONS)}${suffix}`;
    case 'STATE_OWNED_ENTERPRISE':
      return `${district}${fill(random.pick(SOES))}${suffix}`;
    case 'PRIVATE_ENTERPRISE':
      return `${fill(random.pick(FIRMS))}${suffix}`;
    case 'SCHOOL':
      return `${district}${fill(random.pick(SCHOOLS))}${suffix}`;
    case 'HOSPITAL':
      return `${district}${fill(random.pick(HOSPITALS))}${suffix}`;
    case 'PROPERTY_COMPANY':
      return `${place}${random.pick(['物业服务有限公司', '物业管理有限公司', '红色物业服务中心'])}${suffix}`;
    case 'SOCIAL_ORGANISATION':
      return `${district}${fill(random.pick(SOCIETIES))}${suffix}`;
  }
}

/** A street address in the unit's street. */
export function address(random: Random, street: string): string {
  return `${street}街道${random.pick(['中路', '大道', '东路', '西路', '南路', '北路', '街'])}${random.int(1, 388)}号`;
}
