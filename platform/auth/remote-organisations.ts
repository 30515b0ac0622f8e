import DataLoader from 'dataloader';
import type { RequestContext } from '../context/request-context';
import type { TreeLookup } from './access';
import { Role } from './identity';
import { encodeIdentity, signRequest } from './internal-signature';

/** What another subgraph needs to know of an organisation: its kind and where it sits. */
export interface OrganisationFacts {
  id: string;
  code: string;
  kind: string;
  name: string;
  path: string;
}

const FIELDS = 'id code kind name ancestors { id }';
const ENTITIES = `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Organisation { ${FIELDS} } } }`;
const BY_CODE = `query ($code: String!) { organisationByCode(code: $code) { ${FIELDS} } }`;
const SUBTREE = `query ($id: ID!, $after: String) { organisation(id: $id) { descendants(first: 100, after: $after) { edges { node { id } } pageInfo { hasNextPage endCursor } } } }`;

type Raw = { id: string; code: string; kind: string; name: string; ancestors: Array<{ id: string }> };

/**
 * How a subgraph that does not own the tree learns about organisations: it asks the organisations
 * subgraph directly (signed like the gateway), batching every lookup of the same moment into one
 * `_entities` request, and keeps each answer for `ttlMs`. Scope checks never fetch the whole tree,
 * and a move is seen everywhere within `ttlMs`.
 *
 * Never ask from inside an open transaction: in embedded mode every subgraph shares one database
 * connection, and the organisations subgraph would wait for the transaction that waits for it.
 */
export class RemoteOrganisations {
  private readonly cache = new Map<string, { facts: OrganisationFacts | null; expires: number }>();
  private readonly loader = new DataLoader<string, OrganisationFacts | null>((ids) => this.fetchByIds(ids), { cache: false });

  constructor(
    private readonly organisationsUrl: string,
    private readonly signingSecret: string,
    private readonly caller: string,
    private readonly ttlMs = 5_000,
  ) {}

  async find(id: string): Promise<OrganisationFacts | null> {
    const cached = this.cache.get(id);
    if (cached && cached.expires > Date.now()) return cached.facts;
    const facts = await this.loader.load(id);
    this.cache.set(id, { facts, expires: Date.now() + this.ttlMs });
    return facts;
  }

  async pathOf(id: string): Promise<string | null> {
    return (await this.find(id))?.path ?? null;
  }

  async findByCode(code: string): Promise<OrganisationFacts | null> {
    const data = await this.ask<{ organisationByCode: Raw | null }>(BY_CODE, { code });
    return data.organisationByCode ? toFacts(data.organisationByCode) : null;
  }

  /** The ids of everything below an organisation (not cached: used by occasional brokering queries). */
  async descendantIds(id: string): Promise<string[]> {
    const ids: string[] = [];
    let after: string | null = null;
    for (;;) {
      type Page = { organisation: { descendants: { edges: Array<{ node: { id: string } }>; pageInfo: { hasNextPage: boolean; endCursor: string } } } | null };
      const data: Page = await this.ask<Page>(SUBTREE, { id, after });
      if (!data.organisation) return ids;
      ids.push(...data.organisation.descendants.edges.map((e) => e.node.id));
      if (!data.organisation.descendants.pageInfo.hasNextPage) return ids;
      after = data.organisation.descendants.pageInfo.endCursor;
    }
  }

  private async fetchByIds(ids: readonly string[]): Promise<Array<OrganisationFacts | null>> {
    const data = await this.ask<{ _entities: Array<Raw | null> }>(ENTITIES, { r: ids.map((id) => ({ __typename: 'Organisation', id })) });
    return data._entities.map((o) => (o ? toFacts(o) : null));
  }

  private async ask<T>(query: string, variables: Record<string, unknown>): Promise<T> {
    const identity = encodeIdentity({ role: Role.PLATFORM_ADMIN, subject: `subgraph:${this.caller}` });
    const request = JSON.stringify({ query, variables });
    const response = await fetch(this.organisationsUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...signRequest(this.signingSecret, { subgraph: 'organisations', identity, body: request }) },
      body: request,
      signal: AbortSignal.timeout(5_000),
    });
    const body = (await response.json()) as { data?: T; errors?: unknown };
    if (!response.ok || !body.data) throw new Error(`The organisations subgraph did not answer (${response.status}): ${JSON.stringify(body.errors)}`);
    return body.data;
  }
}

function toFacts(o: Raw): OrganisationFacts {
  return { id: o.id, code: o.code, kind: o.kind, name: o.name, path: `/${[...o.ancestors.map((a) => a.id), o.id].join('/')}/` };
}

/** The TreeLookup of subgraphs that do not own the tree. */
export class RemoteTreeLookup implements TreeLookup {
  constructor(private readonly ctx: RequestContext) {}

  pathOf(organisationId: string): Promise<string | null> {
    return this.ctx.organisations.pathOf(organisationId);
  }
}
