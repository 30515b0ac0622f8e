import { createPublicKey } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createLocalJWKSet, jwtVerify, SignJWT, type JWTPayload } from 'jose';
import type { AuthSettings } from '../config/config';
import { UnauthenticatedError } from '../errors/errors';
import { isUuid } from '../validation/validation';
import { isRole, Role, ROLES, type Actor } from './identity';
import type { Secrets } from './secrets';

export type TokenVerifier = (token: string) => Promise<Actor>;

/**
 * Verifies caller tokens. The accepted algorithms follow the configured key and nothing else, so
 * `alg: none` and algorithm switching (an HS256 token signed with a public key) are refused.
 */
export function createTokenVerifier(auth: AuthSettings, secrets: Secrets): TokenVerifier {
  const options = { issuer: auth.issuer, audience: auth.audience, requiredClaims: ['exp', 'sub'] };
  let verify: (token: string) => Promise<{ payload: JWTPayload }>;
  if (auth.jwksFile) {
    const keys = createLocalJWKSet(JSON.parse(readFileSync(auth.jwksFile, 'utf8')));
    verify = (token) => jwtVerify(token, keys, { ...options, algorithms: ['RS256', 'ES256'] });
  } else if (auth.jwtPublicKeyFile) {
    const key = createPublicKey(readFileSync(auth.jwtPublicKeyFile, 'utf8'));
    const algorithm = key.asymmetricKeyType === 'ec' ? 'ES256' : 'RS256';
    verify = (token) => jwtVerify(token, key, { ...options, algorithms: [algorithm] });
  } else {
    const key = new TextEncoder().encode(secrets.jwtSecret!);
    verify = (token) => jwtVerify(token, key, { ...options, algorithms: ['HS256'] });
  }
  // A client sends the same token with every request until it expires: the signature and claims of
  // that exact string are checked once, and its expiry at every use.
  const verified = new Map<string, { actor: Actor; expiresAt: number }>();
  return async (token) => {
    const known = verified.get(token);
    if (known && known.expiresAt > Date.now() / 1000) return { ...known.actor };
    if (known) verified.delete(token);
    let payload: JWTPayload;
    try {
      ({ payload } = await verify(token));
    } catch (error) {
      throw new UnauthenticatedError('TOKEN_INVALID', { detail: (error as Error).message });
    }
    checkLifetime(payload, auth.maxTokenLifetimeSeconds);
    const actor = actorFromClaims(payload);
    if (verified.size >= VERIFIED_TOKENS_KEPT) verified.delete(verified.keys().next().value!);
    verified.set(token, { actor, expiresAt: payload.exp! });
    return { ...actor };
  };
}

/** Verified tokens remembered per process (the oldest is forgotten first). */
const VERIFIED_TOKENS_KEPT = 10_000;

/** How far the issuer's clock may run ahead of ours. */
const CLOCK_TOLERANCE_SECONDS = 30;

/**
 * A token issued in the future is forged or from a broken clock; one valid for longer than the
 * configured maximum outlives any revocation the issuer could make. Without `iat`, the lifetime
 * counts from now.
 */
function checkLifetime(payload: JWTPayload, maxSeconds: number, now = Math.floor(Date.now() / 1000)): void {
  const issuedAt = payload.iat;
  if (issuedAt !== undefined && issuedAt > now + CLOCK_TOLERANCE_SECONDS) {
    throw new UnauthenticatedError('TOKEN_ISSUED_IN_FUTURE', { issuedAt: new Date(issuedAt * 1000).toISOString() });
  }
  const lifetimeSeconds = payload.exp! - Math.min(issuedAt ?? now, now);
  if (lifetimeSeconds > maxSeconds) throw new UnauthenticatedError('TOKEN_LIFETIME_TOO_LONG', { lifetimeSeconds, maxSeconds });
}

/** Claims: `sub`, `role`, `org` (organisation acted for), `member` (for PARTY_MEMBER). */
export function actorFromClaims(claims: JWTPayload): Actor {
  const { sub, role, org, member } = claims as JWTPayload & { role?: unknown; org?: unknown; member?: unknown };
  if (!isRole(role)) throw new UnauthenticatedError('TOKEN_CLAIM_INVALID', { claim: 'role', detail: `one of ${ROLES.join(', ')}` });
  if (org !== undefined && !isUuid(org)) throw new UnauthenticatedError('TOKEN_CLAIM_INVALID', { claim: 'org', detail: 'not an organisation id' });
  if (member !== undefined && !isUuid(member)) throw new UnauthenticatedError('TOKEN_CLAIM_INVALID', { claim: 'member', detail: 'not a member id' });
  if (role !== Role.PLATFORM_ADMIN && role !== Role.PARTY_MEMBER && !org) {
    throw new UnauthenticatedError('TOKEN_CLAIM_INVALID', { claim: 'org', detail: `a ${role} token must name the organisation it acts for` });
  }
  if (role === Role.PARTY_MEMBER && !member) {
    throw new UnauthenticatedError('TOKEN_CLAIM_INVALID', { claim: 'member', detail: 'a PARTY_MEMBER token must name the member' });
  }
  return { subject: sub!, role, organisationId: org as string | undefined, memberId: member as string | undefined };
}

/** Issues an HS256 token for the local configuration (`npm run token`, tests). */
export async function mintToken(
  auth: AuthSettings,
  secrets: Secrets,
  actor: Actor,
  ttlSeconds = Math.min(12 * 3600, auth.maxTokenLifetimeSeconds),
): Promise<string> {
  if (!secrets.jwtSecret) throw new Error('Tokens are verified with public keys here: your identity provider issues them');
  if (ttlSeconds > auth.maxTokenLifetimeSeconds) {
    throw new Error(`A token may be valid for at most ${auth.maxTokenLifetimeSeconds} s here (AUTH_MAX_TOKEN_LIFETIME), not ${ttlSeconds} s`);
  }
  return new SignJWT({ role: actor.role, org: actor.organisationId, member: actor.memberId })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject(actor.subject)
    .setIssuer(auth.issuer)
    .setAudience(auth.audience)
    .setIssuedAt()
    .setExpirationTime(Math.floor(Date.now() / 1000) + ttlSeconds)
    .sign(new TextEncoder().encode(secrets.jwtSecret));
}
