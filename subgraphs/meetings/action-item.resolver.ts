import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Requires } from '../../platform/auth/requires';
import type { RequestContext } from '../../platform/context/request-context';
import { AgreementProjectReference, agreementProjectReference } from '../agreements/public';
import { OrganisationReference, organisationReference } from '../organisations/public';
import { ActionItem, ActionItemNote } from './action-item.entity';
import { ActionItemFilter, UpdateActionItemArgs } from './action-item.inputs';
import { ActionItemService } from './action-item.service';
import { AgendaService } from './agenda.service';
import { JointMeeting } from './joint-meeting.entity';
import { JointMeetingService } from './joint-meeting.service';
import { MEETING_PERMISSIONS as P } from './meetings.permissions';
import { ActionItemConnection } from './meetings.types';
import { Resolution } from './resolution.entity';
import { PageArgs } from '../../platform/pagination/connection';

@Resolver(() => ActionItem)
export class ActionItemResolver {
  @Query(() => ActionItem, {
    nullable: true,
    description: '按编号查督办事项 (an action item by id): null when there is none, FORBIDDEN when it is not yours to read.',
  })
  actionItem(@Arg('id', () => ID, { description: '编号 (id).' }) id: string, @Ctx() ctx: RequestContext) {
    return ctx.get(ActionItemService).read(id);
  }

  @Query(() => ActionItemConnection, { description: '督办事项列表 (the action items you may read), the earliest due first.' })
  actionItems(
    @Arg('filter', () => ActionItemFilter, { nullable: true, description: '筛选 (filter).' }) filter: ActionItemFilter | undefined,
    @Args() args: PageArgs,
    @Ctx() ctx: RequestContext,
  ) {
    return ctx.get(ActionItemService).list(filter ?? {}, args);
  }

  @FieldResolver(() => OrganisationReference, { description: '责任单位 (the unit, department or committee that must do it).' })
  owner(@Root() item: ActionItem) {
    return organisationReference(item.ownerId);
  }

  @FieldResolver(() => OrganisationReference, { description: '召集组织 (the committee whose meeting assigned it).' })
  convener(@Root() item: ActionItem) {
    return organisationReference(item.convenerId);
  }

  @FieldResolver({ description: '是否逾期 (overdue: still open and past its due date, as of today).' })
  overdue(@Root() item: ActionItem, @Ctx() ctx: RequestContext): boolean {
    return ctx.get(ActionItemService).isOverdue(item);
  }

  @FieldResolver(() => [ActionItemNote], { description: '办理进展 (progress reports, oldest first).' })
  notes(@Root() item: ActionItem, @Ctx() ctx: RequestContext) {
    return ctx.get(ActionItemService).notesOf(item.id);
  }

  @FieldResolver(() => Resolution, { description: '所属决议 (the resolution that assigned it).' })
  resolution(@Root() item: ActionItem, @Ctx() ctx: RequestContext) {
    return ctx.get(AgendaService).resolution(item.resolutionId);
  }

  @FieldResolver(() => JointMeeting, { nullable: true, description: '所属会议 (the meeting that assigned it): null unless you may read the meeting.' })
  meeting(@Root() item: ActionItem, @Ctx() ctx: RequestContext) {
    return ctx.get(JointMeetingService).findVisible(item.meetingId);
  }

  @FieldResolver(() => AgreementProjectReference, {
    nullable: true,
    description: "推进的共建项目 (the agreement project it advances): its agreement and project follow the agreement's read rule.",
  })
  advances(@Root() item: ActionItem) {
    return item.advancesAgreementId && item.advancesProjectId ? agreementProjectReference(item.advancesAgreementId, item.advancesProjectId) : null;
  }

  @Mutation(() => ActionItem, {
    description: "报告督办事项进展 (report progress on an action item, and move it: its owner starts and finishes it; the convener's staff drop or reopen it).",
  })
  @Requires(P.work, P.supervise)
  updateActionItem(@Args() args: UpdateActionItemArgs, @Ctx() ctx: RequestContext) {
    return ctx.get(ActionItemService).update(args);
  }
}
