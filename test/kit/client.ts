import assert from 'node:assert/strict';

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

  /** Runs an operation that must fail with `code` and returns the first error. */
  async error(code: string, query: string, variables?: Record<string, unknown>) {
    const response = await this.request(query, variables);
    assert.ok(response.errors?.length, `expected a ${code} error, got data ${JSON.stringify(response.data)}`);
    assert.equal(response.errors[0].extensions?.code, code, `expected ${code}, got ${JSON.stringify(response.errors)}`);
    return response.errors[0];
  }
}
