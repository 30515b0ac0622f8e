/** The operations the bench sends; each takes the variables of one request. */

/** Journey 1: a street, its communities, and each community's children and committee seats. */
export const STREET_OVERVIEW = /* GraphQL */ `
  query StreetOverview($id: ID!) {
    organisation(id: $id) {
      id
      code
      name
      kind
      seats {
        id
        holderName
        role
        partTime
        holderUnit {
          id
          name
        }
      }
      children(first: 50, kind: COMMUNITY_PARTY_COMMITTEE) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            id
            code
            name
            kind
            depth
            seats {
              id
              holderName
              role
              partTime
              holderUnit {
                id
                name
                sector
              }
            }
            children(first: 20) {
              totalCount
              edges {
                node {
                  id
                  code
                  name
                  kind
                  sector
                }
              }
            }
          }
        }
      }
    }
  }
`;

/** Every grid branch of the whole city, first page. */
export const CITY_GRIDS = /* GraphQL */ `
  query CityGrids($root: ID!) {
    organisations(filter: { subtreeOf: $root, kind: GRID_PARTY_BRANCH }, first: 100) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          code
          name
          depth
          parentId
        }
      }
    }
  }
`;

/** A deep node (building party group) with its chain of ancestors. */
export const BUILDING_ANCESTORS = /* GraphQL */ `
  query BuildingAncestors($id: ID!) {
    organisation(id: $id) {
      id
      code
      name
      kind
      depth
      ancestors {
        id
        code
        name
        kind
        depth
      }
    }
  }
`;
