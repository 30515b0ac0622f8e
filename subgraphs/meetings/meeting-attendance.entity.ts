import { Entity, Enum, Index, Property, Unique } from '@mikro-orm/decorators/legacy';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { DateTime } from '../../platform/graphql/scalars';
import { BaseEntity } from '../../platform/orm/base.entity';

export enum AttendanceStatus {
  NOT_RECORDED = 'NOT_RECORDED',
  PRESENT = 'PRESENT',
  ABSENT = 'ABSENT',
}
registerEnumType(AttendanceStatus, {
  name: 'AttendanceStatus',
  description: '出席情况 (attendance of an invited unit).',
  valuesConfig: {
    NOT_RECORDED: { description: '未记录 (not yet recorded; becomes ABSENT when the meeting is closed).' },
    PRESENT: { description: '出席 (present).' },
    ABSENT: { description: '缺席 (absent, with a reason when one was given).' },
  },
});

export enum CheckInMethod {
  CODE = 'CODE',
  STAFF = 'STAFF',
}
registerEnumType(CheckInMethod, {
  name: 'CheckInMethod',
  description: '签到方式 (how attendance was recorded).',
  valuesConfig: {
    CODE: { description: '签到码 (the representative checked in with the one-time code shown at the meeting).' },
    STAFF: { description: "工作人员记录 (recorded by the convening committee's staff)." },
  },
});

/**
 * One invited unit of a meeting and whether it attended: the row exists from the invitation on, so
 * invitations and attendances are counted from one table (attendance rate, quorum, who stays away).
 */
@ObjectType({ description: '参会单位 (MeetingAttendance): an invited member unit and its attendance.' })
@Entity({ tableName: 'meeting_attendance' })
@Unique({ properties: ['meetingId', 'unitId'] })
@Index({ properties: ['unitId', 'status'] })
// Reports count invitations and attendances per meeting from the index alone.
@Index({ properties: ['meetingId', 'status'] })
export class MeetingAttendance extends BaseEntity<'representative' | 'absenceReason' | 'checkedInAt' | 'method' | 'failedCheckIns'> {
  @Property({ type: 'uuid' })
  meetingId!: string;

  /** The invited unit party organisation. */
  @Property({ type: 'uuid' })
  unitId!: string;

  @Field(() => AttendanceStatus, { description: '出席情况 (attendance).' })
  @Enum({ items: () => AttendanceStatus, nativeEnumName: 'attendance_status' })
  status!: AttendanceStatus;

  @Field(() => String, { nullable: true, description: '参会代表 (the representative who attended).' })
  @Property({ length: 100, nullable: true })
  representative: string | null = null;

  @Field(() => String, { nullable: true, description: '缺席原因 (why the unit was absent).' })
  @Property({ length: 500, nullable: true })
  absenceReason: string | null = null;

  @Field(() => DateTime, { nullable: true, description: '签到时间 (when the unit checked in).' })
  @Property({ type: 'timestamptz', nullable: true })
  checkedInAt: Date | null = null;

  @Field(() => CheckInMethod, { nullable: true, description: '签到方式 (how it was recorded).' })
  @Enum({ items: () => CheckInMethod, nativeEnumName: 'check_in_method', nullable: true })
  method: CheckInMethod | null = null;

  /** Wrong check-in codes tried for this unit since check-in was last opened. */
  @Property({ default: 0 })
  failedCheckIns: number = 0;
}
