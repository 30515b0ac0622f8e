import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { DateTime } from '../../platform/graphql/scalars';

@InputType({ description: '服务记录 (one member’s service to record: give exactly one of postId, wishId and activity).' })
export class ServiceRecordInput {
  @Field(() => ID, { description: '党员编号 (the member who served).' })
  memberId!: string;

  @Field(() => ID, { description: '社区党组织编号 (the community where the service was done).' })
  communityId!: string;

  @Field(() => ID, { nullable: true, description: '服务岗位编号 (the post served at, a post of that community).' })
  postId?: string | null;

  @Field(() => ID, { nullable: true, description: '微心愿编号 (the wish served, a wish of that community).' })
  wishId?: string | null;

  @Field(() => String, { nullable: true, description: '活动名称 (the activity served in).' })
  activity?: string | null;

  @Field(() => DateTime, { description: '签到时间 (check-in).' })
  checkInAt!: Date;

  @Field(() => DateTime, { description: '签退时间 (check-out: after the check-in, within a day of it).' })
  checkOutAt!: Date;
}

@ObjectType({ description: '记录错误 (ServiceRecordError): why one record of a batch was refused.' })
export class ServiceRecordError {
  @Field(() => Int, { description: '序号 (the record’s position in the batch, from 0).' })
  index!: number;

  @Field({ description: '字段 (the input field, e.g. records[3].checkOutAt).' })
  field!: string;

  @Field({ description: '原因 (a stable reason, as in extensions.reason of errors).' })
  reason!: string;

  @Field({ description: '说明 (the message, in the caller’s language).' })
  message!: string;
}

@ObjectType({ description: '批量录入结果 (RecordServicesResult): all records stored, or none with the reasons why.' })
export class RecordServicesResult {
  @Field(() => Int, { description: '录入条数 (records stored: all of the batch, or 0 when any was refused).' })
  recorded!: number;

  @Field(() => [ServiceRecordError], { description: '错误 (why records were refused; empty when all were stored).' })
  errors!: ServiceRecordError[];
}
