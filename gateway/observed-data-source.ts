import type { GraphQLDataSource, GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import type { GatewayGraphQLResponse } from '@apollo/server-gateway-interface';
import { SpanStatusCode } from '@opentelemetry/api';
import { SUBGRAPH_UNAVAILABLE } from '../platform/errors/format-error';
import type { FetchOutcome, HubMetrics } from '../platform/metrics/metrics';
import type { Tracing } from '../platform/tracing/tracing';

/**
 * A subgraph's data source as the operator sees it: each call for a client's operation is timed
 * into `hub_subgraph_fetch_duration_seconds` by outcome and, with tracing on, runs in a CLIENT span
 * whose context the request carries to the subgraph as `traceparent` (see `Tracing.inject`).
 * Health checks and schema loading are passed through untouched.
 */
export function observedDataSource<TContext extends Record<string, any>>(
  inner: GraphQLDataSource<TContext>,
  subgraph: string,
  url: string,
  metrics: HubMetrics,
  tracing?: Tracing,
): GraphQLDataSource<TContext> {
  if (!metrics.enabled && !tracing) return inner;
  return {
    async process(options: GraphQLDataSourceProcessOptions<TContext>): Promise<GatewayGraphQLResponse> {
      if (!('incomingRequestContext' in options)) return inner.process(options);
      const started = performance.now();
      const span = tracing?.clientSpan(subgraph, url);
      let outcome: FetchOutcome = 'error';
      try {
        const response = await (span && tracing ? tracing.withSpan(span, () => inner.process(options)) : inner.process(options));
        outcome = outcomeOf(response);
        return response;
      } finally {
        metrics.subgraphFetched(subgraph, outcome, (performance.now() - started) / 1000);
        if (span) {
          if (outcome !== 'ok') span.setStatus({ code: SpanStatusCode.ERROR, message: outcome });
          span.end();
        }
      }
    },
  };
}

function outcomeOf(response: GatewayGraphQLResponse): FetchOutcome {
  if (!response.errors?.length) return 'ok';
  return response.errors.some((e) => e.extensions?.code === SUBGRAPH_UNAVAILABLE) ? 'unavailable' : 'error';
}
