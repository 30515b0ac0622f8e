import { Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../platform/context/request-context';
import { AgreementReference } from '../agreements/public';
import { OrganisationReference } from '../organisations/public';
import { ActionItemListArgs, OpenActionItemArgs } from './action-item.inputs';
import { ActionItemService } from './action-item.service';
import { OrganisationMeetingArgs } from './joint-meeting.inputs';
import { MeetingListService } from './meeting-lists.service';
import { ActionItemConnection, JointMeetingConnection } from './meetings.types';

/** What the meetings subgraph adds to `Organisation`: its meetings and action items, batched over organisations. */
@Resolver(() => OrganisationReference)
export class OrganisationMeetingsResolver {
  @FieldResolver(() => JointMeetingConnection, {
    nullable: true,
    description: '联席会议 (meetings this committee convenes, or this unit is invited to, that you may read), latest first unless asked otherwise.',
  })
  jointMeetings(@Root() organisation: OrganisationReference, @Args() args: OrganisationMeetingArgs, @Ctx() ctx: RequestContext) {
    return ctx.get(MeetingListService).ofOrganisation(organisation.id, args);
  }

  @FieldResolver(() => ActionItemConnection, {
    nullable: true,
    description: '未办结督办事项 (open and in-progress action items of meetings this committee convened), the earliest due first.',
  })
  openActionItems(@Root() organisation: OrganisationReference, @Args() args: OpenActionItemArgs, @Ctx() ctx: RequestContext) {
    return ctx.get(ActionItemService).nested('convener', organisation.id, args, true);
  }

  @FieldResolver(() => ActionItemConnection, { nullable: true, description: '承办的督办事项 (action items this organisation owns), the earliest due first.' })
  actionItemsOwned(@Root() organisation: OrganisationReference, @Args() args: ActionItemListArgs, @Ctx() ctx: RequestContext) {
    return ctx.get(ActionItemService).nested('owner', organisation.id, args);
  }
}

/** `Agreement.actionItems`: the action items of joint meetings that advance the agreement's projects. */
@Resolver(() => AgreementReference)
export class AgreementActionItemsResolver {
  @FieldResolver(() => ActionItemConnection, {
    nullable: true,
    description:
      "推进项目的督办事项 (action items of joint meetings that advance this agreement's projects, as far as you may read them), the earliest due first.",
  })
  actionItems(@Root() agreement: AgreementReference, @Args() args: ActionItemListArgs, @Ctx() ctx: RequestContext) {
    return ctx.get(ActionItemService).nested('agreement', agreement.id, args);
  }
}
