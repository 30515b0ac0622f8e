import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import { refusalCode, SUBGRAPH_UNAVAILABLE } from '../errors/format-error';
import type { Logger } from '../logging/logger';

/** The gateway sends its request id to the subgraphs, so one id follows a request through the log. */
export const REQUEST_ID_HEADER = 'x-request-id';

/**
 * Logs every unexpected error in full with the request id, at error level, and returns that id to
 * the client in each error's extensions and in a response header, so a masked error can be found in
 * the log. Expected refusals (bad input, no access, invalid operations) are only in the request's
 * access line, at info level (see access-log.ts): a prober's thousand refusals must not bury the
 * one real failure.
 */
export function requestIdPlugin<TContext extends BaseContext & { requestId: string }>(logger: Logger): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart({ contextValue }) {
      return {
        async didEncounterErrors({ errors, operationName }) {
          const { requestId } = contextValue;
          for (const error of errors) {
            // The gateway logged the unavailable subgraph, with its name, when the call failed.
            if (refusalCode(error) || error.extensions?.code === SUBGRAPH_UNAVAILABLE) continue;
            logger.error('unexpected error', { requestId, operationName, path: error.path, error: unwrapResolverError(error) });
          }
        },
        async willSendResponse({ response }) {
          response.http.headers.set(REQUEST_ID_HEADER, contextValue.requestId);
          if (response.body.kind !== 'single') return;
          const errors = response.body.singleResult.errors;
          if (!errors) return;
          response.body.singleResult.errors = errors.map((e) => ({ ...e, extensions: { ...e.extensions, requestId: contextValue.requestId } }));
        },
      };
    },
  };
}
