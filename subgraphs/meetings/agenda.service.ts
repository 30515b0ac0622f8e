import type { RequestContext } from '../../platform/context/request-context';
import { BadUserInputError, ConflictError } from '../../platform/errors/errors';
import { byIdLoader, groupedLoader } from '../../platform/loading/loaders';
import { checkLocalDate, isUuid, optionalText, requiredText } from '../../platform/validation/validation';
import { AgreementsClient } from '../agreements/public';
import { districtIdOf, isInSubtree, OrganisationKind, OrganisationsClient, STAFFED_KINDS, type OrganisationFacts } from '../organisations/public';
import { ActionItem, ActionItemStatus } from './action-item.entity';
import { AgendaItem } from './agenda-item.entity';
import { JointMeeting, MeetingStatus } from './joint-meeting.entity';
import type { ActionItemInput, AgendaItemInput, ProjectLinkInput } from './joint-meeting.inputs';
import { JointMeetingService } from './joint-meeting.service';
import { MAX_ACTION_ITEMS, MAX_AGENDA_ITEMS } from './meetings.rules';
import { Resolution } from './resolution.entity';

type CheckedActionItem = Pick<ActionItem, 'ownerId' | 'description' | 'dueDate' | 'advancesAgreementId' | 'advancesProjectId'>;

/** A meeting's agenda and what it resolved, with the action items each resolution gives out. */
export class AgendaService {
  private readonly agendas = groupedLoader(
    (ids: readonly string[]) => this.ctx.em.find(AgendaItem, { meetingId: { $in: [...ids] } }, { orderBy: { position: 'asc' } }),
    (a) => a.meetingId,
  );
  private readonly resolutions = groupedLoader(
    (ids: readonly string[]) => this.ctx.em.find(Resolution, { agendaItemId: { $in: [...ids] } }),
    (r) => r.agendaItemId,
  );
  private readonly agendaItemById = byIdLoader((ids) => this.ctx.em.find(AgendaItem, { id: { $in: ids } }), isUuid);
  private readonly resolutionById = byIdLoader((ids) => this.ctx.em.find(Resolution, { id: { $in: ids } }), isUuid);

  constructor(private readonly ctx: RequestContext) {}

  private get meetings(): JointMeetingService {
    return this.ctx.get(JointMeetingService);
  }

  agendaOf(meetingId: string): Promise<AgendaItem[]> {
    return this.agendas.load(meetingId);
  }

  async resolutionOf(agendaItemId: string): Promise<Resolution | null> {
    return (await this.resolutions.load(agendaItemId))[0] ?? null;
  }

  agendaItem(id: string): Promise<AgendaItem | null> {
    return this.agendaItemById.load(id);
  }

  resolution(id: string): Promise<Resolution | null> {
    return this.resolutionById.load(id);
  }

  /** Adds an item at the end of the agenda of a meeting not yet held or cancelled. */
  async add(meetingId: string, input: AgendaItemInput): Promise<AgendaItem> {
    const meeting = await this.meetings.loadToRun(meetingId);
    const title = requiredText(input.title, 'input.title', 200);
    const description = optionalText(input.description, 'input.description', 2000, 'lines');
    await this.checkInDistrict(await this.meetings.convenerOf(meeting), input.raisedById, 'input.raisedById');
    return this.meetings.withLockedMeeting(meetingId, [MeetingStatus.SCHEDULED], { en: 'add to its agenda', zh: '增加议题' }, async (em) => {
      const count = await em.count(AgendaItem, { meetingId });
      if (count >= MAX_AGENDA_ITEMS) throw new BadUserInputError('TOO_MANY', { field: 'meetingId', max: MAX_AGENDA_ITEMS });
      return em.create(AgendaItem, { meetingId, position: count + 1, title, description, raisedById: input.raisedById, category: input.category });
    });
  }

  /**
   * Records what the meeting decided on one agenda item, with the action items it assigns: once the
   * meeting has begun (or after it was closed), never on a cancelled one, once per item. Owners,
   * due dates and linked projects are checked before anything is written.
   */
  async adopt(meetingId: string, agendaItemId: string, text: string, actionItems: ActionItemInput[]): Promise<Resolution> {
    const meeting = await this.meetings.loadToRun(meetingId);
    const decided = requiredText(text, 'text', 2000, 'lines');
    const item = await this.agendaItem(agendaItemId);
    if (!item || item.meetingId !== meeting.id) throw new BadUserInputError('UNKNOWN_REFERENCE', { field: 'agendaItemId', id: agendaItemId });
    if (actionItems.length > MAX_ACTION_ITEMS) throw new BadUserInputError('TOO_MANY', { field: 'actionItems', max: MAX_ACTION_ITEMS });
    const convener = await this.meetings.convenerOf(meeting);
    const checked = await Promise.all(actionItems.map((a, i) => this.checkActionItem(meeting, convener, a, `actionItems[${i}]`)));
    const action = { en: 'adopt a resolution', zh: '通过决议' };
    return this.meetings.withLockedMeeting(meetingId, [MeetingStatus.SCHEDULED, MeetingStatus.HELD], action, async (em, locked) => {
      if (locked.status === MeetingStatus.SCHEDULED) this.meetings.assertBegun(locked, action);
      if (await em.count(Resolution, { agendaItemId })) throw new ConflictError('DUPLICATE', { field: 'agendaItemId' });
      const adoptedOn = this.ctx.today;
      const resolution = em.create(Resolution, { meetingId, agendaItemId, text: decided, adoptedOn, adoptedBy: this.ctx.actor.subject });
      for (const values of checked) {
        em.create(ActionItem, {
          ...values,
          meetingId,
          resolutionId: resolution.id,
          convenerId: locked.convenerId,
          assignedOn: adoptedOn,
          status: ActionItemStatus.OPEN,
        });
      }
      return resolution;
    });
  }

  private async checkActionItem(meeting: JointMeeting, convener: OrganisationFacts, input: ActionItemInput, field: string): Promise<CheckedActionItem> {
    const description = requiredText(input.description, `${field}.description`, 1000, 'lines');
    const dueDate = checkLocalDate(input.dueDate, `${field}.dueDate`);
    if (dueDate < meeting.meetingDate) throw new BadUserInputError('NOT_BEFORE', { field: `${field}.dueDate`, other: meeting.meetingDate });
    await this.checkOwner(convener, input.ownerId, `${field}.ownerId`);
    const link = input.advances ? await this.checkProjectLink(convener, input.advances, `${field}.advances`) : null;
    return { ownerId: input.ownerId, description, dueDate, advancesAgreementId: link?.agreementId ?? null, advancesProjectId: link?.projectId ?? null };
  }

  /** A unit of the convener's district, or a street, community or area committee within the convener's area. */
  private async checkOwner(convener: OrganisationFacts, id: string, field: string): Promise<void> {
    const owner = await this.checkInDistrict(convener, id, field);
    if (owner.kind === OrganisationKind.UNIT_PARTY_ORGANISATION) return;
    if (!STAFFED_KINDS.includes(owner.kind)) {
      throw new BadUserInputError('WRONG_KIND', { field, expected: [OrganisationKind.UNIT_PARTY_ORGANISATION, ...STAFFED_KINDS].join(' or ') });
    }
    if (!isInSubtree(owner.path, convener.path)) throw new BadUserInputError('OUT_OF_AREA', { field, id });
  }

  private async checkInDistrict(convener: OrganisationFacts, id: string, field: string): Promise<OrganisationFacts> {
    const organisation = isUuid(id) ? await this.ctx.shared(OrganisationsClient).find(id) : null;
    if (!organisation) throw new BadUserInputError('UNKNOWN_REFERENCE', { field, id });
    if (districtIdOf(organisation.path) !== districtIdOf(convener.path)) throw new BadUserInputError('OUT_OF_AREA', { field, id });
    return organisation;
  }

  /** A project of an agreement made by the convener or a committee within its area. */
  private async checkProjectLink(convener: OrganisationFacts, link: ProjectLinkInput, field: string): Promise<ProjectLinkInput> {
    const agreement = isUuid(link.agreementId) ? await this.ctx.shared(AgreementsClient).find(link.agreementId) : null;
    if (!agreement) throw new BadUserInputError('UNKNOWN_REFERENCE', { field: `${field}.agreementId`, id: link.agreementId });
    if (!agreement.projects.some((p) => p.id === link.projectId))
      throw new BadUserInputError('UNKNOWN_REFERENCE', { field: `${field}.projectId`, id: link.projectId });
    const committee = await this.ctx.shared(OrganisationsClient).find(agreement.committeeId);
    if (!committee || !isInSubtree(committee.path, convener.path))
      throw new BadUserInputError('OUT_OF_AREA', { field: `${field}.agreementId`, id: link.agreementId });
    return { agreementId: agreement.id, projectId: link.projectId };
  }
}
