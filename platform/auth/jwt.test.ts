import assert from 'node:assert/strict';
import { generateKeyPairSync, type KeyObject } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from '@jest/globals';
import { SignJWT } from 'jose';
import { loadConfig } from '../config/config';
import { createTokenVerifier } from './jwt';
import { resolveSecrets } from './secrets';

/** With a public key configured, only that key's algorithm verifies: no switching to HS256. */
for (const [type, alg, options] of [
  ['rsa', 'RS256', { modulusLength: 2048 }],
  ['ec', 'ES256', { namedCurve: 'P-256' }],
] as const) {
  test(`an ${alg} public key accepts its own tokens and refuses HS256 tokens signed with the public key`, async () => {
    const { publicKey, privateKey } = generateKeyPairSync(type as any, options as any) as unknown as { publicKey: KeyObject; privateKey: KeyObject };
    const pem = publicKey.export({ type: 'spki', format: 'pem' }).toString();
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'hub-key-')), 'public.pem');
    writeFileSync(file, pem);
    const config = loadConfig({ AUTH_JWT_PUBLIC_KEY_FILE: file, INTERNAL_SIGNING_SECRET: 'x'.repeat(32) });
    const verify = createTokenVerifier(config.auth, resolveSecrets(config.auth));
    const token = (header: { alg: string }, key: any) =>
      new SignJWT({ role: 'ANALYST', org: '00000000-0000-4000-8000-000000000001' })
        .setProtectedHeader(header)
        .setSubject('analyst')
        .setIssuer(config.auth.issuer)
        .setAudience(config.auth.audience)
        .setExpirationTime('1h')
        .sign(key);
    const actor = await verify(await token({ alg }, privateKey));
    assert.equal(actor.role, 'ANALYST');
    await assert.rejects(verify(await token({ alg: 'HS256' }, new TextEncoder().encode(pem))), /not valid/);
  });
}

test('a token accepted before is refused once it has expired (verified tokens are remembered only until their expiry)', async () => {
  const config = loadConfig({ AUTH_JWT_SECRET: 'k'.repeat(43), INTERNAL_SIGNING_SECRET: 'x'.repeat(32) });
  const secrets = resolveSecrets(config.auth);
  const verify = createTokenVerifier(config.auth, secrets);
  const expiresAt = Math.floor(Date.now() / 1000) + 2;
  const token = await new SignJWT({ role: 'ANALYST', org: '00000000-0000-4000-8000-000000000001' })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject('analyst')
    .setIssuer(config.auth.issuer)
    .setAudience(config.auth.audience)
    .setIssuedAt()
    .setExpirationTime(expiresAt)
    .sign(new TextEncoder().encode(secrets.jwtSecret!));
  assert.equal((await verify(token)).role, 'ANALYST');
  (await verify(token)).role = 'PLATFORM_ADMIN' as never; // a caller changing its copy changes nothing remembered
  assert.equal((await verify(token)).role, 'ANALYST');
  await new Promise((resolve) => setTimeout(resolve, (expiresAt + 1) * 1000 - Date.now()));
  await assert.rejects(verify(token), /exp/);
});
