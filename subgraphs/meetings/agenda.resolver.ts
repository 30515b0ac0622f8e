import { Arg, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import { Requires } from '../../platform/auth/requires';
import type { RequestContext } from '../../platform/context/request-context';
import { OrganisationReference, organisationReference } from '../organisations/public';
import { ActionItem } from './action-item.entity';
import { ActionItemService } from './action-item.service';
import { AgendaItem } from './agenda-item.entity';
import { AgendaService } from './agenda.service';
import { ActionItemInput, AgendaItemInput } from './joint-meeting.inputs';
import { MEETING_PERMISSIONS as P } from './meetings.permissions';
import { Resolution } from './resolution.entity';

@Resolver(() => AgendaItem)
export class AgendaItemResolver {
  @FieldResolver(() => OrganisationReference, { description: '提出方 (the organisation that raised it).' })
  raisedBy(@Root() item: AgendaItem) {
    return organisationReference(item.raisedById);
  }

  @FieldResolver(() => Resolution, { nullable: true, description: '决议 (what the meeting decided on it; null until decided).' })
  resolution(@Root() item: AgendaItem, @Ctx() ctx: RequestContext) {
    return ctx.get(AgendaService).resolutionOf(item.id);
  }

  @Mutation(() => AgendaItem, { description: '增加议题 (add an item at the end of the agenda of a scheduled meeting).' })
  @Requires(P.run)
  addAgendaItem(
    @Arg('meetingId', () => ID, { description: '会议编号 (id of the meeting).' }) meetingId: string,
    @Arg('input', { description: '议题 (the item).' }) input: AgendaItemInput,
    @Ctx() ctx: RequestContext,
  ) {
    return ctx.get(AgendaService).add(meetingId, input);
  }
}

@Resolver(() => Resolution)
export class ResolutionResolver {
  @FieldResolver(() => AgendaItem, { description: '所议议题 (the agenda item it decides).' })
  async agendaItem(@Root() resolution: Resolution, @Ctx() ctx: RequestContext) {
    return ctx.get(AgendaService).agendaItem(resolution.agendaItemId);
  }

  @FieldResolver(() => [ActionItem], { description: '督办事项 (the action items it assigns), by due date.' })
  actionItems(@Root() resolution: Resolution, @Ctx() ctx: RequestContext) {
    return ctx.get(ActionItemService).ofResolution(resolution.id);
  }

  @Mutation(() => Resolution, {
    description:
      '通过决议 (record what the meeting decided on an agenda item, with the action items it assigns: once the meeting has begun, never on a cancelled one).',
  })
  @Requires(P.run)
  adoptResolution(
    @Arg('meetingId', () => ID, { description: '会议编号 (id of the meeting).' }) meetingId: string,
    @Arg('agendaItemId', () => ID, { description: '议题编号 (the agenda item decided).' }) agendaItemId: string,
    @Arg('text', { description: '决议内容 (what was decided).' }) text: string,
    @Arg('actionItems', () => [ActionItemInput], { defaultValue: [], description: '督办事项 (the tasks it assigns).' }) actionItems: ActionItemInput[],
    @Ctx() ctx: RequestContext,
  ) {
    return ctx.get(AgendaService).adopt(meetingId, agendaItemId, text, actionItems);
  }
}
