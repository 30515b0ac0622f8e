import assert from 'node:assert/strict';
import { describe, test } from '@jest/globals';
import { Role } from '../platform/auth/identity';
import { GraphQLClient } from './kit/client';
import { createOrganisation } from './kit/factories';
import { useTestStack } from './kit/stack';

/** Refusals carry a reason and its data, worded in the caller's language, through the gateway. */
const hub = useTestStack();

const UPDATE = `mutation ($input: UpdateOrganisationInput!) { updateOrganisation(input: $input) { id version } }`;

describe('refusals a client can switch on', () => {
  test('a stale version says which version is current, in Chinese for zh and in English otherwise', async () => {
    const district = await createOrganisation(hub.gateway, 'DISTRICT_COMMITTEE', null);
    const changed = (await hub.gateway.data(UPDATE, { input: { id: district.id, version: district.version, name: '中共新区委' } })).updateOrganisation;
    const stale = { input: { id: district.id, version: district.version, name: '中共旧区委' } };
    const zh = (await hub.gateway.request(UPDATE, stale, { 'accept-language': 'zh-CN,zh;q=0.9,en;q=0.8' })).errors![0];
    assert.deepEqual(zh.extensions, {
      code: 'CONFLICT',
      reason: 'STALE_VERSION',
      entity: 'Organisation',
      id: district.id,
      currentVersion: changed.version,
      expectedVersion: district.version,
      requestId: zh.extensions?.requestId,
    });
    assert.equal(zh.message, `Organisation ${district.id} 已是第 ${changed.version} 版，不是第 ${district.version} 版：请重新读取后再试`);
    const en = (await hub.gateway.request(UPDATE, stale, { 'accept-language': 'en-GB' })).errors![0];
    assert.equal(en.message, `Organisation ${district.id} is at version ${changed.version}, not ${district.version}: reload it and try again`);
  });

  test('a forbidden write names the role and the permission; the words follow the language', async () => {
    const district = await createOrganisation(hub.gateway, 'DISTRICT_COMMITTEE', null);
    const analyst = await hub.as({ role: Role.ANALYST, subject: 'analyst', organisationId: district.id });
    const response = await analyst.request(UPDATE, { input: { id: district.id, version: district.version, name: '改名' } }, { 'accept-language': 'zh' });
    const error = response.errors![0];
    assert.equal(error.extensions?.reason, 'ROLE_NOT_PERMITTED');
    assert.equal(error.extensions?.role, 'ANALYST');
    assert.equal(error.extensions?.permission, 'organisations.changeTree');
    assert.equal(error.message, '分析人员无权调整组织体系');
  });

  test("the gateway's own refusals are worded in the caller's language too", async () => {
    const anonymous = new GraphQLClient(hub.stack.gateway.url);
    const response = await anonymous.request('{ __typename }', undefined, { 'accept-language': 'zh-CN' });
    assert.equal(response.status, 401);
    assert.deepEqual(response.errors![0].extensions, { code: 'UNAUTHENTICATED', reason: 'TOKEN_REQUIRED' });
    assert.equal(response.errors![0].message, '需要令牌（Authorization: Bearer <token>）');
  });

  test('a value GraphQL itself refuses (a date that does not exist) is BAD_USER_INPUT with reason INVALID_VALUE', async () => {
    const district = await createOrganisation(hub.gateway, 'DISTRICT_COMMITTEE', null);
    await hub.gateway.error('INVALID_VALUE', `mutation ($input: AddCommitteeSeatInput!) { addCommitteeSeat(input: $input) { id } }`, {
      input: { committeeId: district.id, holderName: '王芳', role: 'SECRETARY', termStart: '2025-02-30' },
    });
  });
});
