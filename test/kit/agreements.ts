import { Role, type Actor } from '../../platform/auth/identity';
import type { GraphQLClient } from './client';
import type { TestStack } from './stack';
import { graphql } from './graphql';
import type { RegisterAgreementInput } from './graphql/graphql';

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

const DEMO_STREET = graphql(`
  query DemoStreet {
    organisationByCode(code: "QH-JD01") {
      id
      code
      ancestors {
        id
      }
      children(kind: COMMUNITY_PARTY_COMMITTEE, first: 10) {
        edges {
          node {
            id
            code
            residentUnits(first: 10) {
              edges {
                node {
                  id
                  code
                }
              }
            }
          }
        }
      }
    }
  }
`);

export async function demoParties(hub: TestStack): Promise<Parties> {
  const data = await hub.gateway.data(DEMO_STREET);
  const street = data.organisationByCode!;
  const communities = street.children.edges.map((e) => e.node).filter((c) => c.residentUnits.edges.length > 0);
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

/** What agreement tests read of an agreement (spread `...AgreementFields` in a document). */
export const AGREEMENT_FIELDS = graphql(`
  fragment AgreementFields on Agreement {
    id
    number
    title
    status
    version
    validFrom
    validTo
    signingDate
    renewalOfId
    renewedById
    committee {
      id
      name
    }
    partner {
      id
      name
    }
    commitments {
      description
      quantity
      period
    }
    resources {
      category
      description
      quantity
      unit
    }
    needs {
      category
      description
      priority
      met
    }
    projects {
      id
      title
      progress
      reports {
        progress
        note
        reason
      }
    }
    amendments {
      number
      reason
      changes
      amendedBy
    }
    reviews {
      year
      rating
    }
  }
`);

export const REGISTER = graphql(`
  mutation RegisterAgreement($input: RegisterAgreementInput!, $key: String) {
    registerAgreement(input: $input, idempotencyKey: $key) {
      ...AgreementFields
    }
  }
`);

/** The changes of an agreement's life, each answering with `AgreementFields`. */
export const SIGN = graphql(`
  mutation SignAgreement($id: ID!, $version: Int!) {
    signAgreement(id: $id, version: $version) {
      ...AgreementFields
    }
  }
`);
export const AMEND = graphql(`
  mutation AmendAgreement($id: ID!, $version: Int!, $input: AmendAgreementInput!, $reason: String) {
    amendAgreement(id: $id, version: $version, input: $input, reason: $reason) {
      ...AgreementFields
    }
  }
`);
export const SUSPEND = graphql(`
  mutation SuspendAgreement($id: ID!, $version: Int!, $reason: String!) {
    suspendAgreement(id: $id, version: $version, reason: $reason) {
      ...AgreementFields
    }
  }
`);
export const RESUME = graphql(`
  mutation ResumeAgreement($id: ID!, $version: Int!) {
    resumeAgreement(id: $id, version: $version) {
      ...AgreementFields
    }
  }
`);
export const TERMINATE = graphql(`
  mutation TerminateAgreement($id: ID!, $version: Int!, $reason: String!) {
    terminateAgreement(id: $id, version: $version, reason: $reason) {
      ...AgreementFields
    }
  }
`);
export const RENEW = graphql(`
  mutation RenewAgreement($id: ID!, $version: Int!, $from: LocalDate!, $to: LocalDate!) {
    renewAgreement(id: $id, version: $version, validFrom: $from, validTo: $to) {
      ...AgreementFields
    }
  }
`);
export const PROGRESS = graphql(`
  mutation ReportProgress($id: ID!, $version: Int!, $project: ID!, $progress: Int!, $note: String!, $reason: String) {
    reportProjectProgress(id: $id, version: $version, projectId: $project, progress: $progress, note: $note, reason: $reason) {
      ...AgreementFields
    }
  }
`);

export const READ_AGREEMENT = graphql(`
  query ReadAgreement($id: ID!) {
    agreement(id: $id) {
      ...AgreementFields
    }
  }
`);

/** A valid registration of the parties' unit with their community; `overrides` replace fields (valid or not). */
export function agreementInput(parties: Parties, overrides: Partial<Record<keyof RegisterAgreementInput, unknown>> = {}): RegisterAgreementInput {
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
  } as RegisterAgreementInput;
}
