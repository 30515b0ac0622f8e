import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from '@jest/globals';
import { Role } from './identity';
import { bodyDigest, encodeIdentity, signRequest, verifyRequest } from './internal-signature';
import { MemoryNonceStore } from './nonce-store';

/** The worked example of docs/internal-signature.md: other routers implement the format from it. */
const SECRET = 'an-example-secret-of-at-least-32-characters';
const AT = 1767225600000;
const NONCE = 'q1pKlMj8r0Sx0cGXrN4bZg';
const BODY = '{"query":"{ organisations { totalCount } }","variables":{}}';
const ACTOR = { subject: 'user-1', role: Role.ANALYST, organisationId: '00000000-0000-4000-8000-000000000001' };
const DOC = readFileSync(path.join(__dirname, '..', '..', 'docs', 'internal-signature.md'), 'utf8');

test('the documented example is what the code signs', () => {
  const headers = signRequest(SECRET, { subgraph: 'organisations', identity: encodeIdentity(ACTOR), body: BODY }, AT, NONCE);
  for (const [name, value] of Object.entries(headers)) assert.ok(DOC.includes(`${name}: ${value}`), `the page shows ${name}: ${value}`);
  assert.ok(DOC.includes(`body SHA-256:    ${bodyDigest(BODY)}`));
  assert.ok(DOC.includes(`\`${BODY}\``) && DOC.includes(SECRET) && DOC.includes(NONCE));
});

test('a signed request verifies with the same bytes, subgraph and method only', () => {
  const headers = signRequest(SECRET, { subgraph: 'organisations', identity: encodeIdentity(ACTOR), body: BODY }, AT, NONCE);
  const received = { method: 'POST', subgraph: 'organisations', header: (name: string) => headers[name], body: Buffer.from(BODY) };
  assert.deepEqual(verifyRequest(SECRET, received, AT + 59_000), { actor: { ...ACTOR, memberId: undefined }, nonce: NONCE, expiresAt: AT + 60_000 });
  const refusedWith = (change: Partial<typeof received>, now = AT) =>
    assert.throws(() => verifyRequest(SECRET, { ...received, ...change }, now), /signature|signed|gateway/);
  refusedWith({ body: Buffer.from(BODY.replace('{}', '{"a":1}')) });
  refusedWith({ body: Buffer.from(BODY.replace('{ ', '{')) });
  refusedWith({ subgraph: 'agreements' });
  refusedWith({ method: 'GET' });
  refusedWith({ body: undefined });
  refusedWith({}, AT + 60_001);
  refusedWith({}, AT - 60_001);
});

test('the memory nonce store accepts a nonce once and forgets it after it expires', async () => {
  const store = new MemoryNonceStore();
  assert.equal(await store.claim('n1', 1_000, 0), true);
  assert.equal(await store.claim('n1', 1_000, 10), false);
  assert.equal(await store.claim('n2', 100_000, 60_000), true, 'the first claim after 30 s prunes expired nonces');
  assert.equal(await store.claim('n1', 200_000, 61_000), true);
});
