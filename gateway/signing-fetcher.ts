import type { Fetcher } from '@apollo/utils.fetcher';
import { IDENTITY_HEADER, signRequest } from '../platform/auth/internal-signature';

/**
 * Wraps the fetcher of one subgraph's data source so that every request carrying a caller's
 * identity is signed as it leaves: over the exact body string Apollo serialised (operation,
 * variables, operation name), for this subgraph only, with a fresh nonce. Signing here and not in
 * `willSendRequest` is what lets the signature cover the variables, which are serialised later.
 */
export function signingFetcher(inner: Fetcher, secret: string, subgraph: string): Fetcher {
  return (url, init = {}) => {
    const headers = { ...init.headers };
    const identityName = Object.keys(headers).find((name) => name.toLowerCase() === IDENTITY_HEADER);
    // Requests with no caller (none today: the supergraph is static) go unsigned and are refused.
    if (!identityName) return inner(url, init);
    const signed = signRequest(secret, { subgraph, identity: headers[identityName], body: init.body ?? '', method: init.method ?? 'GET' });
    delete headers[identityName];
    return inner(url, { ...init, headers: { ...headers, ...signed } });
  };
}
