import { auditResolver } from '../../platform/audit/audit.resolver';
import type { SubgraphDefinition } from '../../platform/federation/subgraph';
import { AgreementReference, resolveAgreementReference } from '../agreements/public';
import { RemoteTreeLookup, resolveOrganisationReference } from '../organisations/public';
import { ActionItem, ActionItemNote } from './action-item.entity';
import { ActionItemResolver } from './action-item.resolver';
import { ActionItemService } from './action-item.service';
import { AgendaItem } from './agenda-item.entity';
import { AgendaItemResolver, ResolutionResolver } from './agenda.resolver';
import { AttendanceResolver } from './attendance.resolver';
import { CalendarFeed } from './calendar-feed.entity';
import { CalendarResolver } from './calendar.resolver';
import { CheckInCode } from './check-in-code.entity';
import { loadDemoMeetings } from './demo/demo-meetings';
import { JointMeeting } from './joint-meeting.entity';
import { JointMeetingResolver } from './joint-meeting.resolver';
import { JointMeetingService } from './joint-meeting.service';
import { MeetingAttendance } from './meeting-attendance.entity';
import { MEETING_PERMISSIONS } from './meetings.permissions';
import { migrations } from './migrations';
import { AgreementActionItemsResolver, OrganisationMeetingsResolver } from './organisation-meetings.resolver';
import { calendarFeedRoute, reportAssetsRoute, reportCsvRoute, reportPageRoute, reportXlsxRoute } from './public';
import { ReportResolver } from './report.resolver';
import { Resolution } from './resolution.entity';

/** 联席会议: owner of `JointMeeting`, its attendance, agenda, resolutions and `ActionItem`; adds them to `Organisation` and `Agreement`. */
export const meetingsSubgraph: SubgraphDefinition = {
  name: 'meetings',
  port: 4004,
  storage: {
    schema: 'meetings',
    entities: [JointMeeting, MeetingAttendance, CheckInCode, AgendaItem, Resolution, ActionItem, ActionItemNote, CalendarFeed],
    migrations,
  },
  resolvers: [
    JointMeetingResolver,
    AttendanceResolver,
    AgendaItemResolver,
    ResolutionResolver,
    ActionItemResolver,
    OrganisationMeetingsResolver,
    AgreementActionItemsResolver,
    CalendarResolver,
    ReportResolver,
    auditResolver('meetings', MEETING_PERMISSIONS.readAudit),
  ],
  // `Agreement` is reached only through the gateway (it gains `actionItems` here), never from a field of ours.
  orphanedTypes: [AgreementReference],
  referenceResolvers: {
    JointMeeting: (reference, ctx) => ctx.get(JointMeetingService).findVisible(reference.id),
    ActionItem: (reference, ctx) => ctx.get(ActionItemService).findVisible(reference.id),
    Organisation: resolveOrganisationReference,
    Agreement: resolveAgreementReference,
  },
  treeLookup: RemoteTreeLookup,
  peers: ['organisations', 'agreements'],
  loadDemoData: (em) => loadDemoMeetings(em),
  isEmpty: async (em) => (await em.count(JointMeeting, {})) === 0,
  gatewayRoutes: [calendarFeedRoute, reportCsvRoute, reportXlsxRoute, reportPageRoute, reportAssetsRoute],
};
