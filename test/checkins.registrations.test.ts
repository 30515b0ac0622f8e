import assert from 'node:assert/strict';
import { beforeAll, describe, test } from '@jest/globals';
import { checkinParties, CONFIRM, confirmedMember, newMember, REPORT, type CheckinParties } from './kit/checkins';
import { graphql } from './kit/graphql';
import { useTestStack } from './kit/stack';

/**
 * 双报到 through the gateway: a member reports where it lives, the community confirms and places it
 * (一律编入) or rejects it with a reason; a move closes the old registration; leave (请销假) is asked
 * and decided; a unit reports where it sits. Every state transition and every refusal.
 */
const hub = useTestStack({ demo: true });
let p: CheckinParties;

const REJECT = graphql(`
  mutation RejectRegistration($id: ID!, $version: Int!, $reason: String!) {
    rejectRegistration(id: $id, version: $version, reason: $reason) {
      status
      rejectReason
    }
  }
`);
const HISTORY = graphql(`
  query RegistrationHistory($id: ID!) {
    member(id: $id) {
      residentialCommunity {
        id
      }
      registration {
        id
        status
      }
      registrations {
        id
        status
        closedAt
        closedReason
        community {
          id
        }
      }
      leaveRequests {
        id
        status
      }
    }
  }
`);
const QUEUE = graphql(`
  query RegistrationQueue($communityId: ID!, $status: RegistrationStatus) {
    memberRegistrations(filter: { communityId: $communityId, status: $status }, first: 100) {
      totalCount
      edges {
        node {
          id
          status
          member {
            id
          }
        }
      }
    }
  }
`);
const TEAM = graphql(`
  mutation CreateTeam($input: CreateVolunteerTeamInput!) {
    createVolunteerTeam(input: $input) {
      id
      name
      interest
    }
  }
`);
const TEAMS = graphql(`
  query Teams($communityId: ID!) {
    volunteerTeams(communityId: $communityId) {
      id
      name
    }
  }
`);
const LEAVE = graphql(`
  mutation RequestLeave($input: RequestLeaveInput!) {
    requestLeave(input: $input) {
      id
      version
      status
      startsOn
      endsOn
      community {
        id
      }
    }
  }
`);
const APPROVE_LEAVE = graphql(`
  mutation ApproveLeave($id: ID!, $version: Int!) {
    approveLeave(id: $id, version: $version) {
      id
      version
      status
      decidedAt
    }
  }
`);
const REJECT_LEAVE = graphql(`
  mutation RejectLeave($id: ID!, $version: Int!, $reason: String!) {
    rejectLeave(id: $id, version: $version, reason: $reason) {
      status
      decisionReason
    }
  }
`);
const CANCEL_LEAVE = graphql(`
  mutation CancelLeave($id: ID!, $version: Int!) {
    cancelLeave(id: $id, version: $version) {
      status
      cancelledAt
    }
  }
`);
const LEAVE_QUEUE = graphql(`
  query LeaveQueue($communityId: ID!) {
    leaveRequests(filter: { communityId: $communityId, status: REQUESTED }, first: 100) {
      totalCount
      edges {
        node {
          id
          member {
            id
          }
        }
      }
    }
  }
`);
const REGISTER_UNIT = graphql(`
  mutation RegisterUnit($input: RegisterUnitInput!) {
    registerUnit(input: $input) {
      id
      version
      status
      offers
      host {
        id
      }
    }
  }
`);
const CONFIRM_UNIT = graphql(`
  mutation ConfirmUnit($id: ID!, $version: Int!) {
    confirmUnitRegistration(id: $id, version: $version) {
      status
    }
  }
`);
const REJECT_UNIT = graphql(`
  mutation RejectUnit($id: ID!, $version: Int!, $reason: String!) {
    rejectUnitRegistration(id: $id, version: $version, reason: $reason) {
      status
      rejectReason
    }
  }
`);
const UNIT_REGISTRATIONS = graphql(`
  query UnitRegistrations($id: ID!) {
    organisation(id: $id) {
      unitRegistrations {
        id
        status
        unit {
          id
        }
        host {
          id
        }
      }
    }
  }
`);

const day = (offset: number) => new Date(Date.now() + offset * 86_400_000 + 8 * 3_600_000).toISOString().slice(0, 10);

beforeAll(async () => {
  p = await checkinParties(hub);
});

describe('a member reports, and the community confirms or rejects', () => {
  test('report: PENDING, in the staff queue; confirm with a grid: CONFIRMED, placed, in the teams of its interests', async () => {
    const team = (await p.staff.data(TEAM, { input: { communityId: p.community, name: '测试调解队', interest: '测试调解' } })).createVolunteerTeam;
    const member = await newMember(p, p.community, p.unit);
    const reported = (await member.client.data(REPORT, { input: { communityId: p.community, interests: ['测试调解', '测试调解'] } })).reportToCommunity;
    assert.equal(reported.status, 'PENDING');
    assert.deepEqual(reported.interests, ['测试调解']);
    const queue = (await p.staff.data(QUEUE, { communityId: p.community, status: 'PENDING' })).memberRegistrations;
    assert.ok(queue.edges.some((e) => e.node.id === reported.id && e.node.member?.id === member.id));
    const confirmed = (await p.staff.data(CONFIRM, { input: { id: reported.id, version: reported.version, placementId: p.grid } })).confirmRegistration;
    assert.equal(confirmed.status, 'CONFIRMED');
    assert.equal(confirmed.placement?.id, p.grid);
    assert.ok(confirmed.decidedAt);
    assert.deepEqual(confirmed.volunteerTeams, [{ name: team.name, interest: '测试调解' }]);
    await p.staff.error('ILLEGAL_TRANSITION', CONFIRM, { input: { id: reported.id, version: confirmed.version, placementId: p.grid } });
    await p.staff.error('ILLEGAL_TRANSITION', REJECT, { id: reported.id, version: confirmed.version, reason: '不在辖区' });
  });

  test('confirming checks the placement, the teams, the version and who confirms', async () => {
    const member = await newMember(p, p.community, p.unit);
    const r = (await member.client.data(REPORT, { input: { communityId: p.community } })).reportToCommunity;
    const input = (overrides = {}) => ({ input: { id: r.id, version: r.version, placementId: p.grid, ...overrides } });
    await p.staff.error('OUT_OF_AREA', CONFIRM, input({ placementId: p.otherGrid }));
    await p.staff.error('WRONG_KIND', CONFIRM, input({ placementId: p.community }));
    await p.staff.error('UNKNOWN_REFERENCE', CONFIRM, input({ volunteerTeamIds: ['00000000-0000-4000-8000-000000000000'] }));
    const otherTeam = (await p.otherStaff.data(TEAMS, { communityId: p.otherCommunity })).volunteerTeams[0];
    await p.staff.error('OUT_OF_AREA', CONFIRM, input({ volunteerTeamIds: [otherTeam.id] }));
    await p.staff.error('STALE_VERSION', CONFIRM, input({ version: r.version + 1 }));
    await p.otherStaff.error('OUT_OF_SCOPE', CONFIRM, input());
    for (const client of [p.partner, member.client, p.analyst, p.districtAdmin]) await client.error('ROLE_NOT_PERMITTED', CONFIRM, input());
    await p.streetStaff.data(CONFIRM, input({ volunteerTeamIds: [] }));
  });

  test('reject needs a reason; a rejected registration is final, and the member may report again', async () => {
    const member = await newMember(p, p.community, p.unit);
    const r = (await member.client.data(REPORT, { input: { communityId: p.community } })).reportToCommunity;
    await p.staff.error('REQUIRED', REJECT, { id: r.id, version: r.version, reason: ' ' });
    const rejected = (await p.staff.data(REJECT, { id: r.id, version: r.version, reason: '居住地址不在本社区' })).rejectRegistration;
    assert.deepEqual(rejected, { status: 'REJECTED', rejectReason: '居住地址不在本社区' });
    await p.staff.error('ILLEGAL_TRANSITION', CONFIRM, { input: { id: r.id, version: r.version + 1, placementId: p.grid } });
    const again = (await member.client.data(REPORT, { input: { communityId: p.community } })).reportToCommunity;
    assert.equal(again.status, 'PENDING');
  });

  test('a move closes the old registration and opens one where the member now lives; the old community no longer reads the member', async () => {
    const { member, registration } = await confirmedMember(p, p.staff, p.community, p.grid, p.unit);
    await member.client.error('ALREADY_DONE', REPORT, { input: { communityId: p.community } });
    const moved = (await member.client.data(REPORT, { input: { communityId: p.otherCommunity } })).reportToCommunity;
    assert.equal(moved.status, 'PENDING');
    const history = (await member.client.data(HISTORY, { id: member.id })).member!;
    assert.equal(history.residentialCommunity.id, p.otherCommunity);
    assert.equal(history.registration?.id, moved.id);
    const old = history.registrations.find((r) => r.id === registration.id)!;
    assert.equal(old.status, 'CLOSED');
    assert.ok(old.closedAt && old.closedReason?.startsWith('迁居'));
    assert.equal(history.registrations.filter((r) => r.status === 'PENDING' || r.status === 'CONFIRMED').length, 1);
    const audit = await hub.em('checkins').execute(`select scope_path from checkins.audit_entry where entity_id = ? order by occurred_at`, [registration.id]);
    assert.ok(
      audit.length >= 3 && audit.every((a: any) => a.scope_path?.includes(p.community)),
      'each change of the old registration is audited where it was made',
    );
    await p.staff.error('OUT_OF_SCOPE', HISTORY, { id: member.id });
    assert.equal((await p.otherStaff.data(HISTORY, { id: member.id })).member?.registration?.id, moved.id);
    // Moving on before the new community confirmed closes the pending one too.
    const back = (await member.client.data(REPORT, { input: { communityId: p.community } })).reportToCommunity;
    const after = (await member.client.data(HISTORY, { id: member.id })).member!;
    assert.equal(after.registrations.find((r) => r.id === moved.id)?.status, 'CLOSED');
    assert.equal(after.registration?.id, back.id);
  });

  test('only members report, only for themselves, to a community', async () => {
    for (const client of [p.staff, p.partner, p.analyst]) await client.error('ROLE_NOT_PERMITTED', REPORT, { input: { communityId: p.community } });
    const ghost = await p.asMember('00000000-0000-4000-8000-000000000099');
    await ghost.error('NOT_FOUND', REPORT, { input: { communityId: p.community } });
    await p.demoMember.error('WRONG_KIND', REPORT, { input: { communityId: p.street } });
    await p.demoMember.error('UNKNOWN_REFERENCE', REPORT, { input: { communityId: 'x' } });
    await p.demoMember.error('TOO_MANY', REPORT, { input: { communityId: p.otherCommunity, interests: Array.from({ length: 11 }, (_, i) => `兴趣${i}`) } });
  });

  test('queues are for the staff of the community', async () => {
    await p.otherStaff.error('OUT_OF_SCOPE', QUEUE, { communityId: p.community });
    for (const client of [p.partner, p.demoMember, p.analyst]) await client.error('ROLE_NOT_PERMITTED', QUEUE, { communityId: p.community });
    await p.otherStaff.error('OUT_OF_SCOPE', TEAM, { input: { communityId: p.community, name: '队', interest: '兴趣' } });
    await p.staff.error('DUPLICATE', TEAM, { input: { communityId: p.community, name: '测试调解队', interest: '测试调解' } });
  });
});

describe('leave (请销假)', () => {
  test('asked by a confirmed member, approved by its community; overlapping leave is refused; cancelling ends it', async () => {
    const { member } = await confirmedMember(p, p.staff, p.community, p.grid, p.unit);
    const leave = (await member.client.data(LEAVE, { input: { startsOn: day(0), endsOn: day(30), reason: '外出培训' } })).requestLeave;
    assert.equal(leave.status, 'REQUESTED');
    assert.equal(leave.community.id, p.community);
    assert.ok((await p.staff.data(LEAVE_QUEUE, { communityId: p.community })).leaveRequests.edges.some((e) => e.node.id === leave.id));
    await member.client.error('OVERLAPPING_LEAVE', LEAVE, { input: { startsOn: day(10), endsOn: day(40), reason: '再请' } });
    await p.otherStaff.error('OUT_OF_SCOPE', APPROVE_LEAVE, { id: leave.id, version: leave.version });
    await member.client.error('ROLE_NOT_PERMITTED', APPROVE_LEAVE, { id: leave.id, version: leave.version });
    const approved = (await p.staff.data(APPROVE_LEAVE, { id: leave.id, version: leave.version })).approveLeave;
    assert.equal(approved.status, 'APPROVED');
    await p.staff.error('ILLEGAL_TRANSITION', REJECT_LEAVE, { id: leave.id, version: approved.version, reason: '不行' });
    await p.demoMember.error('OUT_OF_SCOPE', CANCEL_LEAVE, { id: leave.id, version: approved.version });
    const cancelled = (await member.client.data(CANCEL_LEAVE, { id: leave.id, version: approved.version })).cancelLeave;
    assert.equal(cancelled.status, 'CANCELLED');
    assert.ok(cancelled.cancelledAt);
    await member.client.error('ILLEGAL_TRANSITION', CANCEL_LEAVE, { id: leave.id, version: approved.version + 1 });
  });

  test('rejected with a reason; dates are checked; a member without a confirmed registration cannot ask', async () => {
    const { member } = await confirmedMember(p, p.staff, p.community, p.grid, p.unit);
    const leave = (await member.client.data(LEAVE, { input: { startsOn: day(1), endsOn: day(2), reason: '家中有事' } })).requestLeave;
    await p.staff.error('REQUIRED', REJECT_LEAVE, { id: leave.id, version: leave.version, reason: '' });
    const rejected = (await p.staff.data(REJECT_LEAVE, { id: leave.id, version: leave.version, reason: '防汛期间' })).rejectLeave;
    assert.deepEqual(rejected, { status: 'REJECTED', decisionReason: '防汛期间' });
    await member.client.error('NOT_BEFORE', LEAVE, { input: { startsOn: day(-2), endsOn: day(2), reason: '补请' } });
    await member.client.error('NOT_BEFORE', LEAVE, { input: { startsOn: day(5), endsOn: day(4), reason: '倒置' } });
    await member.client.error('SPAN_TOO_LONG', LEAVE, { input: { startsOn: day(1), endsOn: day(400), reason: '太长' } });
    await member.client.error('INVALID_VALUE', LEAVE, { input: { startsOn: '2026-02-30', endsOn: day(4), reason: '日期' } });
    const unconfirmed = await newMember(p, p.community, p.unit);
    await unconfirmed.client.error('NOT_REGISTERED', LEAVE, { input: { startsOn: day(1), endsOn: day(2), reason: '未报到' } });
    await p.staff.error('ROLE_NOT_PERMITTED', LEAVE, { input: { startsOn: day(1), endsOn: day(2), reason: '代请' } });
  });
});

describe('a unit reports where it sits', () => {
  test('register, confirm; again elsewhere closes the old one; the same place twice is refused', async () => {
    const registered = (await p.otherPartner.data(UNIT_REGISTRATIONS, { id: p.otherUnit })).organisation!.unitRegistrations!;
    const current = registered.find((r) => r.status === 'CONFIRMED' || r.status === 'PENDING')!;
    await p.otherPartner.error('ALREADY_DONE', REGISTER_UNIT, {
      input: { unitId: p.otherUnit, hostId: current.host.id, contactName: '王强', contactPhone: '0531-88886666' },
    });
    const moved = (
      await p.otherPartner.data(REGISTER_UNIT, {
        input: { unitId: p.otherUnit, hostId: p.street, contactName: '王强', contactPhone: '0531-88886666', offers: ['法律咨询', '会议室'] },
      })
    ).registerUnit;
    assert.deepEqual(
      { status: moved.status, host: moved.host.id, offers: moved.offers },
      { status: 'PENDING', host: p.street, offers: ['法律咨询', '会议室'] },
    );
    const after = (await p.otherPartner.data(UNIT_REGISTRATIONS, { id: p.otherUnit })).organisation!.unitRegistrations!;
    assert.equal(after.find((r) => r.id === current.id)?.status, 'CLOSED');
    await p.staff.error('OUT_OF_SCOPE', CONFIRM_UNIT, { id: moved.id, version: moved.version });
    assert.equal((await p.streetStaff.data(CONFIRM_UNIT, { id: moved.id, version: moved.version })).confirmUnitRegistration.status, 'CONFIRMED');
    await p.streetStaff.error('ILLEGAL_TRANSITION', REJECT_UNIT, { id: moved.id, version: moved.version + 1, reason: '重复' });
    const hosted = (await p.streetStaff.data(UNIT_REGISTRATIONS, { id: p.street })).organisation!.unitRegistrations!;
    assert.ok(hosted.some((r) => r.id === moved.id));
    assert.deepEqual((await p.partner.data(UNIT_REGISTRATIONS, { id: p.otherUnit })).organisation!.unitRegistrations, []);
  });

  test('only for its own unit, where it sits, with a contact; rejection needs a reason', async () => {
    const input = (overrides = {}) => ({ input: { unitId: p.unit, hostId: p.otherCommunity, contactName: '李明', contactPhone: '13800001111', ...overrides } });
    await p.partner.error('NOT_IN_AREA', REGISTER_UNIT, input());
    await p.partner.error('WRONG_KIND', REGISTER_UNIT, input({ hostId: p.grid }));
    await p.partner.error('OUT_OF_SCOPE', REGISTER_UNIT, input({ unitId: p.otherUnit }));
    await p.partner.error('INVALID_FORMAT', REGISTER_UNIT, input({ hostId: p.community, contactPhone: 'phone' }));
    for (const client of [p.staff, p.demoMember, p.analyst]) await client.error('ROLE_NOT_PERMITTED', REGISTER_UNIT, input());
    const current = (await p.partner.data(UNIT_REGISTRATIONS, { id: p.unit })).organisation!.unitRegistrations!.find((r) => r.status === 'CONFIRMED')!;
    const moved = (await p.partner.data(REGISTER_UNIT, input({ hostId: p.street }))).registerUnit;
    await p.streetStaff.error('REQUIRED', REJECT_UNIT, { id: moved.id, version: moved.version, reason: '' });
    const rejected = (await p.streetStaff.data(REJECT_UNIT, { id: moved.id, version: moved.version, reason: '请向所在社区报到' })).rejectUnitRegistration;
    assert.deepEqual(rejected, { status: 'REJECTED', rejectReason: '请向所在社区报到' });
    assert.ok(current);
  });
});
