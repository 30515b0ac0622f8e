import assert from 'node:assert/strict';
import type { Reason } from '../platform/errors/reasons';
import { beforeAll, describe, test } from '@jest/globals';
import { Role } from '../platform/auth/identity';
import { REGISTER, agreementInput, demoParties, type Parties } from './kit/agreements';
import { useTestStack } from './kit/stack';

/** Journey 2: a partner unit registers an agreement, through the gateway, on the demo district. */
const hub = useTestStack({ demo: true });
let p: Parties;
// Suite-level hooks run after the stack's root hook; a second root hook would not wait for it.
const parties = () =>
  beforeAll(async () => {
    p ??= await demoParties(hub);
  });

const count = async () => Number((await hub.em('agreements').execute('select count(*) as n from agreements.agreement'))[0].n);

describe('registerAgreement', () => {
  parties();
  test("a partner unit registers a draft with its lists; the gateway joins the parties' names", async () => {
    const { registerAgreement: a } = await p.partner.data(REGISTER, { input: agreementInput(p) });
    assert.equal(a.status, 'DRAFT');
    assert.match(a.number, /^QH-\d{4}-\d{4}$/);
    assert.equal(a.committee.id, p.community.id);
    assert.match(a.committee.name, /社区/);
    assert.equal(a.partner.id, p.unit.id);
    assert.ok(a.partner.name.length > 0);
    assert.deepEqual(a.resources, [{ category: 'VENUE', description: '党员活动室', quantity: 1, unit: '间' }]);
    assert.equal(a.needs[0].met, false);
    assert.equal(a.projects[0].progress, 0);
  });

  test('bad input is refused naming the field, and nothing is stored', async () => {
    const cases: Array<[Record<string, unknown>, string, Reason]> = [
      [{ validTo: '2025-12-31' }, 'input.validTo', 'NOT_BEFORE'],
      [{ title: ' ' }, 'input.title', 'REQUIRED'],
      [{ resources: [{ category: 'VENUE', description: '', quantity: 1, unit: '间' }] }, 'input.resources[0].description', 'REQUIRED'],
      [{ commitments: [{ description: '服务', quantity: 0, period: 'YEAR' }] }, 'input.commitments[0].quantity', 'OUT_OF_RANGE'],
      [{ partnerId: p.community.id }, 'input.partnerId', 'WRONG_KIND'],
      [{ partnerId: '00000000-0000-4000-8000-000000000000' }, 'input.partnerId', 'UNKNOWN_REFERENCE'],
      [{ committeeId: p.otherCommunity.id }, 'input.committeeId', 'NOT_IN_AREA'],
      [{ committeeId: p.unit.id }, 'input.committeeId', 'WRONG_KIND'],
      [{ title: '第一行\n第二行' }, 'input.title', 'INVALID_CHARACTERS'],
      [{ title: '协议\u0007' }, 'input.title', 'INVALID_CHARACTERS'],
      [{ projects: [{ title: '项目', goal: '目标', owner: '\u202E王芳' }] }, 'input.projects[0].owner', 'INVALID_CHARACTERS'],
      [{ validTo: '2100-01-01' }, 'input.validTo', 'OUT_OF_RANGE'],
      [{ resources: Array(101).fill({ category: 'VENUE', description: '场地', quantity: 1, unit: '间' }) }, 'input.resources', 'TOO_MANY'],
    ];
    const before = await count();
    for (const [overrides, field, reason] of cases) {
      const error = await p.partner.error(reason, REGISTER, { input: agreementInput(p, overrides) });
      assert.equal(error.extensions?.field, field, error.message);
    }
    assert.equal(await count(), before);
  });

  test('descriptions keep their line breaks, written as LF', async () => {
    const resources = [{ category: 'VENUE', description: '党员活动室\r\n可容纳50人', quantity: 1, unit: '间' }];
    const { registerAgreement: a } = await p.partner.data(REGISTER, { input: agreementInput(p, { resources }) });
    assert.equal(a.resources[0].description, '党员活动室\n可容纳50人');
  });

  test('a unit registers only for itself; staff and other roles cannot register', async () => {
    const before = await count();
    await p.otherPartner.error('OUT_OF_SCOPE', REGISTER, { input: agreementInput(p) });
    await p.staff.error('ROLE_NOT_PERMITTED', REGISTER, { input: agreementInput(p) });
    await p.districtAdmin.error('ROLE_NOT_PERMITTED', REGISTER, { input: agreementInput(p) });
    assert.equal(await count(), before);
  });

  test('a role that may never register is refused before its input is read: an analyst learns no validation rule', async () => {
    const analyst = await hub.as({ role: Role.ANALYST, subject: 'analyst', organisationId: p.street.id });
    const invalid = agreementInput(p, { title: ' ', validTo: '2020-01-01', partnerId: 'not-an-id', committeeId: p.unit.id });
    const error = await analyst.error('ROLE_NOT_PERMITTED', REGISTER, { input: invalid });
    assert.equal(error.extensions?.permission, 'agreements.register');
    assert.equal(error.extensions?.field, undefined);
    // The same for every change an analyst might try.
    await analyst.error('ROLE_NOT_PERMITTED', `mutation { signAgreement(id: "nothing", version: -1) { id } }`);
    await analyst.error('ROLE_NOT_PERMITTED', `mutation { reviewAgreement(id: "nothing", year: 0, rating: 9, comment: "") { id } }`);
    await analyst.error('ROLE_NOT_PERMITTED', `mutation { importAgreements(csv: "garbage") { imported } }`);
  });

  test('the same idempotency key: same input returns the same agreement, other input is a CONFLICT', async () => {
    const input = agreementInput(p, { title: '幂等登记' });
    const first = (await p.partner.data(REGISTER, { input, key: 'reg-001' })).registerAgreement;
    const again = (await p.partner.data(REGISTER, { input, key: 'reg-001' })).registerAgreement;
    assert.equal(again.id, first.id);
    await p.partner.error('IDEMPOTENCY_KEY_REUSED', REGISTER, { input: { ...input, title: '另一份' }, key: 'reg-001' });
  });

  test('ten concurrent registrations with one key create one agreement', async () => {
    const before = await count();
    const input = agreementInput(p, { title: '并发登记' });
    const results = await Promise.all(Array.from({ length: 10 }, () => p.partner.request(REGISTER, { input, key: 'reg-concurrent' })));
    assert.deepEqual(
      results.map((r) => r.errors),
      Array(10).fill(undefined),
    );
    assert.equal(new Set(results.map((r) => r.data?.registerAgreement.id)).size, 1);
    assert.equal(await count(), before + 1);
  });
});

describe('reading agreements', () => {
  parties();
  test('a partner sees only its own agreements; staff and admins see those of their area', async () => {
    const { registerAgreement: a } = await p.partner.data(REGISTER, { input: agreementInput(p, { title: '可见性' }) });
    const query = `query ($id: ID!) { agreement(id: $id) { id } }`;
    assert.equal((await p.partner.data(query, { id: a.id })).agreement.id, a.id);
    assert.equal((await p.staff.data(query, { id: a.id })).agreement.id, a.id);
    assert.equal((await p.districtAdmin.data(query, { id: a.id })).agreement.id, a.id);
    await p.otherPartner.error('OUT_OF_SCOPE', query, { id: a.id });
    await p.partner.error('NOT_FOUND', query, { id: '00000000-0000-4000-8000-000000000000' });
    const list = `query ($id: ID!) { organisation(id: $id) { name agreements(first: 50) { totalCount edges { node { id partner { id } } } } } }`;
    const own = (await p.partner.data(list, { id: p.unit.id })).organisation.agreements;
    assert.ok(own.totalCount >= 1 && own.edges.every((e: any) => e.node.partner.id === p.unit.id));
    const foreign = await p.otherPartner.request(list, { id: p.unit.id });
    assert.equal(foreign.errors?.[0].extensions?.reason, 'OUT_OF_SCOPE');
    assert.equal(foreign.data.organisation.agreements, null);
    assert.ok(foreign.data.organisation.name, 'the rest of the query still answers');
  });
});
