import assert from 'node:assert/strict';
import { beforeAll, describe, test } from '@jest/globals';
import { REGISTER, agreementInput, demoParties, type Parties } from './kit/agreements';
import { useTestStack } from './kit/stack';

/**
 * Dates are derived in the configured time zone (Asia/Shanghai by default). The subgraphs' clock
 * reads 2026-03-01T23:59Z here: 07:59 on 2 March in Beijing, still 1 March in UTC.
 */
const hub = useTestStack({ demo: true, now: () => new Date('2026-03-01T23:59:00Z') });
let p: Parties;

const SIGN = `mutation ($id: ID!, $version: Int!, $date: LocalDate) { signAgreement(id: $id, version: $version, signingDate: $date) { id status signingDate version } }`;
const register = async (overrides: Record<string, unknown> = {}) => (await p.partner.data(REGISTER, { input: agreementInput(p, overrides) })).registerAgreement;

describe('the clock of Beijing', () => {
  beforeAll(async () => {
    p ??= await demoParties(hub);
  });

  test("signAgreement without a date records today's date in Beijing, not in UTC", async () => {
    const a = await register();
    const signed = (await p.staff.data(SIGN, { id: a.id, version: a.version })).signAgreement;
    assert.equal(signed.signingDate, '2026-03-02');
  });

  test('an agreement whose term ended yesterday in Beijing reads as EXPIRED already', async () => {
    const a = await register({ validFrom: '2026-01-01', validTo: '2026-03-01' });
    const signed = (await p.staff.data(SIGN, { id: a.id, version: a.version, date: '2026-01-01' })).signAgreement;
    assert.equal(signed.status, 'EXPIRED');
  });

  test('a signing date lies within the term and not after today', async () => {
    const a = await register({ validFrom: '2026-01-01', validTo: '2026-06-30' });
    const late = await p.staff.error('NOT_AFTER', SIGN, { id: a.id, version: a.version, date: '2026-03-03' });
    assert.deepEqual([late.extensions?.field, late.extensions?.other], ['signingDate', '2026-03-02']);
    const ended = await register({ validFrom: '2025-01-01', validTo: '2025-12-31' });
    const after = await p.staff.error('NOT_AFTER', SIGN, { id: ended.id, version: ended.version, date: '2026-01-05' });
    assert.deepEqual([after.extensions?.field, after.extensions?.other], ['signingDate', '2025-12-31']);
    await p.partner.error('NOT_AFTER', REGISTER, { input: agreementInput(p, { signingDate: '2026-03-03' }) });
    // Signing shortly before the term starts is usual.
    const early = await register({ validFrom: '2026-04-01', validTo: '2027-03-31' });
    assert.equal((await p.staff.data(SIGN, { id: early.id, version: early.version, date: '2026-03-02' })).signAgreement.signingDate, '2026-03-02');
  });
});
