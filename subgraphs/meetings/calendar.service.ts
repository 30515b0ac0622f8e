import { randomBytes } from 'node:crypto';
import { getVtimezoneComponent } from '@touch4it/ical-timezones';
import ical, { ICalEventStatus } from 'ical-generator';
import { DateTime } from 'luxon';
import { Access } from '../../platform/auth/access';
import { isRole, Role } from '../../platform/auth/identity';
import type { RequestContext } from '../../platform/context/request-context';
import { BadUserInputError, ConflictError, NotFoundError } from '../../platform/errors/errors';
import { lockForChange } from '../../platform/orm/change-with-lock';
import { addDays } from '../../platform/time/clock';
import { checkInteger, isUuid } from '../../platform/validation/validation';
import { OrganisationKind, OrganisationsClient, UNIT_HOST_KINDS, type OrganisationFacts } from '../organisations/public';
import { AgendaService } from './agenda.service';
import { CalendarFeed } from './calendar-feed.entity';
import { JointMeeting, MeetingKind, MeetingStatus } from './joint-meeting.entity';
import { MeetingListService } from './meeting-lists.service';
import { MEETING_PERMISSIONS as P } from './meetings.permissions';
import { feedTokenHash } from './meetings.rules';
import type { CalendarDocument, IssuedCalendarFeed } from './meetings.types';

/** How long a feed works unless revoked: a year by default, two at most. */
export const FEED_DAYS = { default: 365, min: 1, max: 730 } as const;
/** A feed shows the past year and everything ahead, at most this many meetings. */
const FEED_PAST_DAYS = 365;
const FEED_MAX_EVENTS = 1000;
/** Where calendar feeds are served on the gateway (see `calendarFeedRoute`). */
export const CALENDAR_PATH = '/calendars';

const KIND_NAMES: Record<MeetingKind, string> = {
  BIG_WORKING_COMMITTEE_JOINT_MEETING: '街道"大工委"联席会议',
  BIG_PARTY_COMMITTEE_JOINT_MEETING: '社区"大党委"联席会议',
  AREA_JOINT_MEETING: '片区联席会议',
  PARTY_MASSES_JOINT_MEETING: '党群联席会',
  RESIDENTS_DELIBERATION_MEETING: '居民议事会',
  PUBLIC_OPINION_MEETING: '民情恳谈会',
};

/**
 * iCalendar feeds of an organisation's meetings (RFC 5545): a committee's feed has the meetings it
 * convenes, a unit's the meetings it is invited to. Calendar apps send no bearer token, so a feed is
 * reached by a secret URL issued here; each fetch shows only what the feed's issuer may read today.
 */
export class CalendarService {
  constructor(private readonly ctx: RequestContext) {}

  async issue(organisationId: string, validDays?: number | null): Promise<IssuedCalendarFeed> {
    const organisation = await this.subscribable(organisationId);
    await this.ctx.access.require(P.subscribe, { organisationId: organisation.id, organisationPath: organisation.path });
    const days = checkInteger(validDays ?? FEED_DAYS.default, 'validDays', FEED_DAYS.min, FEED_DAYS.max);
    const token = randomBytes(32).toString('base64url');
    const feed = this.ctx.em.create(CalendarFeed, {
      organisationId: organisation.id,
      tokenHash: feedTokenHash(token),
      issuedBySubject: this.ctx.actor.subject,
      issuedByRole: this.ctx.actor.role,
      issuedByOrganisationId: this.ctx.actor.organisationId ?? null,
      expiresAt: new Date(this.ctx.clock.now().getTime() + days * 86_400_000),
    });
    await this.ctx.em.flush();
    return { feed, path: `${CALENDAR_PATH}/${token}.ics` };
  }

  /** Stops a feed for good: whoever may subscribe to the organisation's meetings may revoke any of its feeds. */
  async revoke(id: string): Promise<CalendarFeed> {
    const feed = isUuid(id) ? await this.ctx.em.findOne(CalendarFeed, { id }) : null;
    if (!feed) throw new NotFoundError('CalendarFeed', id);
    const organisation = await this.ctx.shared(OrganisationsClient).find(feed.organisationId);
    await this.ctx.access.require(P.subscribe, { organisationId: feed.organisationId, organisationPath: organisation?.path });
    return this.ctx.em.transactional(async (em) => {
      const locked = await lockForChange(em, CalendarFeed, id);
      if (locked.revokedAt) throw new ConflictError('ALREADY_DONE', { entity: 'CalendarFeed', id, action: { en: 'revoking', zh: '撤销' } });
      locked.revokedAt = this.ctx.clock.now();
      return locked;
    });
  }

  /** The feeds of an organisation, newest first (their secrets are never shown again). */
  async feedsOf(organisationId: string): Promise<CalendarFeed[]> {
    const organisation = await this.subscribable(organisationId);
    await this.ctx.access.require(P.subscribe, { organisationId: organisation.id, organisationPath: organisation.path });
    return this.ctx.em.find(CalendarFeed, { organisationId: organisation.id }, { orderBy: { createdAt: 'desc', id: 'desc' } });
  }

  /**
   * The iCalendar file behind a feed's secret, or null for a secret that names no feed, or a feed
   * revoked, expired, or whose issuer may no longer subscribe to that organisation. Asked by the
   * gateway's calendar route on behalf of a calendar app.
   */
  async document(token: string): Promise<CalendarDocument | null> {
    // Only the hub itself (the gateway's route, signed as the operator) asks; the field is not public.
    if (this.ctx.actor.role !== Role.PLATFORM_ADMIN || !/^[A-Za-z0-9_-]{43}$/.test(token)) return null;
    const feed = await this.ctx.em.findOne(CalendarFeed, { tokenHash: feedTokenHash(token) });
    const now = this.ctx.clock.now();
    if (!feed || feed.revokedAt || feed.expiresAt <= now || !isRole(feed.issuedByRole)) return null;
    const organisation = await this.ctx.shared(OrganisationsClient).find(feed.organisationId);
    if (!organisation) return null;
    const issuer = new Access(
      { subject: feed.issuedBySubject, role: feed.issuedByRole, organisationId: feed.issuedByOrganisationId ?? undefined },
      this.ctx.get(this.ctx.settings.treeLookup),
    );
    if (!(await issuer.allows(P.subscribe, { organisationId: organisation.id, organisationPath: organisation.path }))) return null;
    const meetings = await this.ctx.get(MeetingListService).forCalendar(organisation, issuer, addDays(this.ctx.today, -FEED_PAST_DAYS), FEED_MAX_EVENTS);
    return { filename: `${organisation.code}.ics`, body: await this.render(organisation, meetings) };
  }

  private async render(organisation: OrganisationFacts, meetings: JointMeeting[]): Promise<string> {
    const zone = this.ctx.clock.timeZone;
    const calendar = ical({
      name: `${organisation.name} 联席会议`,
      prodId: { company: 'party-building-hub', product: 'meetings', language: 'ZH' },
      timezone: { name: null, generator: getVtimezoneComponent },
    });
    calendar.x('X-WR-TIMEZONE', zone);
    const local = (instant: Date) => DateTime.fromJSDate(instant, { zone });
    const [conveners, agendas] = await Promise.all([
      Promise.all(meetings.map((m) => this.ctx.shared(OrganisationsClient).find(m.convenerId))),
      Promise.all(meetings.map((m) => this.ctx.get(AgendaService).agendaOf(m.id))),
    ]);
    meetings.forEach((meeting, i) => {
      const agenda = agendas[i].map((item) => `${item.position}. ${item.title}`);
      const lines = [`${KIND_NAMES[meeting.kind]}（召集：${conveners[i]?.name ?? '—'}）`, ...(agenda.length ? ['议题：', ...agenda] : [])];
      if (meeting.status === MeetingStatus.CANCELLED) lines.unshift(`已取消：${meeting.cancelReason ?? ''}`);
      calendar.createEvent({
        id: `${meeting.id}@meetings.party-building-hub`,
        sequence: meeting.version,
        stamp: meeting.updatedAt,
        lastModified: meeting.updatedAt,
        created: meeting.createdAt,
        start: local(meeting.startsAt),
        end: local(meeting.endsAt),
        timezone: zone,
        summary: meeting.title,
        description: lines.join('\n'),
        location: meeting.place ?? meeting.onlineLink ?? undefined,
        url: meeting.onlineLink ?? undefined,
        status: meeting.status === MeetingStatus.CANCELLED ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
      });
    });
    return calendar.toString();
  }

  private async subscribable(organisationId: string): Promise<OrganisationFacts> {
    const organisation = isUuid(organisationId) ? await this.ctx.shared(OrganisationsClient).find(organisationId) : null;
    if (!organisation) throw new BadUserInputError('UNKNOWN_REFERENCE', { field: 'organisationId', id: organisationId });
    if (organisation.kind !== OrganisationKind.UNIT_PARTY_ORGANISATION && !UNIT_HOST_KINDS.includes(organisation.kind)) {
      throw new BadUserInputError('WRONG_KIND', {
        field: 'organisationId',
        expected: [...UNIT_HOST_KINDS, OrganisationKind.UNIT_PARTY_ORGANISATION].join(' or '),
      });
    }
    return organisation;
  }
}
