import assert from 'node:assert/strict';
import { beforeAll, describe, test } from '@jest/globals';
import { AMEND, PROGRESS, REGISTER, RENEW, RESUME, SIGN, SUSPEND, TERMINATE, agreementInput, demoParties, type Parties } from './kit/agreements';
import { graphql } from './kit/graphql';
import { useTestStack } from './kit/stack';

/** An agreement's life after registration, through the gateway, with each refusal. */
const hub = useTestStack({ demo: true });
let p: Parties;

const register = async (overrides: Parameters<typeof agreementInput>[1] = {}) =>
  (await p.partner.data(REGISTER, { input: agreementInput(p, overrides) })).registerAgreement;
const REVIEW = graphql(`
  mutation ReviewAgreement($id: ID!, $year: Int!, $rating: Int!) {
    reviewAgreement(id: $id, year: $year, rating: $rating, comment: "合作良好") {
      year
      rating
    }
  }
`);
const EXPIRED = graphql(`
  query ExpiredAgreementsOf($id: ID!) {
    organisation(id: $id) {
      agreements(status: EXPIRED, first: 50) {
        edges {
          node {
            id
            status
          }
        }
      }
    }
  }
`);
const signed = async (overrides: Parameters<typeof agreementInput>[1] = {}) => {
  const a = await register(overrides);
  return (await p.staff.data(SIGN, { id: a.id, version: a.version })).signAgreement;
};

describe('signing, suspending, ending', () => {
  beforeAll(async () => {
    p ??= await demoParties(hub);
  });

  test('the committee side signs a draft; the partner cannot; a signed one cannot be signed again', async () => {
    const a = await register();
    await p.partner.error('ROLE_NOT_PERMITTED', SIGN, { id: a.id, version: a.version });
    const s = (await p.staff.data(SIGN, { id: a.id, version: a.version })).signAgreement;
    assert.equal(s.status, 'ACTIVE');
    assert.match(s.signingDate ?? '', /^\d{4}-\d{2}-\d{2}$/);
    await p.staff.error('ILLEGAL_TRANSITION', SIGN, { id: a.id, version: s.version });
    await p.staff.error('STALE_VERSION', SIGN, { id: a.id, version: a.version });
  });

  test('suspend and resume by the committee side; terminate by either side, then nothing more changes', async () => {
    const a = await signed();
    const s = (await p.staff.data(SUSPEND, { id: a.id, version: a.version, reason: '整改' })).suspendAgreement;
    assert.equal(s.status, 'SUSPENDED');
    await p.partner.error('ROLE_NOT_PERMITTED', RESUME, { id: a.id, version: s.version });
    const r = (await p.staff.data(RESUME, { id: a.id, version: s.version })).resumeAgreement;
    assert.equal(r.status, 'ACTIVE');
    const t = (await p.partner.data(TERMINATE, { id: a.id, version: r.version, reason: '单位搬迁' })).terminateAgreement;
    assert.equal(t.status, 'TERMINATED');
    assert.deepEqual(
      t.amendments.map((m) => m.reason),
      ['整改', '单位搬迁'],
    );
    await p.partner.error('WRONG_STATE', AMEND, { id: a.id, version: t.version, input: { title: '改' }, reason: '试' });
    await p.staff.error('ILLEGAL_TRANSITION', SUSPEND, { id: a.id, version: t.version, reason: '试' });
    await p.otherPartner.error('OUT_OF_SCOPE', TERMINATE, { id: a.id, version: t.version, reason: 'x' });
  });

  test('an active agreement past its term reads as EXPIRED, without a job', async () => {
    const a = await signed({ validFrom: '2020-01-01', validTo: '2021-12-31' });
    assert.equal(a.status, 'EXPIRED');
    const expired = (await p.partner.data(EXPIRED, { id: p.unit.id })).organisation!.agreements!.edges.map((e) => e.node);
    assert.ok(expired.some((n) => n.id === a.id) && expired.every((n) => n.status === 'EXPIRED'));
  });
});

describe('amendments, progress, reviews, renewal', () => {
  beforeAll(async () => {
    p ??= await demoParties(hub);
  });

  test('a signed agreement keeps each change as a numbered amendment that later changes never alter', async () => {
    const a = await signed();
    await p.partner.error('REQUIRED', AMEND, { id: a.id, version: a.version, input: { title: '新名称' } });
    const one = (await p.partner.data(AMEND, { id: a.id, version: a.version, input: { title: '新名称' }, reason: '更名' })).amendAgreement;
    const two = (await p.staff.data(AMEND, { id: a.id, version: one.version, input: { validTo: '2029-06-30' }, reason: '延长期限' })).amendAgreement;
    assert.deepEqual(
      two.amendments.map((m) => [m.number, m.reason]),
      [
        [1, '更名'],
        [2, '延长期限'],
      ],
    );
    assert.deepEqual(two.amendments[0], one.amendments[0]);
    assert.deepEqual(two.amendments[0].changes.title, { from: '共驻共建协议书', to: '新名称' });
    await p.partner.error('STALE_VERSION', AMEND, { id: a.id, version: one.version, input: { title: '旧版本' }, reason: '过期' });
    await p.partner.error('NOT_BEFORE', AMEND, { id: a.id, version: two.version, input: { validTo: '2025-01-01' }, reason: '试' });
  });

  test('project progress: 0 to 100, kept as reports', async () => {
    const a = await signed();
    const project = a.projects[0].id;
    for (const progress of [-1, 101]) {
      const e = await p.partner.error('OUT_OF_RANGE', PROGRESS, { id: a.id, version: a.version, project, progress, note: '进展' });
      assert.equal(e.extensions?.field, 'progress');
    }
    await p.partner.error('UNKNOWN_REFERENCE', PROGRESS, {
      id: a.id,
      version: a.version,
      project: '00000000-0000-4000-8000-000000000000',
      progress: 10,
      note: 'x',
    });
    const b = (await p.partner.data(PROGRESS, { id: a.id, version: a.version, project, progress: 60, note: '已开餐' })).reportProjectProgress;
    const c = (await p.staff.data(PROGRESS, { id: a.id, version: b.version, project, progress: 100, note: '完成' })).reportProjectProgress;
    assert.equal(c.projects[0].progress, 100);
    assert.deepEqual(
      c.projects[0].reports.map((r) => r.progress),
      [60, 100],
    );
  });

  test('progress does not go back without a reason, which is kept with the report', async () => {
    const a = await signed();
    const project = a.projects[0].id;
    const b = (await p.partner.data(PROGRESS, { id: a.id, version: a.version, project, progress: 80, note: '基本完成' })).reportProjectProgress;
    const refused = await p.partner.error('PROGRESS_GOES_BACK', PROGRESS, { id: a.id, version: b.version, project, progress: 50, note: '返工' });
    assert.deepEqual([refused.extensions?.field, refused.extensions?.current, refused.extensions?.reported], ['progress', 80, 50]);
    const c = (await p.partner.data(PROGRESS, { id: a.id, version: b.version, project, progress: 50, note: '返工', reason: '验收未通过，需返工' }))
      .reportProjectProgress;
    assert.equal(c.projects[0].progress, 50);
    assert.deepEqual(c.projects[0].reports.at(-1), { progress: 50, note: '返工', reason: '验收未通过，需返工' });
  });

  test('the committee side reviews once a year, rating 1 to 5', async () => {
    const a = await signed();
    await p.partner.error('ROLE_NOT_PERMITTED', REVIEW, { id: a.id, year: 2026, rating: 5 });
    assert.equal((await p.staff.error('OUT_OF_RANGE', REVIEW, { id: a.id, year: 2026, rating: 6 })).extensions?.field, 'rating');
    assert.equal((await p.staff.error('OUT_OF_RANGE', REVIEW, { id: a.id, year: 2035, rating: 4 })).extensions?.field, 'year');
    assert.deepEqual((await p.staff.data(REVIEW, { id: a.id, year: 2026, rating: 4 })).reviewAgreement, { year: 2026, rating: 4 });
    await p.staff.error('DUPLICATE', REVIEW, { id: a.id, year: 2026, rating: 5 });
  });

  test('renewal is a new draft linked to the old agreement, carrying what is still open', async () => {
    const a = await signed();
    await p.partner.error('NOT_BEFORE', RENEW, { id: a.id, version: a.version, from: '2029-01-01', to: '2028-12-31' });
    const r = (await p.partner.data(RENEW, { id: a.id, version: a.version, from: '2029-01-01', to: '2031-12-31' })).renewAgreement;
    assert.equal(r.status, 'DRAFT');
    assert.equal(r.renewalOfId, a.id);
    assert.notEqual(r.number, a.number);
    assert.equal(r.projects.length, 1);
  });
});
