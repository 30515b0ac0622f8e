/**
 * Journey 1 (a district platform reads the network): a street's big working committee and its
 * seats, its communities, and each community's active agreements with their partners and its
 * agreement summary. The same answer four ways: the query through a router, the plan a router
 * runs straight against the subgraphs (below), and one hand-written SQL statement (network.sql.ts).
 *
 * Pages are large enough for every street and community of the generated city (at most 10
 * communities a street, 20 active agreements a community), so each answer is whole.
 */
const SEAT_FIELDS = 'holderName role partTime termStart holderUnit { id name }';
const SUMMARY_FIELDS = 'agreementSummary { active projects projectsCompleted needsOpen expiringWithin(days: 90) }';
const AGREEMENT_FIELDS = `id number title status validFrom validTo
  resources { category description quantity unit }
  needs { category description priority met }
  projects { title progress dueDate }`;
const COMMUNITIES = 'children(kind: COMMUNITY_PARTY_COMMITTEE, first: 20)';
const ACTIVE_AGREEMENTS = 'agreements(status: ACTIVE, first: 30)';

export const NETWORK_QUERY = /* GraphQL */ `
  query StreetNetwork($id: ID!) {
    organisation(id: $id) {
      id code name
      seats { ${SEAT_FIELDS} }
      ${COMMUNITIES} {
        totalCount
        edges { node {
          id code name
          ${SUMMARY_FIELDS}
          ${ACTIVE_AGREEMENTS} { totalCount edges { node { ${AGREEMENT_FIELDS} partner { id name sector } } } }
        } }
      }
    }
  }`;

/** Step 1 of the direct plan, to the organisations subgraph: the street, its seats, its communities. */
export const DIRECT_STREET = /* GraphQL */ `
  query ($id: ID!) {
    organisation(id: $id) { id code name seats { ${SEAT_FIELDS} } ${COMMUNITIES} { totalCount edges { node { id code name } } } }
  }`;

/** Step 2, to the agreements subgraph: each community's summary and active agreements. */
export const DIRECT_AGREEMENTS = /* GraphQL */ `
  query ($representations: [_Any!]!) {
    _entities(representations: $representations) {
      ... on Organisation { ${SUMMARY_FIELDS} ${ACTIVE_AGREEMENTS} { totalCount edges { node { ${AGREEMENT_FIELDS} partner { id } } } } }
    }
  }`;

/** Step 3, to the organisations subgraph: the partners' names and sectors. */
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
