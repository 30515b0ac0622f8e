import type { Request, RequestHandler, Response } from 'express';
import { isHubError, languageOf, ServiceUnavailableError, UnauthenticatedError, type HubError } from '../errors/errors';
import { requestScope, type RequestScope } from '../context/request-scope';
import { noteCaller, noteRefusal, requestIdOf } from '../http/access-log';
import type { Peers } from '../federation/peers';
import type { SubgraphName } from '../config/config';
import type { Actor } from './identity';
import { rawBodyOf } from '../http/raw-body';
import { verifyRequest } from './internal-signature';
import type { NonceStore } from './nonce-store';
import type { TokenVerifier } from './jwt';
import type { Logger } from '../logging/logger';

/** Answers a refused request the way GraphQL clients expect: a JSON body with a coded error, in the caller's language. */
export function refuse(req: Request, res: Response, error: HubError, status = 401): void {
  noteRefusal(res, error);
  res.status(status).json({ errors: [{ message: error.messageIn(languageOf(req.header('accept-language'))), extensions: error.toExtensions() }] });
}

/**
 * What the gateway checks of a verified caller against the hub's own data (that the organisation it
 * acts for exists and fits its role), asking the peers it names; it refuses with UNAUTHENTICATED.
 * The owner of that data provides it, so the gateway and the platform know nothing of it.
 */
export interface CallerCheck {
  peers: readonly SubgraphName[];
  create(peers: Peers): (actor: Actor) => Promise<void>;
}

/**
 * The gateway's door: a valid bearer token, for a caller who passes `check`, or nothing reaches a
 * subgraph. When the check cannot be made (its subgraph does not answer), the caller is not let in
 * unchecked: the answer is 503, to be retried.
 */
export function bearerGuard(verify: TokenVerifier, check?: (actor: Actor) => Promise<void>, logger?: Logger): RequestHandler {
  return async (req, res, next) => {
    const match = /^Bearer\s+(\S+)$/i.exec(req.header('authorization') ?? '');
    if (!match) return refuse(req, res, new UnauthenticatedError('TOKEN_REQUIRED', {}));
    let actor: Actor;
    try {
      actor = await verify(match[1]);
    } catch (error) {
      if (isHubError(error)) return refuse(req, res, error);
      return next(error);
    }
    try {
      await check?.(actor);
    } catch (error) {
      if (isHubError(error)) return refuse(req, res, error);
      logger?.warn('the caller could not be checked', { error });
      res.set('retry-after', '5');
      return refuse(req, res, new ServiceUnavailableError('TEMPORARILY_UNAVAILABLE', { detail: 'your organisation cannot be checked' }), 503);
    }
    res.locals.actor = actor;
    noteCaller(res, actor);
    next();
  };
}

export interface GatewaySignatureCheck {
  secret: string;
  /** This subgraph's name: a request signed for another subgraph is refused. */
  subgraph: string;
  nonces: NonceStore;
}

/**
 * A subgraph's door: only requests signed by the gateway (or another subgraph), each accepted once,
 * and they carry the caller's identity.
 */
export function gatewaySignatureGuard(check: GatewaySignatureCheck): RequestHandler {
  return async (req, res, next) => {
    let scope: RequestScope;
    try {
      const received = { method: req.method, subgraph: check.subgraph, header: (name: string) => req.header(name), body: rawBodyOf(req) };
      const { actor, nonce, expiresAt } = verifyRequest(check.secret, received);
      if (!(await claimOnce(check.nonces, nonce, expiresAt))) {
        throw new UnauthenticatedError('GATEWAY_ONLY', { detail: 'this signed request has been received before (a replay)' });
      }
      scope = { actor, requestId: requestIdOf(res), language: languageOf(req.header('accept-language')) };
      noteCaller(res, actor);
    } catch (error) {
      if (isHubError(error)) return refuse(req, res, error, error instanceof ServiceUnavailableError ? 503 : 401);
      return next(error);
    }
    res.locals.scope = scope;
    requestScope.run(scope, next);
  };
}

/**
 * A replay cannot be ruled out while the nonce store cannot answer, so the request is refused (the
 * gateway then sees a subgraph that is unavailable for now), never let through unchecked.
 */
async function claimOnce(nonces: NonceStore, nonce: string, expiresAt: number): Promise<boolean> {
  try {
    return await nonces.claim(nonce, expiresAt);
  } catch {
    throw new ServiceUnavailableError('TEMPORARILY_UNAVAILABLE', { detail: 'signed requests cannot be checked' });
  }
}
