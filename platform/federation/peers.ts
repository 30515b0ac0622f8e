import { context, propagation, SpanStatusCode } from '@opentelemetry/api';
import { Role, type Actor } from '../auth/identity';
import { encodeIdentity, signRequest } from '../auth/internal-signature';
import type { SubgraphName } from '../config/config';
import { ServiceUnavailableError } from '../errors/errors';
import { currentRequestId } from '../http/access-log';
import { closedBeforeAnswer, retryOnClosedConnection } from '../http/closed-connection';
import { REQUEST_ID_HEADER } from '../http/request-id';
import type { Tracing } from '../tracing/tracing';

/**
 * A GraphQL client of another subgraph (a peer), called directly rather than through the gateway.
 * It signs every request the way the gateway does, as the hub itself (PLATFORM_ADMIN): a lookup one
 * subgraph makes for its own checks must see what those checks need, whoever the caller is.
 *
 * Never call a peer from inside an open transaction: in embedded mode every subgraph shares one
 * database connection, and the peer would wait for the transaction that waits for it.
 */
export interface PeerClientOptions {
  /** Longest wait for one call, re-sending included (PEER_TIMEOUT_MS). */
  timeoutMs?: number;
  /** With tracing on, each call is a CLIENT span of the request being served, and goes on as its `traceparent`. */
  tracing?: Tracing;
}

const DEFAULT_PEER_TIMEOUT_MS = 5_000;

export class PeerClient {
  /** The signed identity: the hub itself, as `subject`. */
  private readonly identity: string;
  private readonly timeoutMs: number;
  private readonly tracing?: Tracing;

  constructor(
    readonly peer: SubgraphName,
    private readonly url: string,
    private readonly signingSecret: string,
    /** Who is asking, as the audit trail and logs of the peer see it, e.g. `subgraph:agreements`. */
    subject: string,
    options: PeerClientOptions = {},
  ) {
    this.identity = encodeIdentity({ role: Role.PLATFORM_ADMIN, subject } satisfies Actor);
    this.timeoutMs = options.timeoutMs ?? DEFAULT_PEER_TIMEOUT_MS;
    this.tracing = options.tracing;
  }

  /**
   * Runs `query` and returns its data. A peer that does not answer is SERVICE_UNAVAILABLE; any other
   * error is an unexpected failure.
   */
  async query<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
    if (!this.tracing) return this.send<T>(query, variables);
    const span = this.tracing.clientSpan(this.peer, this.url);
    try {
      return await this.tracing.withSpan(span, () => this.send<T>(query, variables));
    } catch (error) {
      span.setStatus({ code: SpanStatusCode.ERROR });
      throw error;
    } finally {
      span.end();
    }
  }

  private async send<T>(query: string, variables: Record<string, unknown>): Promise<T> {
    const body = JSON.stringify({ query, variables });
    const signal = AbortSignal.timeout(this.timeoutMs);
    // A peer that does not answer (down, hung, draining, out of database connections) is a reason to
    // retry later, as the database being unavailable is: SERVICE_UNAVAILABLE, not an internal error.
    const unavailable = () => new ServiceUnavailableError('TEMPORARILY_UNAVAILABLE', { detail: 'another part of the hub did not answer in time' });
    // Lookups only read: one answered "unavailable" (an instance still starting, or just then losing
    // its database) is asked once more, on a new connection the balancer may give another instance.
    const mayResend = !/^\s*mutation\b/.test(query);
    let answer: PeerAnswer<T>;
    let response: Response;
    try {
      ({ response, answer } = await this.attempt<T>(body, signal));
      if (mayResend && !signal.aborted && saysUnavailable(response, answer)) ({ response, answer } = await this.attempt<T>(body, signal));
    } catch (error) {
      if (signal.aborted || error instanceof TypeError || closedBeforeAnswer(error)) throw unavailable();
      throw error;
    }
    if (saysUnavailable(response, answer)) throw unavailable();
    if (!response.ok || !answer.data || answer.errors) {
      throw new Error(`The ${this.peer} subgraph did not answer (${response.status}): ${JSON.stringify(answer.errors)}`);
    }
    return answer.data;
  }

  /** One signed request (each with a nonce of its own, so a re-sent one is no replay) and its answer. */
  private async attempt<T>(body: string, signal: AbortSignal): Promise<{ response: Response; answer: PeerAnswer<T> }> {
    const headers: Record<string, string> = {
      'content-type': 'application/json',
      ...signRequest(this.signingSecret, { subgraph: this.peer, identity: this.identity, body }),
    };
    // The request being served goes on: its id, and its trace as `traceparent` when tracing is on
    // (a no-op otherwise). Neither is signed (see docs/internal-signature.md).
    const requestId = currentRequestId();
    if (requestId) headers[REQUEST_ID_HEADER] = requestId;
    propagation.inject(context.active(), headers);
    // A peer instance draining closes its idle keep-alive connections: the same signed request once more.
    const response = await retryOnClosedConnection(() => fetch(this.url, { method: 'POST', headers, body, signal }), signal);
    // A balancer's 502-504 has no GraphQL body to read: the status says it all.
    if ([502, 503, 504].includes(response.status)) {
      await response.arrayBuffer();
      return { response, answer: {} };
    }
    return { response, answer: (await response.json()) as PeerAnswer<T> };
  }
}

type PeerAnswer<T> = { data?: T; errors?: Array<{ extensions?: { code?: string } }> };

/** A proxy's 502-504, or the peer's own SERVICE_UNAVAILABLE (starting, or its database unreachable). */
function saysUnavailable(response: Response, answer: PeerAnswer<unknown>): boolean {
  return [502, 503, 504].includes(response.status) || (answer.errors?.some((e) => e.extensions?.code === 'SERVICE_UNAVAILABLE') ?? false);
}

/** A client of peers that keeps state worth sharing between requests (a cache): one instance per process. */
export type SharedClass<T> = new (peers: Peers) => T;

/**
 * The peers a subgraph (or the gateway) declared it needs, and one long-lived instance of each
 * client class built on them: `ctx.shared(OrganisationsClient)` gives every request the same
 * client, so its cache serves them all.
 */
export class Peers {
  private readonly instances = new Map<SharedClass<unknown>, unknown>();

  constructor(
    /** Who declared them, for the error below. */
    private readonly owner: string,
    private readonly clients: ReadonlyMap<SubgraphName, PeerClient>,
    /**
     * Milliseconds now, by the process's clock: what shared clients' caches expire by. The system
     * time unless a test holds the hub's clock, so a cache's life follows the same clock as the
     * rest of the hub rather than how long a loaded machine takes between two requests.
     */
    readonly now: () => number = Date.now,
  ) {}

  /**
   * Clients of each named peer at its URL, signing as `subject`. A declared peer without a URL
   * stops the start: better than failing on the first request that needs it.
   */
  static connect(
    owner: string,
    names: readonly SubgraphName[],
    urls: Partial<Record<SubgraphName, string>>,
    signingSecret: string,
    options: PeerClientOptions & {
      /** What shared clients' caches expire by (see `now` above); the system time unless given. */
      now?: () => number;
    } = {},
  ): Peers {
    const clients = new Map<SubgraphName, PeerClient>();
    for (const name of names) {
      const url = urls[name];
      if (!url) throw new Error(`${owner} needs the ${name} subgraph, but no URL for it was given (SUBGRAPH_${name.toUpperCase()}_URL)`);
      clients.set(name, new PeerClient(name, url, signingSecret, owner, options));
    }
    return new Peers(owner, clients, options.now ?? Date.now);
  }

  /**
   * Opens a connection to each peer and back, so that the first request served does not pay for it
   * (nor for loading `fetch`) within its timeout. A peer not up yet is no reason not to start.
   */
  async warmUp(): Promise<void> {
    await Promise.all([...this.clients.values()].map((client) => client.query('{ __typename }').catch(() => undefined)));
  }

  client(name: SubgraphName): PeerClient {
    const client = this.clients.get(name);
    if (!client) throw new Error(`${this.owner} does not declare the ${name} subgraph among its peers`);
    return client;
  }

  shared<T>(type: SharedClass<T>): T {
    let instance = this.instances.get(type) as T | undefined;
    if (!instance) {
      instance = new type(this);
      this.instances.set(type, instance);
    }
    return instance;
  }
}
