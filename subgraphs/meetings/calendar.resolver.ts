import { Arg, Ctx, Directive, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Requires } from '../../platform/auth/requires';
import type { RequestContext } from '../../platform/context/request-context';
import { OrganisationReference, organisationReference } from '../organisations/public';
import { CalendarFeed } from './calendar-feed.entity';
import { CalendarService } from './calendar.service';
import { MEETING_PERMISSIONS as P } from './meetings.permissions';
import { CalendarDocument, IssuedCalendarFeed } from './meetings.types';

const organisationId = { description: '组织编号 (a street or community committee, or a unit).' };

@Resolver(() => CalendarFeed)
export class CalendarResolver {
  @FieldResolver(() => OrganisationReference, { description: '订阅的组织 (whose meetings it shows).' })
  organisation(@Root() feed: CalendarFeed) {
    return organisationReference(feed.organisationId);
  }

  @Query(() => [CalendarFeed], { description: '日历订阅 (the calendar feeds of an organisation), newest first.' })
  calendarFeeds(@Arg('organisationId', () => ID, organisationId) id: string, @Ctx() ctx: RequestContext) {
    return ctx.get(CalendarService).feedsOf(id);
  }

  @Mutation(() => IssuedCalendarFeed, {
    description:
      "签发日历订阅 (issue a secret calendar address for an organisation's meetings: a committee's feed has the meetings it convenes, a unit's those it is invited to).",
  })
  @Requires(P.subscribe)
  issueCalendarFeed(
    @Arg('organisationId', () => ID, organisationId) id: string,
    @Arg('validDays', () => Int, { nullable: true, description: '有效天数 (days it works: 1 to 730, 365 if omitted).' }) days: number | null,
    @Ctx() ctx: RequestContext,
  ) {
    return ctx.get(CalendarService).issue(id, days);
  }

  @Mutation(() => CalendarFeed, { description: '撤销日历订阅 (revoke a calendar feed: its address stops working at once).' })
  @Requires(P.subscribe)
  revokeCalendarFeed(@Arg('id', () => ID, { description: '订阅编号 (id of the feed).' }) id: string, @Ctx() ctx: RequestContext) {
    return ctx.get(CalendarService).revoke(id);
  }

  /** Asked by the gateway's calendar route (signed as the hub); not part of the public graph. */
  @Directive('@inaccessible')
  @Query(() => CalendarDocument, { nullable: true, description: "日历文件 (the iCalendar file behind a feed's secret; for the gateway)." })
  calendarFeedDocument(@Arg('token', { description: "订阅密钥 (the secret of the feed's address)." }) token: string, @Ctx() ctx: RequestContext) {
    return ctx.get(CalendarService).document(token);
  }
}
