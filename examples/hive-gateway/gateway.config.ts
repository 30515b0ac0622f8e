/**
 * `npm run start:hive-gateway`: The Guild's Hive Gateway in front of the hub's subgraphs, serving
 * schema/supergraph.graphql unchanged, as an alternative to gateway/. It reads the hub's own
 * configuration (the same variables as `npm run start:gateway`), verifies callers' tokens with the
 * hub's own verifier, and signs every subgraph request as docs/internal-signature.md describes.
 */
import { defineConfig, type GatewayPlugin } from '@graphql-hive/gateway';
import type { Actor } from '../../platform/auth/identity';
import { encodeIdentity, signRequest } from '../../platform/auth/internal-signature';
import { createTokenVerifier } from '../../platform/auth/jwt';
import { resolveSecrets } from '../../platform/auth/secrets';
import { loadConfigOrExit } from '../../platform/config/config';
import { isHubError, languageOf, UnauthenticatedError, type HubError } from '../../platform/errors/errors';

const config = loadConfigOrExit();
const secrets = resolveSecrets(config.auth);
const verifyToken = createTokenVerifier(config.auth, secrets);
const callers = new WeakMap<Request, Actor>();

/** The same refusal body as the hub gateway's, in the caller's language. */
const refuse = (request: Request, error: HubError) =>
  Response.json(
    { errors: [{ message: error.messageIn(languageOf(request.headers.get('accept-language') ?? undefined)), extensions: error.toExtensions() }] },
    { status: 401 },
  );

/** A valid bearer token or nothing: the same verifier, algorithms and claims as gateway/. */
const bearerTokens: GatewayPlugin = {
  async onRequest({ request, url, endResponse }) {
    if (!url.pathname.startsWith('/graphql')) return; // health and readiness stay open
    const match = /^Bearer\s+(\S+)$/i.exec(request.headers.get('authorization') ?? '');
    if (!match) return endResponse(refuse(request, new UnauthenticatedError('TOKEN_REQUIRED', {})));
    try {
      callers.set(request, await verifyToken(match[1]));
    } catch (error) {
      if (!isHubError(error)) throw error;
      endResponse(refuse(request, error));
    }
  },
};

/** Signs each subgraph request over its final body, for its subgraph, with a fresh nonce. */
const signSubgraphRequests: GatewayPlugin = {
  onFetch({ options, setOptions, context, executionRequest }) {
    const actor = 'request' in context ? callers.get(context.request) : undefined;
    const subgraph = executionRequest?.subgraphName;
    if (!actor || !subgraph || typeof options.body !== 'string') return; // unsigned: the subgraph refuses it
    const identity = encodeIdentity(actor);
    const signed = signRequest(secrets.internalSigningSecret, { subgraph, identity, body: options.body, method: options.method ?? 'POST' });
    setOptions({ ...options, headers: { ...(options.headers as Record<string, string>), ...signed } });
  },
};

export const gatewayConfig = defineConfig({
  host: config.host,
  port: config.gatewayPort,
  graphiql: false,
  transportEntries: {
    // Identical in-flight queries of two callers would share one request signed for the first caller:
    // switched off, each caller's request is sent and signed on its own.
    '*.http': { options: { deduplicateInflightRequests: false } },
    ...Object.fromEntries(Object.entries(config.subgraphUrls).flatMap(([name, url]) => (url ? [[name, { location: url }]] : []))),
  },
  plugins: () => [bearerTokens, signSubgraphRequests],
});
