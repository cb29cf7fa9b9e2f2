// What the overview shows: the counts and every partnership with its participants.
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

export interface OverviewData {
  stats: Record<string, number>;
  partnerships: {
    edges: {
      node: {
        id: string;
        title: string;
        orientation: string;
        themes: string[];
        participants: { role: string; actor: { id: string; name: string; kind: string } }[];
      };
    }[];
  };
}
