import DataLoader from 'dataloader';
import type { PeerClient, Peers } from '../../../platform/federation/peers';

/** The statuses of an agreement (`AgreementStatus`), as other subgraphs compare them. */
export type AgreementStatusName = 'DRAFT' | 'ACTIVE' | 'SUSPENDED' | 'EXPIRED' | 'TERMINATED';

/** What another subgraph needs to know of an agreement to link to it: its parties, status and projects. */
export interface AgreementFacts {
  id: string;
  number: string;
  /** The street or community committee side. */
  committeeId: string;
  /** The unit party organisation side. */
  partnerId: string;
  status: AgreementStatusName;
  projects: Array<{ id: string; title: string }>;
}

const ENTITIES = `query ($r: [_Any!]!) { _entities(representations: $r) {
  ... on Agreement { id number committeeId partnerId status projects { id title } } } }`;

/**
 * How a subgraph that links to agreements checks what it links to: it asks the agreements subgraph
 * directly (signed as the hub), batching the lookups of the same moment into one `_entities`
 * request. Nothing is cached: a link is checked against the agreement as it stands. One instance
 * per process: `ctx.shared(AgreementsClient)` in a subgraph that declares `peers: ['agreements']`.
 *
 * Never ask from inside an open transaction (see `PeerClient`).
 */
export class AgreementsClient {
  private readonly peer: PeerClient;
  private readonly loader = new DataLoader<string, AgreementFacts | null>((ids) => this.fetchByIds(ids), { cache: false });

  constructor(peers: Peers) {
    this.peer = peers.client('agreements');
  }

  /** The agreement with `id`, or null when there is none. */
  find(id: string): Promise<AgreementFacts | null> {
    return this.loader.load(id);
  }

  private async fetchByIds(ids: readonly string[]): Promise<Array<AgreementFacts | null>> {
    const data = await this.peer.query<{ _entities: Array<AgreementFacts | null> }>(ENTITIES, { r: ids.map((id) => ({ __typename: 'Agreement', id })) });
    return data._entities;
  }
}
