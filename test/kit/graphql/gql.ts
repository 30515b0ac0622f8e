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
    "\n  query Member($id: ID!) {\n    member(id: $id) {\n      id\n      name\n      phone\n      identityNumber\n      homeAddress\n      employer {\n        id\n      }\n      residentialCommunity {\n        id\n        name\n      }\n      registration {\n        status\n        community {\n          id\n        }\n      }\n    }\n  }\n": typeof types.MemberDocument,
    "\n  query Members($filter: PartyMemberFilter, $first: Int, $after: String) {\n    members(filter: $filter, first: $first, after: $after) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          residentialCommunity {\n            id\n          }\n          employer {\n            id\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.MembersDocument,
    "\n  mutation UpdateMember($input: UpdatePartyMemberInput!) {\n    updatePartyMember(input: $input) {\n      version\n      phone\n      homeAddress\n    }\n  }\n": typeof types.UpdateMemberDocument,
    "\n  mutation RejectRegistration($id: ID!, $version: Int!, $reason: String!) {\n    rejectRegistration(id: $id, version: $version, reason: $reason) {\n      status\n      rejectReason\n    }\n  }\n": typeof types.RejectRegistrationDocument,
    "\n  query RegistrationHistory($id: ID!) {\n    member(id: $id) {\n      residentialCommunity {\n        id\n      }\n      registration {\n        id\n        status\n      }\n      registrations {\n        id\n        status\n        closedAt\n        closedReason\n        community {\n          id\n        }\n      }\n      leaveRequests {\n        id\n        status\n      }\n    }\n  }\n": typeof types.RegistrationHistoryDocument,
    "\n  query RegistrationQueue($communityId: ID!, $status: RegistrationStatus) {\n    memberRegistrations(filter: { communityId: $communityId, status: $status }, first: 100) {\n      totalCount\n      edges {\n        node {\n          id\n          status\n          member {\n            id\n          }\n        }\n      }\n    }\n  }\n": typeof types.RegistrationQueueDocument,
    "\n  mutation CreateTeam($input: CreateVolunteerTeamInput!) {\n    createVolunteerTeam(input: $input) {\n      id\n      name\n      interest\n    }\n  }\n": typeof types.CreateTeamDocument,
    "\n  query Teams($communityId: ID!) {\n    volunteerTeams(communityId: $communityId) {\n      id\n      name\n    }\n  }\n": typeof types.TeamsDocument,
    "\n  mutation RequestLeave($input: RequestLeaveInput!) {\n    requestLeave(input: $input) {\n      id\n      version\n      status\n      startsOn\n      endsOn\n      community {\n        id\n      }\n    }\n  }\n": typeof types.RequestLeaveDocument,
    "\n  mutation ApproveLeave($id: ID!, $version: Int!) {\n    approveLeave(id: $id, version: $version) {\n      id\n      version\n      status\n      decidedAt\n    }\n  }\n": typeof types.ApproveLeaveDocument,
    "\n  mutation RejectLeave($id: ID!, $version: Int!, $reason: String!) {\n    rejectLeave(id: $id, version: $version, reason: $reason) {\n      status\n      decisionReason\n    }\n  }\n": typeof types.RejectLeaveDocument,
    "\n  mutation CancelLeave($id: ID!, $version: Int!) {\n    cancelLeave(id: $id, version: $version) {\n      status\n      cancelledAt\n    }\n  }\n": typeof types.CancelLeaveDocument,
    "\n  query LeaveQueue($communityId: ID!) {\n    leaveRequests(filter: { communityId: $communityId, status: REQUESTED }, first: 100) {\n      totalCount\n      edges {\n        node {\n          id\n          member {\n            id\n          }\n        }\n      }\n    }\n  }\n": typeof types.LeaveQueueDocument,
    "\n  mutation RegisterUnit($input: RegisterUnitInput!) {\n    registerUnit(input: $input) {\n      id\n      version\n      status\n      offers\n      host {\n        id\n      }\n    }\n  }\n": typeof types.RegisterUnitDocument,
    "\n  mutation ConfirmUnit($id: ID!, $version: Int!) {\n    confirmUnitRegistration(id: $id, version: $version) {\n      status\n    }\n  }\n": typeof types.ConfirmUnitDocument,
    "\n  mutation RejectUnit($id: ID!, $version: Int!, $reason: String!) {\n    rejectUnitRegistration(id: $id, version: $version, reason: $reason) {\n      status\n      rejectReason\n    }\n  }\n": typeof types.RejectUnitDocument,
    "\n  query UnitRegistrations($id: ID!) {\n    organisation(id: $id) {\n      unitRegistrations {\n        id\n        status\n        unit {\n          id\n        }\n        host {\n          id\n        }\n      }\n    }\n  }\n": typeof types.UnitRegistrationsDocument,
    "\n  mutation ReportServiceRecord($records: [ServiceRecordInput!]!) {\n    recordServices(records: $records) {\n      recorded\n      errors {\n        index\n        reason\n      }\n    }\n  }\n": typeof types.ReportServiceRecordDocument,
    "\n  mutation ReportServicePostWish($input: PostWishInput!) {\n    postWish(input: $input) {\n      id\n      version\n    }\n  }\n": typeof types.ReportServicePostWishDocument,
    "\n  mutation ReportServiceDispatch($id: ID!, $version: Int!, $to: ID!) {\n    dispatchWish(id: $id, version: $version, assigneeKind: MEMBER, assigneeId: $to) {\n      version\n    }\n  }\n": typeof types.ReportServiceDispatchDocument,
    "\n  mutation ReportServiceAccept($id: ID!, $version: Int!) {\n    acceptWish(id: $id, version: $version) {\n      version\n    }\n  }\n": typeof types.ReportServiceAcceptDocument,
    "\n  mutation ReportServiceComplete($id: ID!, $version: Int!) {\n    completeWish(id: $id, version: $version, outcome: \"已办结\") {\n      version\n    }\n  }\n": typeof types.ReportServiceCompleteDocument,
    "\n  mutation ReportServiceRate($id: ID!, $version: Int!, $rating: Int!) {\n    rateWish(id: $id, version: $version, rating: $rating) {\n      status\n    }\n  }\n": typeof types.ReportServiceRateDocument,
    "\n  query ReportServiceMemberPoints($id: ID!) {\n    member(id: $id) {\n      points\n    }\n  }\n": typeof types.ReportServiceMemberPointsDocument,
    "\n  query ReportServiceFigures($unitId: ID!, $year: Int!) {\n    registrationReport(unitId: $unitId, year: $year) {\n      serviceHours\n      wishesDone\n      averageRating\n      points\n      members {\n        member {\n          id\n        }\n        serviceHours\n        serviceRecords\n        wishesDone\n        averageRating\n        points\n      }\n    }\n  }\n": typeof types.ReportServiceFiguresDocument,
    "\n  mutation ImportRoster($unitId: ID!, $csv: String!) {\n    importRoster(unitId: $unitId, csv: $csv) {\n      imported\n      problems {\n        line\n        column\n        message\n      }\n    }\n  }\n": typeof types.ImportRosterDocument,
    "\n  query RegistrationReport($unitId: ID!, $year: Int!) {\n    registrationReport(unitId: $unitId, year: $year) {\n      year\n      asOf\n      unit {\n        id\n      }\n      rosterSize\n      confirmedCount\n      pendingCount\n      onLeaveCount\n      missingCount\n      members {\n        standing\n        onRoster\n        onLeaveUntil\n        member {\n          id\n        }\n        community {\n          id\n        }\n      }\n      missingRegistrations {\n        name\n        identityNumber\n        rosterLine\n        member {\n          id\n        }\n      }\n    }\n  }\n": typeof types.RegistrationReportDocument,
    "\n  mutation ReportLeave($input: RequestLeaveInput!) {\n    requestLeave(input: $input) {\n      id\n      version\n    }\n  }\n": typeof types.ReportLeaveDocument,
    "\n  mutation ReportApproveLeave($id: ID!, $version: Int!) {\n    approveLeave(id: $id, version: $version) {\n      status\n    }\n  }\n": typeof types.ReportApproveLeaveDocument,
    "\n  query StreetRegisteredMembers($id: ID!) {\n    organisation(id: $id) {\n      name\n      registeredMembers(first: 5) {\n        totalCount\n      }\n      children(first: 50) {\n        totalCount\n        edges {\n          node {\n            name\n            registeredMembers(first: 2) {\n              totalCount\n              edges {\n                node {\n                  name\n                  residentialCommunity {\n                    id\n                  }\n                }\n              }\n              pageInfo {\n                hasNextPage\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.StreetRegisteredMembersDocument,
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
    "\n  mutation EnterMember($input: EnterPartyMemberInput!) {\n    enterPartyMember(input: $input) {\n      id\n      version\n      name\n      phone\n      identityNumber\n      homeAddress\n      employer {\n        id\n      }\n      residentialCommunity {\n        id\n      }\n    }\n  }\n": typeof types.EnterMemberDocument,
    "\n  mutation ReportToCommunity($input: ReportToCommunityInput!) {\n    reportToCommunity(input: $input) {\n      id\n      version\n      status\n      interests\n      community {\n        id\n      }\n    }\n  }\n": typeof types.ReportToCommunityDocument,
    "\n  mutation ConfirmRegistration($input: ConfirmRegistrationInput!) {\n    confirmRegistration(input: $input) {\n      id\n      version\n      status\n      decidedAt\n      placement {\n        id\n      }\n      volunteerTeams {\n        name\n        interest\n      }\n    }\n  }\n": typeof types.ConfirmRegistrationDocument,
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
    "\n  query Member($id: ID!) {\n    member(id: $id) {\n      id\n      name\n      phone\n      identityNumber\n      homeAddress\n      employer {\n        id\n      }\n      residentialCommunity {\n        id\n        name\n      }\n      registration {\n        status\n        community {\n          id\n        }\n      }\n    }\n  }\n": types.MemberDocument,
    "\n  query Members($filter: PartyMemberFilter, $first: Int, $after: String) {\n    members(filter: $filter, first: $first, after: $after) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          residentialCommunity {\n            id\n          }\n          employer {\n            id\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.MembersDocument,
    "\n  mutation UpdateMember($input: UpdatePartyMemberInput!) {\n    updatePartyMember(input: $input) {\n      version\n      phone\n      homeAddress\n    }\n  }\n": types.UpdateMemberDocument,
    "\n  mutation RejectRegistration($id: ID!, $version: Int!, $reason: String!) {\n    rejectRegistration(id: $id, version: $version, reason: $reason) {\n      status\n      rejectReason\n    }\n  }\n": types.RejectRegistrationDocument,
    "\n  query RegistrationHistory($id: ID!) {\n    member(id: $id) {\n      residentialCommunity {\n        id\n      }\n      registration {\n        id\n        status\n      }\n      registrations {\n        id\n        status\n        closedAt\n        closedReason\n        community {\n          id\n        }\n      }\n      leaveRequests {\n        id\n        status\n      }\n    }\n  }\n": types.RegistrationHistoryDocument,
    "\n  query RegistrationQueue($communityId: ID!, $status: RegistrationStatus) {\n    memberRegistrations(filter: { communityId: $communityId, status: $status }, first: 100) {\n      totalCount\n      edges {\n        node {\n          id\n          status\n          member {\n            id\n          }\n        }\n      }\n    }\n  }\n": types.RegistrationQueueDocument,
    "\n  mutation CreateTeam($input: CreateVolunteerTeamInput!) {\n    createVolunteerTeam(input: $input) {\n      id\n      name\n      interest\n    }\n  }\n": types.CreateTeamDocument,
    "\n  query Teams($communityId: ID!) {\n    volunteerTeams(communityId: $communityId) {\n      id\n      name\n    }\n  }\n": types.TeamsDocument,
    "\n  mutation RequestLeave($input: RequestLeaveInput!) {\n    requestLeave(input: $input) {\n      id\n      version\n      status\n      startsOn\n      endsOn\n      community {\n        id\n      }\n    }\n  }\n": types.RequestLeaveDocument,
    "\n  mutation ApproveLeave($id: ID!, $version: Int!) {\n    approveLeave(id: $id, version: $version) {\n      id\n      version\n      status\n      decidedAt\n    }\n  }\n": types.ApproveLeaveDocument,
    "\n  mutation RejectLeave($id: ID!, $version: Int!, $reason: String!) {\n    rejectLeave(id: $id, version: $version, reason: $reason) {\n      status\n      decisionReason\n    }\n  }\n": types.RejectLeaveDocument,
    "\n  mutation CancelLeave($id: ID!, $version: Int!) {\n    cancelLeave(id: $id, version: $version) {\n      status\n      cancelledAt\n    }\n  }\n": types.CancelLeaveDocument,
    "\n  query LeaveQueue($communityId: ID!) {\n    leaveRequests(filter: { communityId: $communityId, status: REQUESTED }, first: 100) {\n      totalCount\n      edges {\n        node {\n          id\n          member {\n            id\n          }\n        }\n      }\n    }\n  }\n": types.LeaveQueueDocument,
    "\n  mutation RegisterUnit($input: RegisterUnitInput!) {\n    registerUnit(input: $input) {\n      id\n      version\n      status\n      offers\n      host {\n        id\n      }\n    }\n  }\n": types.RegisterUnitDocument,
    "\n  mutation ConfirmUnit($id: ID!, $version: Int!) {\n    confirmUnitRegistration(id: $id, version: $version) {\n      status\n    }\n  }\n": types.ConfirmUnitDocument,
    "\n  mutation RejectUnit($id: ID!, $version: Int!, $reason: String!) {\n    rejectUnitRegistration(id: $id, version: $version, reason: $reason) {\n      status\n      rejectReason\n    }\n  }\n": types.RejectUnitDocument,
    "\n  query UnitRegistrations($id: ID!) {\n    organisation(id: $id) {\n      unitRegistrations {\n        id\n        status\n        unit {\n          id\n        }\n        host {\n          id\n        }\n      }\n    }\n  }\n": types.UnitRegistrationsDocument,
    "\n  mutation ReportServiceRecord($records: [ServiceRecordInput!]!) {\n    recordServices(records: $records) {\n      recorded\n      errors {\n        index\n        reason\n      }\n    }\n  }\n": types.ReportServiceRecordDocument,
    "\n  mutation ReportServicePostWish($input: PostWishInput!) {\n    postWish(input: $input) {\n      id\n      version\n    }\n  }\n": types.ReportServicePostWishDocument,
    "\n  mutation ReportServiceDispatch($id: ID!, $version: Int!, $to: ID!) {\n    dispatchWish(id: $id, version: $version, assigneeKind: MEMBER, assigneeId: $to) {\n      version\n    }\n  }\n": types.ReportServiceDispatchDocument,
    "\n  mutation ReportServiceAccept($id: ID!, $version: Int!) {\n    acceptWish(id: $id, version: $version) {\n      version\n    }\n  }\n": types.ReportServiceAcceptDocument,
    "\n  mutation ReportServiceComplete($id: ID!, $version: Int!) {\n    completeWish(id: $id, version: $version, outcome: \"已办结\") {\n      version\n    }\n  }\n": types.ReportServiceCompleteDocument,
    "\n  mutation ReportServiceRate($id: ID!, $version: Int!, $rating: Int!) {\n    rateWish(id: $id, version: $version, rating: $rating) {\n      status\n    }\n  }\n": types.ReportServiceRateDocument,
    "\n  query ReportServiceMemberPoints($id: ID!) {\n    member(id: $id) {\n      points\n    }\n  }\n": types.ReportServiceMemberPointsDocument,
    "\n  query ReportServiceFigures($unitId: ID!, $year: Int!) {\n    registrationReport(unitId: $unitId, year: $year) {\n      serviceHours\n      wishesDone\n      averageRating\n      points\n      members {\n        member {\n          id\n        }\n        serviceHours\n        serviceRecords\n        wishesDone\n        averageRating\n        points\n      }\n    }\n  }\n": types.ReportServiceFiguresDocument,
    "\n  mutation ImportRoster($unitId: ID!, $csv: String!) {\n    importRoster(unitId: $unitId, csv: $csv) {\n      imported\n      problems {\n        line\n        column\n        message\n      }\n    }\n  }\n": types.ImportRosterDocument,
    "\n  query RegistrationReport($unitId: ID!, $year: Int!) {\n    registrationReport(unitId: $unitId, year: $year) {\n      year\n      asOf\n      unit {\n        id\n      }\n      rosterSize\n      confirmedCount\n      pendingCount\n      onLeaveCount\n      missingCount\n      members {\n        standing\n        onRoster\n        onLeaveUntil\n        member {\n          id\n        }\n        community {\n          id\n        }\n      }\n      missingRegistrations {\n        name\n        identityNumber\n        rosterLine\n        member {\n          id\n        }\n      }\n    }\n  }\n": types.RegistrationReportDocument,
    "\n  mutation ReportLeave($input: RequestLeaveInput!) {\n    requestLeave(input: $input) {\n      id\n      version\n    }\n  }\n": types.ReportLeaveDocument,
    "\n  mutation ReportApproveLeave($id: ID!, $version: Int!) {\n    approveLeave(id: $id, version: $version) {\n      status\n    }\n  }\n": types.ReportApproveLeaveDocument,
    "\n  query StreetRegisteredMembers($id: ID!) {\n    organisation(id: $id) {\n      name\n      registeredMembers(first: 5) {\n        totalCount\n      }\n      children(first: 50) {\n        totalCount\n        edges {\n          node {\n            name\n            registeredMembers(first: 2) {\n              totalCount\n              edges {\n                node {\n                  name\n                  residentialCommunity {\n                    id\n                  }\n                }\n              }\n              pageInfo {\n                hasNextPage\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": types.StreetRegisteredMembersDocument,
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
    "\n  mutation EnterMember($input: EnterPartyMemberInput!) {\n    enterPartyMember(input: $input) {\n      id\n      version\n      name\n      phone\n      identityNumber\n      homeAddress\n      employer {\n        id\n      }\n      residentialCommunity {\n        id\n      }\n    }\n  }\n": types.EnterMemberDocument,
    "\n  mutation ReportToCommunity($input: ReportToCommunityInput!) {\n    reportToCommunity(input: $input) {\n      id\n      version\n      status\n      interests\n      community {\n        id\n      }\n    }\n  }\n": types.ReportToCommunityDocument,
    "\n  mutation ConfirmRegistration($input: ConfirmRegistrationInput!) {\n    confirmRegistration(input: $input) {\n      id\n      version\n      status\n      decidedAt\n      placement {\n        id\n      }\n      volunteerTeams {\n        name\n        interest\n      }\n    }\n  }\n": types.ConfirmRegistrationDocument,
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
export function graphql(source: "\n  query Member($id: ID!) {\n    member(id: $id) {\n      id\n      name\n      phone\n      identityNumber\n      homeAddress\n      employer {\n        id\n      }\n      residentialCommunity {\n        id\n        name\n      }\n      registration {\n        status\n        community {\n          id\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Member($id: ID!) {\n    member(id: $id) {\n      id\n      name\n      phone\n      identityNumber\n      homeAddress\n      employer {\n        id\n      }\n      residentialCommunity {\n        id\n        name\n      }\n      registration {\n        status\n        community {\n          id\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Members($filter: PartyMemberFilter, $first: Int, $after: String) {\n    members(filter: $filter, first: $first, after: $after) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          residentialCommunity {\n            id\n          }\n          employer {\n            id\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query Members($filter: PartyMemberFilter, $first: Int, $after: String) {\n    members(filter: $filter, first: $first, after: $after) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          residentialCommunity {\n            id\n          }\n          employer {\n            id\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateMember($input: UpdatePartyMemberInput!) {\n    updatePartyMember(input: $input) {\n      version\n      phone\n      homeAddress\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateMember($input: UpdatePartyMemberInput!) {\n    updatePartyMember(input: $input) {\n      version\n      phone\n      homeAddress\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RejectRegistration($id: ID!, $version: Int!, $reason: String!) {\n    rejectRegistration(id: $id, version: $version, reason: $reason) {\n      status\n      rejectReason\n    }\n  }\n"): (typeof documents)["\n  mutation RejectRegistration($id: ID!, $version: Int!, $reason: String!) {\n    rejectRegistration(id: $id, version: $version, reason: $reason) {\n      status\n      rejectReason\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RegistrationHistory($id: ID!) {\n    member(id: $id) {\n      residentialCommunity {\n        id\n      }\n      registration {\n        id\n        status\n      }\n      registrations {\n        id\n        status\n        closedAt\n        closedReason\n        community {\n          id\n        }\n      }\n      leaveRequests {\n        id\n        status\n      }\n    }\n  }\n"): (typeof documents)["\n  query RegistrationHistory($id: ID!) {\n    member(id: $id) {\n      residentialCommunity {\n        id\n      }\n      registration {\n        id\n        status\n      }\n      registrations {\n        id\n        status\n        closedAt\n        closedReason\n        community {\n          id\n        }\n      }\n      leaveRequests {\n        id\n        status\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RegistrationQueue($communityId: ID!, $status: RegistrationStatus) {\n    memberRegistrations(filter: { communityId: $communityId, status: $status }, first: 100) {\n      totalCount\n      edges {\n        node {\n          id\n          status\n          member {\n            id\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query RegistrationQueue($communityId: ID!, $status: RegistrationStatus) {\n    memberRegistrations(filter: { communityId: $communityId, status: $status }, first: 100) {\n      totalCount\n      edges {\n        node {\n          id\n          status\n          member {\n            id\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateTeam($input: CreateVolunteerTeamInput!) {\n    createVolunteerTeam(input: $input) {\n      id\n      name\n      interest\n    }\n  }\n"): (typeof documents)["\n  mutation CreateTeam($input: CreateVolunteerTeamInput!) {\n    createVolunteerTeam(input: $input) {\n      id\n      name\n      interest\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Teams($communityId: ID!) {\n    volunteerTeams(communityId: $communityId) {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query Teams($communityId: ID!) {\n    volunteerTeams(communityId: $communityId) {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestLeave($input: RequestLeaveInput!) {\n    requestLeave(input: $input) {\n      id\n      version\n      status\n      startsOn\n      endsOn\n      community {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RequestLeave($input: RequestLeaveInput!) {\n    requestLeave(input: $input) {\n      id\n      version\n      status\n      startsOn\n      endsOn\n      community {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApproveLeave($id: ID!, $version: Int!) {\n    approveLeave(id: $id, version: $version) {\n      id\n      version\n      status\n      decidedAt\n    }\n  }\n"): (typeof documents)["\n  mutation ApproveLeave($id: ID!, $version: Int!) {\n    approveLeave(id: $id, version: $version) {\n      id\n      version\n      status\n      decidedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RejectLeave($id: ID!, $version: Int!, $reason: String!) {\n    rejectLeave(id: $id, version: $version, reason: $reason) {\n      status\n      decisionReason\n    }\n  }\n"): (typeof documents)["\n  mutation RejectLeave($id: ID!, $version: Int!, $reason: String!) {\n    rejectLeave(id: $id, version: $version, reason: $reason) {\n      status\n      decisionReason\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelLeave($id: ID!, $version: Int!) {\n    cancelLeave(id: $id, version: $version) {\n      status\n      cancelledAt\n    }\n  }\n"): (typeof documents)["\n  mutation CancelLeave($id: ID!, $version: Int!) {\n    cancelLeave(id: $id, version: $version) {\n      status\n      cancelledAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LeaveQueue($communityId: ID!) {\n    leaveRequests(filter: { communityId: $communityId, status: REQUESTED }, first: 100) {\n      totalCount\n      edges {\n        node {\n          id\n          member {\n            id\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query LeaveQueue($communityId: ID!) {\n    leaveRequests(filter: { communityId: $communityId, status: REQUESTED }, first: 100) {\n      totalCount\n      edges {\n        node {\n          id\n          member {\n            id\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegisterUnit($input: RegisterUnitInput!) {\n    registerUnit(input: $input) {\n      id\n      version\n      status\n      offers\n      host {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RegisterUnit($input: RegisterUnitInput!) {\n    registerUnit(input: $input) {\n      id\n      version\n      status\n      offers\n      host {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConfirmUnit($id: ID!, $version: Int!) {\n    confirmUnitRegistration(id: $id, version: $version) {\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation ConfirmUnit($id: ID!, $version: Int!) {\n    confirmUnitRegistration(id: $id, version: $version) {\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RejectUnit($id: ID!, $version: Int!, $reason: String!) {\n    rejectUnitRegistration(id: $id, version: $version, reason: $reason) {\n      status\n      rejectReason\n    }\n  }\n"): (typeof documents)["\n  mutation RejectUnit($id: ID!, $version: Int!, $reason: String!) {\n    rejectUnitRegistration(id: $id, version: $version, reason: $reason) {\n      status\n      rejectReason\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnitRegistrations($id: ID!) {\n    organisation(id: $id) {\n      unitRegistrations {\n        id\n        status\n        unit {\n          id\n        }\n        host {\n          id\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query UnitRegistrations($id: ID!) {\n    organisation(id: $id) {\n      unitRegistrations {\n        id\n        status\n        unit {\n          id\n        }\n        host {\n          id\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReportServiceRecord($records: [ServiceRecordInput!]!) {\n    recordServices(records: $records) {\n      recorded\n      errors {\n        index\n        reason\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ReportServiceRecord($records: [ServiceRecordInput!]!) {\n    recordServices(records: $records) {\n      recorded\n      errors {\n        index\n        reason\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReportServicePostWish($input: PostWishInput!) {\n    postWish(input: $input) {\n      id\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation ReportServicePostWish($input: PostWishInput!) {\n    postWish(input: $input) {\n      id\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReportServiceDispatch($id: ID!, $version: Int!, $to: ID!) {\n    dispatchWish(id: $id, version: $version, assigneeKind: MEMBER, assigneeId: $to) {\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation ReportServiceDispatch($id: ID!, $version: Int!, $to: ID!) {\n    dispatchWish(id: $id, version: $version, assigneeKind: MEMBER, assigneeId: $to) {\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReportServiceAccept($id: ID!, $version: Int!) {\n    acceptWish(id: $id, version: $version) {\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation ReportServiceAccept($id: ID!, $version: Int!) {\n    acceptWish(id: $id, version: $version) {\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReportServiceComplete($id: ID!, $version: Int!) {\n    completeWish(id: $id, version: $version, outcome: \"已办结\") {\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation ReportServiceComplete($id: ID!, $version: Int!) {\n    completeWish(id: $id, version: $version, outcome: \"已办结\") {\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReportServiceRate($id: ID!, $version: Int!, $rating: Int!) {\n    rateWish(id: $id, version: $version, rating: $rating) {\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation ReportServiceRate($id: ID!, $version: Int!, $rating: Int!) {\n    rateWish(id: $id, version: $version, rating: $rating) {\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReportServiceMemberPoints($id: ID!) {\n    member(id: $id) {\n      points\n    }\n  }\n"): (typeof documents)["\n  query ReportServiceMemberPoints($id: ID!) {\n    member(id: $id) {\n      points\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReportServiceFigures($unitId: ID!, $year: Int!) {\n    registrationReport(unitId: $unitId, year: $year) {\n      serviceHours\n      wishesDone\n      averageRating\n      points\n      members {\n        member {\n          id\n        }\n        serviceHours\n        serviceRecords\n        wishesDone\n        averageRating\n        points\n      }\n    }\n  }\n"): (typeof documents)["\n  query ReportServiceFigures($unitId: ID!, $year: Int!) {\n    registrationReport(unitId: $unitId, year: $year) {\n      serviceHours\n      wishesDone\n      averageRating\n      points\n      members {\n        member {\n          id\n        }\n        serviceHours\n        serviceRecords\n        wishesDone\n        averageRating\n        points\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportRoster($unitId: ID!, $csv: String!) {\n    importRoster(unitId: $unitId, csv: $csv) {\n      imported\n      problems {\n        line\n        column\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ImportRoster($unitId: ID!, $csv: String!) {\n    importRoster(unitId: $unitId, csv: $csv) {\n      imported\n      problems {\n        line\n        column\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RegistrationReport($unitId: ID!, $year: Int!) {\n    registrationReport(unitId: $unitId, year: $year) {\n      year\n      asOf\n      unit {\n        id\n      }\n      rosterSize\n      confirmedCount\n      pendingCount\n      onLeaveCount\n      missingCount\n      members {\n        standing\n        onRoster\n        onLeaveUntil\n        member {\n          id\n        }\n        community {\n          id\n        }\n      }\n      missingRegistrations {\n        name\n        identityNumber\n        rosterLine\n        member {\n          id\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query RegistrationReport($unitId: ID!, $year: Int!) {\n    registrationReport(unitId: $unitId, year: $year) {\n      year\n      asOf\n      unit {\n        id\n      }\n      rosterSize\n      confirmedCount\n      pendingCount\n      onLeaveCount\n      missingCount\n      members {\n        standing\n        onRoster\n        onLeaveUntil\n        member {\n          id\n        }\n        community {\n          id\n        }\n      }\n      missingRegistrations {\n        name\n        identityNumber\n        rosterLine\n        member {\n          id\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReportLeave($input: RequestLeaveInput!) {\n    requestLeave(input: $input) {\n      id\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation ReportLeave($input: RequestLeaveInput!) {\n    requestLeave(input: $input) {\n      id\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReportApproveLeave($id: ID!, $version: Int!) {\n    approveLeave(id: $id, version: $version) {\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation ReportApproveLeave($id: ID!, $version: Int!) {\n    approveLeave(id: $id, version: $version) {\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StreetRegisteredMembers($id: ID!) {\n    organisation(id: $id) {\n      name\n      registeredMembers(first: 5) {\n        totalCount\n      }\n      children(first: 50) {\n        totalCount\n        edges {\n          node {\n            name\n            registeredMembers(first: 2) {\n              totalCount\n              edges {\n                node {\n                  name\n                  residentialCommunity {\n                    id\n                  }\n                }\n              }\n              pageInfo {\n                hasNextPage\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query StreetRegisteredMembers($id: ID!) {\n    organisation(id: $id) {\n      name\n      registeredMembers(first: 5) {\n        totalCount\n      }\n      children(first: 50) {\n        totalCount\n        edges {\n          node {\n            name\n            registeredMembers(first: 2) {\n              totalCount\n              edges {\n                node {\n                  name\n                  residentialCommunity {\n                    id\n                  }\n                }\n              }\n              pageInfo {\n                hasNextPage\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n"];
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
export function graphql(source: "\n  mutation EnterMember($input: EnterPartyMemberInput!) {\n    enterPartyMember(input: $input) {\n      id\n      version\n      name\n      phone\n      identityNumber\n      homeAddress\n      employer {\n        id\n      }\n      residentialCommunity {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation EnterMember($input: EnterPartyMemberInput!) {\n    enterPartyMember(input: $input) {\n      id\n      version\n      name\n      phone\n      identityNumber\n      homeAddress\n      employer {\n        id\n      }\n      residentialCommunity {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReportToCommunity($input: ReportToCommunityInput!) {\n    reportToCommunity(input: $input) {\n      id\n      version\n      status\n      interests\n      community {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ReportToCommunity($input: ReportToCommunityInput!) {\n    reportToCommunity(input: $input) {\n      id\n      version\n      status\n      interests\n      community {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConfirmRegistration($input: ConfirmRegistrationInput!) {\n    confirmRegistration(input: $input) {\n      id\n      version\n      status\n      decidedAt\n      placement {\n        id\n      }\n      volunteerTeams {\n        name\n        interest\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ConfirmRegistration($input: ConfirmRegistrationInput!) {\n    confirmRegistration(input: $input) {\n      id\n      version\n      status\n      decidedAt\n      placement {\n        id\n      }\n      volunteerTeams {\n        name\n        interest\n      }\n    }\n  }\n"];
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