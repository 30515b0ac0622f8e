/**
 * Journey 1 (a district platform reads the network): a street's big working committee and its
 * seats, its communities, and for each community what a district administrator's dashboard shows:
 * its active agreements with their partners and its agreement summary, its check-in figures for
 * the year (registrations, service, wishes), its last held joint meeting with its attendance, and
 * the open action items of its meetings, the earliest due first, with who must do them. The same
 * answer four ways: the query through a router, the plan a router runs straight against the
 * subgraphs (below), and one hand-written SQL statement (network.sql.ts).
 *
 * Pages are large enough for every street and community of the generated city (at most 10
 * communities a street, 20 active agreements a community), so each answer is whole; the meeting
 * and action-item pages are a dashboard's: the latest meeting, the five most urgent items.
 */
const SEAT_FIELDS = 'holderName role partTime termStart holderUnit { id name }';
const SUMMARY_FIELDS = 'agreementSummary { active projects projectsCompleted needsOpen expiringWithin(days: 90) }';
const AGREEMENT_FIELDS = `id number title status validFrom validTo
  resources { category description quantity unit }
  needs { category description priority met }
  projects { title progress dueDate }`;
const COMMUNITIES = 'children(kind: COMMUNITY_PARTY_COMMITTEE, first: 20)';
const ACTIVE_AGREEMENTS = 'agreements(status: ACTIVE, first: 30)';
const CHECK_IN_SUMMARY = 'checkInSummary(year: $year) { registeredMembers registeredUnits serviceHours serviceRecords wishesPosted wishesDone averageRating }';
const LAST_MEETING = `jointMeetings(first: 1, status: HELD) { totalCount edges { node {
  id title meetingDate attendanceSummary { invited present quorum } } } }`;
/** The open action items with their owners' ids only: the owners' names come from the organisations subgraph. */
const openActionItems = (owner: string) =>
  `openActionItems(first: 5) { totalCount edges { node { id description dueDate status overdue owner { ${owner} } } } }`;

export const NETWORK_QUERY = /* GraphQL */ `
  query StreetNetwork($id: ID!, $year: Int!) {
    organisation(id: $id) {
      id code name
      seats { ${SEAT_FIELDS} }
      ${COMMUNITIES} {
        totalCount
        edges { node {
          id code name
          ${SUMMARY_FIELDS}
          ${ACTIVE_AGREEMENTS} { totalCount edges { node { ${AGREEMENT_FIELDS} partner { id name sector } } } }
          ${CHECK_IN_SUMMARY}
          ${LAST_MEETING}
          ${openActionItems('id name')}
        } }
      }
    }
  }`;

/** Step 1 of the direct plan, to the organisations subgraph: the street, its seats, its communities. */
export const DIRECT_STREET = /* GraphQL */ `
  query ($id: ID!) {
    organisation(id: $id) { id code name seats { ${SEAT_FIELDS} } ${COMMUNITIES} { totalCount edges { node { id code name } } } }
  }`;

/** Step 2a, to the agreements subgraph: each community's summary and active agreements. */
export const DIRECT_AGREEMENTS = /* GraphQL */ `
  query ($representations: [_Any!]!) {
    _entities(representations: $representations) {
      ... on Organisation { ${SUMMARY_FIELDS} ${ACTIVE_AGREEMENTS} { totalCount edges { node { ${AGREEMENT_FIELDS} partner { id } } } } }
    }
  }`;

/** Step 2b, to the check-ins subgraph, beside 2a: each community's figures for the year. */
export const DIRECT_CHECKINS = /* GraphQL */ `
  query ($representations: [_Any!]!, $year: Int!) {
    _entities(representations: $representations) { ... on Organisation { ${CHECK_IN_SUMMARY} } }
  }`;

/** Step 2c, to the meetings subgraph, beside 2a and 2b: each community's last meeting and open action items. */
export const DIRECT_MEETINGS = /* GraphQL */ `
  query ($representations: [_Any!]!) {
    _entities(representations: $representations) { ... on Organisation { ${LAST_MEETING} ${openActionItems('id')} } }
  }`;

/** Step 3, to the organisations subgraph, after 2a (the partners) and after 2c (the owners): names and sectors. */
export const DIRECT_PARTNERS = /* GraphQL */ `
  query ($representations: [_Any!]!) {
    _entities(representations: $representations) {
      ... on Organisation {
        id
        name
        sector
      }
    }
  }
`;

/** Step 3 for the action items' owners: their names. */
export const DIRECT_OWNERS = /* GraphQL */ `
  query ($representations: [_Any!]!) {
    _entities(representations: $representations) {
      ... on Organisation {
        id
        name
      }
    }
  }
`;
