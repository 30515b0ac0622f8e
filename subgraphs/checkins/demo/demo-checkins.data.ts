// Demo check-ins for 清河区: invented people with invented (but well-formed) identity numbers.

export const MEMBERS_PER_COMMUNITY = 20;

/** Surnames and given names for the demo members (none is a real person). */
export const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗郑梁谢宋唐许韩冯邓曹彭'.split('');
export const GIVEN_NAMES = [
  '海燕',
  '卫东',
  '丽华',
  '晓明',
  '春梅',
  '国庆',
  '文静',
  '志刚',
  '玉兰',
  '建华',
  '红霞',
  '立新',
  '雪梅',
  '光明',
  '淑珍',
  '永强',
  '婷婷',
  '宏伟',
  '慧敏',
  '子涵',
  '浩然',
  '思远',
  '欣怡',
  '俊杰',
  '雨桐',
  '明轩',
  '佳琪',
  '博文',
  '梓萱',
  '一鸣',
];

/** The volunteer teams each demo community keeps, by interest. */
export const TEAM_INTERESTS: Array<{ interest: string; team: string }> = [
  { interest: '政策宣讲', team: '政策宣讲队' },
  { interest: '矛盾调解', team: '邻里调解队' },
  { interest: '治安巡逻', team: '平安巡逻队' },
  { interest: '助老助残', team: '银龄关爱队' },
];

/** Region codes (first six digits) the demo identity numbers use: invented but shaped like a city's districts. */
export const REGION_CODES = ['370102', '370103', '370104', '370105', '370112', '370181'];

export const LEAVE_REASONS = ['外出学习培训三个月', '照顾住院的父母', '单位派驻外地挂职', '产假', '参加援疆工作'];
export const REJECT_REASONS = ['居住地址不在本社区辖区内，请向实际居住地社区报到'];
export const ROADS = ['翠湖路', '凤城大道', '桂园街', '锦绣路', '紫荆巷', '清波路', '梅林街', '滨江大道'];
