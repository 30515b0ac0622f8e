import assert from 'node:assert/strict';
import { beforeAll, describe, test } from '@jest/globals';
import { ADOPT, dayFromToday, meetingParties, meetingWithAgenda, UPDATE_ITEM, type MeetingParties } from './kit/meetings';
import { useTestStack } from './kit/stack';

/** Action items followed until done, overdue as of today, and linked both ways to the agreement projects they advance. */
let offsetDays = 0;
const hub = useTestStack({ demo: true, now: () => new Date(Date.now() + offsetDays * 86_400_000) });
let p: MeetingParties;
beforeAll(async () => {
  p = await meetingParties(hub);
});

async function assign(actions: Array<Record<string, unknown>>, convener: 'community' | 'street' = 'community') {
  const overrides = convener === 'street' ? { convenerId: p.street.id, kind: 'BIG_WORKING_COMMITTEE_JOINT_MEETING' } : {};
  const client = convener === 'street' ? p.streetStaff : p.staff;
  const { meeting, item } = await meetingWithAgenda(p, overrides, client);
  const resolution = (
    await client.data(ADOPT, {
      id: meeting.id,
      item: item.id,
      text: '议定由责任单位办理',
      actions: actions.map((a) => ({ ownerId: p.units[0].id, description: '办理事项', dueDate: dayFromToday(20), ...a })),
    })
  ).adoptResolution;
  return { meeting, items: resolution.actionItems as Array<{ id: string; version: number; status: string }> };
}

describe('following an action item', () => {
  test('its owner starts and finishes it; every update keeps its note; done items carry date and outcome', async () => {
    const [item] = (await assign([{}])).items;
    const started = (await p.partner.data(UPDATE_ITEM, { id: item.id, version: item.version, status: 'IN_PROGRESS', note: '已对接施工方' })).updateActionItem;
    assert.equal(started.status, 'IN_PROGRESS');
    const noted = (await p.partner.data(UPDATE_ITEM, { id: item.id, version: started.version, note: '完成方案设计' })).updateActionItem;
    assert.equal(noted.status, 'IN_PROGRESS');
    await p.partner.error('REQUIRED_FOR', UPDATE_ITEM, { id: item.id, version: noted.version, status: 'DONE', note: '完成' });
    await p.partner.error('NOT_AFTER', UPDATE_ITEM, {
      id: item.id,
      version: noted.version,
      status: 'DONE',
      note: '完成',
      outcome: '已完成',
      completedOn: dayFromToday(3),
    });
    await p.partner.error('NOT_BEFORE', UPDATE_ITEM, {
      id: item.id,
      version: noted.version,
      status: 'DONE',
      note: '完成',
      outcome: '已完成',
      completedOn: '2020-01-01',
    });
    await p.partner.error('NOT_APPLICABLE', UPDATE_ITEM, { id: item.id, version: noted.version, status: 'IN_PROGRESS', note: '继续', outcome: '结果' });
    const done = (await p.partner.data(UPDATE_ITEM, { id: item.id, version: noted.version, status: 'DONE', note: '已办结', outcome: '电梯开工' }))
      .updateActionItem;
    assert.deepEqual([done.status, done.completedOn, done.outcome, done.overdue], ['DONE', dayFromToday(0), '电梯开工', false]);
    assert.deepEqual(
      done.notes.map((n: any) => [n.note, n.fromStatus, n.toStatus, n.writtenBy]),
      [
        ['已对接施工方', 'OPEN', 'IN_PROGRESS', 'unit-1'],
        ['完成方案设计', null, null, 'unit-1'],
        ['已办结', 'IN_PROGRESS', 'DONE', 'unit-1'],
      ],
    );
    await p.partner.error('WRONG_STATE', UPDATE_ITEM, { id: item.id, version: done.version, note: '补充说明' });
    await p.staff.error('STALE_VERSION', UPDATE_ITEM, { id: item.id, version: noted.version, status: 'IN_PROGRESS', note: '重新办理' });
  });

  test('only the convener’s staff drop an item or reopen one reported done; a dropped item is final', async () => {
    const [a, b] = (await assign([{}, {}])).items;
    await p.partner.error('ROLE_NOT_PERMITTED', UPDATE_ITEM, { id: a.id, version: a.version, status: 'DROPPED', note: '不办了' });
    const dropped = (await p.staff.data(UPDATE_ITEM, { id: a.id, version: a.version, status: 'DROPPED', note: '已纳入区级统一办理' })).updateActionItem;
    assert.deepEqual([dropped.status, dropped.dropReason], ['DROPPED', '已纳入区级统一办理']);
    const illegal = await p.staff.error('ILLEGAL_TRANSITION', UPDATE_ITEM, { id: a.id, version: dropped.version, status: 'IN_PROGRESS', note: '恢复' });
    assert.deepEqual([illegal.extensions?.from, illegal.extensions?.to], ['DROPPED', 'IN_PROGRESS']);
    const done = (await p.partner.data(UPDATE_ITEM, { id: b.id, version: b.version, status: 'DONE', note: '直接办结', outcome: '已处理' })).updateActionItem;
    await p.partner.error('ROLE_NOT_PERMITTED', UPDATE_ITEM, { id: b.id, version: done.version, status: 'IN_PROGRESS', note: '重开' });
    const reopened = (await p.staff.data(UPDATE_ITEM, { id: b.id, version: done.version, status: 'IN_PROGRESS', note: '复核未完成，重新督办' }))
      .updateActionItem;
    assert.deepEqual([reopened.status, reopened.completedOn, reopened.outcome], ['IN_PROGRESS', null, null]);
  });

  test('another unit, staff elsewhere and readers without work are refused', async () => {
    const [item] = (await assign([{}])).items;
    await p.secondPartner.error('OUT_OF_SCOPE', UPDATE_ITEM, { id: item.id, version: item.version, note: '代办' });
    await p.otherStaff.error('OUT_OF_SCOPE', UPDATE_ITEM, { id: item.id, version: item.version, note: '代办' });
    await p.districtAdmin.error('ROLE_NOT_PERMITTED', UPDATE_ITEM, { id: item.id, version: item.version, note: '代办' });
    await p.analyst.error('ROLE_NOT_PERMITTED', UPDATE_ITEM, { id: item.id, version: item.version, note: '代办' });
    await p.staff.error('NOT_FOUND', UPDATE_ITEM, { id: '00000000-0000-4000-8000-000000000000', version: 1, note: '无' });
    const staffNote = (await p.staff.data(UPDATE_ITEM, { id: item.id, version: item.version, note: '社区督办提醒' })).updateActionItem;
    assert.equal(staffNote.notes[0].writtenBy, 'staff-1');
  });

  test('a community committee given a task by its street works on it', async () => {
    const [item] = (await assign([{ ownerId: p.community.id }], 'street')).items;
    const started = (await p.staff.data(UPDATE_ITEM, { id: item.id, version: item.version, status: 'IN_PROGRESS', note: '社区已部署' })).updateActionItem;
    assert.equal(started.status, 'IN_PROGRESS');
    await p.staff.error('OUT_OF_SCOPE', UPDATE_ITEM, { id: item.id, version: started.version, status: 'DROPPED', note: '不办' });
  });
});

describe('overdue', () => {
  const OPEN_ITEMS = `query ($id: ID!, $overdue: Boolean) { organisation(id: $id) { openActionItems(overdue: $overdue, first: 100) { totalCount edges { node { id overdue status } } } } }`;
  test('follows today: never stored, and gone once the item is done', async () => {
    const [soon, later] = (await assign([{ dueDate: dayFromToday(2) }, { dueDate: dayFromToday(30) }])).items;
    const overdueNow = async () =>
      (await p.staff.data(OPEN_ITEMS, { id: p.community.id, overdue: true })).organisation.openActionItems.edges.map((e: any) => e.node.id) as string[];
    assert.ok(!(await overdueNow()).includes(soon.id));
    offsetDays = 5;
    try {
      const ids = await overdueNow();
      assert.ok(ids.includes(soon.id) && !ids.includes(later.id));
      const listed = (await p.staff.data(`{ actionItems(filter: { overdue: true }, first: 100) { edges { node { id overdue } } } }`)).actionItems.edges.map(
        (e: any) => e.node,
      );
      assert.ok(listed.some((n: any) => n.id === soon.id && n.overdue));
      const notOverdue = (await p.staff.data(OPEN_ITEMS, { id: p.community.id, overdue: false })).organisation.openActionItems.edges.map((e: any) => e.node.id);
      assert.ok(notOverdue.includes(later.id) && !notOverdue.includes(soon.id));
      const done = (await p.partner.data(UPDATE_ITEM, { id: soon.id, version: soon.version, status: 'DONE', note: '迟办结', outcome: '已完成' }))
        .updateActionItem;
      assert.equal(done.overdue, false);
      assert.ok(!(await overdueNow()).includes(soon.id));
    } finally {
      offsetDays = 0;
    }
    const stored = await hub
      .em('meetings')
      .execute(`select column_name from information_schema.columns where table_schema = 'meetings' and table_name = 'action_item'`);
    assert.ok(!stored.some((c: any) => /overdue/.test(c.column_name)));
  });

  test('demo data shows open items in every state, some overdue', async () => {
    const all = (await p.districtAdmin.data(`{ actionItems(first: 100) { totalCount } overdue: actionItems(filter: { overdue: true }, first: 1) { totalCount }
      done: actionItems(filter: { status: DONE }, first: 1) { totalCount } dropped: actionItems(filter: { status: DROPPED }, first: 1) { totalCount }
      working: actionItems(filter: { status: IN_PROGRESS }, first: 1) { totalCount } open: actionItems(filter: { status: OPEN }, first: 1) { totalCount } }`)) as any;
    for (const key of ['overdue', 'done', 'dropped', 'working', 'open']) assert.ok(all[key].totalCount > 0, `${key}: ${all[key].totalCount}`);
  });
});

describe('owned items, and the link to agreement projects', () => {
  const AGREEMENTS = `query ($id: ID!) { organisation(id: $id) { agreements(first: 50) { edges { node { id number partner { id } projects { id title } } } } } }`;
  const ITEM = `query ($id: ID!) { actionItem(id: $id) { id description meeting { id } resolution { text agendaItem { title category } }
    advances { agreementId projectId agreement { number } project { id title progress } } } }`;

  test('an action item names the project it advances; the agreement lists the items that advance it; each side keeps its read rule', async () => {
    const agreements = (await p.staff.data(AGREEMENTS, { id: p.community.id })).organisation.agreements.edges.map((e: any) => e.node);
    const agreement = agreements.find((a: any) => a.partner.id === p.units[0].id);
    const project = agreement.projects[0];
    const { meeting, items } = await assign([
      { ownerId: p.outsideUnit.id, description: '推进邻里食堂', advances: { agreementId: agreement.id, projectId: project.id } },
    ]);
    const viewed = (await p.staff.data(ITEM, { id: items[0].id })).actionItem;
    assert.deepEqual(viewed.advances, {
      agreementId: agreement.id,
      projectId: project.id,
      agreement: { number: agreement.number },
      project: { ...project, progress: viewed.advances.project.progress },
    });
    assert.equal(viewed.meeting.id, meeting.id);
    assert.equal(viewed.resolution.agendaItem.category, 'RESIDENTS_URGENT_PROBLEM');
    // The owner (a unit from another community, not invited) reads its task, but neither the meeting nor the agreement.
    const owned = (await p.outsidePartner.data(ITEM, { id: items[0].id })).actionItem;
    assert.equal(owned.meeting, null);
    assert.deepEqual([owned.advances.agreementId, owned.advances.agreement, owned.advances.project], [agreement.id, null, null]);
    const ownedList = (
      await p.outsidePartner.data(`query ($id: ID!) { organisation(id: $id) { actionItemsOwned(first: 50) { totalCount edges { node { id } } } } }`, {
        id: p.outsideUnit.id,
      })
    ).organisation.actionItemsOwned;
    assert.ok(ownedList.edges.some((e: any) => e.node.id === items[0].id));
    // From the agreement's side: its partner (invited to the meeting) and the staff see the item.
    const LINKED = `query ($id: ID!) { agreement(id: $id) { number actionItems(first: 50) { totalCount edges { node { id description owner { id } } } } } }`;
    for (const client of [p.staff, p.partner, p.districtAdmin]) {
      const linked = (await client.data(LINKED, { id: agreement.id })).agreement.actionItems;
      assert.ok(
        linked.edges.some((e: any) => e.node.id === items[0].id),
        'the linked item is listed',
      );
    }
    await p.otherStaff.error('OUT_OF_SCOPE', LINKED, { id: agreement.id });
  });

  test('a link must name a project of an agreement made in the convener’s area', async () => {
    const theirs = (await p.otherStaff.data(AGREEMENTS, { id: p.otherCommunity.id })).organisation.agreements.edges[0].node;
    const ours = (await p.staff.data(AGREEMENTS, { id: p.community.id })).organisation.agreements.edges[0].node;
    const { meeting, item } = await meetingWithAgenda(p);
    const adopt = (advances: Record<string, string>) => ({
      id: meeting.id,
      item: item.id,
      text: '决议',
      actions: [{ ownerId: p.units[0].id, description: '办理', dueDate: dayFromToday(5), advances }],
    });
    const outside = await p.staff.error('OUT_OF_AREA', ADOPT, adopt({ agreementId: theirs.id, projectId: theirs.projects[0].id }));
    assert.equal(outside.extensions?.field, 'actionItems[0].advances.agreementId');
    const unknown = await p.staff.error('UNKNOWN_REFERENCE', ADOPT, adopt({ agreementId: ours.id, projectId: theirs.projects[0].id }));
    assert.equal(unknown.extensions?.field, 'actionItems[0].advances.projectId');
    // A street's meeting may push a project of one of its communities.
    const street = await assign([{ advances: { agreementId: ours.id, projectId: ours.projects[0].id } }], 'street');
    assert.equal(street.items.length, 1);
  });
});
