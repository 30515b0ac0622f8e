import type { TreeLookup } from '../../../platform/auth/access';
import type { RequestContext } from '../../../platform/context/request-context';
import { OrganisationsClient } from './organisations.client';

/** The `treeLookup` of a subgraph that does not own the tree: paths from the shared `OrganisationsClient`. */
export class RemoteTreeLookup implements TreeLookup {
  constructor(private readonly ctx: RequestContext) {}

  pathOf(organisationId: string): Promise<string | null> {
    return this.ctx.shared(OrganisationsClient).pathOf(organisationId);
  }
}
