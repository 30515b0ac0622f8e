import DataLoader from 'dataloader';
import type { TreeLookup } from './access';
import { Role } from './identity';
import { signIdentity } from './internal-signature';

const ENTITIES = `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Organisation { id ancestors { id } } } }`;

/**
 * How a subgraph that does not own the tree learns where organisations sit, to decide scopes:
 * it asks the organisations subgraph directly (signed like the gateway, through `_entities`),
 * batching every lookup of the same moment into one request, and keeps each answer for `ttlMs`.
 * So scope checks cost no fetch of the whole tree, and a move is seen everywhere within `ttlMs`.
 */
export class RemoteTree implements TreeLookup {
  private readonly cache = new Map<string, { path: string | null; expires: number }>();
  private readonly loader = new DataLoader<string, string | null>((ids) => this.fetchPaths(ids), { cache: false });

  constructor(
    private readonly organisationsUrl: string,
    private readonly signingSecret: string,
    private readonly caller: string,
    private readonly ttlMs = 5_000,
  ) {}

  async pathOf(organisationId: string): Promise<string | null> {
    const cached = this.cache.get(organisationId);
    if (cached && cached.expires > Date.now()) return cached.path;
    const path = await this.loader.load(organisationId);
    this.cache.set(organisationId, { path, expires: Date.now() + this.ttlMs });
    return path;
  }

  private async fetchPaths(ids: readonly string[]): Promise<Array<string | null>> {
    const identity = { role: Role.PLATFORM_ADMIN, subject: `subgraph:${this.caller}` };
    const response = await fetch(this.organisationsUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...signIdentity(this.signingSecret, identity, ENTITIES) },
      body: JSON.stringify({ query: ENTITIES, variables: { r: ids.map((id) => ({ __typename: 'Organisation', id })) } }),
      signal: AbortSignal.timeout(5_000),
    });
    const body = (await response.json()) as { data?: { _entities: Array<{ id: string; ancestors: Array<{ id: string }> } | null> } };
    if (!response.ok || !body.data) throw new Error(`The organisations subgraph did not answer a tree lookup (${response.status})`);
    return body.data._entities.map((o) => (o ? `/${[...o.ancestors.map((a) => a.id), o.id].join('/')}/` : null));
  }
}
