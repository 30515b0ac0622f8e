import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { GraphQLError, Kind } from 'graphql';

/**
 * An `operationName` that names no operation of the document (or none given for a document of
 * several) is the caller's mistake. Apollo Server answers it with 400 for a schema of its own, but
 * behind a gateway the query planner throws and the caller got 500 INTERNAL_SERVER_ERROR; this
 * refuses it first, as Apollo would.
 */
export function operationNamePlugin<TContext extends BaseContext>(): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, request, document }) {
          if (operation) return;
          const operations = document.definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION).length;
          const message = request.operationName
            ? `Unknown operation named "${request.operationName}"`
            : operations > 1
              ? 'Must provide operation name if query contains multiple operations'
              : 'Must provide an operation';
          throw new GraphQLError(message, { extensions: { code: 'OPERATION_RESOLUTION_FAILURE', http: { status: 400 } } });
        },
      };
    },
  };
}
