import { Entity, Enum, Index, Property } from '@mikro-orm/decorators/legacy';
import { Directive, Field, ObjectType, registerEnumType } from 'type-graphql';
import { DateTime, LocalDate } from '../../platform/graphql/scalars';
import { BaseEntity } from '../../platform/orm/base.entity';

/** The kinds of joint meeting (联席会议) in the source reports, with the committees that convene each. */
export enum MeetingKind {
  BIG_WORKING_COMMITTEE_JOINT_MEETING = 'BIG_WORKING_COMMITTEE_JOINT_MEETING',
  BIG_PARTY_COMMITTEE_JOINT_MEETING = 'BIG_PARTY_COMMITTEE_JOINT_MEETING',
  AREA_JOINT_MEETING = 'AREA_JOINT_MEETING',
  PARTY_MASSES_JOINT_MEETING = 'PARTY_MASSES_JOINT_MEETING',
  RESIDENTS_DELIBERATION_MEETING = 'RESIDENTS_DELIBERATION_MEETING',
  PUBLIC_OPINION_MEETING = 'PUBLIC_OPINION_MEETING',
}
registerEnumType(MeetingKind, {
  name: 'MeetingKind',
  description: '会议类别 (kind of joint meeting).',
  valuesConfig: {
    BIG_WORKING_COMMITTEE_JOINT_MEETING: {
      description: '街道"大工委"联席会议 (joint meeting of a street\'s widened working committee; convened by a street).',
    },
    BIG_PARTY_COMMITTEE_JOINT_MEETING: {
      description: '社区"大党委"联席会议 (joint meeting of a community\'s widened party committee; convened by a community).',
    },
    AREA_JOINT_MEETING: { description: "片区联席会议 (joint meeting of an area's organisations and units)." },
    PARTY_MASSES_JOINT_MEETING: { description: '党群联席会 (party-masses joint meeting, a consultation meeting).' },
    RESIDENTS_DELIBERATION_MEETING: { description: "居民议事会 (residents' deliberation meeting, a consultation meeting)." },
    PUBLIC_OPINION_MEETING: { description: '民情恳谈会 (public-opinion heart-to-heart meeting, a consultation meeting).' },
  },
});

export enum MeetingStatus {
  SCHEDULED = 'SCHEDULED',
  HELD = 'HELD',
  CANCELLED = 'CANCELLED',
}
registerEnumType(MeetingStatus, {
  name: 'MeetingStatus',
  description: '会议状态 (status of a joint meeting).',
  valuesConfig: {
    SCHEDULED: { description: '已安排 (scheduled: not yet closed; it may be under way).' },
    HELD: { description: '已召开 (held and closed, with minutes).' },
    CANCELLED: { description: '已取消 (cancelled, with a reason).' },
  },
});

/** A joint meeting of a street's or community's big committee with its member units. */
@ObjectType({ description: '联席会议 (JointMeeting): a meeting of a big committee with its member units.' })
@Directive('@key(fields: "id")')
@Entity({ tableName: 'joint_meeting' })
@Index({ properties: ['convenerId', 'startsAt'] })
@Index({ properties: ['meetingDate'] })
// Reports of a subtree: its conveners' meetings in a period.
@Index({ properties: ['convenerId', 'meetingDate'] })
export class JointMeeting extends BaseEntity<'place' | 'onlineLink' | 'cancelReason' | 'cancelledAt' | 'minutes' | 'closedAt'> {
  /** The street working committee or community party committee that convenes it. */
  @Property({ type: 'uuid' })
  convenerId!: string;

  @Field(() => MeetingKind, { description: '会议类别 (kind).' })
  @Enum({ items: () => MeetingKind, nativeEnumName: 'meeting_kind' })
  kind!: MeetingKind;

  @Field({ description: '会议名称 (title).' })
  @Property({ length: 200 })
  title!: string;

  @Field(() => DateTime, { description: '开始时间 (scheduled start).' })
  @Property({ type: 'timestamptz' })
  startsAt!: Date;

  @Field(() => DateTime, { description: '结束时间 (scheduled end).' })
  @Property({ type: 'timestamptz' })
  endsAt!: Date;

  /** The calendar day of the start in the hub's time zone: what reports group by month, quarter and year. */
  @Field(() => LocalDate, { description: "会议日期 (the day it starts, in the hub's time zone)." })
  @Property({ type: 'date' })
  meetingDate!: string;

  @Field(() => String, { nullable: true, description: '会议地点 (place).' })
  @Property({ length: 300, nullable: true })
  place: string | null = null;

  @Field(() => String, { nullable: true, description: '线上会议链接 (online meeting link).' })
  @Property({ length: 500, nullable: true })
  onlineLink: string | null = null;

  @Field(() => MeetingStatus, { description: '状态 (status).' })
  @Enum({ items: () => MeetingStatus, nativeEnumName: 'meeting_status' })
  status!: MeetingStatus;

  @Field(() => String, { nullable: true, description: '取消原因 (why it was cancelled).' })
  @Property({ length: 500, nullable: true })
  cancelReason: string | null = null;

  @Field(() => DateTime, { nullable: true, description: '取消时间 (when it was cancelled).' })
  @Property({ type: 'timestamptz', nullable: true })
  cancelledAt: Date | null = null;

  @Field(() => String, { nullable: true, description: '会议纪要 (minutes, recorded when it is closed).' })
  @Property({ type: 'text', nullable: true })
  minutes: string | null = null;

  @Field(() => DateTime, { nullable: true, description: '结束记录时间 (when it was closed as held).' })
  @Property({ type: 'timestamptz', nullable: true })
  closedAt: Date | null = null;
}
