// The header: what this is, and the counts of the whole graph.
import { gql, type TypedDocumentNode } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import type { StatsQuery, StatsQueryVariables } from '../generated/operations.ts';
import { QueryState } from '../ui/QueryState.tsx';

const STATS: TypedDocumentNode<StatsQuery, StatsQueryVariables> = gql`
  query Stats {
    stats { cities associations networks donors programmes organisations partnerships relationships }
  }
`;

export function Header() {
  const result = useQuery(STATS);
  return (
    <header className="app-header">
      <div className="brand">
        <h1>C2C Graph</h1>
        <p>Who works with whom, who supports them, and who is left out.</p>
      </div>
      <QueryState what="the counts" result={result}>
        {(data) => (
          <ul className="stats" aria-label="Counts">
            {Object.entries(data.stats)
              .filter(([name]) => name !== '__typename')
              .map(([name, count]) => (
                <li key={name}>
                  <strong data-testid={`stat-${name}`}>{count}</strong> {name}
                </li>
              ))}
          </ul>
        )}
      </QueryState>
    </header>
  );
}
