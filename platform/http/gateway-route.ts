import type { RequestHandler } from 'express';
import type { SubgraphName } from '../config/config';
import type { Peers } from '../federation/peers';

/**
 * A plain `GET` route the gateway serves beside `/graphql`, for clients that cannot send a bearer
 * token (a calendar app subscribing to a feed). Such a route carries its own credential in its URL,
 * and its handler asks the subgraphs it names as peers, signed as the hub. The subgraph that owns
 * the data provides the route (`SubgraphDefinition.gatewayRoutes`), so neither the gateway nor the
 * platform knows what it serves. Its handler answers every client input with a 4xx, never a 5xx,
 * and a peer that does not answer with 503.
 */
export interface GatewayRoute {
  /** An Express path, e.g. `/calendars/:file`. */
  path: string;
  /** The subgraphs its handler asks. */
  peers: readonly SubgraphName[];
  create(peers: Peers): RequestHandler;
}
