import { Arg, Ctx, Field, ID, InputType, Int, Mutation, ObjectType, Resolver } from 'type-graphql';
import { Requires } from '../../platform/auth/requires';
import type { RequestContext } from '../../platform/context/request-context';
import { DateTime } from '../../platform/graphql/scalars';
import { CHECKIN_PERMISSIONS as P } from './checkins.permissions';
import { ServiceRecord } from './service-record.entity';
import { ServiceSession } from './service-session.entity';
import { ServiceSessionService } from './service-session.service';

@InputType({ description: '开启服务签到 (open a time of service with a check-in code: give exactly one of postId, wishId and activity).' })
export class OpenServiceCheckInInput {
  @Field(() => ID, { description: '社区党组织编号 (the community).' })
  communityId!: string;

  @Field(() => ID, { nullable: true, description: '服务岗位编号 (a post of the community).' })
  postId?: string | null;

  @Field(() => ID, { nullable: true, description: '微心愿编号 (a wish of the community).' })
  wishId?: string | null;

  @Field(() => String, { nullable: true, description: '活动名称 (a named activity).' })
  activity?: string | null;

  @Field(() => Int, { nullable: true, description: '有效分钟数 (how long members may check in: 5 to 240 minutes, 30 if omitted).' })
  validMinutes?: number | null;
}

@ObjectType({ description: '服务签到码 (ServiceCheckInWindow): the code to display; it is shown only now.' })
export class ServiceCheckInWindow {
  @Field(() => ServiceSession, { description: '服务签到 (the session).' })
  session!: ServiceSession;

  @Field({ description: '签到码 (the code, e.g. 7KQ2M-XW4RT, to display as text or a QR code).' })
  code!: string;

  @Field(() => DateTime, { description: '有效期至 (when it expires).' })
  expiresAt!: Date;
}

const sessionId = { description: '服务签到编号 (id of the session).' };

@Resolver(() => ServiceSession)
export class ServiceSessionResolver {
  @Mutation(() => ServiceCheckInWindow, { description: '开启服务签到 (staff open a time of service and get the one-time code to display).' })
  @Requires(P.issueCheckInCode)
  openServiceCheckIn(@Arg('input', { description: '输入 (input).' }) input: OpenServiceCheckInInput, @Ctx() ctx: RequestContext) {
    return ctx.get(ServiceSessionService).open(input);
  }

  @Mutation(() => ServiceSession, {
    description: '服务签到 (a member checks in with the code displayed; five wrong codes lock the member out of the session).',
  })
  @Requires(P.checkIn)
  checkInToService(
    @Arg('sessionId', () => ID, sessionId) id: string,
    @Arg('code', { description: '签到码 (the code displayed).' }) code: string,
    @Ctx() ctx: RequestContext,
  ) {
    return ctx.get(ServiceSessionService).checkIn(id, code);
  }

  @Mutation(() => ServiceRecord, { description: '服务签退 (a member checks out: the service record is made and its points earned).' })
  @Requires(P.checkIn)
  checkOutOfService(@Arg('sessionId', () => ID, sessionId) id: string, @Ctx() ctx: RequestContext) {
    return ctx.get(ServiceSessionService).checkOut(id);
  }
}
