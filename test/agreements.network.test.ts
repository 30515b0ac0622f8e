import assert from 'node:assert/strict';
import { beforeAll, describe, test } from '@jest/globals';
import { Role } from '../platform/auth/identity';
import { gbkBytes } from '../platform/testing/gbk';
import { REGISTER, agreementInput, demoParties, type Parties } from './kit/agreements';
import { useTestStack } from './kit/stack';

/** Agreements across the network: figures, brokering, bulk import, and the cost of journey 1. */
const hub = useTestStack({ demo: true });
let p: Parties;

const SIGN = `mutation ($id: ID!, $version: Int!) { signAgreement(id: $id, version: $version) { id version projects { id } } }`;
const IMPORT = `mutation ($csv: String!) { importAgreements(csv: $csv) { imported agreements { id number status partner { id } } errors { line column message } } }`;
const signedFor = async (overrides: Record<string, unknown>) => {
  const a = (await p.partner.data(REGISTER, { input: agreementInput(p, overrides) })).registerAgreement;
  return (await p.staff.data(SIGN, { id: a.id, version: a.version })).signAgreement;
};
const count = async () => Number((await hub.em('agreements').execute('select count(*) as n from agreements.agreement'))[0].n);

describe('figures and brokering', () => {
  beforeAll(async () => {
    p ??= await demoParties(hub);
  });

  test('agreementSummary counts active agreements, projects, completed projects, open needs and those expiring soon', async () => {
    const query = `query ($id: ID!) { organisation(id: $id) { agreementSummary { active projects projectsCompleted needsOpen soon: expiringWithin(days: 30) later: expiringWithin(days: 3000) } } }`;
    const read = async () => ({ ...(await p.staff.data(query, { id: p.community.id })).organisation.agreementSummary });
    const before = await read(); // the demo district's own agreements
    const soon = new Date(Date.now() + 20 * 86_400_000).toISOString().slice(0, 10);
    await signedFor({ validFrom: '2025-01-01', validTo: soon });
    const a = await signedFor({});
    await p.partner.data(
      `mutation ($id: ID!, $v: Int!, $pid: ID!) { reportProjectProgress(id: $id, version: $v, projectId: $pid, progress: 100, note: "完成") { id } }`,
      { id: a.id, v: a.version, pid: a.projects[0].id },
    );
    await p.partner.data(REGISTER, { input: agreementInput(p, { title: '草稿不计' }) });
    const after = await read();
    const added = Object.fromEntries(Object.entries(after).map(([k, v]) => [k, (v as number) - (before as any)[k]]));
    assert.deepEqual(added, { active: 2, projects: 2, projectsCompleted: 1, needsOpen: 2, soon: 1, later: 2 });
    const analyst = await hub.as({ role: Role.ANALYST, subject: 'analyst', organisationId: p.street.id });
    assert.equal((await analyst.data(query, { id: p.community.id })).organisation.agreementSummary.active, after.active);
    const foreign = await p.otherPartner.request(query, { id: p.community.id });
    assert.equal(foreign.errors?.[0].extensions?.reason, 'OUT_OF_SCOPE');
  });

  test("needsMatchingResources puts a community's open needs next to same-category resources offered in its street", async () => {
    const other = await hub.as({ role: Role.PARTNER_UNIT, subject: 'other', organisationId: p.otherUnit.id });
    const otherStaff = await hub.as({ role: Role.COMMUNITY_STAFF, subject: 'staff-2', organisationId: p.otherCommunity.id });
    const offer = (
      await other.data(REGISTER, {
        input: agreementInput(p, {
          committeeId: p.otherCommunity.id,
          partnerId: p.otherUnit.id,
          resources: [{ category: 'VOLUNTEERS', description: '青年志愿服务队', quantity: 30, unit: '人' }],
          needs: [],
        }),
      })
    ).registerAgreement;
    await otherStaff.data(SIGN, { id: offer.id, version: offer.version });
    const query = `query ($c: ID!) { needsMatchingResources(communityId: $c) { need { category description } agreement { id }
      offers { resource { description } offeredBy { id name } committee { id } agreement { id } } } }`;
    const matches = (await p.staff.data(query, { c: p.community.id })).needsMatchingResources;
    assert.ok(matches.every((m: any) => m.offers.every((o: any) => o.resource.description && o.offeredBy.name && m.need.category)));
    const volunteers = matches.filter((m: any) => m.need.category === 'VOLUNTEERS');
    assert.ok(volunteers.length > 0);
    const isTheOffer = (o: any) => o.offeredBy.id === p.otherUnit.id && o.resource.description === '青年志愿服务队';
    assert.ok(volunteers.every((m: any) => m.offers.some(isTheOffer)));
    const others = matches.filter((m: any) => m.need.category !== 'VOLUNTEERS');
    assert.ok(
      others.every((m: any) => !m.offers.some(isTheOffer)),
      "offers match the need's category only",
    );
    // A district admin, who may read the offering agreement, sees it named.
    const theirs = (await p.districtAdmin.data(query, { c: p.community.id })).needsMatchingResources;
    assert.ok(theirs.flatMap((m: any) => m.offers).some((o: any) => o.agreement?.id === offer.id));
    await p.staff.error('WRONG_KIND', query, { c: p.unit.id });
    await p.partner.error('ROLE_NOT_PERMITTED', query, { c: p.community.id });
  });
});

describe('importAgreements', () => {
  beforeAll(async () => {
    p ??= await demoParties(hub);
  });

  const header = '共建组织代码,单位代码,协议名称,签订日期,开始日期,结束日期,资源清单,需求清单';
  const row = (partner: string, extra = '') =>
    `${p.community.code},${partner},纸质协议${extra},2024-03-01,2024-03-01,2027-02-28,场地|会议室|1|间,志愿者|助老服务|高`;

  test('all rows or none: one bad row stores nothing and every problem is reported by line', async () => {
    const before = await count();
    const csv = `\uFEFF${header}\n${row(p.unit.code)}\n${row('NO-SUCH-UNIT')}\n${p.community.code},${p.unit.code},坏日期,,2024-13-01,2027-02-28,,\n`;
    const result = (await p.districtAdmin.data(IMPORT, { csv })).importAgreements;
    assert.equal(result.imported, 0);
    assert.deepEqual(
      result.errors.map((e: any) => [e.line, e.column]),
      [
        [3, 'partnerCode'],
        [4, '开始日期'],
      ],
    );
    assert.equal(await count(), before);
  });

  test('a clean file imports every row; signed paper agreements arrive ACTIVE', async () => {
    const before = await count();
    const csv = `${header}\r\n${row(p.unit.code, '一')}\r\n"${p.community.code}",${p.unit.code},"纸质协议二, 含逗号",,2024-03-01,2027-02-28,,\r\n`;
    const result = (await p.districtAdmin.data(IMPORT, { csv })).importAgreements;
    assert.deepEqual(result.errors, []);
    assert.equal(result.imported, 2);
    assert.deepEqual(
      result.agreements.map((a: any) => a.status),
      ['ACTIVE', 'DRAFT'],
    );
    assert.equal(await count(), before + 2);
  });

  test("imported agreements are in the district admin's audit trail", async () => {
    const csv = `${header}\n${row(p.unit.code, '审计')}\n`;
    const result = (await p.districtAdmin.data(IMPORT, { csv })).importAgreements;
    assert.equal(result.imported, 1);
    const trail = `query ($id: ID!) { agreementsAuditTrail(entityId: $id) { totalCount edges { node { action entityType actorSubject } } } }`;
    const entries = (await p.districtAdmin.data(trail, { id: result.agreements[0].id })).agreementsAuditTrail;
    assert.deepEqual(
      entries.edges.map((e: any) => e.node),
      [{ action: 'CREATE', entityType: 'Agreement', actorSubject: 'admin-1' }],
    );
  });

  test('a file that was not UTF-8 is refused with how to save it as CSV UTF-8, never stored as mojibake', async () => {
    const before = await count();
    const text = `${header}\n${row(p.unit.code, '编码')}\n`;
    // What a client sends when it puts a GBK file's bytes into the JSON body unconverted.
    const bytes = gbkBytes(text);
    assert.ok(!bytes.includes(0x22) && !bytes.includes(0x5c), 'no quote or backslash bytes to escape');
    const inJson = Buffer.from(bytes.toString('latin1').replaceAll('\n', '\\n'), 'latin1'); // line breaks escaped, other bytes as they are
    const body = Buffer.concat([Buffer.from(JSON.stringify({ query: IMPORT }).slice(0, -1) + ',"variables":{"csv":"'), inJson, Buffer.from('"}}')]);
    const response = await fetch(p.districtAdmin.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${p.districtAdmin.token}`, 'accept-language': 'zh-CN' },
      body,
    });
    const refusal = (await response.json()).errors[0];
    assert.ok(response.status < 500);
    assert.deepEqual([refusal.extensions.code, refusal.extensions.reason, refusal.extensions.field], ['BAD_USER_INPUT', 'NOT_UTF8', 'csv']);
    assert.match(refusal.message, /CSV UTF-8/);
    // Decoded by the client as Latin-1 instead, the same file is refused too.
    const latin1 = await p.districtAdmin.error('NOT_UTF8', IMPORT, { csv: bytes.toString('latin1') });
    assert.equal(latin1.extensions?.encoding, 'GBK');
    assert.equal(await count(), before);
  });

  test('only district admins import, and only into their district', async () => {
    await p.partner.error('ROLE_NOT_PERMITTED', IMPORT, { csv: `${header}\n${row(p.unit.code)}` });
    await p.staff.error('ROLE_NOT_PERMITTED', IMPORT, { csv: `${header}\n${row(p.unit.code)}` });
  });
});

describe('journey 1', () => {
  test("a street's communities with their active agreements and partners' names: statements do not grow with communities", async () => {
    p ??= await demoParties(hub);
    await signedFor({ title: '旅程一' });
    const query = `query ($id: ID!, $n: Int!) { organisation(id: $id) { name children(kind: COMMUNITY_PARTY_COMMITTEE, first: $n) { edges { node {
      name agreements(status: ACTIVE, first: 20) { totalCount edges { node { number partner { name } committee { name } } } }
      agreementSummary { active needsOpen } } } } } }`;
    // Each query runs once first, so that both measured runs find the tree lookups equally cached.
    const measure = async (n: number) => {
      await p.districtAdmin.data(query, { id: p.street.id, n });
      return hub.countSql(() => p.districtAdmin.data(query, { id: p.street.id, n }));
    };
    const one = await measure(1);
    const all = await measure(20);
    const communities = all.result.organisation.children.edges;
    assert.ok(communities.length >= 4);
    assert.ok(communities.some((c: any) => c.node.agreements.totalCount > 0 && c.node.agreements.edges[0].node.partner.name));
    assert.equal(all.statements, one.statements, `1 community: ${one.log.join('\n')}\n---\n${communities.length}: ${all.log.join('\n')}`);
  });
});
