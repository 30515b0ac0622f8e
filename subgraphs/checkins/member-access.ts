import type { Permission, Target } from '../../platform/auth/access';
import type { RequestContext } from '../../platform/context/request-context';
import { textArrayLiteral } from '../../platform/pagination/batched-page';
import { isUuid } from '../../platform/validation/validation';
import { OrganisationsClient } from '../organisations/public';
import { CHECKIN_PERMISSIONS as P } from './checkins.permissions';
import { IdentityNumberCipher } from './identity-number';
import type { PartyMember } from './party-member.entity';

/** A condition on the rows `o` of a list, with `?` placeholders. */
export type Condition = { sql: string; params?: unknown[] };

const ciphers = new Map<string, IdentityNumberCipher>();

/** The process's cipher for the configured member data key (keys are derived once). */
export function identityCipherOf(key: string): IdentityNumberCipher {
  let cipher = ciphers.get(key);
  if (!cipher) ciphers.set(key, (cipher = new IdentityNumberCipher(key)));
  return cipher;
}

/**
 * The one read rule of party members, asked the same way for a member by id, in nested fields,
 * lists (as SQL), references and personal fields: the member itself (`self`), whoever reaches the
 * community where the member lives (`subtree`), and the member's own unit (`own`).
 */
export class MemberAccess {
  constructor(private readonly ctx: RequestContext) {}

  get cipher(): IdentityNumberCipher {
    return identityCipherOf(this.ctx.settings.memberDataKey);
  }

  /** The caller's member id when it is one (a token's `member` claim may hold anything). */
  get ownMemberId(): string | null {
    const id = this.ctx.actor.memberId;
    return id && isUuid(id) ? id : null;
  }

  /** Where a community sits, for checks of permissions reaching a `subtree`. */
  async communityTarget(communityId: string): Promise<Target> {
    return { organisationId: communityId, organisationPath: (await this.ctx.shared(OrganisationsClient).pathOf(communityId)) ?? undefined };
  }

  /** Who the member is, where they live and whose employee they are: what every member permission is checked against. */
  async targetOf(member: Pick<PartyMember, 'id' | 'employerId' | 'residentialCommunityId'>): Promise<Target> {
    const communityPath = await this.ctx.shared(OrganisationsClient).pathOf(member.residentialCommunityId);
    return { memberId: member.id, organisationId: member.employerId, organisationPath: communityPath ?? undefined };
  }

  async mayRead(member: PartyMember): Promise<boolean> {
    return this.ctx.access.allows(P.readMember, await this.targetOf(member));
  }

  /** FORBIDDEN for a member the caller may not read: ROLE_NOT_PERMITTED for a role that reads none. */
  readRefusal() {
    return this.ctx.access.refusal(P.readMember);
  }

  /** Refuses (FORBIDDEN) unless the caller has one of `permissions` over the member. */
  async requireOver(member: PartyMember, ...permissions: Permission[]): Promise<void> {
    const target = await this.targetOf(member);
    for (const permission of permissions) {
      if (await this.ctx.access.allows(permission, target)) return this.ctx.access.require(permission, target);
    }
    throw this.ctx.access.refusal(permissions.find((p) => this.ctx.access.reachOf(p)) ?? permissions[0]);
  }

  /**
   * SQL limiting members `o` to those the caller may read, given the communities the candidate rows
   * live in: each community's place is checked once, by the same rule as a member by id.
   */
  async readableMembers(candidateCommunities: () => Promise<readonly string[]>): Promise<Condition[]> {
    const reach = this.ctx.access.reachOf(P.readMember);
    if (!reach) throw this.readRefusal();
    switch (reach) {
      case 'any':
        return [];
      case 'self':
        return [{ sql: 'o.id = ?', params: [this.ownMemberId] }];
      case 'own':
        return [{ sql: 'o.employer_id = ?', params: [this.ctx.access.actingOrganisationId ?? null] }];
      default: {
        const communities = await candidateCommunities();
        const allowed = await Promise.all(
          communities.map(async (id) => ((await this.ctx.access.allows(P.readMember, await this.communityTarget(id))) ? id : null)),
        );
        return [{ sql: 'o.residential_community_id = any(?::uuid[])', params: [textArrayLiteral(allowed.filter((id): id is string => id !== null))] }];
      }
    }
  }
}

/** `@Personal`'s target for a member's personal fields. */
export function personalTargetOf(member: PartyMember, ctx: RequestContext): Promise<Target> {
  return ctx.get(MemberAccess).targetOf(member);
}
