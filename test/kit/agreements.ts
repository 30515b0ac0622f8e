import { Role, type Actor } from '../../platform/auth/identity';
import type { GraphQLClient } from './client';
import type { TestStack } from './stack';

/** Parties for agreement tests, taken from the demo district through the gateway. */
export interface Parties {
  street: { id: string; code: string };
  community: { id: string; code: string };
  otherCommunity: { id: string; code: string };
  unit: { id: string; code: string };
  otherUnit: { id: string; code: string };
  partner: GraphQLClient;
  otherPartner: GraphQLClient;
  staff: GraphQLClient;
  districtAdmin: GraphQLClient;
}

export async function demoParties(hub: TestStack): Promise<Parties> {
  const data = await hub.gateway.data(`{ organisationByCode(code: "QH-JD01") { id code ancestors { id }
    children(kind: COMMUNITY_PARTY_COMMITTEE, first: 10) { edges { node { id code residentUnits(first: 10) { edges { node { id code } } } } } } } }`);
  const street = data.organisationByCode;
  const communities = street.children.edges.map((e: any) => e.node).filter((c: any) => c.residentUnits.edges.length > 0);
  const [community, otherCommunity] = communities;
  const unit = community.residentUnits.edges[0].node;
  const otherUnit = otherCommunity.residentUnits.edges[0].node;
  const as = (actor: Actor) => hub.as(actor);
  return {
    street: { id: street.id, code: street.code },
    community: { id: community.id, code: community.code },
    otherCommunity: { id: otherCommunity.id, code: otherCommunity.code },
    unit,
    otherUnit,
    partner: await as({ role: Role.PARTNER_UNIT, subject: 'unit-1', organisationId: unit.id }),
    otherPartner: await as({ role: Role.PARTNER_UNIT, subject: 'unit-2', organisationId: otherUnit.id }),
    staff: await as({ role: Role.COMMUNITY_STAFF, subject: 'staff-1', organisationId: community.id }),
    districtAdmin: await as({ role: Role.DISTRICT_ADMIN, subject: 'admin-1', organisationId: street.ancestors[0].id }),
  };
}

export const AGREEMENT_FIELDS = `id number title status version validFrom validTo signingDate renewalOfId
  committee { id name } partner { id name }
  commitments { description quantity period } resources { category description quantity unit }
  needs { category description priority met } projects { id title progress reports { progress note } }
  amendments { number reason changes amendedBy } reviews { year rating }`;

export const REGISTER = `mutation ($input: RegisterAgreementInput!, $key: String) { registerAgreement(input: $input, idempotencyKey: $key) { ${AGREEMENT_FIELDS} } }`;

export function agreementInput(parties: Parties, overrides: Record<string, unknown> = {}) {
  return {
    committeeId: parties.community.id,
    partnerId: parties.unit.id,
    title: '共驻共建协议书',
    validFrom: '2026-01-01',
    validTo: '2028-12-31',
    commitments: [{ description: '每年开展志愿服务', quantity: 4, period: 'YEAR' }],
    resources: [{ category: 'VENUE', description: '党员活动室', quantity: 1, unit: '间' }],
    needs: [{ category: 'VOLUNTEERS', description: '老旧小区清洁志愿者', priority: 'HIGH' }],
    projects: [{ title: '邻里食堂', goal: '为老人提供午餐', owner: '王芳', dueDate: '2026-12-31' }],
    ...overrides,
  };
}
