import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { LocalDate } from '../../platform/graphql/scalars';

export enum RegistrationStanding {
  CONFIRMED = 'CONFIRMED',
  PENDING = 'PENDING',
  ON_LEAVE = 'ON_LEAVE',
  NOT_REGISTERED = 'NOT_REGISTERED',
}
registerEnumType(RegistrationStanding, {
  name: 'RegistrationStanding',
  description: "报到情况 (where a member of a unit stands, as of the report's day).",
  valuesConfig: {
    CONFIRMED: { description: '已报到 (reported, confirmed by the community).' },
    PENDING: { description: '已报到待确认 (reported, not yet confirmed).' },
    ON_LEAVE: { description: '请假中 (reported, on approved leave that day: not counted as missing).' },
    NOT_REGISTERED: { description: '未报到 (not reported to any community).' },
  },
});

@ObjectType({ description: '报告行 (RegistrationReportLine): one member of the unit in the report.' })
export class RegistrationReportLine {
  /** The member's id, for the `member` field (resolved by the member's own read rule). */
  memberId!: string;

  @Field(() => RegistrationStanding, { description: '报到情况 (standing).' })
  standing!: RegistrationStanding;

  /** The community reported to, when reported. */
  communityId!: string | null;

  @Field(() => LocalDate, { nullable: true, description: '请假至 (last day of the approved leave, when on leave).' })
  onLeaveUntil!: string | null;

  @Field({ description: "是否在名册中 (whether the unit's roster lists the member)." })
  onRoster!: boolean;

  @Field(() => Float, { description: '服务时长 (hours of service recorded in the year, up to the report day).' })
  serviceHours!: number;

  @Field(() => Int, { description: '服务次数 (service records in the year, up to the report day).' })
  serviceRecords!: number;

  @Field(() => Int, { description: '完成微心愿 (wishes the member accepted and completed in the year).' })
  wishesDone!: number;

  @Field(() => Float, { nullable: true, description: '群众评分 (average rating of those wishes, 1 to 5; null when none was rated).' })
  averageRating!: number | null;

  @Field(() => Int, { description: '积分 (points the member earned in the year: the sum of its ledger entries dated in it).' })
  points!: number;
}

@ObjectType({ description: "应报到未报到 (MissingRegistration): a member on the unit's roster who has not reported to a community." })
export class MissingRegistration {
  @Field({ description: '姓名 (name, as on the roster).' })
  name!: string;

  /** Cipher of the roster's identity number, for the masked field. */
  identityNumberCipher!: string;

  /** The unit whose roster it is (for the personal field's check). */
  unitId!: string;

  @Field(() => Int, { description: '名册行号 (the line of the uploaded roster).' })
  rosterLine!: number;

  /** The member record with that identity number, if one was entered. */
  memberId!: string | null;
}

@ObjectType({
  description:
    '双报告 (RegistrationReport): the report back to a unit on its in-service members: who reported where, who is on leave, who on its roster has not reported, and what they did in the year (service hours, wishes done, ratings, points).',
})
export class RegistrationReport {
  /** The unit reported on. */
  unitId!: string;

  @Field(() => Int, { description: '年度 (year).' })
  year!: number;

  @Field(() => LocalDate, { description: '截至日期 (the day the standings are as of: today for this year, the last day of a past year).' })
  asOf!: string;

  @Field(() => Int, { description: "名册人数 (members on the unit's roster)." })
  rosterSize!: number;

  @Field(() => Int, { description: '已报到人数 (members reported and confirmed, on leave included).' })
  confirmedCount!: number;

  @Field(() => Int, { description: '待确认人数 (members reported, awaiting confirmation).' })
  pendingCount!: number;

  @Field(() => Int, { description: '请假人数 (members on approved leave that day).' })
  onLeaveCount!: number;

  @Field(() => Int, { description: '应报到未报到人数 (members on the roster who have not reported).' })
  missingCount!: number;

  @Field(() => Float, { description: "服务时长合计 (the members' hours of service in the year)." })
  serviceHours!: number;

  @Field(() => Int, { description: "完成微心愿合计 (wishes the unit's members completed in the year)." })
  wishesDone!: number;

  @Field(() => Float, { nullable: true, description: '平均评分 (average rating of all those wishes that were rated; null when none).' })
  averageRating!: number | null;

  @Field(() => Int, { description: "积分合计 (points the unit's members earned in the year)." })
  points!: number;

  @Field(() => [RegistrationReportLine], { description: "党员 (the unit's members: those it employs and those on its roster with a member record), by name." })
  members!: RegistrationReportLine[];

  @Field(() => [MissingRegistration], { description: '应报到未报到 (those on the roster who have not reported), by roster line.' })
  missingRegistrations!: MissingRegistration[];
}

@ObjectType({ description: '名册问题 (RosterProblem): one problem in one line of an uploaded roster.' })
export class RosterProblem {
  @Field(() => Int, { description: '行号 (line, the header being line 1).' })
  line!: number;

  @Field({ description: '列 (column).' })
  column!: string;

  @Field({ description: '说明 (what is wrong).' })
  message!: string;
}

@ObjectType({ description: '名册导入结果 (RosterImportResult): the whole roster replaced, or nothing and every problem listed.' })
export class RosterImportResult {
  @Field(() => ID, { description: '单位编号 (the unit).' })
  unitId!: string;

  @Field(() => Int, { description: '导入人数 (members now on the roster; 0 when refused).' })
  imported!: number;

  @Field(() => [RosterProblem], { description: '问题 (every problem found, by line; empty when imported).' })
  problems!: RosterProblem[];
}
