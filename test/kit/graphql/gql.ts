/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  mutation RenewAgreementOnce($id: ID!, $version: Int!, $from: LocalDate!, $to: LocalDate!) {\n    renewAgreement(id: $id, version: $version, validFrom: $from, validTo: $to) {\n      id\n      renewalOfId\n    }\n  }\n": typeof types.RenewAgreementOnceDocument,
    "\n  mutation ReviewAgreement($id: ID!, $year: Int!, $rating: Int!) {\n    reviewAgreement(id: $id, year: $year, rating: $rating, comment: \"合作良好\") {\n      year\n      rating\n    }\n  }\n": typeof types.ReviewAgreementDocument,
    "\n  query ExpiredAgreementsOf($id: ID!) {\n    organisation(id: $id) {\n      agreements(status: EXPIRED, first: 50) {\n        edges {\n          node {\n            id\n            status\n          }\n        }\n      }\n    }\n  }\n": typeof types.ExpiredAgreementsOfDocument,
    "\n  query VisibleTree {\n    organisations(first: 100) {\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n": typeof types.VisibleTreeDocument,
    "\n  query TreeState {\n    organisations(first: 100) {\n      edges {\n        node {\n          id\n          code\n          name\n          version\n          parentId\n          seats(includeEnded: true) {\n            id\n            holderName\n            termEnd\n            version\n          }\n        }\n      }\n    }\n  }\n": typeof types.TreeStateDocument,
    "\n  query OrganisationAsStored($id: ID!) {\n    organisation(id: $id) {\n      id\n      code\n      name\n      kind\n      version\n      depth\n      parentId\n      seats {\n        holderName\n        role\n      }\n    }\n  }\n": typeof types.OrganisationAsStoredDocument,
    "\n  mutation CreateInMatrix($i: CreateOrganisationInput!) {\n    createOrganisation(input: $i) {\n      id\n      code\n    }\n  }\n": typeof types.CreateInMatrixDocument,
    "\n  mutation UpdateInMatrix($i: UpdateOrganisationInput!) {\n    updateOrganisation(input: $i) {\n      id\n      version\n    }\n  }\n": typeof types.UpdateInMatrixDocument,
    "\n  mutation MoveInMatrix($i: MoveOrganisationInput!) {\n    moveOrganisation(input: $i) {\n      id\n      version\n    }\n  }\n": typeof types.MoveInMatrixDocument,
    "\n  mutation AddSeatInMatrix($i: AddCommitteeSeatInput!) {\n    addCommitteeSeat(input: $i) {\n      id\n    }\n  }\n": typeof types.AddSeatInMatrixDocument,
    "\n  query DemoStreet {\n    organisationByCode(code: \"QH-JD01\") {\n      id\n      code\n      ancestors {\n        id\n      }\n      children(kind: COMMUNITY_PARTY_COMMITTEE, first: 10) {\n        edges {\n          node {\n            id\n            code\n            residentUnits(first: 10) {\n              edges {\n                node {\n                  id\n                  code\n                }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.DemoStreetDocument,
    "\n  fragment AgreementFields on Agreement {\n    id\n    number\n    title\n    status\n    version\n    validFrom\n    validTo\n    signingDate\n    renewalOfId\n    renewedById\n    committee {\n      id\n      name\n    }\n    partner {\n      id\n      name\n    }\n    commitments {\n      description\n      quantity\n      period\n    }\n    resources {\n      category\n      description\n      quantity\n      unit\n    }\n    needs {\n      category\n      description\n      priority\n      met\n    }\n    projects {\n      id\n      title\n      progress\n      reports {\n        progress\n        note\n        reason\n      }\n    }\n    amendments {\n      number\n      reason\n      changes\n      amendedBy\n    }\n    reviews {\n      year\n      rating\n    }\n  }\n": typeof types.AgreementFieldsFragmentDoc,
    "\n  mutation RegisterAgreement($input: RegisterAgreementInput!, $key: String) {\n    registerAgreement(input: $input, idempotencyKey: $key) {\n      ...AgreementFields\n    }\n  }\n": typeof types.RegisterAgreementDocument,
    "\n  mutation SignAgreement($id: ID!, $version: Int!) {\n    signAgreement(id: $id, version: $version) {\n      ...AgreementFields\n    }\n  }\n": typeof types.SignAgreementDocument,
    "\n  mutation AmendAgreement($id: ID!, $version: Int!, $input: AmendAgreementInput!, $reason: String) {\n    amendAgreement(id: $id, version: $version, input: $input, reason: $reason) {\n      ...AgreementFields\n    }\n  }\n": typeof types.AmendAgreementDocument,
    "\n  mutation SuspendAgreement($id: ID!, $version: Int!, $reason: String!) {\n    suspendAgreement(id: $id, version: $version, reason: $reason) {\n      ...AgreementFields\n    }\n  }\n": typeof types.SuspendAgreementDocument,
    "\n  mutation ResumeAgreement($id: ID!, $version: Int!) {\n    resumeAgreement(id: $id, version: $version) {\n      ...AgreementFields\n    }\n  }\n": typeof types.ResumeAgreementDocument,
    "\n  mutation TerminateAgreement($id: ID!, $version: Int!, $reason: String!) {\n    terminateAgreement(id: $id, version: $version, reason: $reason) {\n      ...AgreementFields\n    }\n  }\n": typeof types.TerminateAgreementDocument,
    "\n  mutation RenewAgreement($id: ID!, $version: Int!, $from: LocalDate!, $to: LocalDate!) {\n    renewAgreement(id: $id, version: $version, validFrom: $from, validTo: $to) {\n      ...AgreementFields\n    }\n  }\n": typeof types.RenewAgreementDocument,
    "\n  mutation ReportProgress($id: ID!, $version: Int!, $project: ID!, $progress: Int!, $note: String!, $reason: String) {\n    reportProjectProgress(id: $id, version: $version, projectId: $project, progress: $progress, note: $note, reason: $reason) {\n      ...AgreementFields\n    }\n  }\n": typeof types.ReportProgressDocument,
    "\n  query ReadAgreement($id: ID!) {\n    agreement(id: $id) {\n      ...AgreementFields\n    }\n  }\n": typeof types.ReadAgreementDocument,
    "\n  query Federated {\n    organisations(first: 5) {\n      edges {\n        node {\n          name\n          agreements {\n            totalCount\n          }\n          jointMeetings(first: 1) {\n            totalCount\n          }\n        }\n      }\n    }\n  }\n": typeof types.FederatedDocument,
    "\n  mutation CreateDistrict($input: CreateOrganisationInput!) {\n    createOrganisation(input: $input) {\n      id\n    }\n  }\n": typeof types.CreateDistrictDocument,
    "\n  mutation CreateEmbeddedDistrict($input: CreateOrganisationInput!) {\n    createOrganisation(input: $input) {\n      id\n    }\n  }\n": typeof types.CreateEmbeddedDistrictDocument,
    "\n  query EmbeddedOrganisations {\n    organisations(first: 3) {\n      totalCount\n      edges {\n        node {\n          name\n          agreementSummary {\n            active\n          }\n        }\n      }\n    }\n  }\n": typeof types.EmbeddedOrganisationsDocument,
    "\n  query OrganisationByCode($code: String!) {\n    organisationByCode(code: $code) {\n      id\n      code\n      name\n      kind\n      depth\n      parent {\n        code\n      }\n      ancestors {\n        code\n        kind\n      }\n      children(first: 50) {\n        totalCount\n        edges {\n          node {\n            code\n            parent {\n              code\n            }\n          }\n        }\n      }\n      descendants(first: 50) {\n        totalCount\n      }\n      grids: descendants(kind: GRID_PARTY_BRANCH, first: 50) {\n        totalCount\n        edges {\n          node {\n            kind\n          }\n        }\n      }\n      residentUnits(first: 50) {\n        totalCount\n        edges {\n          node {\n            code\n            sector\n          }\n        }\n      }\n      seats {\n        holderName\n        role\n        partTime\n        termStart\n        termEnd\n        holderUnit {\n          kind\n        }\n        committee {\n          code\n        }\n      }\n    }\n  }\n": typeof types.OrganisationByCodeDocument,
    "\n  query OrganisationById($id: ID!) {\n    organisation(id: $id) {\n      code\n      name\n    }\n  }\n": typeof types.OrganisationByIdDocument,
    "\n  query OrganisationList($filter: OrganisationFilter, $first: Int, $after: String) {\n    organisations(filter: $filter, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          code\n          name\n          kind\n        }\n      }\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        endCursor\n      }\n    }\n  }\n": typeof types.OrganisationListDocument,
};
const documents: Documents = {
    "\n  mutation RenewAgreementOnce($id: ID!, $version: Int!, $from: LocalDate!, $to: LocalDate!) {\n    renewAgreement(id: $id, version: $version, validFrom: $from, validTo: $to) {\n      id\n      renewalOfId\n    }\n  }\n": types.RenewAgreementOnceDocument,
    "\n  mutation ReviewAgreement($id: ID!, $year: Int!, $rating: Int!) {\n    reviewAgreement(id: $id, year: $year, rating: $rating, comment: \"合作良好\") {\n      year\n      rating\n    }\n  }\n": types.ReviewAgreementDocument,
    "\n  query ExpiredAgreementsOf($id: ID!) {\n    organisation(id: $id) {\n      agreements(status: EXPIRED, first: 50) {\n        edges {\n          node {\n            id\n            status\n          }\n        }\n      }\n    }\n  }\n": types.ExpiredAgreementsOfDocument,
    "\n  query VisibleTree {\n    organisations(first: 100) {\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n": types.VisibleTreeDocument,
    "\n  query TreeState {\n    organisations(first: 100) {\n      edges {\n        node {\n          id\n          code\n          name\n          version\n          parentId\n          seats(includeEnded: true) {\n            id\n            holderName\n            termEnd\n            version\n          }\n        }\n      }\n    }\n  }\n": types.TreeStateDocument,
    "\n  query OrganisationAsStored($id: ID!) {\n    organisation(id: $id) {\n      id\n      code\n      name\n      kind\n      version\n      depth\n      parentId\n      seats {\n        holderName\n        role\n      }\n    }\n  }\n": types.OrganisationAsStoredDocument,
    "\n  mutation CreateInMatrix($i: CreateOrganisationInput!) {\n    createOrganisation(input: $i) {\n      id\n      code\n    }\n  }\n": types.CreateInMatrixDocument,
    "\n  mutation UpdateInMatrix($i: UpdateOrganisationInput!) {\n    updateOrganisation(input: $i) {\n      id\n      version\n    }\n  }\n": types.UpdateInMatrixDocument,
    "\n  mutation MoveInMatrix($i: MoveOrganisationInput!) {\n    moveOrganisation(input: $i) {\n      id\n      version\n    }\n  }\n": types.MoveInMatrixDocument,
    "\n  mutation AddSeatInMatrix($i: AddCommitteeSeatInput!) {\n    addCommitteeSeat(input: $i) {\n      id\n    }\n  }\n": types.AddSeatInMatrixDocument,
    "\n  query DemoStreet {\n    organisationByCode(code: \"QH-JD01\") {\n      id\n      code\n      ancestors {\n        id\n      }\n      children(kind: COMMUNITY_PARTY_COMMITTEE, first: 10) {\n        edges {\n          node {\n            id\n            code\n            residentUnits(first: 10) {\n              edges {\n                node {\n                  id\n                  code\n                }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": types.DemoStreetDocument,
    "\n  fragment AgreementFields on Agreement {\n    id\n    number\n    title\n    status\n    version\n    validFrom\n    validTo\n    signingDate\n    renewalOfId\n    renewedById\n    committee {\n      id\n      name\n    }\n    partner {\n      id\n      name\n    }\n    commitments {\n      description\n      quantity\n      period\n    }\n    resources {\n      category\n      description\n      quantity\n      unit\n    }\n    needs {\n      category\n      description\n      priority\n      met\n    }\n    projects {\n      id\n      title\n      progress\n      reports {\n        progress\n        note\n        reason\n      }\n    }\n    amendments {\n      number\n      reason\n      changes\n      amendedBy\n    }\n    reviews {\n      year\n      rating\n    }\n  }\n": types.AgreementFieldsFragmentDoc,
    "\n  mutation RegisterAgreement($input: RegisterAgreementInput!, $key: String) {\n    registerAgreement(input: $input, idempotencyKey: $key) {\n      ...AgreementFields\n    }\n  }\n": types.RegisterAgreementDocument,
    "\n  mutation SignAgreement($id: ID!, $version: Int!) {\n    signAgreement(id: $id, version: $version) {\n      ...AgreementFields\n    }\n  }\n": types.SignAgreementDocument,
    "\n  mutation AmendAgreement($id: ID!, $version: Int!, $input: AmendAgreementInput!, $reason: String) {\n    amendAgreement(id: $id, version: $version, input: $input, reason: $reason) {\n      ...AgreementFields\n    }\n  }\n": types.AmendAgreementDocument,
    "\n  mutation SuspendAgreement($id: ID!, $version: Int!, $reason: String!) {\n    suspendAgreement(id: $id, version: $version, reason: $reason) {\n      ...AgreementFields\n    }\n  }\n": types.SuspendAgreementDocument,
    "\n  mutation ResumeAgreement($id: ID!, $version: Int!) {\n    resumeAgreement(id: $id, version: $version) {\n      ...AgreementFields\n    }\n  }\n": types.ResumeAgreementDocument,
    "\n  mutation TerminateAgreement($id: ID!, $version: Int!, $reason: String!) {\n    terminateAgreement(id: $id, version: $version, reason: $reason) {\n      ...AgreementFields\n    }\n  }\n": types.TerminateAgreementDocument,
    "\n  mutation RenewAgreement($id: ID!, $version: Int!, $from: LocalDate!, $to: LocalDate!) {\n    renewAgreement(id: $id, version: $version, validFrom: $from, validTo: $to) {\n      ...AgreementFields\n    }\n  }\n": types.RenewAgreementDocument,
    "\n  mutation ReportProgress($id: ID!, $version: Int!, $project: ID!, $progress: Int!, $note: String!, $reason: String) {\n    reportProjectProgress(id: $id, version: $version, projectId: $project, progress: $progress, note: $note, reason: $reason) {\n      ...AgreementFields\n    }\n  }\n": types.ReportProgressDocument,
    "\n  query ReadAgreement($id: ID!) {\n    agreement(id: $id) {\n      ...AgreementFields\n    }\n  }\n": types.ReadAgreementDocument,
    "\n  query Federated {\n    organisations(first: 5) {\n      edges {\n        node {\n          name\n          agreements {\n            totalCount\n          }\n          jointMeetings(first: 1) {\n            totalCount\n          }\n        }\n      }\n    }\n  }\n": types.FederatedDocument,
    "\n  mutation CreateDistrict($input: CreateOrganisationInput!) {\n    createOrganisation(input: $input) {\n      id\n    }\n  }\n": types.CreateDistrictDocument,
    "\n  mutation CreateEmbeddedDistrict($input: CreateOrganisationInput!) {\n    createOrganisation(input: $input) {\n      id\n    }\n  }\n": types.CreateEmbeddedDistrictDocument,
    "\n  query EmbeddedOrganisations {\n    organisations(first: 3) {\n      totalCount\n      edges {\n        node {\n          name\n          agreementSummary {\n            active\n          }\n        }\n      }\n    }\n  }\n": types.EmbeddedOrganisationsDocument,
    "\n  query OrganisationByCode($code: String!) {\n    organisationByCode(code: $code) {\n      id\n      code\n      name\n      kind\n      depth\n      parent {\n        code\n      }\n      ancestors {\n        code\n        kind\n      }\n      children(first: 50) {\n        totalCount\n        edges {\n          node {\n            code\n            parent {\n              code\n            }\n          }\n        }\n      }\n      descendants(first: 50) {\n        totalCount\n      }\n      grids: descendants(kind: GRID_PARTY_BRANCH, first: 50) {\n        totalCount\n        edges {\n          node {\n            kind\n          }\n        }\n      }\n      residentUnits(first: 50) {\n        totalCount\n        edges {\n          node {\n            code\n            sector\n          }\n        }\n      }\n      seats {\n        holderName\n        role\n        partTime\n        termStart\n        termEnd\n        holderUnit {\n          kind\n        }\n        committee {\n          code\n        }\n      }\n    }\n  }\n": types.OrganisationByCodeDocument,
    "\n  query OrganisationById($id: ID!) {\n    organisation(id: $id) {\n      code\n      name\n    }\n  }\n": types.OrganisationByIdDocument,
    "\n  query OrganisationList($filter: OrganisationFilter, $first: Int, $after: String) {\n    organisations(filter: $filter, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          code\n          name\n          kind\n        }\n      }\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        endCursor\n      }\n    }\n  }\n": types.OrganisationListDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RenewAgreementOnce($id: ID!, $version: Int!, $from: LocalDate!, $to: LocalDate!) {\n    renewAgreement(id: $id, version: $version, validFrom: $from, validTo: $to) {\n      id\n      renewalOfId\n    }\n  }\n"): (typeof documents)["\n  mutation RenewAgreementOnce($id: ID!, $version: Int!, $from: LocalDate!, $to: LocalDate!) {\n    renewAgreement(id: $id, version: $version, validFrom: $from, validTo: $to) {\n      id\n      renewalOfId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReviewAgreement($id: ID!, $year: Int!, $rating: Int!) {\n    reviewAgreement(id: $id, year: $year, rating: $rating, comment: \"合作良好\") {\n      year\n      rating\n    }\n  }\n"): (typeof documents)["\n  mutation ReviewAgreement($id: ID!, $year: Int!, $rating: Int!) {\n    reviewAgreement(id: $id, year: $year, rating: $rating, comment: \"合作良好\") {\n      year\n      rating\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExpiredAgreementsOf($id: ID!) {\n    organisation(id: $id) {\n      agreements(status: EXPIRED, first: 50) {\n        edges {\n          node {\n            id\n            status\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ExpiredAgreementsOf($id: ID!) {\n    organisation(id: $id) {\n      agreements(status: EXPIRED, first: 50) {\n        edges {\n          node {\n            id\n            status\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VisibleTree {\n    organisations(first: 100) {\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query VisibleTree {\n    organisations(first: 100) {\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TreeState {\n    organisations(first: 100) {\n      edges {\n        node {\n          id\n          code\n          name\n          version\n          parentId\n          seats(includeEnded: true) {\n            id\n            holderName\n            termEnd\n            version\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query TreeState {\n    organisations(first: 100) {\n      edges {\n        node {\n          id\n          code\n          name\n          version\n          parentId\n          seats(includeEnded: true) {\n            id\n            holderName\n            termEnd\n            version\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganisationAsStored($id: ID!) {\n    organisation(id: $id) {\n      id\n      code\n      name\n      kind\n      version\n      depth\n      parentId\n      seats {\n        holderName\n        role\n      }\n    }\n  }\n"): (typeof documents)["\n  query OrganisationAsStored($id: ID!) {\n    organisation(id: $id) {\n      id\n      code\n      name\n      kind\n      version\n      depth\n      parentId\n      seats {\n        holderName\n        role\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateInMatrix($i: CreateOrganisationInput!) {\n    createOrganisation(input: $i) {\n      id\n      code\n    }\n  }\n"): (typeof documents)["\n  mutation CreateInMatrix($i: CreateOrganisationInput!) {\n    createOrganisation(input: $i) {\n      id\n      code\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateInMatrix($i: UpdateOrganisationInput!) {\n    updateOrganisation(input: $i) {\n      id\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateInMatrix($i: UpdateOrganisationInput!) {\n    updateOrganisation(input: $i) {\n      id\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MoveInMatrix($i: MoveOrganisationInput!) {\n    moveOrganisation(input: $i) {\n      id\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation MoveInMatrix($i: MoveOrganisationInput!) {\n    moveOrganisation(input: $i) {\n      id\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddSeatInMatrix($i: AddCommitteeSeatInput!) {\n    addCommitteeSeat(input: $i) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation AddSeatInMatrix($i: AddCommitteeSeatInput!) {\n    addCommitteeSeat(input: $i) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DemoStreet {\n    organisationByCode(code: \"QH-JD01\") {\n      id\n      code\n      ancestors {\n        id\n      }\n      children(kind: COMMUNITY_PARTY_COMMITTEE, first: 10) {\n        edges {\n          node {\n            id\n            code\n            residentUnits(first: 10) {\n              edges {\n                node {\n                  id\n                  code\n                }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query DemoStreet {\n    organisationByCode(code: \"QH-JD01\") {\n      id\n      code\n      ancestors {\n        id\n      }\n      children(kind: COMMUNITY_PARTY_COMMITTEE, first: 10) {\n        edges {\n          node {\n            id\n            code\n            residentUnits(first: 10) {\n              edges {\n                node {\n                  id\n                  code\n                }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AgreementFields on Agreement {\n    id\n    number\n    title\n    status\n    version\n    validFrom\n    validTo\n    signingDate\n    renewalOfId\n    renewedById\n    committee {\n      id\n      name\n    }\n    partner {\n      id\n      name\n    }\n    commitments {\n      description\n      quantity\n      period\n    }\n    resources {\n      category\n      description\n      quantity\n      unit\n    }\n    needs {\n      category\n      description\n      priority\n      met\n    }\n    projects {\n      id\n      title\n      progress\n      reports {\n        progress\n        note\n        reason\n      }\n    }\n    amendments {\n      number\n      reason\n      changes\n      amendedBy\n    }\n    reviews {\n      year\n      rating\n    }\n  }\n"): (typeof documents)["\n  fragment AgreementFields on Agreement {\n    id\n    number\n    title\n    status\n    version\n    validFrom\n    validTo\n    signingDate\n    renewalOfId\n    renewedById\n    committee {\n      id\n      name\n    }\n    partner {\n      id\n      name\n    }\n    commitments {\n      description\n      quantity\n      period\n    }\n    resources {\n      category\n      description\n      quantity\n      unit\n    }\n    needs {\n      category\n      description\n      priority\n      met\n    }\n    projects {\n      id\n      title\n      progress\n      reports {\n        progress\n        note\n        reason\n      }\n    }\n    amendments {\n      number\n      reason\n      changes\n      amendedBy\n    }\n    reviews {\n      year\n      rating\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegisterAgreement($input: RegisterAgreementInput!, $key: String) {\n    registerAgreement(input: $input, idempotencyKey: $key) {\n      ...AgreementFields\n    }\n  }\n"): (typeof documents)["\n  mutation RegisterAgreement($input: RegisterAgreementInput!, $key: String) {\n    registerAgreement(input: $input, idempotencyKey: $key) {\n      ...AgreementFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignAgreement($id: ID!, $version: Int!) {\n    signAgreement(id: $id, version: $version) {\n      ...AgreementFields\n    }\n  }\n"): (typeof documents)["\n  mutation SignAgreement($id: ID!, $version: Int!) {\n    signAgreement(id: $id, version: $version) {\n      ...AgreementFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AmendAgreement($id: ID!, $version: Int!, $input: AmendAgreementInput!, $reason: String) {\n    amendAgreement(id: $id, version: $version, input: $input, reason: $reason) {\n      ...AgreementFields\n    }\n  }\n"): (typeof documents)["\n  mutation AmendAgreement($id: ID!, $version: Int!, $input: AmendAgreementInput!, $reason: String) {\n    amendAgreement(id: $id, version: $version, input: $input, reason: $reason) {\n      ...AgreementFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SuspendAgreement($id: ID!, $version: Int!, $reason: String!) {\n    suspendAgreement(id: $id, version: $version, reason: $reason) {\n      ...AgreementFields\n    }\n  }\n"): (typeof documents)["\n  mutation SuspendAgreement($id: ID!, $version: Int!, $reason: String!) {\n    suspendAgreement(id: $id, version: $version, reason: $reason) {\n      ...AgreementFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResumeAgreement($id: ID!, $version: Int!) {\n    resumeAgreement(id: $id, version: $version) {\n      ...AgreementFields\n    }\n  }\n"): (typeof documents)["\n  mutation ResumeAgreement($id: ID!, $version: Int!) {\n    resumeAgreement(id: $id, version: $version) {\n      ...AgreementFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TerminateAgreement($id: ID!, $version: Int!, $reason: String!) {\n    terminateAgreement(id: $id, version: $version, reason: $reason) {\n      ...AgreementFields\n    }\n  }\n"): (typeof documents)["\n  mutation TerminateAgreement($id: ID!, $version: Int!, $reason: String!) {\n    terminateAgreement(id: $id, version: $version, reason: $reason) {\n      ...AgreementFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RenewAgreement($id: ID!, $version: Int!, $from: LocalDate!, $to: LocalDate!) {\n    renewAgreement(id: $id, version: $version, validFrom: $from, validTo: $to) {\n      ...AgreementFields\n    }\n  }\n"): (typeof documents)["\n  mutation RenewAgreement($id: ID!, $version: Int!, $from: LocalDate!, $to: LocalDate!) {\n    renewAgreement(id: $id, version: $version, validFrom: $from, validTo: $to) {\n      ...AgreementFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReportProgress($id: ID!, $version: Int!, $project: ID!, $progress: Int!, $note: String!, $reason: String) {\n    reportProjectProgress(id: $id, version: $version, projectId: $project, progress: $progress, note: $note, reason: $reason) {\n      ...AgreementFields\n    }\n  }\n"): (typeof documents)["\n  mutation ReportProgress($id: ID!, $version: Int!, $project: ID!, $progress: Int!, $note: String!, $reason: String) {\n    reportProjectProgress(id: $id, version: $version, projectId: $project, progress: $progress, note: $note, reason: $reason) {\n      ...AgreementFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReadAgreement($id: ID!) {\n    agreement(id: $id) {\n      ...AgreementFields\n    }\n  }\n"): (typeof documents)["\n  query ReadAgreement($id: ID!) {\n    agreement(id: $id) {\n      ...AgreementFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Federated {\n    organisations(first: 5) {\n      edges {\n        node {\n          name\n          agreements {\n            totalCount\n          }\n          jointMeetings(first: 1) {\n            totalCount\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Federated {\n    organisations(first: 5) {\n      edges {\n        node {\n          name\n          agreements {\n            totalCount\n          }\n          jointMeetings(first: 1) {\n            totalCount\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateDistrict($input: CreateOrganisationInput!) {\n    createOrganisation(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation CreateDistrict($input: CreateOrganisationInput!) {\n    createOrganisation(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateEmbeddedDistrict($input: CreateOrganisationInput!) {\n    createOrganisation(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation CreateEmbeddedDistrict($input: CreateOrganisationInput!) {\n    createOrganisation(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EmbeddedOrganisations {\n    organisations(first: 3) {\n      totalCount\n      edges {\n        node {\n          name\n          agreementSummary {\n            active\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query EmbeddedOrganisations {\n    organisations(first: 3) {\n      totalCount\n      edges {\n        node {\n          name\n          agreementSummary {\n            active\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganisationByCode($code: String!) {\n    organisationByCode(code: $code) {\n      id\n      code\n      name\n      kind\n      depth\n      parent {\n        code\n      }\n      ancestors {\n        code\n        kind\n      }\n      children(first: 50) {\n        totalCount\n        edges {\n          node {\n            code\n            parent {\n              code\n            }\n          }\n        }\n      }\n      descendants(first: 50) {\n        totalCount\n      }\n      grids: descendants(kind: GRID_PARTY_BRANCH, first: 50) {\n        totalCount\n        edges {\n          node {\n            kind\n          }\n        }\n      }\n      residentUnits(first: 50) {\n        totalCount\n        edges {\n          node {\n            code\n            sector\n          }\n        }\n      }\n      seats {\n        holderName\n        role\n        partTime\n        termStart\n        termEnd\n        holderUnit {\n          kind\n        }\n        committee {\n          code\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query OrganisationByCode($code: String!) {\n    organisationByCode(code: $code) {\n      id\n      code\n      name\n      kind\n      depth\n      parent {\n        code\n      }\n      ancestors {\n        code\n        kind\n      }\n      children(first: 50) {\n        totalCount\n        edges {\n          node {\n            code\n            parent {\n              code\n            }\n          }\n        }\n      }\n      descendants(first: 50) {\n        totalCount\n      }\n      grids: descendants(kind: GRID_PARTY_BRANCH, first: 50) {\n        totalCount\n        edges {\n          node {\n            kind\n          }\n        }\n      }\n      residentUnits(first: 50) {\n        totalCount\n        edges {\n          node {\n            code\n            sector\n          }\n        }\n      }\n      seats {\n        holderName\n        role\n        partTime\n        termStart\n        termEnd\n        holderUnit {\n          kind\n        }\n        committee {\n          code\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganisationById($id: ID!) {\n    organisation(id: $id) {\n      code\n      name\n    }\n  }\n"): (typeof documents)["\n  query OrganisationById($id: ID!) {\n    organisation(id: $id) {\n      code\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganisationList($filter: OrganisationFilter, $first: Int, $after: String) {\n    organisations(filter: $filter, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          code\n          name\n          kind\n        }\n      }\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query OrganisationList($filter: OrganisationFilter, $first: Int, $after: String) {\n    organisations(filter: $filter, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          code\n          name\n          kind\n        }\n      }\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        endCursor\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;