import type { GatewayRoute } from '../../../platform/http/gateway-route';

const DOCUMENT = `query ($token: String!) { calendarFeedDocument(token: $token) { filename body } }`;
/** A feed's file name: its secret (43 base64url characters) and `.ics`. */
const FILE = /^([A-Za-z0-9_-]{43})\.ics$/;

/**
 * `GET /calendars/<secret>.ics` on the gateway: the iCalendar feed a calendar app subscribes to.
 * The secret is the credential (calendar apps send no Authorization header); the meetings subgraph
 * checks it and shows what the feed's issuer may read. Anything else is 404, alike for a secret
 * that never existed and one revoked or expired.
 */
export const calendarFeedRoute: GatewayRoute = {
  path: '/calendars/:file',
  peers: ['meetings'],
  create: (peers) => {
    const meetings = peers.client('meetings');
    return async (req, res) => {
      res.set('cache-control', 'private, no-store');
      const token = FILE.exec(String(req.params.file ?? ''))?.[1];
      if (!token) return void res.status(404).type('text/plain').send('No such calendar');
      let document: { filename: string; body: string } | null;
      try {
        ({ calendarFeedDocument: document } = await meetings.query<{ calendarFeedDocument: { filename: string; body: string } | null }>(DOCUMENT, { token }));
      } catch {
        res.set('retry-after', '30');
        return void res.status(503).type('text/plain').send('The calendar is temporarily unavailable');
      }
      if (!document) return void res.status(404).type('text/plain').send('No such calendar');
      res.set('content-disposition', `inline; filename="${document.filename.replace(/[^A-Za-z0-9._-]/g, '_')}"`);
      res.status(200).type('text/calendar; charset=utf-8').send(document.body);
    };
  },
};
