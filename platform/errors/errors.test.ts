import assert from 'node:assert/strict';
import { describe, test } from '@jest/globals';
import { ConflictError, ForbiddenError, languageOf } from './errors';
import { REASONS, type Reason } from './reasons';

describe('the reason catalog', () => {
  test('every message names only its own data, in both languages, and uses all of it in English', () => {
    for (const [name, { params, en, zh }] of Object.entries(REASONS) as Array<[Reason, (typeof REASONS)[Reason]]>) {
      const used = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
      for (const placeholder of [...used(en), ...used(zh)]) assert.ok((params as readonly string[]).includes(placeholder), `${name}: {${placeholder}}`);
      const english = new Set(used(en));
      for (const param of params) if (param !== 'permission' && param !== 'who') assert.ok(english.has(param), `${name}: ${param} unused in en`);
      assert.match(zh, /[\u4e00-\u9fff]/, `${name} has a Chinese message`);
    }
  });

  test('an error carries its reason and data in extensions; wording for people stays in the message', () => {
    const stale = new ConflictError('STALE_VERSION', { entity: 'Agreement', id: 'a1', currentVersion: 4, expectedVersion: 3 });
    assert.deepEqual(stale.toExtensions(), { code: 'CONFLICT', reason: 'STALE_VERSION', entity: 'Agreement', id: 'a1', currentVersion: 4, expectedVersion: 3 });
    assert.equal(stale.messageIn('en'), 'Agreement a1 is at version 4, not 3: reload it and try again');
    assert.equal(stale.messageIn('zh'), 'Agreement a1 已是第 4 版，不是第 3 版：请重新读取后再试');
    const forbidden = new ForbiddenError('OUT_OF_SCOPE', {
      role: 'PARTNER_UNIT',
      permission: 'agreements.read',
      who: { en: 'partner unit', zh: '共建单位' },
      action: { en: 'read this agreement', zh: '查看该共建协议' },
    });
    assert.deepEqual(forbidden.toExtensions(), { code: 'FORBIDDEN', reason: 'OUT_OF_SCOPE', role: 'PARTNER_UNIT', permission: 'agreements.read' });
    assert.equal(forbidden.messageIn('zh'), '共建单位无权查看该共建协议：超出管辖范围');
    assert.equal(forbidden.messageIn('en'), 'A PARTNER_UNIT may not read this agreement: it is outside your scope');
  });

  test('Accept-Language picks Chinese when zh is preferred over English', () => {
    const cases: Array<[string | undefined, 'en' | 'zh']> = [
      [undefined, 'en'],
      ['', 'en'],
      ['zh-CN,zh;q=0.9,en;q=0.8', 'zh'],
      ['en-US,en;q=0.9,zh-CN;q=0.8', 'en'],
      ['zh-Hans-CN', 'zh'],
      ['fr-FR,zh;q=0.5', 'zh'],
      ['en;q=0.4, zh;q=0.6', 'zh'],
      ['zh;q=0, en', 'en'],
      ['*', 'en'],
      ['zh;q=abc', 'en'],
    ];
    for (const [header, expected] of cases) assert.equal(languageOf(header), expected, String(header));
  });
});
