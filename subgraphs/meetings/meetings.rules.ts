import { createHash } from 'node:crypto';
import { BadUserInputError } from '../../platform/errors/errors';
import { checkInstant, optionalText, requiredText } from '../../platform/validation/validation';
import { OrganisationKind } from '../organisations/public';
import { MeetingKind } from './joint-meeting.entity';

const K = OrganisationKind;

/** Who convenes each kind of meeting: a big committee its own; consultation and area meetings either. */
export const CONVENERS_OF: Record<MeetingKind, readonly OrganisationKind[]> = {
  BIG_WORKING_COMMITTEE_JOINT_MEETING: [K.STREET_WORKING_COMMITTEE],
  BIG_PARTY_COMMITTEE_JOINT_MEETING: [K.COMMUNITY_PARTY_COMMITTEE],
  AREA_JOINT_MEETING: [K.STREET_WORKING_COMMITTEE, K.COMMUNITY_PARTY_COMMITTEE],
  PARTY_MASSES_JOINT_MEETING: [K.STREET_WORKING_COMMITTEE, K.COMMUNITY_PARTY_COMMITTEE],
  RESIDENTS_DELIBERATION_MEETING: [K.STREET_WORKING_COMMITTEE, K.COMMUNITY_PARTY_COMMITTEE],
  PUBLIC_OPINION_MEETING: [K.STREET_WORKING_COMMITTEE, K.COMMUNITY_PARTY_COMMITTEE],
};

/** A joint meeting lasts a morning or an afternoon, a day at most. */
export const MAX_MEETING_HOURS = 24;
/** A street's big working committee seats a few dozen units at most. */
export const MAX_INVITED_UNITS = 200;
/** A resolution gives out a handful of tasks, not hundreds. */
export const MAX_ACTION_ITEMS = 50;
/** An agenda is a page long. */
export const MAX_AGENDA_ITEMS = 50;

/** The start and end of a meeting: real instants, the end after the start, within a day. */
export function checkSpan(startsAt: Date, endsAt: Date, field: string): void {
  checkInstant(startsAt, `${field}.startsAt`);
  checkInstant(endsAt, `${field}.endsAt`);
  if (endsAt.getTime() <= startsAt.getTime()) throw new BadUserInputError('MUST_BE_AFTER', { field: `${field}.endsAt`, other: `${field}.startsAt` });
  if (endsAt.getTime() - startsAt.getTime() > MAX_MEETING_HOURS * 3_600_000) {
    throw new BadUserInputError('SPAN_TOO_LONG', { field: `${field}.endsAt`, max: { en: `${MAX_MEETING_HOURS} hours`, zh: `${MAX_MEETING_HOURS} 小时` } });
  }
}

/** Where a meeting is: a place, an online link (http or https), or both; at least one. */
export function checkVenue(place: string | null | undefined, onlineLink: string | null | undefined, field: string) {
  const venue = { place: optionalText(place, `${field}.place`, 300), onlineLink: checkOnlineLink(onlineLink, `${field}.onlineLink`) };
  if (!venue.place && !venue.onlineLink) throw new BadUserInputError('ONE_OF_REQUIRED', { field, fields: 'place, onlineLink' });
  return venue;
}

function checkOnlineLink(value: string | null | undefined, field: string): string | null {
  const text = optionalText(value, field, 500);
  if (text === null) return null;
  let url: URL | null;
  try {
    url = new URL(text);
  } catch {
    url = null;
  }
  if (!url || !['http:', 'https:'].includes(url.protocol)) throw new BadUserInputError('INVALID_FORMAT', { field, format: 'an http or https URL' });
  return text;
}

export function checkTitle(value: string, field: string): string {
  return requiredText(value, field, 200);
}

/** The hash of a calendar feed's secret, by which a fetch finds its feed. */
export function feedTokenHash(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
