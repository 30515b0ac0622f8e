import { registerEnumType } from 'type-graphql';
import type { Localized } from '../errors/reasons';

/** The roles of DOMAIN.md, plus the operator of the hub who creates districts. */
export enum Role {
  PLATFORM_ADMIN = 'PLATFORM_ADMIN',
  DISTRICT_ADMIN = 'DISTRICT_ADMIN',
  COMMUNITY_STAFF = 'COMMUNITY_STAFF',
  PARTNER_UNIT = 'PARTNER_UNIT',
  PARTY_MEMBER = 'PARTY_MEMBER',
  ANALYST = 'ANALYST',
}

registerEnumType(Role, {
  name: 'Role',
  description: '角色 (role of a caller).',
  valuesConfig: {
    PLATFORM_ADMIN: { description: '平台管理员 (operator of the hub: creates districts).' },
    DISTRICT_ADMIN: { description: '区级管理员 (district administrator).' },
    COMMUNITY_STAFF: { description: '街道社区工作人员 (street or community staff).' },
    PARTNER_UNIT: { description: '共建单位 (partner unit).' },
    PARTY_MEMBER: { description: '在职党员 (in-service party member).' },
    ANALYST: { description: '分析人员 (analyst: aggregates only).' },
  },
});

/** Who is calling: verified at the gateway from a JWT, carried to subgraphs signed. */
export interface Actor {
  /** The token's subject (a user of the district platform, a unit's system, a member). */
  subject: string;
  role: Role;
  /** The organisation the caller acts for (its district, street, community or unit). */
  organisationId?: string;
  /** For PARTY_MEMBER: the member the caller is. */
  memberId?: string;
}

export const ROLES = Object.values(Role);

/** The roles' names for people, as refusals say them. */
export const ROLE_NAMES: Record<Role, Localized> = {
  PLATFORM_ADMIN: { en: 'platform administrator', zh: '平台管理员' },
  DISTRICT_ADMIN: { en: 'district administrator', zh: '区级管理员' },
  COMMUNITY_STAFF: { en: 'street or community staff', zh: '街道社区工作人员' },
  PARTNER_UNIT: { en: 'partner unit', zh: '共建单位' },
  PARTY_MEMBER: { en: 'party member', zh: '在职党员' },
  ANALYST: { en: 'analyst', zh: '分析人员' },
};

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as string[]).includes(value);
}
