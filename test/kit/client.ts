import assert from 'node:assert/strict';
import { REASONS, type Reason } from '../../platform/errors/reasons';

export interface GraphQLResponse<T = any> {
  status: number;
  data?: T;
  errors?: Array<{ message: string; path?: string[]; extensions?: Record<string, any> }>;
  headers: Headers;
}

/** Talks to a GraphQL endpoint over HTTP the way a client does. */
export class GraphQLClient {
  /** Without a token the client is anonymous, as a caller who has not signed in. */
  constructor(
    readonly url: string,
    readonly token?: string,
  ) {}

  async request<T = any>(query: string, variables?: Record<string, unknown>, headers: Record<string, string> = {}): Promise<GraphQLResponse<T>> {
    const response = await fetch(this.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(this.token ? { authorization: `Bearer ${this.token}` } : {}), ...headers },
      body: JSON.stringify({ query, variables }),
    });
    const body = JSON.parse(await response.text()) as { data?: T; errors?: GraphQLResponse['errors'] };
    return { status: response.status, data: body.data, errors: body.errors, headers: response.headers };
  }

  /** Runs an operation that must succeed and returns its data. */
  async data<T = any>(query: string, variables?: Record<string, unknown>): Promise<T> {
    const response = await this.request<T>(query, variables);
    assert.equal(response.errors, undefined, `unexpected errors: ${JSON.stringify(response.errors)}`);
    return response.data as T;
  }

  /**
   * Runs an operation that must be refused for `reason` (which implies its code: STALE_VERSION is a
   * CONFLICT) and returns the first error.
   */
  async error(reason: Reason, query: string, variables?: Record<string, unknown>) {
    const response = await this.request(query, variables);
    assert.ok(response.errors?.length, `expected a ${reason} refusal, got data ${JSON.stringify(response.data)}`);
    const { code, reason: actual } = response.errors[0].extensions ?? {};
    assert.deepEqual({ code, reason: actual }, { code: REASONS[reason].code, reason }, `expected ${reason}, got ${JSON.stringify(response.errors)}`);
    return response.errors[0];
  }
}
