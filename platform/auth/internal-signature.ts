import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import { UnauthenticatedError } from '../errors/errors';
import { actorFromClaims } from './jwt';
import type { Actor } from './identity';

/**
 * The gateway tells a subgraph who is calling in three headers: the identity (base64url JSON), the
 * time it signed, and an HMAC over both and the operation text. A subgraph accepts nothing else, so
 * calling it directly (queries, `_entities`, `_service`) is no way around the gateway, a forged
 * identity fails the signature, and a captured header is useless for another operation or later
 * than `MAX_AGE_MS`.
 */
export const IDENTITY_HEADER = 'x-hub-identity';
export const SIGNED_AT_HEADER = 'x-hub-signed-at';
export const SIGNATURE_HEADER = 'x-hub-signature';
const MAX_AGE_MS = 60_000;

export function signIdentity(secret: string, actor: Actor, query: string, now = Date.now()): Record<string, string> {
  const identity = Buffer.from(JSON.stringify({ sub: actor.subject, role: actor.role, org: actor.organisationId, member: actor.memberId })).toString(
    'base64url',
  );
  const signedAt = String(now);
  return { [IDENTITY_HEADER]: identity, [SIGNED_AT_HEADER]: signedAt, [SIGNATURE_HEADER]: mac(secret, identity, signedAt, query) };
}

export function verifyIdentity(secret: string, header: (name: string) => string | undefined, query: string, now = Date.now()): Actor {
  const identity = header(IDENTITY_HEADER);
  const signedAt = header(SIGNED_AT_HEADER);
  const signature = header(SIGNATURE_HEADER);
  if (!identity || !signedAt || !signature) throw new UnauthenticatedError('GATEWAY_ONLY', { detail: 'the request is not signed' });
  const expected = Buffer.from(mac(secret, identity, signedAt, query));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) {
    throw new UnauthenticatedError('GATEWAY_ONLY', { detail: 'the signature does not match' });
  }
  if (!(Math.abs(now - Number(signedAt)) <= MAX_AGE_MS)) throw new UnauthenticatedError('GATEWAY_ONLY', { detail: 'the signature has expired' });
  return actorFromClaims(JSON.parse(Buffer.from(identity, 'base64url').toString('utf8')));
}

function mac(secret: string, identity: string, signedAt: string, query: string): string {
  const operation = createHash('sha256').update(query).digest('base64url');
  return createHmac('sha256', secret).update(`${identity}\n${signedAt}\n${operation}`).digest('base64url');
}
