import assert from 'node:assert/strict';
import { test } from '@jest/globals';
import { arrayConstant, arrayLiteral } from './bulk-literal';

test('array literals quote every value, escape only quotes and backslashes, and spell null as NULL', () => {
  assert.equal(arrayLiteral([]), '{}');
  assert.equal(arrayLiteral(['a"b', 'c\\d', null, 1, '社区清洁日', 'NULL']), '{"a\\"b","c\\\\d",NULL,"1","社区清洁日","NULL"}');
  assert.match(arrayConstant(['x'], 'uuid'), /^(\$b[0-9a-f]{12}\$)\{"x"\}\1::uuid\[\]$/);
});
