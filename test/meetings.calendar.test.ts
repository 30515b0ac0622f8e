import assert from 'node:assert/strict';
import { beforeAll, describe, test } from '@jest/globals';
import ICAL from 'ical.js';
import { CANCEL, meetingInput, meetingParties, SCHEDULE, type MeetingParties } from './kit/meetings';
import { useTestStack } from './kit/stack';

/**
 * iCalendar feeds (RFC 5545) per committee and per unit, served by the gateway at a secret address
 * a calendar app can subscribe to without a token; parsed back here with an iCalendar parser.
 */
let offsetDays = 0;
const hub = useTestStack({ demo: true, now: () => new Date(Date.now() + offsetDays * 86_400_000) });
let p: MeetingParties;
beforeAll(async () => {
  p = await meetingParties(hub);
});

const ISSUE = `mutation ($id: ID!, $days: Int) { issueCalendarFeed(organisationId: $id, validDays: $days) { path feed { id expiresAt revokedAt issuedBySubject organisation { id } } } }`;
const REVOKE = `mutation ($id: ID!) { revokeCalendarFeed(id: $id) { id revokedAt } }`;

function gatewayUrl(path: string): string {
  return new URL(path, hub.stack.gateway.url).toString();
}

async function fetchFeed(path: string) {
  const response = await fetch(gatewayUrl(path));
  return { status: response.status, type: response.headers.get('content-type'), text: await response.text() };
}

function events(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  return calendar.getAllSubcomponents('vevent').map((vevent) => {
    const event = new ICAL.Event(vevent);
    const tzid = vevent.getFirstProperty('dtstart')?.getParameter('tzid');
    return {
      uid: event.uid,
      summary: event.summary,
      start: event.startDate,
      tzid,
      status: vevent.getFirstPropertyValue('status'),
      sequence: event.sequence,
      location: event.location,
    };
  });
}

describe('calendar feeds', () => {
  test('a committee’s feed lists its meetings in Asia/Shanghai time, cancelled ones as CANCELLED, and follows changes', async () => {
    const meeting = (
      await p.staff.data(SCHEDULE, { input: meetingInput(p, { startsAt: '2026-12-01T01:30:00Z', endsAt: '2026-12-01T03:30:00Z', title: '十二月联席会议' }) })
    ).scheduleJointMeeting;
    const { path, feed } = (await p.staff.data(ISSUE, { id: p.community.id })).issueCalendarFeed;
    assert.match(path, /^\/calendars\/[A-Za-z0-9_-]{43}\.ics$/);
    assert.deepEqual([feed.issuedBySubject, feed.organisation.id, feed.revokedAt], ['staff-1', p.community.id, null]);
    const first = await fetchFeed(path);
    assert.equal(first.status, 200);
    assert.match(first.type ?? '', /^text\/calendar; charset=utf-8/);
    const calendar = new ICAL.Component(ICAL.parse(first.text));
    assert.match(String(calendar.getFirstPropertyValue('x-wr-calname')), /社区党委 联席会议$/);
    assert.equal(calendar.getFirstSubcomponent('vtimezone')?.getFirstPropertyValue('tzid'), 'Asia/Shanghai');
    const vtimezone = calendar.getFirstSubcomponent('vtimezone')!;
    ICAL.TimezoneService.register(vtimezone);
    const found = events(first.text).find((e) => e.uid.startsWith(meeting.id))!;
    assert.equal(found.summary, '十二月联席会议');
    assert.equal(found.tzid, 'Asia/Shanghai');
    assert.equal(found.start.toString(), '2026-12-01T09:30:00');
    assert.equal(found.start.toJSDate().toISOString(), '2026-12-01T01:30:00.000Z');
    assert.equal(found.status, 'CONFIRMED');
    assert.ok(
      events(first.text).some((e) => e.status === 'CANCELLED'),
      'the demo year has a cancelled meeting',
    );
    await p.staff.data(CANCEL, { id: meeting.id, version: meeting.version, reason: '改期' });
    const cancelled = events((await fetchFeed(path)).text).find((e) => e.uid.startsWith(meeting.id))!;
    assert.deepEqual([cancelled.status, cancelled.sequence > found.sequence], ['CANCELLED', true]);
  });

  test('a unit’s feed lists the meetings it is invited to, and nothing else', async () => {
    const invited = (await p.staff.data(SCHEDULE, { input: meetingInput(p, { invitedUnitIds: [p.units[0].id], title: '只邀请一家' }) })).scheduleJointMeeting;
    const other = (await p.staff.data(SCHEDULE, { input: meetingInput(p, { invitedUnitIds: [p.units[1].id], title: '邀请另一家' }) })).scheduleJointMeeting;
    const { path } = (await p.partner.data(ISSUE, { id: p.units[0].id })).issueCalendarFeed;
    const uids = events((await fetchFeed(path)).text).map((e) => e.uid);
    assert.ok(uids.some((u) => u.startsWith(invited.id)));
    assert.ok(!uids.some((u) => u.startsWith(other.id)));
    await p.partner.error('OUT_OF_SCOPE', ISSUE, { id: p.units[1].id });
    await p.otherStaff.error('OUT_OF_SCOPE', ISSUE, { id: p.community.id });
    await p.analyst.error('ROLE_NOT_PERMITTED', ISSUE, { id: p.community.id });
    await p.staff.error('WRONG_KIND', ISSUE, { id: p.districtId });
    await p.staff.error('OUT_OF_RANGE', ISSUE, { id: p.community.id, days: 10_000 });
  });

  test('revoked, expired, unknown and malformed addresses are 404, alike; the secret is kept only as a hash', async () => {
    const { path, feed } = (await p.staff.data(ISSUE, { id: p.community.id, days: 1 })).issueCalendarFeed;
    const stored = JSON.stringify(await hub.em('meetings').execute(`select * from meetings.calendar_feed`));
    assert.ok(!stored.includes(path.slice(11, 54)));
    offsetDays = 2;
    try {
      assert.equal((await fetchFeed(path)).status, 404);
    } finally {
      offsetDays = 0;
    }
    assert.equal((await fetchFeed(path)).status, 200);
    const revoked = (await p.streetStaff.data(REVOKE, { id: feed.id })).revokeCalendarFeed;
    assert.ok(revoked.revokedAt);
    assert.equal((await fetchFeed(path)).status, 404);
    await p.staff.error('ALREADY_DONE', REVOKE, { id: feed.id });
    await p.otherStaff.error('OUT_OF_SCOPE', REVOKE, { id: feed.id });
    for (const bad of [
      '/calendars/nothing.ics',
      `/calendars/${'A'.repeat(43)}.ics`,
      `/calendars/${'A'.repeat(43)}`,
      '/calendars/%00.ics',
      '/calendars/..%2F..%2Fetc.ics',
    ]) {
      const response = await fetchFeed(bad);
      assert.equal(response.status, 404, bad);
    }
    const feeds = (await p.staff.data(`query ($id: ID!) { calendarFeeds(organisationId: $id) { id revokedAt } }`, { id: p.community.id })).calendarFeeds;
    assert.ok(feeds.some((f: any) => f.id === feed.id && f.revokedAt));
  });

  test('a feed shows only what its issuer may read today, and is not part of the public graph', async () => {
    const { path } = (await p.partner.data(ISSUE, { id: p.units[0].id })).issueCalendarFeed;
    const unitFeed = events((await fetchFeed(path)).text);
    for (const event of unitFeed.slice(0, 5)) {
      const id = event.uid.split('@')[0];
      assert.ok((await p.partner.data(`query ($id: ID!) { jointMeeting(id: $id) { id } }`, { id })).jointMeeting);
    }
    const response = await p.staff.request(`query ($t: String!) { calendarFeedDocument(token: $t) { body } }`, { t: 'x' });
    assert.equal(response.errors?.[0].extensions?.code, 'GRAPHQL_VALIDATION_FAILED');
  });
});
