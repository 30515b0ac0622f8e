import assert from 'node:assert/strict';
import { test } from '@jest/globals';
import { isHubError } from '../errors/errors';
import { gbkBytes } from '../testing/gbk';
import { checkUtf8Csv, misdecodedAs } from './csv-encoding';

const CSV = '共建组织代码,单位代码,协议名称\nSQ-HEPING,DW-GUODIAN,共建协议\n';
test('UTF-8 text, Chinese or not, reads as written', () => {
  assert.equal(misdecodedAs(CSV), undefined);
  assert.equal(misdecodedAs('committeeCode,partnerCode,title\nSQ,DW,Café naïve, déjà vu\n'), undefined);
  assert.equal(checkUtf8Csv(CSV, 'csv'), CSV);
});

test('a GBK file decoded as UTF-8 (replacement characters) or as Latin-1 / Windows-1252 (mojibake) is refused as NOT_UTF8', () => {
  const bytes = gbkBytes(CSV);
  const cases = [bytes.toString('utf8'), bytes.toString('latin1'), new TextDecoder('windows-1252').decode(bytes)];
  for (const garbled of cases) {
    assert.throws(
      () => checkUtf8Csv(garbled, 'csv'),
      (error: unknown) => isHubError(error) && error.reason === 'NOT_UTF8' && error.toExtensions().encoding === 'GBK' && /CSV UTF-8/.test(error.message),
      JSON.stringify(garbled.slice(0, 20)),
    );
  }
});

test('UTF-8 decoded as Latin-1 is garbled too', () => {
  assert.equal(misdecodedAs(Buffer.from(CSV, 'utf8').toString('latin1')), 'UTF-8 read as Latin-1');
});
