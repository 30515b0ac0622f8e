import type { Request, RequestHandler, Response } from 'express';
import type { GraphQLFormattedError } from 'graphql';
import type { SubgraphName } from '../config/config';
import type { Peers } from '../federation/peers';

/**
 * A plain `GET` route the gateway serves beside `/graphql`. The subgraph that owns the data
 * provides it (`SubgraphDefinition.gatewayRoutes`), so neither the gateway nor the platform knows
 * what it serves. Its handler answers every client input with a 4xx, never a 5xx, and a peer that
 * does not answer with 503. Who it acts for is one of two things:
 *
 * - `access: 'hub'` (the default), for clients that cannot send a bearer token (a calendar app
 *   subscribing to a feed): the route carries its own credential in its URL, and its handler asks
 *   the subgraphs it names as peers, signed as the hub.
 * - `access: 'caller'`, for files a signed-in client downloads (a report as CSV): the gateway
 *   admits only a valid bearer token, exactly as at `/graphql` (401 otherwise), and the handler runs
 *   operations of the public graph as that caller (`graph.execute`), so every rule of the graph
 *   (access, limits, error masking) applies to the file as to the same query over GraphQL.
 */
export interface GatewayRoute {
  /** An Express path, e.g. `/calendars/:file`. */
  path: string;
  /** The subgraphs its handler asks directly, signed as the hub. */
  peers: readonly SubgraphName[];
  access?: 'hub' | 'caller';
  create(peers: Peers, graph: PublicGraph): RequestHandler;
}

/** What a GraphQL operation answered: data and errors, formatted as a client over HTTP sees them. */
export interface GraphResult<T> {
  data?: T | null;
  errors?: readonly GraphQLFormattedError[];
}

/** The gateway's own public graph, for routes that act for the caller. */
export interface PublicGraph {
  /** Runs `query` as the caller the gateway admitted to this request (routes with `access: 'caller'` only). */
  execute<T>(req: Request, res: Response, query: string, variables: Record<string, unknown>): Promise<GraphResult<T>>;
}
