import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { isHubError } from '../errors/errors';
import { unwrapResolverError } from '@apollo/server/errors';
import type { Logger } from '../logging/logger';

/** The gateway sends its request id to the subgraphs, so one id follows a request through the log. */
export const REQUEST_ID_HEADER = 'x-request-id';

/**
 * Logs every unexpected error in full with the request id, and returns that id to the client in
 * each error's extensions and in a response header, so a masked error can be found in the log.
 */
export function requestIdPlugin<TContext extends BaseContext & { requestId: string }>(logger: Logger): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart({ contextValue }) {
      return {
        async didEncounterErrors({ errors, operationName }) {
          for (const error of errors) {
            const original = unwrapResolverError(error);
            if (isHubError(original) || !error.path) continue;
            logger.error('unexpected error', { requestId: contextValue.requestId, operationName, path: error.path, error: original });
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
