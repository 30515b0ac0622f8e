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
