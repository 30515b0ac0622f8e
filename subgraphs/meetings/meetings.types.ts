import { Directive, Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { DateTime } from '../../platform/graphql/scalars';
import { ConnectionType } from '../../platform/pagination/connection';
import { ActionItem } from './action-item.entity';
import { CalendarFeed } from './calendar-feed.entity';
import { JointMeeting } from './joint-meeting.entity';

export const JointMeetingConnection = ConnectionType(JointMeeting, 'JointMeeting', '联席会议');
export const ActionItemConnection = ConnectionType(ActionItem, 'ActionItem', '督办事项');

@ObjectType({ description: '出席概况 (AttendanceSummary): how many invited units attended, and whether there was a quorum.' })
export class AttendanceSummary {
  @Field(() => Int, { description: '受邀单位数 (invited units).' })
  invited!: number;

  @Field(() => Int, { description: '出席单位数 (units present).' })
  present!: number;

  @Field(() => Int, { description: '缺席单位数 (units recorded absent).' })
  absent!: number;

  @Field(() => Int, { description: '未记录单位数 (units not yet recorded).' })
  notRecorded!: number;

  @Field(() => Float, { description: '出席率 (present ÷ invited, 0 to 1).' })
  attendanceRate!: number;

  @Field({ description: '是否达到法定人数 (quorum: more than half of the invited units present).' })
  quorum!: boolean;
}

@ObjectType({ description: '签到码 (CheckInWindow): the one-time code to show at the meeting; it is shown only now.' })
export class CheckInWindow {
  @Field(() => ID, { description: '会议编号 (the meeting).' })
  meetingId!: string;

  @Field({ description: '签到码 (the code, e.g. 7KQ2M-XW4RT; each invited unit checks in with it once).' })
  code!: string;

  @Field(() => DateTime, { description: '有效期至 (when it expires).' })
  expiresAt!: Date;
}

@ObjectType({ description: '新签发的日历订阅 (IssuedCalendarFeed): the feed, and its secret address, shown only now.' })
export class IssuedCalendarFeed {
  @Field(() => CalendarFeed, { description: '订阅 (the subscription).' })
  feed!: CalendarFeed;

  @Field({
    description:
      "订阅地址 (the path to subscribe to on the gateway, e.g. /calendars/….ics: put the gateway's address before it; anyone holding it can read the feed).",
  })
  path!: string;
}

/** What the gateway's calendar route serves; not part of the public graph. */
@Directive('@inaccessible')
@ObjectType({ description: '日历文件 (CalendarDocument): an iCalendar file for the gateway to serve.' })
export class CalendarDocument {
  @Field({ description: '文件名 (file name).' })
  filename!: string;

  @Field({ description: '内容 (the iCalendar text, RFC 5545).' })
  body!: string;
}
