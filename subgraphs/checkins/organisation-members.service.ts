import type { RequestContext } from '../../platform/context/request-context';
import { LoaderFamily } from '../../platform/loading/loaders';
import { fetchBatchedPages, qualifiedTable, textArrayLiteral, type KeyPage } from '../../platform/pagination/batched-page';
import { pageRequest, toConnection, type Connection, type PageArgs, type PageRequest } from '../../platform/pagination/connection';
import { isUuid } from '../../platform/validation/validation';
import { OrganisationKind, OrganisationsClient } from '../organisations/public';
import { CHECKIN_PERMISSIONS as P } from './checkins.permissions';
import { MemberAccess } from './member-access';
import { MemberRegistration, RegistrationStatus } from './member-registration.entity';
import { PartyMember } from './party-member.entity';
import { MEMBER_ORDER } from './party-member.service';

/**
 * `Organisation.registeredMembers`: the members with a confirmed registration in a community, or
 * in the communities of a street or area, as far as the caller may read them. Batched over
 * organisations: one statement for every organisation of a query (and one to learn which
 * communities the caller reaches), however many communities are asked for.
 */
export class OrganisationMembersService {
  private readonly pages = new LoaderFamily((page: PageRequest<PartyMember>, keys: readonly string[]) => this.loadPages(page, keys));

  constructor(private readonly ctx: RequestContext) {}

  registeredMembers(organisationId: string, args: PageArgs): Promise<Connection<PartyMember>> {
    this.ctx.access.requireRole(P.readMember);
    const page = pageRequest(args, this.ctx.settings.maxPageSize, MEMBER_ORDER);
    return this.pages.load(page, organisationId).then(({ rows, total }) => toConnection(rows, page, total));
  }

  private async loadPages(page: PageRequest<PartyMember>, keys: readonly string[]): Promise<KeyPage<PartyMember>[]> {
    const valid = keys.filter(isUuid);
    const communitiesOf = await Promise.all(valid.map((id) => this.communitiesOf(id)));
    const pairs = valid.flatMap((id, i) => communitiesOf[i].map((community) => [id, community] as const));
    if (pairs.length === 0) return keys.map(() => ({ rows: [], total: 0 }));
    const communities = [...new Set(pairs.map(([, community]) => community))];
    const where = await this.ctx.get(MemberAccess).readableMembers(async () => communities);
    const registrations = qualifiedTable(this.ctx.em, MemberRegistration);
    const join = `o.id = any(array(
      select r.member_id from ${registrations} r join unnest(?::text[], ?::text[]) as m(org, community) on r.community_id = m.community::uuid
      where m.org = k.key and r.status = '${RegistrationStatus.CONFIRMED}'))`;
    const pages = await fetchBatchedPages<PartyMember>(this.ctx.em, {
      entity: PartyMember,
      keys: valid,
      join,
      joinParams: [textArrayLiteral(pairs.map(([org]) => org)), textArrayLiteral(pairs.map(([, community]) => community))],
      where,
      page,
    });
    return keys.map((key) => pages.get(key) ?? { rows: [], total: 0 });
  }

  /** A community itself; the communities in the subtree of any other organisation (none for a unit or a grid). */
  private async communitiesOf(organisationId: string): Promise<string[]> {
    const organisations = this.ctx.shared(OrganisationsClient);
    const organisation = await organisations.find(organisationId);
    if (!organisation) return [];
    switch (organisation.kind) {
      case OrganisationKind.COMMUNITY_PARTY_COMMITTEE:
        return [organisation.id];
      case OrganisationKind.DISTRICT_COMMITTEE:
      case OrganisationKind.STREET_WORKING_COMMITTEE:
      case OrganisationKind.AREA_JOINT_PARTY_ORGANISATION:
        return organisations.idsInSubtree(organisation.id, [OrganisationKind.COMMUNITY_PARTY_COMMITTEE]);
      default:
        return [];
    }
  }
}
