import { AgendaCategory } from '../agenda-item.entity';
import { MeetingKind } from '../joint-meeting.entity';

const C = AgendaCategory;

/** What joint meetings in the source reports take up, with what they decide and give out. */
export const DEMO_TOPICS: ReadonlyArray<{ title: string; category: AgendaCategory; resolution: string; task: string }> = [
  { title: '老旧小区加装电梯', category: C.RESIDENTS_URGENT_PROBLEM, resolution: '成立加装电梯议事小组，逐栋征求意见', task: '完成3号楼加装电梯意见征询' },
  { title: '小区停车难', category: C.RESIDENTS_URGENT_PROBLEM, resolution: '协调共建单位错时开放停车位', task: '签订错时停车协议并公示' },
  { title: '楼道照明改造', category: C.RESIDENTS_URGENT_PROBLEM, resolution: '由物业企业牵头更换楼道灯', task: '更换老旧楼道感应灯' },
  { title: '独居老人照护', category: C.RESIDENTS_URGENT_PROBLEM, resolution: '建立党员结对走访独居老人机制', task: '完成独居老人结对名单' },
  { title: '四点半课堂场地', category: C.CO_BUILDING_PROJECT, resolution: '学校开放活动室用于四点半课堂', task: '落实四点半课堂场地与志愿者' },
  { title: '邻里食堂运营', category: C.CO_BUILDING_PROJECT, resolution: '共建单位提供食堂场地与补贴', task: '制定邻里食堂运营方案' },
  { title: '垃圾分类督导', category: C.REGULAR_BUSINESS, resolution: '在职党员轮值垃圾分类督导', task: '排定垃圾分类督导轮值表' },
  { title: '汛期安全排查', category: C.REGULAR_BUSINESS, resolution: '组织共建单位开展隐患排查', task: '完成辖区低洼地段隐患排查' },
  { title: '红色物业议事', category: C.CO_BUILDING_PROJECT, resolution: '推动业委会、物业、社区三方联席', task: '召开三方联席议事会' },
  { title: '小区噪音扰民', category: C.RESIDENTS_URGENT_PROBLEM, resolution: '协调施工单位调整作业时间', task: '约谈施工单位并公示作业时间' },
  { title: '年度共建计划', category: C.OTHER, resolution: '通过年度共驻共建项目清单', task: '报送年度共建项目清单' },
];

/** The consultation meetings of seed 002 (党群联席会、居民议事会、民情恳谈会), in turn. */
export const CONSULTATIONS: ReadonlyArray<{ kind: MeetingKind; title: string }> = [
  { kind: MeetingKind.PARTY_MASSES_JOINT_MEETING, title: '党群联席会' },
  { kind: MeetingKind.RESIDENTS_DELIBERATION_MEETING, title: '居民议事会' },
  { kind: MeetingKind.PUBLIC_OPINION_MEETING, title: '民情恳谈会' },
];

export const ABSENCE_REASONS = ['单位有重要工作安排', '负责人外出学习', '临时接待上级检查'];
export const REPRESENTATIVES = ['王建国', '李秀英', '张志强', '刘丽华', '陈海涛', '杨晓燕', '黄国栋', '赵春梅'];
