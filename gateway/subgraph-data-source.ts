import { AsyncLocalStorage } from 'node:async_hooks';
import { RemoteGraphQLDataSource } from '@apollo/gateway';
import type { GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import type { GatewayGraphQLResponse } from '@apollo/server-gateway-interface';
import type { Fetcher, FetcherResponse } from '@apollo/utils.fetcher';
import { GraphQLError, Kind, parse, type GraphQLFormattedError, type SelectionSetNode } from 'graphql';
import type { GatewayTimeouts } from '../platform/config/config';
import { CLIENT_SAFE_CODES, SUBGRAPH_UNAVAILABLE, SUBGRAPH_UNAVAILABLE_MESSAGE } from '../platform/errors/format-error';
import type { Logger } from '../platform/logging/logger';
import { retryOnClosedConnection } from '../platform/http/closed-connection';
import { keepAliveFetcher } from './keep-alive-fetcher';
import { signingFetcher } from './signing-fetcher';

/** What a data source needs of the gateway's request context. */
export interface SubgraphCallContext {
  requestId: string;
  /** When the gateway must have answered (epoch ms): no subgraph call may run past it. */
  deadline: number;
}

/** The subgraph did not answer: refused the connection, timed out, or said it is unavailable. */
class SubgraphUnavailableError extends Error {
  override readonly name = 'SubgraphUnavailableError';
}

type SubgraphDataSourceConfig<TContext extends SubgraphCallContext> = Partial<RemoteGraphQLDataSource<TContext>> &
  ThisType<RemoteGraphQLDataSource<TContext>> & { subgraphName: string; signingSecret: string; timeouts: GatewayTimeouts; logger: Logger };

/** One pool of keep-alive connections for every subgraph of the process. */
const subgraphFetcher = keepAliveFetcher();

/** Each subgraph call's abort signal, where the fetcher (which sees no context) can find it. */
const callSignal = new AsyncLocalStorage<AbortSignal>();

/**
 * One subgraph as the gateway calls it. A call is cut off after the subgraph timeout, or sooner at
 * the request's deadline; a subgraph that does not answer makes only its own fields null, each with
 * a SUBGRAPH_UNAVAILABLE error at its path, and the rest of the answer stands.
 */
export class SubgraphDataSource<TContext extends SubgraphCallContext> extends RemoteGraphQLDataSource<TContext> {
  // Set from the constructor's config by RemoteGraphQLDataSource (`declare`: no initialiser may overwrite them).
  declare subgraphName: string;
  declare signingSecret: string;
  declare timeouts: GatewayTimeouts;
  declare logger: Logger;

  constructor(config: SubgraphDataSourceConfig<TContext>) {
    // A lean keep-alive fetcher unless the config brings its own (see keepAliveFetcher).
    super({ fetcher: subgraphFetcher, ...config });
    // Signed over the final body (see signingFetcher), and cut off at the call's deadline.
    // The keep-alive fetcher re-sends on a reused socket reset as it was sent; the wrapper also covers a
    // connection refused or dropped by a balancer in front of draining instances.
    // Signed once: a copy re-sent after a connection closed before any answer carries the same nonce.
    const inner = this.fetcher;
    this.fetcher = abortable(
      signingFetcher(
        (url, init) => retryOnClosedConnection(() => inner(url, init), (init as { signal?: AbortSignal })?.signal),
        this.signingSecret,
        this.subgraphName,
      ),
    );
  }

  override async process(options: GraphQLDataSourceProcessOptions<TContext>): Promise<GatewayGraphQLResponse> {
    const context = options.context as Partial<TContext>;
    const remaining = context.deadline === undefined ? this.timeouts.subgraphMs : context.deadline - Date.now();
    const signal = AbortSignal.timeout(Math.max(0, Math.min(this.timeouts.subgraphMs, remaining)));
    try {
      return await callSignal.run(signal, () => super.process(options));
    } catch (error) {
      const unavailable = signal.aborted || error instanceof SubgraphUnavailableError || isBrokenConnection(error);
      if (!unavailable || !('incomingRequestContext' in options)) throw error; // health checks fail as before
      this.logger.warn('subgraph unavailable', {
        subgraph: this.subgraphName,
        url: this.url,
        requestId: context.requestId,
        reason: signal.aborted ? 'timed out' : ((error as Error).cause ?? error),
      });
      return { errors: unavailableErrors(options.request.query ?? '', options.request.variables) };
    }
  }

  /**
   * A subgraph refuses a bad request with a non-2xx status and a GraphQL error body (a variable that
   * is not a valid LocalDate answers 400 BAD_USER_INPUT). Apollo's data source would turn that into
   * an opaque "400: Bad Request"; we pass the subgraph's own client-safe error on instead. A proxy's
   * 502-504, or a subgraph still starting (503), means the subgraph is unavailable.
   */
  override async errorFromResponse(response: FetcherResponse): Promise<GraphQLError> {
    if ([502, 503, 504].includes(response.status)) throw new SubgraphUnavailableError(`HTTP ${response.status}`);
    const body = (await this.parseBody(response)) as { errors?: Array<{ message: string; extensions?: Record<string, unknown> }> } | string;
    const first = typeof body === 'object' ? body.errors?.[0] : undefined;
    const code = first?.extensions?.code;
    if (first && typeof code === 'string' && CLIENT_SAFE_CODES.has(code)) {
      // The reason and its data go on too; formatError keeps only what is safe.
      return new GraphQLError(first.message, { extensions: first.extensions });
    }
    // Not super.errorFromResponse: it would read the body a second time. The details stay in the log.
    this.logger.error('subgraph answered with an error status', { subgraph: this.subgraphName, status: response.status, body });
    return new GraphQLError(`${response.status}: ${response.statusText}`, { extensions: { code: 'INTERNAL_SERVER_ERROR' } });
  }
}

/** Gives every fetch the current call's abort signal; a fetch that fails (no response at all) means unavailable. */
function abortable(fetcher: Fetcher): Fetcher {
  return async (url, init) => {
    try {
      return await fetcher(url, { ...init, signal: callSignal.getStore() } as typeof init);
    } catch (error) {
      throw new SubgraphUnavailableError('no response', { cause: error });
    }
  };
}

/** The connection broke while the answer was being read (the subgraph died mid-response). */
function isBrokenConnection(error: unknown): boolean {
  return (error as { name?: string; type?: string })?.name === 'FetchError' && (error as { type?: string }).type === 'system';
}

/**
 * The errors the subgraph would have given had it answered "I cannot" for every field asked of it:
 * one per root field, or per entity and field for an `_entities` call. The gateway places each at
 * the path in the client's answer where that field is now null.
 */
export function unavailableErrors(query: string, variables: Record<string, unknown> = {}): GraphQLFormattedError[] {
  const error = (path: Array<string | number>): GraphQLFormattedError => ({
    message: SUBGRAPH_UNAVAILABLE_MESSAGE,
    path,
    extensions: { code: SUBGRAPH_UNAVAILABLE },
  });
  const operation = parse(query).definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION);
  const errors: GraphQLFormattedError[] = [];
  for (const selection of operation?.selectionSet.selections ?? []) {
    if (selection.kind !== Kind.FIELD || selection.name.value === '__typename') continue;
    if (selection.name.value !== '_entities') {
      errors.push(error([selection.alias?.value ?? selection.name.value]));
      continue;
    }
    const representations = Array.isArray(variables.representations) ? (variables.representations as Array<{ __typename?: string }>) : [];
    representations.forEach((representation, index) => {
      for (const field of fieldsFor(selection.selectionSet, representation.__typename)) errors.push(error(['_entities', index, field]));
    });
  }
  return errors;
}

/** The response names an `_entities` selection asks of an entity of `typename`. */
function fieldsFor(selectionSet: SelectionSetNode | undefined, typename: string | undefined): string[] {
  const names = new Set<string>();
  for (const selection of selectionSet?.selections ?? []) {
    if (selection.kind === Kind.FIELD && selection.name.value !== '__typename') names.add(selection.alias?.value ?? selection.name.value);
    if (selection.kind === Kind.INLINE_FRAGMENT && (!selection.typeCondition || selection.typeCondition.name.value === typename)) {
      for (const name of fieldsFor(selection.selectionSet, typename)) names.add(name);
    }
  }
  return [...names];
}
