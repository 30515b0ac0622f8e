import assert from 'node:assert/strict';
import { beforeAll, describe, test } from '@jest/globals';
import { serviceParties, type ServiceParties } from './kit/checkins-service';
import { graphql } from './kit/graphql';
import type { ServiceRecordInput } from './kit/graphql/graphql';
import { useTestStack } from './kit/stack';

/** recordServices: batches of up to 5,000, all or nothing, with each refused record's index, field and reason. */
let offsetMinutes = 0;
const hub = useTestStack({ now: () => new Date(Date.now() + offsetMinutes * 60_000) });
let p: ServiceParties;
let postId: string;
beforeAll(async () => {
  p = await serviceParties(hub);
  const input = { communityId: p.communities[0].id, category: '环境卫生', title: '垃圾分类督导员', description: '早晚督导', capacity: 10 };
  postId = (await p.staff.data(OPEN_POST, { input })).openServicePost.id;
});

const OPEN_POST = graphql(`
  mutation OpenRecordedServicePost($input: OpenServicePostInput!) {
    openServicePost(input: $input) {
      id
    }
  }
`);
const RECORD = graphql(`
  mutation RecordServiceBatch($records: [ServiceRecordInput!]!) {
    recordServices(records: $records) {
      recorded
      errors {
        index
        field
        reason
        message
      }
    }
  }
`);
const RECORDS = graphql(`
  query MemberServiceRecords($id: ID!) {
    member(id: $id) {
      serviceRecords(first: 100) {
        kind
        activity
        hours
        serviceDay
        method
        community {
          id
        }
      }
      points
    }
  }
`);
const HOUR = 3_600_000;
const at = (hoursAgo: number) => new Date(Date.now() - hoursAgo * HOUR).toISOString();

function record(overrides: Partial<ServiceRecordInput> = {}): ServiceRecordInput {
  return { memberId: p.members[0].id, communityId: p.communities[0].id, activity: '社区清洁日', checkInAt: at(50), checkOutAt: at(48), ...overrides };
}

describe('recording service', () => {
  test('staff record a batch: hours and points follow; the member reads its own records', async () => {
    const result = (
      await p.staff.data(RECORD, {
        records: [
          record({ memberId: p.members[1].id }),
          record({ memberId: p.members[1].id, activity: null, postId, checkInAt: at(30), checkOutAt: at(28.5) }),
        ],
      })
    ).recordServices;
    assert.deepEqual(result, { recorded: 2, errors: [] });
    const member = await p.member(1);
    const read = (await member.data(RECORDS, { id: p.members[1].id })).member;
    assert.ok(read?.serviceRecords);
    assert.deepEqual(read.serviceRecords.map((r) => [r.kind, r.hours, r.method]).sort(), [
      ['ACTIVITY', 2, 'STAFF'],
      ['POST', 1.5, 'STAFF'],
    ]);
    // 2 points an hour (rule PV01): 2 h → 4, 1.5 h → 3.
    assert.equal(read.points, 7);
    // Another member sees neither records nor points; the member's unit and staff do.
    const other = (await (await p.member(2)).request(RECORDS, { id: p.members[1].id })).errors?.[0].extensions?.reason;
    assert.equal(other, 'OUT_OF_SCOPE');
    assert.equal((await p.partner.data(RECORDS, { id: p.members[1].id })).member?.points, 7);
  });

  test('all or nothing: one bad record refuses the batch, and every bad record is named', async () => {
    const records = [
      record({ memberId: p.members[2].id }),
      record({ memberId: p.members[2].id, checkOutAt: at(51) }),
      record({ memberId: p.members[2].id, activity: '巡逻', checkOutAt: at(20) }),
      record({ memberId: '00000000-0000-4000-8000-000000000000', activity: '宣传' }),
      record({ memberId: p.members[2].id, activity: null }),
      record({ memberId: p.members[2].id, activity: '宣传', postId }),
      record({ memberId: p.members[2].id, activity: null, wishId: '00000000-0000-4000-8000-000000000000' }),
      record({ memberId: p.members[2].id, activity: '未来', checkInAt: at(2), checkOutAt: at(2) }),
      record({ memberId: p.members[2].id, activity: '未来', checkInAt: at(1), checkOutAt: at(-2) }),
      record({ memberId: p.members[2].id }),
      record({ memberId: p.members[2].id, activity: null, postId: 'forged' }),
      record({ memberId: p.members[2].id, communityId: p.street.id, activity: '街道活动' }),
    ];
    const result = (await p.staff.data(RECORD, { records })).recordServices;
    assert.equal(result.recorded, 0);
    assert.deepEqual(
      result.errors.map((e) => [e.index, e.field, e.reason]),
      [
        [1, 'records[1].checkOutAt', 'MUST_BE_AFTER'],
        [2, 'records[2].checkOutAt', 'SPAN_TOO_LONG'],
        [3, 'records[3].memberId', 'UNKNOWN_REFERENCE'],
        [4, 'records[4]', 'ONE_OF_REQUIRED'],
        [5, 'records[5]', 'ONE_OF_REQUIRED'],
        [6, 'records[6].wishId', 'UNKNOWN_REFERENCE'],
        [7, 'records[7].checkOutAt', 'MUST_BE_AFTER'],
        [8, 'records[8].checkOutAt', 'NOT_AFTER'],
        [9, 'records[9]', 'DUPLICATE_IN_BATCH'],
        [10, 'records[10].postId', 'UNKNOWN_REFERENCE'],
        [11, 'records[11].communityId', 'UNKNOWN_REFERENCE'],
      ],
    );
    assert.ok(result.errors.every((e) => e.message.length > 0));
    const read = (await p.staff.data(RECORDS, { id: p.members[2].id })).member;
    assert.deepEqual([read?.serviceRecords, read?.points], [[], 0]);
  });

  test('no double check-in: a record already stored for the member, thing and day refuses the batch', async () => {
    const first = record({ memberId: p.members[3].id, activity: '义诊' });
    assert.equal((await p.staff.data(RECORD, { records: [first] })).recordServices.recorded, 1);
    const again = (await p.staff.data(RECORD, { records: [record({ memberId: p.members[3].id, activity: '敬老' }), first] })).recordServices;
    assert.deepEqual(again.recorded, 0);
    assert.deepEqual(
      again.errors.map((e) => [e.index, e.reason]),
      [[1, 'ALREADY_CHECKED_IN']],
    );
    const read = (await p.staff.data(RECORDS, { id: p.members[3].id })).member;
    assert.equal(read?.serviceRecords?.length, 1);
  });

  test('who records: staff of the community only; batch limits; far dates and huge numbers are input errors', async () => {
    await p.otherStaff.error('OUT_OF_SCOPE', RECORD, { records: [record()] });
    await (await p.member(0)).error('ROLE_NOT_PERMITTED', RECORD, { records: [record()] });
    await p.partner.error('ROLE_NOT_PERMITTED', RECORD, { records: [record()] });
    await p.analyst.error('ROLE_NOT_PERMITTED', RECORD, { records: [record()] });
    await p.staff.error('REQUIRED', RECORD, { records: [] });
    await p.staff.error('INVALID_CHARACTERS', RECORD, { records: [record({ activity: 'a\u0000b' })] });
    await p.staff.error('TOO_MANY', RECORD, { records: Array.from({ length: 5_001 }, () => record()) });
    const far = await p.staff.request(RECORD, { records: [record({ checkInAt: '+275760-09-13T00:00:00Z' })] });
    assert.equal(far.errors?.[0].extensions?.code, 'BAD_USER_INPUT');
    const old = (await p.staff.data(RECORD, { records: [record({ checkInAt: '1800-01-01T00:00:00Z', checkOutAt: '1800-01-01T02:00:00Z' })] })).recordServices;
    assert.deepEqual(
      old.errors.map((e) => e.reason),
      ['OUT_OF_RANGE'],
    );
  });

  test('a batch of 5,000 is stored in one go through the gateway (the rate is logged: the goal is 10,000 records a second)', async () => {
    const records = [];
    for (let i = 0; i < 5_000; i++) {
      const start = Date.now() - (i + 100) * HOUR;
      records.push(
        record({
          memberId: p.members[i % 4].id,
          activity: `活动${i}`,
          checkInAt: new Date(start).toISOString(),
          checkOutAt: new Date(start + HOUR).toISOString(),
        }),
      );
    }
    const began = performance.now();
    const result = (await p.staff.data(RECORD, { records })).recordServices;
    const seconds = (performance.now() - began) / 1000;
    assert.deepEqual(result, { recorded: 5_000, errors: [] });
    console.log(`recordServices: 5,000 records in ${seconds.toFixed(2)} s (${Math.round(5_000 / seconds)} records/s)`);
  });
});

const OPEN_CHECK_IN = graphql(`
  mutation OpenServiceCheckIn($input: OpenServiceCheckInInput!) {
    openServiceCheckIn(input: $input) {
      code
      expiresAt
      session {
        id
        kind
        activity
      }
    }
  }
`);
const CHECK_IN = graphql(`
  mutation CheckInToService($id: ID!, $code: String!) {
    checkInToService(sessionId: $id, code: $code) {
      id
    }
  }
`);
const CHECK_OUT = graphql(`
  mutation CheckOutOfService($id: ID!) {
    checkOutOfService(sessionId: $id) {
      kind
      activity
      hours
      method
      serviceDay
    }
  }
`);

describe('check-in by the code staff display', () => {
  const openSession = async (activity: string, validMinutes?: number) =>
    (await p.staff.data(OPEN_CHECK_IN, { input: { communityId: p.communities[0].id, activity, validMinutes } })).openServiceCheckIn;

  test('a member checks in with the code and out later: the record is made with its points; no second check-in', async () => {
    const window = await openSession('周末义诊');
    assert.match(window.code, /^[2-9A-Z]{5}-[2-9A-Z]{5}$/);
    const member = await p.member(0);
    await member.error('NOTHING_RECORDED', CHECK_OUT, { id: window.session.id });
    await member.data(CHECK_IN, { id: window.session.id, code: window.code.toLowerCase().replace('-', ' ') });
    await member.error('ALREADY_DONE', CHECK_IN, { id: window.session.id, code: window.code });
    offsetMinutes = 90;
    try {
      const record = (await member.data(CHECK_OUT, { id: window.session.id })).checkOutOfService;
      assert.deepEqual([record.kind, record.activity, record.method], ['ACTIVITY', '周末义诊', 'CODE']);
      assert.ok(record.hours >= 1.49 && record.hours <= 1.51);
      await member.error('ALREADY_DONE', CHECK_OUT, { id: window.session.id });
    } finally {
      offsetMinutes = 0;
    }
    // The same activity the same day through another session: refused.
    const again = await openSession('周末义诊');
    await member.error('ALREADY_DONE', CHECK_IN, { id: again.session.id, code: again.code });
  });

  test('wrong codes count; five lock the member out; an expired code is refused', async () => {
    const window = await openSession('防诈宣传');
    const member = await p.member(1);
    for (let i = 0; i < 5; i++) await member.error('CODE_INVALID', CHECK_IN, { id: window.session.id, code: 'AAAAA-AAAAA' });
    await member.error('TOO_MANY_ATTEMPTS', CHECK_IN, { id: window.session.id, code: window.code });
    const short = await openSession('楼道清理', 5);
    offsetMinutes = 6;
    try {
      await (await p.member(2)).error('CODE_INVALID', CHECK_IN, { id: short.session.id, code: short.code });
    } finally {
      offsetMinutes = 0;
    }
  });

  test('service over a day is refused at check-out', async () => {
    const window = await openSession('通宵值守');
    const member = await p.member(3);
    await member.data(CHECK_IN, { id: window.session.id, code: window.code });
    offsetMinutes = 25 * 60;
    try {
      await member.error('SPAN_TOO_LONG', CHECK_OUT, { id: window.session.id });
    } finally {
      offsetMinutes = 0;
    }
  });

  test('who: staff of the community open sessions, members check in for themselves; bad input', async () => {
    await p.otherStaff.error('OUT_OF_SCOPE', OPEN_CHECK_IN, { input: { communityId: p.communities[0].id, activity: '宣传' } });
    await (await p.member(0)).error('ROLE_NOT_PERMITTED', OPEN_CHECK_IN, { input: { communityId: p.communities[0].id, activity: '宣传' } });
    await p.staff.error('ONE_OF_REQUIRED', OPEN_CHECK_IN, { input: { communityId: p.communities[0].id } });
    await p.staff.error('OUT_OF_RANGE', OPEN_CHECK_IN, { input: { communityId: p.communities[0].id, activity: '宣传', validMinutes: 2_000_000_000 } });
    await p.staff.error('UNKNOWN_REFERENCE', OPEN_CHECK_IN, { input: { communityId: p.communities[0].id, postId: '00000000-0000-4000-8000-000000000000' } });
    const window = await openSession('读书会');
    await p.staff.error('ROLE_NOT_PERMITTED', CHECK_IN, { id: window.session.id, code: window.code });
    await p.partner.error('ROLE_NOT_PERMITTED', CHECK_IN, { id: window.session.id, code: window.code });
    await (await p.member(0)).error('NOT_FOUND', CHECK_IN, { id: '00000000-0000-4000-8000-000000000000', code: window.code });
    await (await p.member(0)).error('TOO_LONG', CHECK_IN, { id: window.session.id, code: 'X'.repeat(41) });
  });
});
