import DataLoader from 'dataloader';
import type { PeerClient, Peers } from '../../../platform/federation/peers';
import type { OrganisationKind } from './organisation-kind';
import { childPath } from './organisation-path';

/** What another subgraph needs to know of an organisation: its kind and where it sits. */
export interface OrganisationFacts {
  id: string;
  code: string;
  kind: OrganisationKind;
  name: string;
  /** Where it sits; read it with the helpers of `organisation-path.ts`. */
  path: string;
}

const FIELDS = 'id code kind name ancestors { id }';
const ENTITIES = `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Organisation { ${FIELDS} } } }`;
const BY_CODE = `query ($code: String!) { organisationByCode(code: $code) { ${FIELDS} } }`;
const SEAT_HOLDER_UNITS = `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Organisation { seats { holderUnitId } } } }`;
// No `first`: the organisations subgraph's default page fits under any configured maximum.
const IN_SUBTREE = `query ($id: ID!, $kind: OrganisationKind!, $after: String) {
  organisations(filter: { subtreeOf: $id, kind: $kind }, after: $after) { edges { node { id } } pageInfo { hasNextPage endCursor } } }`;

type Raw = Omit<OrganisationFacts, 'path'> & { ancestors: Array<{ id: string }> };
type SubtreePage = { organisations: { edges: Array<{ node: { id: string } }>; pageInfo: { hasNextPage: boolean; endCursor: string | null } } };

/**
 * How a subgraph that does not own the tree (or the gateway) learns about organisations: it asks
 * the organisations subgraph directly, batching every lookup of the same moment into one
 * `_entities` request, and keeps each answer for `ttlMs`. Scope checks never fetch the whole tree,
 * and a move is seen everywhere within `ttlMs`. One instance per process, shared by every request:
 * `ctx.shared(OrganisationsClient)` in a subgraph that declares `peers: ['organisations']`. Answers
 * expire by the peers' clock (`Peers.now`), which a test can hold still.
 *
 * Never ask from inside an open transaction (see `PeerClient`).
 */
export class OrganisationsClient {
  private readonly peer: PeerClient;
  private readonly now: () => number;
  private readonly facts = new Map<string, { value: OrganisationFacts | null; expires: number }>();
  private readonly subtrees = new Map<string, { value: Promise<string[]>; expires: number }>();
  private readonly loader = new DataLoader<string, OrganisationFacts | null>((ids) => this.fetchByIds(ids), { cache: false });

  constructor(
    peers: Peers,
    private readonly ttlMs = 5_000,
  ) {
    this.peer = peers.client('organisations');
    this.now = peers.now;
  }

  /** The organisation with `id`, or null when there is none. */
  async find(id: string): Promise<OrganisationFacts | null> {
    const cached = this.facts.get(id);
    if (cached && cached.expires > this.now()) return cached.value;
    const value = await this.loader.load(id);
    this.facts.set(id, { value, expires: this.now() + this.ttlMs });
    return value;
  }

  async pathOf(id: string): Promise<string | null> {
    return (await this.find(id))?.path ?? null;
  }

  /**
   * The units whose leaders hold current seats on the committee `committeeId` (its part-time members
   * from resident units, 兼职委员), each once, in seat order. Not cached: asked when a meeting is scheduled.
   */
  async seatHolderUnitIds(committeeId: string): Promise<string[]> {
    const data = await this.peer.query<{ _entities: Array<{ seats: Array<{ holderUnitId: string | null }> } | null> }>(SEAT_HOLDER_UNITS, {
      r: [{ __typename: 'Organisation', id: committeeId }],
    });
    const ids = (data._entities[0]?.seats ?? []).map((seat) => seat.holderUnitId).filter((id): id is string => id !== null);
    return [...new Set(ids)];
  }

  /** By code, case-insensitive (not cached: used by occasional imports). */
  async findByCode(code: string): Promise<OrganisationFacts | null> {
    const data = await this.peer.query<{ organisationByCode: Raw | null }>(BY_CODE, { code });
    return data.organisationByCode ? toFacts(data.organisationByCode) : null;
  }

  /**
   * The ids of the organisations of `kinds` in the subtree of `rootId`, the root included when it is
   * of one of them (e.g. the streets and communities of a street's area). Kept for `ttlMs`.
   */
  idsInSubtree(rootId: string, kinds: readonly OrganisationKind[]): Promise<string[]> {
    const key = JSON.stringify([rootId, [...kinds].sort()]);
    const cached = this.subtrees.get(key);
    if (cached && cached.expires > this.now()) return cached.value;
    const value = Promise.all(kinds.map((kind) => this.allPages(rootId, kind))).then((lists) => lists.flat());
    this.subtrees.set(key, { value, expires: this.now() + this.ttlMs });
    value.catch(() => this.subtrees.delete(key));
    return value;
  }

  private async allPages(rootId: string, kind: OrganisationKind): Promise<string[]> {
    const ids: string[] = [];
    let after: string | null = null;
    for (;;) {
      const { organisations }: SubtreePage = await this.peer.query<SubtreePage>(IN_SUBTREE, { id: rootId, kind, after });
      ids.push(...organisations.edges.map((e) => e.node.id));
      if (!organisations.pageInfo.hasNextPage) return ids;
      after = organisations.pageInfo.endCursor;
    }
  }

  private async fetchByIds(ids: readonly string[]): Promise<Array<OrganisationFacts | null>> {
    const data = await this.peer.query<{ _entities: Array<Raw | null> }>(ENTITIES, { r: ids.map((id) => ({ __typename: 'Organisation', id })) });
    return data._entities.map((o) => (o ? toFacts(o) : null));
  }
}

function toFacts({ ancestors, ...o }: Raw): OrganisationFacts {
  const parentPath = ancestors.reduce<string | null>((path, a) => childPath(path, a.id), null);
  return { ...o, path: childPath(parentPath, o.id) };
}
