import assert from 'node:assert/strict';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';
import { REASONS, type Reason } from '../../platform/errors/reasons';

export interface GraphQLResponse<T = any> {
  status: number;
  data?: T;
  errors?: Array<{ message: string; path?: Array<string | number>; extensions?: Record<string, any> }>;
  headers: Headers;
}

/**
 * An operation: a typed document (`graphql(`…`)` from test/kit/graphql, checked against
 * schema/api.graphql, so its data and variables are typed), or raw text for what no valid document
 * can say (abuse, malformed input, introspection).
 */
export type Operation<TData, TVariables> = TypedDocumentNode<TData, TVariables> | string;

const textOf = <TData, TVariables>(operation: Operation<TData, TVariables>) => (typeof operation === 'string' ? operation : print(operation));

/** Talks to a GraphQL endpoint over HTTP the way a client does. */
export class GraphQLClient {
  /** Without a token the client is anonymous, as a caller who has not signed in. */
  constructor(
    readonly url: string,
    readonly token?: string,
  ) {}

  async request<TData = any, TVariables = Record<string, unknown>>(
    operation: Operation<TData, TVariables>,
    variables?: TVariables,
    headers: Record<string, string> = {},
  ): Promise<GraphQLResponse<TData>> {
    const response = await fetch(this.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(this.token ? { authorization: `Bearer ${this.token}` } : {}), ...headers },
      body: JSON.stringify({ query: textOf(operation), variables }),
    });
    // Parsed here rather than by response.json(), so the objects belong to the test's own realm (Jest).
    const body = JSON.parse(await response.text()) as { data?: TData; errors?: GraphQLResponse['errors'] };
    return { status: response.status, data: body.data, errors: body.errors, headers: response.headers };
  }

  /** Runs an operation that must succeed: any error fails the test, with the errors in the message. */
  async data<TData = any, TVariables = Record<string, unknown>>(operation: Operation<TData, TVariables>, variables?: TVariables): Promise<TData> {
    const response = await this.request(operation, variables);
    assert.equal(response.errors, undefined, `unexpected errors: ${JSON.stringify(response.errors)}`);
    return response.data as TData;
  }

  /**
   * Runs an operation that must be refused for `reason` (which implies its code: STALE_VERSION is a
   * CONFLICT) and returns the first error.
   */
  async error<TVariables = Record<string, unknown>>(reason: Reason, operation: Operation<unknown, TVariables>, variables?: TVariables) {
    const response = await this.request(operation, variables);
    assert.ok(response.errors?.length, `expected a ${reason} refusal, got data ${JSON.stringify(response.data)}`);
    const { code, reason: actual } = response.errors[0].extensions ?? {};
    assert.deepEqual({ code, reason: actual }, { code: REASONS[reason].code, reason }, `expected ${reason}, got ${JSON.stringify(response.errors)}`);
    return response.errors[0];
  }
}
