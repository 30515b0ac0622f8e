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
    "\n  mutation FuzzLeaveToDecide($input: RequestLeaveInput!) {\n    requestLeave(input: $input) {\n      id\n      version\n    }\n  }\n": typeof types.FuzzLeaveToDecideDocument,
    "\n  query FuzzTeams($c: ID!) {\n    volunteerTeams(communityId: $c) {\n      id\n    }\n  }\n": typeof types.FuzzTeamsDocument,
    "\n  mutation FuzzEnterMember($input: EnterPartyMemberInput!) {\n    enterPartyMember(input: $input) {\n      id\n    }\n  }\n": typeof types.FuzzEnterMemberDocument,
    "\n  mutation FuzzUpdateMember($input: UpdatePartyMemberInput!) {\n    updatePartyMember(input: $input) {\n      id\n    }\n  }\n": typeof types.FuzzUpdateMemberDocument,
    "\n  mutation FuzzReportToCommunity($input: ReportToCommunityInput!) {\n    reportToCommunity(input: $input) {\n      id\n    }\n  }\n": typeof types.FuzzReportToCommunityDocument,
    "\n  mutation FuzzConfirmRegistration($input: ConfirmRegistrationInput!) {\n    confirmRegistration(input: $input) {\n      id\n    }\n  }\n": typeof types.FuzzConfirmRegistrationDocument,
    "\n  mutation FuzzRejectRegistration($id: ID!, $version: Int!, $reason: String!) {\n    rejectRegistration(id: $id, version: $version, reason: $reason) {\n      id\n    }\n  }\n": typeof types.FuzzRejectRegistrationDocument,
    "\n  mutation FuzzRequestLeave($input: RequestLeaveInput!) {\n    requestLeave(input: $input) {\n      id\n    }\n  }\n": typeof types.FuzzRequestLeaveDocument,
    "\n  mutation FuzzApproveLeave($id: ID!, $version: Int!, $reason: String) {\n    approveLeave(id: $id, version: $version, reason: $reason) {\n      id\n    }\n  }\n": typeof types.FuzzApproveLeaveDocument,
    "\n  mutation FuzzRegisterUnit($input: RegisterUnitInput!) {\n    registerUnit(input: $input) {\n      id\n    }\n  }\n": typeof types.FuzzRegisterUnitDocument,
    "\n  mutation FuzzCreateTeam($input: CreateVolunteerTeamInput!) {\n    createVolunteerTeam(input: $input) {\n      id\n    }\n  }\n": typeof types.FuzzCreateTeamDocument,
    "\n  mutation FuzzImportRoster($unitId: ID!, $csv: String!) {\n    importRoster(unitId: $unitId, csv: $csv) {\n      imported\n    }\n  }\n": typeof types.FuzzImportRosterDocument,
    "\n  query FuzzRegistrationReport($unitId: ID!, $year: Int!) {\n    registrationReport(unitId: $unitId, year: $year) {\n      rosterSize\n    }\n  }\n": typeof types.FuzzRegistrationReportDocument,
    "\n  query FuzzRegisteredMembers($id: ID!, $first: Int, $after: String) {\n    organisation(id: $id) {\n      registeredMembers(first: $first, after: $after) {\n        totalCount\n      }\n    }\n  }\n": typeof types.FuzzRegisteredMembersDocument,
    "\n  query FuzzMembers($filter: PartyMemberFilter, $first: Int, $after: String) {\n    members(filter: $filter, first: $first, after: $after) {\n      totalCount\n    }\n  }\n": typeof types.FuzzMembersDocument,
    "\n  query FuzzMemberRegistrations($filter: RegistrationFilter!, $first: Int, $after: String) {\n    memberRegistrations(filter: $filter, first: $first, after: $after) {\n      totalCount\n    }\n  }\n": typeof types.FuzzMemberRegistrationsDocument,
    "\n  query FuzzLeaveRequests($filter: LeaveFilter!, $first: Int, $after: String) {\n    leaveRequests(filter: $filter, first: $first, after: $after) {\n      totalCount\n    }\n  }\n": typeof types.FuzzLeaveRequestsDocument,
    "\n  query Member($id: ID!) {\n    member(id: $id) {\n      id\n      name\n      phone\n      identityNumber\n      homeAddress\n      employer {\n        id\n      }\n      residentialCommunity {\n        id\n        name\n      }\n      registration {\n        status\n        community {\n          id\n        }\n      }\n    }\n  }\n": typeof types.MemberDocument,
    "\n  query Members($filter: PartyMemberFilter, $first: Int, $after: String) {\n    members(filter: $filter, first: $first, after: $after) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          residentialCommunity {\n            id\n          }\n          employer {\n            id\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.MembersDocument,
    "\n  mutation UpdateMember($input: UpdatePartyMemberInput!) {\n    updatePartyMember(input: $input) {\n      version\n      phone\n      homeAddress\n    }\n  }\n": typeof types.UpdateMemberDocument,
    "\n  query PointsRules {\n    pointsRules {\n      code\n      version\n      category\n      subcategory\n      basis\n      points\n      current\n    }\n  }\n": typeof types.PointsRulesDocument,
    "\n  mutation ChangePointsRule($code: String!, $points: Int!) {\n    changePointsRule(code: $code, points: $points) {\n      code\n      version\n      points\n      current\n    }\n  }\n": typeof types.ChangePointsRuleDocument,
    "\n  mutation AdjustPoints($member: ID!, $rule: String!, $reason: String!) {\n    adjustPoints(memberId: $member, ruleCode: $rule, reason: $reason) {\n      points\n      ruleCode\n      ruleVersion\n      sourceKind\n      reason\n    }\n  }\n": typeof types.AdjustPointsDocument,
    "\n  mutation RecordServiceForPoints($records: [ServiceRecordInput!]!) {\n    recordServices(records: $records) {\n      recorded\n      errors {\n        index\n        reason\n      }\n    }\n  }\n": typeof types.RecordServiceForPointsDocument,
    "\n  query MemberPoints($id: ID!) {\n    member(id: $id) {\n      points\n      pointsLedger(first: 50) {\n        points\n        ruleCode\n        ruleVersion\n        sourceKind\n      }\n    }\n  }\n": typeof types.MemberPointsDocument,
    "\n  query PointsRanking($scope: ID!, $year: Int!, $by: PointsRankingBy!, $first: Int) {\n    pointsRanking(scopeId: $scope, year: $year, by: $by, first: $first) {\n      rank\n      id\n      name\n      points\n      unit {\n        id\n        name\n      }\n    }\n  }\n": typeof types.PointsRankingDocument,
    "\n  mutation OpenPointsServicePost($input: OpenServicePostInput!) {\n    openServicePost(input: $input) {\n      id\n    }\n  }\n": typeof types.OpenPointsServicePostDocument,
    "\n  mutation ClaimPointsServicePost($id: ID!) {\n    claimServicePost(id: $id) {\n      claimedAt\n    }\n  }\n": typeof types.ClaimPointsServicePostDocument,
    "\n  mutation AwardPostMonths($c: ID!, $m: String!) {\n    awardPostMonths(communityId: $c, month: $m)\n  }\n": typeof types.AwardPostMonthsDocument,
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
    "\n  mutation OpenServicePost($input: OpenServicePostInput!) {\n    openServicePost(input: $input) {\n      id\n      version\n      category\n      title\n      capacity\n      claimedCount\n      placesLeft\n      closedAt\n    }\n  }\n": typeof types.OpenServicePostDocument,
    "\n  mutation ClaimServicePost($id: ID!) {\n    claimServicePost(id: $id) {\n      claimedAt\n      releasedAt\n      post {\n        id\n        claimedCount\n        placesLeft\n      }\n    }\n  }\n": typeof types.ClaimServicePostDocument,
    "\n  mutation ReleaseServicePost($id: ID!) {\n    releaseServicePost(id: $id) {\n      id\n      claimedCount\n    }\n  }\n": typeof types.ReleaseServicePostDocument,
    "\n  mutation CloseServicePost($id: ID!, $version: Int!) {\n    closeServicePost(id: $id, version: $version) {\n      id\n      closedAt\n      placesLeft\n    }\n  }\n": typeof types.CloseServicePostDocument,
    "\n  query ServicePostsOf($id: ID!) {\n    servicePosts(communityId: $id) {\n      id\n      title\n      capacity\n      claimedCount\n      placesLeft\n      community {\n        id\n      }\n    }\n  }\n": typeof types.ServicePostsOfDocument,
    "\n  mutation OpenRecordedServicePost($input: OpenServicePostInput!) {\n    openServicePost(input: $input) {\n      id\n    }\n  }\n": typeof types.OpenRecordedServicePostDocument,
    "\n  mutation RecordServiceBatch($records: [ServiceRecordInput!]!) {\n    recordServices(records: $records) {\n      recorded\n      errors {\n        index\n        field\n        reason\n        message\n      }\n    }\n  }\n": typeof types.RecordServiceBatchDocument,
    "\n  query MemberServiceRecords($id: ID!) {\n    member(id: $id) {\n      serviceRecords(first: 100) {\n        kind\n        activity\n        hours\n        serviceDay\n        method\n        community {\n          id\n        }\n      }\n      points\n    }\n  }\n": typeof types.MemberServiceRecordsDocument,
    "\n  mutation OpenServiceCheckIn($input: OpenServiceCheckInInput!) {\n    openServiceCheckIn(input: $input) {\n      code\n      expiresAt\n      session {\n        id\n        kind\n        activity\n      }\n    }\n  }\n": typeof types.OpenServiceCheckInDocument,
    "\n  mutation CheckInToService($id: ID!, $code: String!) {\n    checkInToService(sessionId: $id, code: $code) {\n      id\n    }\n  }\n": typeof types.CheckInToServiceDocument,
    "\n  mutation CheckOutOfService($id: ID!) {\n    checkOutOfService(sessionId: $id) {\n      kind\n      activity\n      hours\n      method\n      serviceDay\n    }\n  }\n": typeof types.CheckOutOfServiceDocument,
    "\n  query StreetRegisteredMembers($id: ID!) {\n    organisation(id: $id) {\n      name\n      registeredMembers(first: 5) {\n        totalCount\n      }\n      children(first: 50) {\n        totalCount\n        edges {\n          node {\n            name\n            registeredMembers(first: 2) {\n              totalCount\n              edges {\n                node {\n                  name\n                  residentialCommunity {\n                    id\n                  }\n                }\n              }\n              pageInfo {\n                hasNextPage\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.StreetRegisteredMembersDocument,
    "\n  query StreetCheckInSummaries($id: ID!, $year: Int!) {\n    organisation(id: $id) {\n      name\n      checkInSummary(year: $year) {\n        registeredMembers\n        registeredUnits\n        serviceHours\n        serviceRecords\n        wishesPosted\n        wishesDone\n        averageRating\n      }\n      children(first: 50) {\n        totalCount\n        edges {\n          node {\n            name\n            checkInSummary(year: $year) {\n              registeredMembers\n              registeredUnits\n              serviceHours\n              serviceRecords\n              wishesPosted\n              wishesDone\n              averageRating\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.StreetCheckInSummariesDocument,
    "\n  query CheckInSummaryOf($id: ID!, $year: Int!) {\n    organisation(id: $id) {\n      checkInSummary(year: $year) {\n        serviceRecords\n        registeredMembers\n      }\n    }\n  }\n": typeof types.CheckInSummaryOfDocument,
    "\n  mutation RecordSummaryService($r: [ServiceRecordInput!]!) {\n    recordServices(records: $r) {\n      recorded\n    }\n  }\n": typeof types.RecordSummaryServiceDocument,
    "\n  mutation PostSummaryWish($input: PostWishInput!) {\n    postWish(input: $input) {\n      id\n      version\n    }\n  }\n": typeof types.PostSummaryWishDocument,
    "\n  mutation AcceptSummaryWish($id: ID!, $v: Int!) {\n    acceptWish(id: $id, version: $v) {\n      version\n    }\n  }\n": typeof types.AcceptSummaryWishDocument,
    "\n  mutation CompleteSummaryWish($id: ID!, $v: Int!) {\n    completeWish(id: $id, version: $v, outcome: \"已修好\") {\n      version\n    }\n  }\n": typeof types.CompleteSummaryWishDocument,
    "\n  mutation RateSummaryWish($id: ID!, $v: Int!, $r: Int!) {\n    rateWish(id: $id, version: $v, rating: $r) {\n      id\n    }\n  }\n": typeof types.RateSummaryWishDocument,
    "\n  fragment ServiceWishFields on Wish {\n    id\n    version\n    status\n    stepDueOn\n    dueOn\n    overdue\n    residentName\n    residentContact\n    assigneeKind\n    assigneeId\n    outcome\n    rating\n    ratingComment\n    withdrawReason\n  }\n": typeof types.ServiceWishFieldsFragmentDoc,
    "\n  mutation PostServiceWish($input: PostWishInput!) {\n    postWish(input: $input) {\n      ...ServiceWishFields\n    }\n  }\n": typeof types.PostServiceWishDocument,
    "\n  mutation DispatchServiceWish($id: ID!, $version: Int!, $kind: WishAssigneeKind!, $to: ID!) {\n    dispatchWish(id: $id, version: $version, assigneeKind: $kind, assigneeId: $to) {\n      ...ServiceWishFields\n    }\n  }\n": typeof types.DispatchServiceWishDocument,
    "\n  mutation AcceptServiceWish($id: ID!, $version: Int!) {\n    acceptWish(id: $id, version: $version) {\n      ...ServiceWishFields\n    }\n  }\n": typeof types.AcceptServiceWishDocument,
    "\n  mutation CompleteServiceWish($id: ID!, $version: Int!, $outcome: String!) {\n    completeWish(id: $id, version: $version, outcome: $outcome) {\n      ...ServiceWishFields\n    }\n  }\n": typeof types.CompleteServiceWishDocument,
    "\n  mutation RateServiceWish($id: ID!, $version: Int!, $rating: Int!, $comment: String) {\n    rateWish(id: $id, version: $version, rating: $rating, comment: $comment) {\n      ...ServiceWishFields\n    }\n  }\n": typeof types.RateServiceWishDocument,
    "\n  mutation WithdrawServiceWish($id: ID!, $version: Int!, $reason: String!) {\n    withdrawWish(id: $id, version: $version, reason: $reason) {\n      ...ServiceWishFields\n    }\n  }\n": typeof types.WithdrawServiceWishDocument,
    "\n  query ServiceWish($id: ID!) {\n    wish(id: $id) {\n      ...ServiceWishFields\n    }\n  }\n": typeof types.ServiceWishDocument,
    "\n  query ServiceWishes($filter: WishFilter!, $first: Int, $after: String) {\n    wishes(filter: $filter, first: $first, after: $after) {\n      totalCount\n      edges {\n        node {\n          id\n          status\n          overdue\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.ServiceWishesDocument,
    "\n  query ServiceWishPoints($id: ID!) {\n    member(id: $id) {\n      points\n      pointsLedger {\n        points\n        ruleCode\n        ruleVersion\n        sourceKind\n      }\n    }\n  }\n": typeof types.ServiceWishPointsDocument,
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
    "\n  query Report($scopeId: ID, $from: LocalDate!, $to: LocalDate!, $groupBy: ReportGrouping!) {\n    jointMeetingReport(scopeId: $scopeId, from: $from, to: $to, groupBy: $groupBy) {\n      scopeId\n      scopeName\n      from\n      to\n      asOf\n      groupBy\n      rows {\n        key\n        label\n        periodStart\n        organisation {\n          id\n          name\n        }\n        meetingsHeld\n        meetingsCancelled\n        invitations\n        attendances\n        attendanceRate\n        meetingsWithQuorum\n        quorumRate\n        agendaItems\n        agendaItemsByCategory {\n          category\n          count\n        }\n        resolutions\n        actionItems\n        actionItemsDone\n        actionItemsDoneOnTime\n        actionItemsOverdue\n        actionItemsDropped\n        medianDaysToClose\n      }\n      totals {\n        meetingsHeld\n        meetingsCancelled\n        invitations\n        attendances\n        attendanceRate\n        meetingsWithQuorum\n        quorumRate\n        agendaItems\n        agendaItemsByCategory {\n          category\n          count\n        }\n        resolutions\n        actionItems\n        actionItemsDone\n        actionItemsDoneOnTime\n        actionItemsOverdue\n        actionItemsDropped\n        medianDaysToClose\n      }\n    }\n  }\n": typeof types.ReportDocument,
    "\n  query AttendanceByUnit($scopeId: ID, $from: LocalDate!, $to: LocalDate!) {\n    attendanceByUnit(scopeId: $scopeId, from: $from, to: $to) {\n      scopeId\n      units {\n        unitId\n        unitName\n        unit {\n          id\n        }\n        invited\n        attended\n        attendanceRate\n        currentConsecutiveAbsences\n        longestConsecutiveAbsences\n      }\n    }\n  }\n": typeof types.AttendanceByUnitDocument,
    "\n  query ActionItemAging($scopeId: ID, $asOf: LocalDate) {\n    actionItemAging(scopeId: $scopeId, asOf: $asOf) {\n      scopeId\n      asOf\n      open\n      overdue\n      buckets {\n        bucket\n        open\n        overdue\n      }\n      owners {\n        ownerId\n        ownerName\n        open\n        overdue\n        buckets {\n          bucket\n          open\n          overdue\n        }\n      }\n    }\n  }\n": typeof types.ActionItemAgingDocument,
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
    "\n  mutation FuzzLeaveToDecide($input: RequestLeaveInput!) {\n    requestLeave(input: $input) {\n      id\n      version\n    }\n  }\n": types.FuzzLeaveToDecideDocument,
    "\n  query FuzzTeams($c: ID!) {\n    volunteerTeams(communityId: $c) {\n      id\n    }\n  }\n": types.FuzzTeamsDocument,
    "\n  mutation FuzzEnterMember($input: EnterPartyMemberInput!) {\n    enterPartyMember(input: $input) {\n      id\n    }\n  }\n": types.FuzzEnterMemberDocument,
    "\n  mutation FuzzUpdateMember($input: UpdatePartyMemberInput!) {\n    updatePartyMember(input: $input) {\n      id\n    }\n  }\n": types.FuzzUpdateMemberDocument,
    "\n  mutation FuzzReportToCommunity($input: ReportToCommunityInput!) {\n    reportToCommunity(input: $input) {\n      id\n    }\n  }\n": types.FuzzReportToCommunityDocument,
    "\n  mutation FuzzConfirmRegistration($input: ConfirmRegistrationInput!) {\n    confirmRegistration(input: $input) {\n      id\n    }\n  }\n": types.FuzzConfirmRegistrationDocument,
    "\n  mutation FuzzRejectRegistration($id: ID!, $version: Int!, $reason: String!) {\n    rejectRegistration(id: $id, version: $version, reason: $reason) {\n      id\n    }\n  }\n": types.FuzzRejectRegistrationDocument,
    "\n  mutation FuzzRequestLeave($input: RequestLeaveInput!) {\n    requestLeave(input: $input) {\n      id\n    }\n  }\n": types.FuzzRequestLeaveDocument,
    "\n  mutation FuzzApproveLeave($id: ID!, $version: Int!, $reason: String) {\n    approveLeave(id: $id, version: $version, reason: $reason) {\n      id\n    }\n  }\n": types.FuzzApproveLeaveDocument,
    "\n  mutation FuzzRegisterUnit($input: RegisterUnitInput!) {\n    registerUnit(input: $input) {\n      id\n    }\n  }\n": types.FuzzRegisterUnitDocument,
    "\n  mutation FuzzCreateTeam($input: CreateVolunteerTeamInput!) {\n    createVolunteerTeam(input: $input) {\n      id\n    }\n  }\n": types.FuzzCreateTeamDocument,
    "\n  mutation FuzzImportRoster($unitId: ID!, $csv: String!) {\n    importRoster(unitId: $unitId, csv: $csv) {\n      imported\n    }\n  }\n": types.FuzzImportRosterDocument,
    "\n  query FuzzRegistrationReport($unitId: ID!, $year: Int!) {\n    registrationReport(unitId: $unitId, year: $year) {\n      rosterSize\n    }\n  }\n": types.FuzzRegistrationReportDocument,
    "\n  query FuzzRegisteredMembers($id: ID!, $first: Int, $after: String) {\n    organisation(id: $id) {\n      registeredMembers(first: $first, after: $after) {\n        totalCount\n      }\n    }\n  }\n": types.FuzzRegisteredMembersDocument,
    "\n  query FuzzMembers($filter: PartyMemberFilter, $first: Int, $after: String) {\n    members(filter: $filter, first: $first, after: $after) {\n      totalCount\n    }\n  }\n": types.FuzzMembersDocument,
    "\n  query FuzzMemberRegistrations($filter: RegistrationFilter!, $first: Int, $after: String) {\n    memberRegistrations(filter: $filter, first: $first, after: $after) {\n      totalCount\n    }\n  }\n": types.FuzzMemberRegistrationsDocument,
    "\n  query FuzzLeaveRequests($filter: LeaveFilter!, $first: Int, $after: String) {\n    leaveRequests(filter: $filter, first: $first, after: $after) {\n      totalCount\n    }\n  }\n": types.FuzzLeaveRequestsDocument,
    "\n  query Member($id: ID!) {\n    member(id: $id) {\n      id\n      name\n      phone\n      identityNumber\n      homeAddress\n      employer {\n        id\n      }\n      residentialCommunity {\n        id\n        name\n      }\n      registration {\n        status\n        community {\n          id\n        }\n      }\n    }\n  }\n": types.MemberDocument,
    "\n  query Members($filter: PartyMemberFilter, $first: Int, $after: String) {\n    members(filter: $filter, first: $first, after: $after) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          residentialCommunity {\n            id\n          }\n          employer {\n            id\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.MembersDocument,
    "\n  mutation UpdateMember($input: UpdatePartyMemberInput!) {\n    updatePartyMember(input: $input) {\n      version\n      phone\n      homeAddress\n    }\n  }\n": types.UpdateMemberDocument,
    "\n  query PointsRules {\n    pointsRules {\n      code\n      version\n      category\n      subcategory\n      basis\n      points\n      current\n    }\n  }\n": types.PointsRulesDocument,
    "\n  mutation ChangePointsRule($code: String!, $points: Int!) {\n    changePointsRule(code: $code, points: $points) {\n      code\n      version\n      points\n      current\n    }\n  }\n": types.ChangePointsRuleDocument,
    "\n  mutation AdjustPoints($member: ID!, $rule: String!, $reason: String!) {\n    adjustPoints(memberId: $member, ruleCode: $rule, reason: $reason) {\n      points\n      ruleCode\n      ruleVersion\n      sourceKind\n      reason\n    }\n  }\n": types.AdjustPointsDocument,
    "\n  mutation RecordServiceForPoints($records: [ServiceRecordInput!]!) {\n    recordServices(records: $records) {\n      recorded\n      errors {\n        index\n        reason\n      }\n    }\n  }\n": types.RecordServiceForPointsDocument,
    "\n  query MemberPoints($id: ID!) {\n    member(id: $id) {\n      points\n      pointsLedger(first: 50) {\n        points\n        ruleCode\n        ruleVersion\n        sourceKind\n      }\n    }\n  }\n": types.MemberPointsDocument,
    "\n  query PointsRanking($scope: ID!, $year: Int!, $by: PointsRankingBy!, $first: Int) {\n    pointsRanking(scopeId: $scope, year: $year, by: $by, first: $first) {\n      rank\n      id\n      name\n      points\n      unit {\n        id\n        name\n      }\n    }\n  }\n": types.PointsRankingDocument,
    "\n  mutation OpenPointsServicePost($input: OpenServicePostInput!) {\n    openServicePost(input: $input) {\n      id\n    }\n  }\n": types.OpenPointsServicePostDocument,
    "\n  mutation ClaimPointsServicePost($id: ID!) {\n    claimServicePost(id: $id) {\n      claimedAt\n    }\n  }\n": types.ClaimPointsServicePostDocument,
    "\n  mutation AwardPostMonths($c: ID!, $m: String!) {\n    awardPostMonths(communityId: $c, month: $m)\n  }\n": types.AwardPostMonthsDocument,
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
    "\n  mutation OpenServicePost($input: OpenServicePostInput!) {\n    openServicePost(input: $input) {\n      id\n      version\n      category\n      title\n      capacity\n      claimedCount\n      placesLeft\n      closedAt\n    }\n  }\n": types.OpenServicePostDocument,
    "\n  mutation ClaimServicePost($id: ID!) {\n    claimServicePost(id: $id) {\n      claimedAt\n      releasedAt\n      post {\n        id\n        claimedCount\n        placesLeft\n      }\n    }\n  }\n": types.ClaimServicePostDocument,
    "\n  mutation ReleaseServicePost($id: ID!) {\n    releaseServicePost(id: $id) {\n      id\n      claimedCount\n    }\n  }\n": types.ReleaseServicePostDocument,
    "\n  mutation CloseServicePost($id: ID!, $version: Int!) {\n    closeServicePost(id: $id, version: $version) {\n      id\n      closedAt\n      placesLeft\n    }\n  }\n": types.CloseServicePostDocument,
    "\n  query ServicePostsOf($id: ID!) {\n    servicePosts(communityId: $id) {\n      id\n      title\n      capacity\n      claimedCount\n      placesLeft\n      community {\n        id\n      }\n    }\n  }\n": types.ServicePostsOfDocument,
    "\n  mutation OpenRecordedServicePost($input: OpenServicePostInput!) {\n    openServicePost(input: $input) {\n      id\n    }\n  }\n": types.OpenRecordedServicePostDocument,
    "\n  mutation RecordServiceBatch($records: [ServiceRecordInput!]!) {\n    recordServices(records: $records) {\n      recorded\n      errors {\n        index\n        field\n        reason\n        message\n      }\n    }\n  }\n": types.RecordServiceBatchDocument,
    "\n  query MemberServiceRecords($id: ID!) {\n    member(id: $id) {\n      serviceRecords(first: 100) {\n        kind\n        activity\n        hours\n        serviceDay\n        method\n        community {\n          id\n        }\n      }\n      points\n    }\n  }\n": types.MemberServiceRecordsDocument,
    "\n  mutation OpenServiceCheckIn($input: OpenServiceCheckInInput!) {\n    openServiceCheckIn(input: $input) {\n      code\n      expiresAt\n      session {\n        id\n        kind\n        activity\n      }\n    }\n  }\n": types.OpenServiceCheckInDocument,
    "\n  mutation CheckInToService($id: ID!, $code: String!) {\n    checkInToService(sessionId: $id, code: $code) {\n      id\n    }\n  }\n": types.CheckInToServiceDocument,
    "\n  mutation CheckOutOfService($id: ID!) {\n    checkOutOfService(sessionId: $id) {\n      kind\n      activity\n      hours\n      method\n      serviceDay\n    }\n  }\n": types.CheckOutOfServiceDocument,
    "\n  query StreetRegisteredMembers($id: ID!) {\n    organisation(id: $id) {\n      name\n      registeredMembers(first: 5) {\n        totalCount\n      }\n      children(first: 50) {\n        totalCount\n        edges {\n          node {\n            name\n            registeredMembers(first: 2) {\n              totalCount\n              edges {\n                node {\n                  name\n                  residentialCommunity {\n                    id\n                  }\n                }\n              }\n              pageInfo {\n                hasNextPage\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": types.StreetRegisteredMembersDocument,
    "\n  query StreetCheckInSummaries($id: ID!, $year: Int!) {\n    organisation(id: $id) {\n      name\n      checkInSummary(year: $year) {\n        registeredMembers\n        registeredUnits\n        serviceHours\n        serviceRecords\n        wishesPosted\n        wishesDone\n        averageRating\n      }\n      children(first: 50) {\n        totalCount\n        edges {\n          node {\n            name\n            checkInSummary(year: $year) {\n              registeredMembers\n              registeredUnits\n              serviceHours\n              serviceRecords\n              wishesPosted\n              wishesDone\n              averageRating\n            }\n          }\n        }\n      }\n    }\n  }\n": types.StreetCheckInSummariesDocument,
    "\n  query CheckInSummaryOf($id: ID!, $year: Int!) {\n    organisation(id: $id) {\n      checkInSummary(year: $year) {\n        serviceRecords\n        registeredMembers\n      }\n    }\n  }\n": types.CheckInSummaryOfDocument,
    "\n  mutation RecordSummaryService($r: [ServiceRecordInput!]!) {\n    recordServices(records: $r) {\n      recorded\n    }\n  }\n": types.RecordSummaryServiceDocument,
    "\n  mutation PostSummaryWish($input: PostWishInput!) {\n    postWish(input: $input) {\n      id\n      version\n    }\n  }\n": types.PostSummaryWishDocument,
    "\n  mutation AcceptSummaryWish($id: ID!, $v: Int!) {\n    acceptWish(id: $id, version: $v) {\n      version\n    }\n  }\n": types.AcceptSummaryWishDocument,
    "\n  mutation CompleteSummaryWish($id: ID!, $v: Int!) {\n    completeWish(id: $id, version: $v, outcome: \"已修好\") {\n      version\n    }\n  }\n": types.CompleteSummaryWishDocument,
    "\n  mutation RateSummaryWish($id: ID!, $v: Int!, $r: Int!) {\n    rateWish(id: $id, version: $v, rating: $r) {\n      id\n    }\n  }\n": types.RateSummaryWishDocument,
    "\n  fragment ServiceWishFields on Wish {\n    id\n    version\n    status\n    stepDueOn\n    dueOn\n    overdue\n    residentName\n    residentContact\n    assigneeKind\n    assigneeId\n    outcome\n    rating\n    ratingComment\n    withdrawReason\n  }\n": types.ServiceWishFieldsFragmentDoc,
    "\n  mutation PostServiceWish($input: PostWishInput!) {\n    postWish(input: $input) {\n      ...ServiceWishFields\n    }\n  }\n": types.PostServiceWishDocument,
    "\n  mutation DispatchServiceWish($id: ID!, $version: Int!, $kind: WishAssigneeKind!, $to: ID!) {\n    dispatchWish(id: $id, version: $version, assigneeKind: $kind, assigneeId: $to) {\n      ...ServiceWishFields\n    }\n  }\n": types.DispatchServiceWishDocument,
    "\n  mutation AcceptServiceWish($id: ID!, $version: Int!) {\n    acceptWish(id: $id, version: $version) {\n      ...ServiceWishFields\n    }\n  }\n": types.AcceptServiceWishDocument,
    "\n  mutation CompleteServiceWish($id: ID!, $version: Int!, $outcome: String!) {\n    completeWish(id: $id, version: $version, outcome: $outcome) {\n      ...ServiceWishFields\n    }\n  }\n": types.CompleteServiceWishDocument,
    "\n  mutation RateServiceWish($id: ID!, $version: Int!, $rating: Int!, $comment: String) {\n    rateWish(id: $id, version: $version, rating: $rating, comment: $comment) {\n      ...ServiceWishFields\n    }\n  }\n": types.RateServiceWishDocument,
    "\n  mutation WithdrawServiceWish($id: ID!, $version: Int!, $reason: String!) {\n    withdrawWish(id: $id, version: $version, reason: $reason) {\n      ...ServiceWishFields\n    }\n  }\n": types.WithdrawServiceWishDocument,
    "\n  query ServiceWish($id: ID!) {\n    wish(id: $id) {\n      ...ServiceWishFields\n    }\n  }\n": types.ServiceWishDocument,
    "\n  query ServiceWishes($filter: WishFilter!, $first: Int, $after: String) {\n    wishes(filter: $filter, first: $first, after: $after) {\n      totalCount\n      edges {\n        node {\n          id\n          status\n          overdue\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.ServiceWishesDocument,
    "\n  query ServiceWishPoints($id: ID!) {\n    member(id: $id) {\n      points\n      pointsLedger {\n        points\n        ruleCode\n        ruleVersion\n        sourceKind\n      }\n    }\n  }\n": types.ServiceWishPointsDocument,
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
    "\n  query Report($scopeId: ID, $from: LocalDate!, $to: LocalDate!, $groupBy: ReportGrouping!) {\n    jointMeetingReport(scopeId: $scopeId, from: $from, to: $to, groupBy: $groupBy) {\n      scopeId\n      scopeName\n      from\n      to\n      asOf\n      groupBy\n      rows {\n        key\n        label\n        periodStart\n        organisation {\n          id\n          name\n        }\n        meetingsHeld\n        meetingsCancelled\n        invitations\n        attendances\n        attendanceRate\n        meetingsWithQuorum\n        quorumRate\n        agendaItems\n        agendaItemsByCategory {\n          category\n          count\n        }\n        resolutions\n        actionItems\n        actionItemsDone\n        actionItemsDoneOnTime\n        actionItemsOverdue\n        actionItemsDropped\n        medianDaysToClose\n      }\n      totals {\n        meetingsHeld\n        meetingsCancelled\n        invitations\n        attendances\n        attendanceRate\n        meetingsWithQuorum\n        quorumRate\n        agendaItems\n        agendaItemsByCategory {\n          category\n          count\n        }\n        resolutions\n        actionItems\n        actionItemsDone\n        actionItemsDoneOnTime\n        actionItemsOverdue\n        actionItemsDropped\n        medianDaysToClose\n      }\n    }\n  }\n": types.ReportDocument,
    "\n  query AttendanceByUnit($scopeId: ID, $from: LocalDate!, $to: LocalDate!) {\n    attendanceByUnit(scopeId: $scopeId, from: $from, to: $to) {\n      scopeId\n      units {\n        unitId\n        unitName\n        unit {\n          id\n        }\n        invited\n        attended\n        attendanceRate\n        currentConsecutiveAbsences\n        longestConsecutiveAbsences\n      }\n    }\n  }\n": types.AttendanceByUnitDocument,
    "\n  query ActionItemAging($scopeId: ID, $asOf: LocalDate) {\n    actionItemAging(scopeId: $scopeId, asOf: $asOf) {\n      scopeId\n      asOf\n      open\n      overdue\n      buckets {\n        bucket\n        open\n        overdue\n      }\n      owners {\n        ownerId\n        ownerName\n        open\n        overdue\n        buckets {\n          bucket\n          open\n          overdue\n        }\n      }\n    }\n  }\n": types.ActionItemAgingDocument,
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
export function graphql(source: "\n  mutation FuzzLeaveToDecide($input: RequestLeaveInput!) {\n    requestLeave(input: $input) {\n      id\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation FuzzLeaveToDecide($input: RequestLeaveInput!) {\n    requestLeave(input: $input) {\n      id\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FuzzTeams($c: ID!) {\n    volunteerTeams(communityId: $c) {\n      id\n    }\n  }\n"): (typeof documents)["\n  query FuzzTeams($c: ID!) {\n    volunteerTeams(communityId: $c) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FuzzEnterMember($input: EnterPartyMemberInput!) {\n    enterPartyMember(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation FuzzEnterMember($input: EnterPartyMemberInput!) {\n    enterPartyMember(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FuzzUpdateMember($input: UpdatePartyMemberInput!) {\n    updatePartyMember(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation FuzzUpdateMember($input: UpdatePartyMemberInput!) {\n    updatePartyMember(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FuzzReportToCommunity($input: ReportToCommunityInput!) {\n    reportToCommunity(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation FuzzReportToCommunity($input: ReportToCommunityInput!) {\n    reportToCommunity(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FuzzConfirmRegistration($input: ConfirmRegistrationInput!) {\n    confirmRegistration(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation FuzzConfirmRegistration($input: ConfirmRegistrationInput!) {\n    confirmRegistration(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FuzzRejectRegistration($id: ID!, $version: Int!, $reason: String!) {\n    rejectRegistration(id: $id, version: $version, reason: $reason) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation FuzzRejectRegistration($id: ID!, $version: Int!, $reason: String!) {\n    rejectRegistration(id: $id, version: $version, reason: $reason) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FuzzRequestLeave($input: RequestLeaveInput!) {\n    requestLeave(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation FuzzRequestLeave($input: RequestLeaveInput!) {\n    requestLeave(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FuzzApproveLeave($id: ID!, $version: Int!, $reason: String) {\n    approveLeave(id: $id, version: $version, reason: $reason) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation FuzzApproveLeave($id: ID!, $version: Int!, $reason: String) {\n    approveLeave(id: $id, version: $version, reason: $reason) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FuzzRegisterUnit($input: RegisterUnitInput!) {\n    registerUnit(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation FuzzRegisterUnit($input: RegisterUnitInput!) {\n    registerUnit(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FuzzCreateTeam($input: CreateVolunteerTeamInput!) {\n    createVolunteerTeam(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation FuzzCreateTeam($input: CreateVolunteerTeamInput!) {\n    createVolunteerTeam(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FuzzImportRoster($unitId: ID!, $csv: String!) {\n    importRoster(unitId: $unitId, csv: $csv) {\n      imported\n    }\n  }\n"): (typeof documents)["\n  mutation FuzzImportRoster($unitId: ID!, $csv: String!) {\n    importRoster(unitId: $unitId, csv: $csv) {\n      imported\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FuzzRegistrationReport($unitId: ID!, $year: Int!) {\n    registrationReport(unitId: $unitId, year: $year) {\n      rosterSize\n    }\n  }\n"): (typeof documents)["\n  query FuzzRegistrationReport($unitId: ID!, $year: Int!) {\n    registrationReport(unitId: $unitId, year: $year) {\n      rosterSize\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FuzzRegisteredMembers($id: ID!, $first: Int, $after: String) {\n    organisation(id: $id) {\n      registeredMembers(first: $first, after: $after) {\n        totalCount\n      }\n    }\n  }\n"): (typeof documents)["\n  query FuzzRegisteredMembers($id: ID!, $first: Int, $after: String) {\n    organisation(id: $id) {\n      registeredMembers(first: $first, after: $after) {\n        totalCount\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FuzzMembers($filter: PartyMemberFilter, $first: Int, $after: String) {\n    members(filter: $filter, first: $first, after: $after) {\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query FuzzMembers($filter: PartyMemberFilter, $first: Int, $after: String) {\n    members(filter: $filter, first: $first, after: $after) {\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FuzzMemberRegistrations($filter: RegistrationFilter!, $first: Int, $after: String) {\n    memberRegistrations(filter: $filter, first: $first, after: $after) {\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query FuzzMemberRegistrations($filter: RegistrationFilter!, $first: Int, $after: String) {\n    memberRegistrations(filter: $filter, first: $first, after: $after) {\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FuzzLeaveRequests($filter: LeaveFilter!, $first: Int, $after: String) {\n    leaveRequests(filter: $filter, first: $first, after: $after) {\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query FuzzLeaveRequests($filter: LeaveFilter!, $first: Int, $after: String) {\n    leaveRequests(filter: $filter, first: $first, after: $after) {\n      totalCount\n    }\n  }\n"];
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
export function graphql(source: "\n  query PointsRules {\n    pointsRules {\n      code\n      version\n      category\n      subcategory\n      basis\n      points\n      current\n    }\n  }\n"): (typeof documents)["\n  query PointsRules {\n    pointsRules {\n      code\n      version\n      category\n      subcategory\n      basis\n      points\n      current\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangePointsRule($code: String!, $points: Int!) {\n    changePointsRule(code: $code, points: $points) {\n      code\n      version\n      points\n      current\n    }\n  }\n"): (typeof documents)["\n  mutation ChangePointsRule($code: String!, $points: Int!) {\n    changePointsRule(code: $code, points: $points) {\n      code\n      version\n      points\n      current\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdjustPoints($member: ID!, $rule: String!, $reason: String!) {\n    adjustPoints(memberId: $member, ruleCode: $rule, reason: $reason) {\n      points\n      ruleCode\n      ruleVersion\n      sourceKind\n      reason\n    }\n  }\n"): (typeof documents)["\n  mutation AdjustPoints($member: ID!, $rule: String!, $reason: String!) {\n    adjustPoints(memberId: $member, ruleCode: $rule, reason: $reason) {\n      points\n      ruleCode\n      ruleVersion\n      sourceKind\n      reason\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordServiceForPoints($records: [ServiceRecordInput!]!) {\n    recordServices(records: $records) {\n      recorded\n      errors {\n        index\n        reason\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RecordServiceForPoints($records: [ServiceRecordInput!]!) {\n    recordServices(records: $records) {\n      recorded\n      errors {\n        index\n        reason\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MemberPoints($id: ID!) {\n    member(id: $id) {\n      points\n      pointsLedger(first: 50) {\n        points\n        ruleCode\n        ruleVersion\n        sourceKind\n      }\n    }\n  }\n"): (typeof documents)["\n  query MemberPoints($id: ID!) {\n    member(id: $id) {\n      points\n      pointsLedger(first: 50) {\n        points\n        ruleCode\n        ruleVersion\n        sourceKind\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PointsRanking($scope: ID!, $year: Int!, $by: PointsRankingBy!, $first: Int) {\n    pointsRanking(scopeId: $scope, year: $year, by: $by, first: $first) {\n      rank\n      id\n      name\n      points\n      unit {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query PointsRanking($scope: ID!, $year: Int!, $by: PointsRankingBy!, $first: Int) {\n    pointsRanking(scopeId: $scope, year: $year, by: $by, first: $first) {\n      rank\n      id\n      name\n      points\n      unit {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OpenPointsServicePost($input: OpenServicePostInput!) {\n    openServicePost(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation OpenPointsServicePost($input: OpenServicePostInput!) {\n    openServicePost(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ClaimPointsServicePost($id: ID!) {\n    claimServicePost(id: $id) {\n      claimedAt\n    }\n  }\n"): (typeof documents)["\n  mutation ClaimPointsServicePost($id: ID!) {\n    claimServicePost(id: $id) {\n      claimedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AwardPostMonths($c: ID!, $m: String!) {\n    awardPostMonths(communityId: $c, month: $m)\n  }\n"): (typeof documents)["\n  mutation AwardPostMonths($c: ID!, $m: String!) {\n    awardPostMonths(communityId: $c, month: $m)\n  }\n"];
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
export function graphql(source: "\n  mutation OpenServicePost($input: OpenServicePostInput!) {\n    openServicePost(input: $input) {\n      id\n      version\n      category\n      title\n      capacity\n      claimedCount\n      placesLeft\n      closedAt\n    }\n  }\n"): (typeof documents)["\n  mutation OpenServicePost($input: OpenServicePostInput!) {\n    openServicePost(input: $input) {\n      id\n      version\n      category\n      title\n      capacity\n      claimedCount\n      placesLeft\n      closedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ClaimServicePost($id: ID!) {\n    claimServicePost(id: $id) {\n      claimedAt\n      releasedAt\n      post {\n        id\n        claimedCount\n        placesLeft\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ClaimServicePost($id: ID!) {\n    claimServicePost(id: $id) {\n      claimedAt\n      releasedAt\n      post {\n        id\n        claimedCount\n        placesLeft\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReleaseServicePost($id: ID!) {\n    releaseServicePost(id: $id) {\n      id\n      claimedCount\n    }\n  }\n"): (typeof documents)["\n  mutation ReleaseServicePost($id: ID!) {\n    releaseServicePost(id: $id) {\n      id\n      claimedCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CloseServicePost($id: ID!, $version: Int!) {\n    closeServicePost(id: $id, version: $version) {\n      id\n      closedAt\n      placesLeft\n    }\n  }\n"): (typeof documents)["\n  mutation CloseServicePost($id: ID!, $version: Int!) {\n    closeServicePost(id: $id, version: $version) {\n      id\n      closedAt\n      placesLeft\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ServicePostsOf($id: ID!) {\n    servicePosts(communityId: $id) {\n      id\n      title\n      capacity\n      claimedCount\n      placesLeft\n      community {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  query ServicePostsOf($id: ID!) {\n    servicePosts(communityId: $id) {\n      id\n      title\n      capacity\n      claimedCount\n      placesLeft\n      community {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OpenRecordedServicePost($input: OpenServicePostInput!) {\n    openServicePost(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation OpenRecordedServicePost($input: OpenServicePostInput!) {\n    openServicePost(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordServiceBatch($records: [ServiceRecordInput!]!) {\n    recordServices(records: $records) {\n      recorded\n      errors {\n        index\n        field\n        reason\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RecordServiceBatch($records: [ServiceRecordInput!]!) {\n    recordServices(records: $records) {\n      recorded\n      errors {\n        index\n        field\n        reason\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MemberServiceRecords($id: ID!) {\n    member(id: $id) {\n      serviceRecords(first: 100) {\n        kind\n        activity\n        hours\n        serviceDay\n        method\n        community {\n          id\n        }\n      }\n      points\n    }\n  }\n"): (typeof documents)["\n  query MemberServiceRecords($id: ID!) {\n    member(id: $id) {\n      serviceRecords(first: 100) {\n        kind\n        activity\n        hours\n        serviceDay\n        method\n        community {\n          id\n        }\n      }\n      points\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OpenServiceCheckIn($input: OpenServiceCheckInInput!) {\n    openServiceCheckIn(input: $input) {\n      code\n      expiresAt\n      session {\n        id\n        kind\n        activity\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation OpenServiceCheckIn($input: OpenServiceCheckInInput!) {\n    openServiceCheckIn(input: $input) {\n      code\n      expiresAt\n      session {\n        id\n        kind\n        activity\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CheckInToService($id: ID!, $code: String!) {\n    checkInToService(sessionId: $id, code: $code) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation CheckInToService($id: ID!, $code: String!) {\n    checkInToService(sessionId: $id, code: $code) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CheckOutOfService($id: ID!) {\n    checkOutOfService(sessionId: $id) {\n      kind\n      activity\n      hours\n      method\n      serviceDay\n    }\n  }\n"): (typeof documents)["\n  mutation CheckOutOfService($id: ID!) {\n    checkOutOfService(sessionId: $id) {\n      kind\n      activity\n      hours\n      method\n      serviceDay\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StreetRegisteredMembers($id: ID!) {\n    organisation(id: $id) {\n      name\n      registeredMembers(first: 5) {\n        totalCount\n      }\n      children(first: 50) {\n        totalCount\n        edges {\n          node {\n            name\n            registeredMembers(first: 2) {\n              totalCount\n              edges {\n                node {\n                  name\n                  residentialCommunity {\n                    id\n                  }\n                }\n              }\n              pageInfo {\n                hasNextPage\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query StreetRegisteredMembers($id: ID!) {\n    organisation(id: $id) {\n      name\n      registeredMembers(first: 5) {\n        totalCount\n      }\n      children(first: 50) {\n        totalCount\n        edges {\n          node {\n            name\n            registeredMembers(first: 2) {\n              totalCount\n              edges {\n                node {\n                  name\n                  residentialCommunity {\n                    id\n                  }\n                }\n              }\n              pageInfo {\n                hasNextPage\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StreetCheckInSummaries($id: ID!, $year: Int!) {\n    organisation(id: $id) {\n      name\n      checkInSummary(year: $year) {\n        registeredMembers\n        registeredUnits\n        serviceHours\n        serviceRecords\n        wishesPosted\n        wishesDone\n        averageRating\n      }\n      children(first: 50) {\n        totalCount\n        edges {\n          node {\n            name\n            checkInSummary(year: $year) {\n              registeredMembers\n              registeredUnits\n              serviceHours\n              serviceRecords\n              wishesPosted\n              wishesDone\n              averageRating\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query StreetCheckInSummaries($id: ID!, $year: Int!) {\n    organisation(id: $id) {\n      name\n      checkInSummary(year: $year) {\n        registeredMembers\n        registeredUnits\n        serviceHours\n        serviceRecords\n        wishesPosted\n        wishesDone\n        averageRating\n      }\n      children(first: 50) {\n        totalCount\n        edges {\n          node {\n            name\n            checkInSummary(year: $year) {\n              registeredMembers\n              registeredUnits\n              serviceHours\n              serviceRecords\n              wishesPosted\n              wishesDone\n              averageRating\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CheckInSummaryOf($id: ID!, $year: Int!) {\n    organisation(id: $id) {\n      checkInSummary(year: $year) {\n        serviceRecords\n        registeredMembers\n      }\n    }\n  }\n"): (typeof documents)["\n  query CheckInSummaryOf($id: ID!, $year: Int!) {\n    organisation(id: $id) {\n      checkInSummary(year: $year) {\n        serviceRecords\n        registeredMembers\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordSummaryService($r: [ServiceRecordInput!]!) {\n    recordServices(records: $r) {\n      recorded\n    }\n  }\n"): (typeof documents)["\n  mutation RecordSummaryService($r: [ServiceRecordInput!]!) {\n    recordServices(records: $r) {\n      recorded\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PostSummaryWish($input: PostWishInput!) {\n    postWish(input: $input) {\n      id\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation PostSummaryWish($input: PostWishInput!) {\n    postWish(input: $input) {\n      id\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptSummaryWish($id: ID!, $v: Int!) {\n    acceptWish(id: $id, version: $v) {\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation AcceptSummaryWish($id: ID!, $v: Int!) {\n    acceptWish(id: $id, version: $v) {\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CompleteSummaryWish($id: ID!, $v: Int!) {\n    completeWish(id: $id, version: $v, outcome: \"已修好\") {\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation CompleteSummaryWish($id: ID!, $v: Int!) {\n    completeWish(id: $id, version: $v, outcome: \"已修好\") {\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RateSummaryWish($id: ID!, $v: Int!, $r: Int!) {\n    rateWish(id: $id, version: $v, rating: $r) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation RateSummaryWish($id: ID!, $v: Int!, $r: Int!) {\n    rateWish(id: $id, version: $v, rating: $r) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ServiceWishFields on Wish {\n    id\n    version\n    status\n    stepDueOn\n    dueOn\n    overdue\n    residentName\n    residentContact\n    assigneeKind\n    assigneeId\n    outcome\n    rating\n    ratingComment\n    withdrawReason\n  }\n"): (typeof documents)["\n  fragment ServiceWishFields on Wish {\n    id\n    version\n    status\n    stepDueOn\n    dueOn\n    overdue\n    residentName\n    residentContact\n    assigneeKind\n    assigneeId\n    outcome\n    rating\n    ratingComment\n    withdrawReason\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PostServiceWish($input: PostWishInput!) {\n    postWish(input: $input) {\n      ...ServiceWishFields\n    }\n  }\n"): (typeof documents)["\n  mutation PostServiceWish($input: PostWishInput!) {\n    postWish(input: $input) {\n      ...ServiceWishFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DispatchServiceWish($id: ID!, $version: Int!, $kind: WishAssigneeKind!, $to: ID!) {\n    dispatchWish(id: $id, version: $version, assigneeKind: $kind, assigneeId: $to) {\n      ...ServiceWishFields\n    }\n  }\n"): (typeof documents)["\n  mutation DispatchServiceWish($id: ID!, $version: Int!, $kind: WishAssigneeKind!, $to: ID!) {\n    dispatchWish(id: $id, version: $version, assigneeKind: $kind, assigneeId: $to) {\n      ...ServiceWishFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptServiceWish($id: ID!, $version: Int!) {\n    acceptWish(id: $id, version: $version) {\n      ...ServiceWishFields\n    }\n  }\n"): (typeof documents)["\n  mutation AcceptServiceWish($id: ID!, $version: Int!) {\n    acceptWish(id: $id, version: $version) {\n      ...ServiceWishFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CompleteServiceWish($id: ID!, $version: Int!, $outcome: String!) {\n    completeWish(id: $id, version: $version, outcome: $outcome) {\n      ...ServiceWishFields\n    }\n  }\n"): (typeof documents)["\n  mutation CompleteServiceWish($id: ID!, $version: Int!, $outcome: String!) {\n    completeWish(id: $id, version: $version, outcome: $outcome) {\n      ...ServiceWishFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RateServiceWish($id: ID!, $version: Int!, $rating: Int!, $comment: String) {\n    rateWish(id: $id, version: $version, rating: $rating, comment: $comment) {\n      ...ServiceWishFields\n    }\n  }\n"): (typeof documents)["\n  mutation RateServiceWish($id: ID!, $version: Int!, $rating: Int!, $comment: String) {\n    rateWish(id: $id, version: $version, rating: $rating, comment: $comment) {\n      ...ServiceWishFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WithdrawServiceWish($id: ID!, $version: Int!, $reason: String!) {\n    withdrawWish(id: $id, version: $version, reason: $reason) {\n      ...ServiceWishFields\n    }\n  }\n"): (typeof documents)["\n  mutation WithdrawServiceWish($id: ID!, $version: Int!, $reason: String!) {\n    withdrawWish(id: $id, version: $version, reason: $reason) {\n      ...ServiceWishFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ServiceWish($id: ID!) {\n    wish(id: $id) {\n      ...ServiceWishFields\n    }\n  }\n"): (typeof documents)["\n  query ServiceWish($id: ID!) {\n    wish(id: $id) {\n      ...ServiceWishFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ServiceWishes($filter: WishFilter!, $first: Int, $after: String) {\n    wishes(filter: $filter, first: $first, after: $after) {\n      totalCount\n      edges {\n        node {\n          id\n          status\n          overdue\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query ServiceWishes($filter: WishFilter!, $first: Int, $after: String) {\n    wishes(filter: $filter, first: $first, after: $after) {\n      totalCount\n      edges {\n        node {\n          id\n          status\n          overdue\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ServiceWishPoints($id: ID!) {\n    member(id: $id) {\n      points\n      pointsLedger {\n        points\n        ruleCode\n        ruleVersion\n        sourceKind\n      }\n    }\n  }\n"): (typeof documents)["\n  query ServiceWishPoints($id: ID!) {\n    member(id: $id) {\n      points\n      pointsLedger {\n        points\n        ruleCode\n        ruleVersion\n        sourceKind\n      }\n    }\n  }\n"];
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
export function graphql(source: "\n  query Report($scopeId: ID, $from: LocalDate!, $to: LocalDate!, $groupBy: ReportGrouping!) {\n    jointMeetingReport(scopeId: $scopeId, from: $from, to: $to, groupBy: $groupBy) {\n      scopeId\n      scopeName\n      from\n      to\n      asOf\n      groupBy\n      rows {\n        key\n        label\n        periodStart\n        organisation {\n          id\n          name\n        }\n        meetingsHeld\n        meetingsCancelled\n        invitations\n        attendances\n        attendanceRate\n        meetingsWithQuorum\n        quorumRate\n        agendaItems\n        agendaItemsByCategory {\n          category\n          count\n        }\n        resolutions\n        actionItems\n        actionItemsDone\n        actionItemsDoneOnTime\n        actionItemsOverdue\n        actionItemsDropped\n        medianDaysToClose\n      }\n      totals {\n        meetingsHeld\n        meetingsCancelled\n        invitations\n        attendances\n        attendanceRate\n        meetingsWithQuorum\n        quorumRate\n        agendaItems\n        agendaItemsByCategory {\n          category\n          count\n        }\n        resolutions\n        actionItems\n        actionItemsDone\n        actionItemsDoneOnTime\n        actionItemsOverdue\n        actionItemsDropped\n        medianDaysToClose\n      }\n    }\n  }\n"): (typeof documents)["\n  query Report($scopeId: ID, $from: LocalDate!, $to: LocalDate!, $groupBy: ReportGrouping!) {\n    jointMeetingReport(scopeId: $scopeId, from: $from, to: $to, groupBy: $groupBy) {\n      scopeId\n      scopeName\n      from\n      to\n      asOf\n      groupBy\n      rows {\n        key\n        label\n        periodStart\n        organisation {\n          id\n          name\n        }\n        meetingsHeld\n        meetingsCancelled\n        invitations\n        attendances\n        attendanceRate\n        meetingsWithQuorum\n        quorumRate\n        agendaItems\n        agendaItemsByCategory {\n          category\n          count\n        }\n        resolutions\n        actionItems\n        actionItemsDone\n        actionItemsDoneOnTime\n        actionItemsOverdue\n        actionItemsDropped\n        medianDaysToClose\n      }\n      totals {\n        meetingsHeld\n        meetingsCancelled\n        invitations\n        attendances\n        attendanceRate\n        meetingsWithQuorum\n        quorumRate\n        agendaItems\n        agendaItemsByCategory {\n          category\n          count\n        }\n        resolutions\n        actionItems\n        actionItemsDone\n        actionItemsDoneOnTime\n        actionItemsOverdue\n        actionItemsDropped\n        medianDaysToClose\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AttendanceByUnit($scopeId: ID, $from: LocalDate!, $to: LocalDate!) {\n    attendanceByUnit(scopeId: $scopeId, from: $from, to: $to) {\n      scopeId\n      units {\n        unitId\n        unitName\n        unit {\n          id\n        }\n        invited\n        attended\n        attendanceRate\n        currentConsecutiveAbsences\n        longestConsecutiveAbsences\n      }\n    }\n  }\n"): (typeof documents)["\n  query AttendanceByUnit($scopeId: ID, $from: LocalDate!, $to: LocalDate!) {\n    attendanceByUnit(scopeId: $scopeId, from: $from, to: $to) {\n      scopeId\n      units {\n        unitId\n        unitName\n        unit {\n          id\n        }\n        invited\n        attended\n        attendanceRate\n        currentConsecutiveAbsences\n        longestConsecutiveAbsences\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ActionItemAging($scopeId: ID, $asOf: LocalDate) {\n    actionItemAging(scopeId: $scopeId, asOf: $asOf) {\n      scopeId\n      asOf\n      open\n      overdue\n      buckets {\n        bucket\n        open\n        overdue\n      }\n      owners {\n        ownerId\n        ownerName\n        open\n        overdue\n        buckets {\n          bucket\n          open\n          overdue\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ActionItemAging($scopeId: ID, $asOf: LocalDate) {\n    actionItemAging(scopeId: $scopeId, asOf: $asOf) {\n      scopeId\n      asOf\n      open\n      overdue\n      buckets {\n        bucket\n        open\n        overdue\n      }\n      owners {\n        ownerId\n        ownerName\n        open\n        overdue\n        buckets {\n          bucket\n          open\n          overdue\n        }\n      }\n    }\n  }\n"];
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