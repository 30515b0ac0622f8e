import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { JWTPayload } from 'jose';
import { UnauthenticatedError } from '../errors/errors';
import { actorFromClaims } from './jwt';
import type { Actor } from './identity';

/**
 * How a subgraph knows a request comes from the gateway (or from another subgraph) and for whom.
 * The signer sends the caller's identity and an HMAC over the whole request: the method, the
 * subgraph it is meant for, the time, a one-time nonce, the identity and the SHA-256 of the exact
 * body bytes (operation text, variables, operation name). A captured request is therefore useless
 * with other variables, for another subgraph, a second time (the nonce), or after `MAX_AGE_MS`.
 *
 * The format is documented for other routers in docs/internal-signature.md; change both together
 * (and the version) or other routers stop working.
 */
export const IDENTITY_HEADER = 'x-hub-identity';
export const SIGNED_AT_HEADER = 'x-hub-signed-at';
export const NONCE_HEADER = 'x-hub-nonce';
export const SIGNATURE_HEADER = 'x-hub-signature';
export const SIGNATURE_VERSION = 'v1';
/** A request is accepted this long before or after its signing time (clocks of two machines differ). */
export const MAX_AGE_MS = 60_000;

const NONCE_PATTERN = /^[A-Za-z0-9_-]{16,128}$/;
const SIGNED_AT_PATTERN = /^\d{1,16}$/;

/** The identity header's value: base64url (no padding) of the caller's claims as JSON. */
export function encodeIdentity(actor: Actor): string {
  const claims = { sub: actor.subject, role: actor.role, org: actor.organisationId, member: actor.memberId };
  return Buffer.from(JSON.stringify(claims)).toString('base64url');
}

function decodeIdentity(identity: string): JWTPayload {
  let claims: unknown;
  try {
    claims = JSON.parse(Buffer.from(identity, 'base64url').toString('utf8'));
  } catch {
    throw new UnauthenticatedError('GATEWAY_ONLY', { detail: 'the signed identity is not valid JSON' });
  }
  if (typeof claims !== 'object' || claims === null || Array.isArray(claims))
    throw new UnauthenticatedError('GATEWAY_ONLY', { detail: 'the signed identity is not a set of claims' });
  return claims as JWTPayload;
}

export interface SignedRequest {
  /** The subgraph the request is for, by its name in the supergraph (`organisations`). */
  subgraph: string;
  /** The `x-hub-identity` value (see `encodeIdentity`). */
  identity: string;
  /** The exact body that will be sent. */
  body: string | Uint8Array;
  method?: string;
}

/** The four headers that make a request acceptable to `subgraph`; sign each request anew. */
export function signRequest(secret: string, request: SignedRequest, now = Date.now(), nonce = newNonce()): Record<string, string> {
  const signedAt = String(now);
  const message = canonicalMessage(request.method ?? 'POST', request.subgraph, signedAt, nonce, request.identity, bodyDigest(request.body));
  return {
    [IDENTITY_HEADER]: request.identity,
    [SIGNED_AT_HEADER]: signedAt,
    [NONCE_HEADER]: nonce,
    [SIGNATURE_HEADER]: `${SIGNATURE_VERSION}=${mac(secret, message)}`,
  };
}

/** The request as the subgraph received it. */
export interface ReceivedRequest {
  method: string;
  subgraph: string;
  header(name: string): string | undefined;
  /** The raw body bytes; undefined when the body was not JSON. */
  body: Buffer | undefined;
}

/** What a valid signature vouches for; the nonce must still be checked against replays. */
export interface VerifiedRequest {
  actor: Actor;
  nonce: string;
  /** After this instant the request is refused by its time alone, so its nonce need not be kept. */
  expiresAt: number;
}

export function verifyRequest(secret: string, request: ReceivedRequest, now = Date.now()): VerifiedRequest {
  const identity = request.header(IDENTITY_HEADER);
  const signedAt = request.header(SIGNED_AT_HEADER);
  const nonce = request.header(NONCE_HEADER);
  const signature = request.header(SIGNATURE_HEADER);
  if (!identity || !signedAt || !nonce || !signature) throw new UnauthenticatedError('GATEWAY_ONLY', { detail: 'this service answers only the gateway' });
  if (request.method !== 'POST' || !request.body)
    throw new UnauthenticatedError('GATEWAY_ONLY', { detail: 'this service answers only signed JSON POST requests' });
  if (!SIGNED_AT_PATTERN.test(signedAt) || !NONCE_PATTERN.test(nonce))
    throw new UnauthenticatedError('GATEWAY_ONLY', { detail: 'the gateway signature is malformed' });
  const message = canonicalMessage(request.method, request.subgraph, signedAt, nonce, identity, bodyDigest(request.body));
  const expected = Buffer.from(`${SIGNATURE_VERSION}=${mac(secret, message)}`);
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) {
    throw new UnauthenticatedError('GATEWAY_ONLY', { detail: 'the gateway signature does not match this request' });
  }
  if (Math.abs(now - Number(signedAt)) > MAX_AGE_MS) throw new UnauthenticatedError('GATEWAY_ONLY', { detail: 'the gateway signature has expired' });
  return { actor: actorFromClaims(decodeIdentity(identity)), nonce, expiresAt: Number(signedAt) + MAX_AGE_MS };
}

/** The string the HMAC covers: one field a line, no trailing newline. */
export function canonicalMessage(method: string, subgraph: string, signedAt: string, nonce: string, identity: string, bodySha256: string): string {
  return [`hub-signature-${SIGNATURE_VERSION}`, method, subgraph, signedAt, nonce, identity, bodySha256].join('\n');
}

export function bodyDigest(body: string | Uint8Array): string {
  return createHash('sha256').update(body).digest('base64url');
}

function mac(secret: string, message: string): string {
  return createHmac('sha256', secret).update(message).digest('base64url');
}

function newNonce(): string {
  return randomBytes(16).toString('base64url');
}
