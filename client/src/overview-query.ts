// What the overview shows: the counts and every partnership with its participants.
// Its result type, OverviewQuery, is generated from this document (npm run codegen).
export const OVERVIEW_QUERY = /* GraphQL */ `
  query Overview {
    stats { cities associations networks donors programmes partnerships relationships }
    partnerships(first: 1000) {
      edges {
        node {
          id
          title
          orientation
          themes
          participants { role actor { id name kind } }
        }
      }
    }
  }
`;
