import { randomUUID } from 'node:crypto';
import type { Request, RequestHandler, Response } from 'express';
import { isHubError, languageOf, UnauthenticatedError, type HubError } from '../errors/errors';
import { requestScope, type RequestScope } from '../context/request-scope';
import { REQUEST_ID_HEADER } from '../http/request-id';
import type { Peers } from '../federation/peers';
import type { SubgraphName } from '../config/config';
import type { Actor } from './identity';
import { verifyIdentity } from './internal-signature';
import type { TokenVerifier } from './jwt';

/** Answers a refused request the way GraphQL clients expect: a JSON body with a coded error, in the caller's language. */
export function refuse(req: Request, res: Response, error: HubError, status = 401): void {
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

/** The gateway's door: a valid bearer token, for a caller who passes `check`, or nothing reaches a subgraph. */
export function bearerGuard(verify: TokenVerifier, check?: (actor: Actor) => Promise<void>): RequestHandler {
  return async (req, res, next) => {
    const match = /^Bearer\s+(\S+)$/i.exec(req.header('authorization') ?? '');
    if (!match) return refuse(req, res, new UnauthenticatedError('TOKEN_REQUIRED', {}));
    try {
      const actor = await verify(match[1]);
      await check?.(actor);
      res.locals.actor = actor;
    } catch (error) {
      if (isHubError(error)) return refuse(req, res, error);
      return next(error);
    }
    next();
  };
}

/** A subgraph's door: only requests signed by the gateway, which carry the caller's identity. */
export function gatewaySignatureGuard(secret: string): RequestHandler {
  return (req, res, next) => {
    const query = typeof req.body?.query === 'string' ? req.body.query : typeof req.query.query === 'string' ? req.query.query : '';
    let scope: RequestScope;
    try {
      scope = {
        actor: verifyIdentity(secret, (name) => req.header(name), query),
        requestId: req.header(REQUEST_ID_HEADER) ?? randomUUID(),
        language: languageOf(req.header('accept-language')),
      };
    } catch (error) {
      if (isHubError(error)) return refuse(req, res, error);
      return next(error);
    }
    res.locals.scope = scope;
    requestScope.run(scope, next);
  };
}
