// Support landscape (report 000, section 6.3: duplications, synergies and
// complementarities among supporters): pairs of supporters whose reach
// overlaps, largest Jaccard index first, and pairs on one theme in regions
// the other does not reach. A pair of overlaps (pair, in the URL) brings the
// two supporters and the cities they share forward on the graph and, with the
// Map layout, on the map. The filters select the reach as elsewhere. CSV export.
import { gql, type TypedDocumentNode } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { useMemo } from 'react';
import type { SupportLandscapeQuery, SupportLandscapeQueryVariables } from '../generated/operations.ts';
import { graphFilter, useExploreState } from '../explore/explore-state.ts';
import { REGIONS } from '../explore/filter-options.ts';
import { ChoiceList } from '../analytics/ChoiceList.tsx';
import { useIdParam } from '../analytics/analysis-params.ts';
import { AnalysisFrame } from '../analytics/AnalysisFrame.tsx';
import { QueryState } from '../ui/QueryState.tsx';
import { downloadCsv } from './csv.ts';

const LANDSCAPE: TypedDocumentNode<SupportLandscapeQuery, SupportLandscapeQueryVariables> = gql`
  query SupportLandscape($filter: GraphFilter) {
    overlaps(filter: $filter, minOverlap: 0, first: 100) {
      first { id name }
      second { id name }
      sharedCities { id name }
      sharedThemes
      overlap
    }
    complements(filter: $filter, first: 100) {
      first { id name }
      second { id name }
      theme
      firstRegions
      secondRegions
    }
  }
`;

const SUPPORTER = '#6a4c93';
const SHARED = '#2ca02c';
// Commas stay readable in the URL (url-state.ts).
const pairKey = (o: { first: { id: string }; second: { id: string } }) => `${o.first.id},${o.second.id}`;

export function SupportLandscapeView() {
  const [state] = useExploreState();
  const [chosen, setChosen] = useIdParam('pair');
  const result = useQuery(LANDSCAPE, { variables: { filter: graphFilter(state) } });
  const overlap = result.data?.overlaps.find((o) => pairKey(o) === chosen) ?? null;
  const colors = useMemo(
    () => (overlap ? new Map([...overlap.sharedCities.map((c) => [c.id, SHARED] as const), [overlap.first.id, SUPPORTER], [overlap.second.id, SUPPORTER]]) : null),
    [overlap],
  );
  const highlight = useMemo(() => (overlap ? { nodes: [overlap.first.id, overlap.second.id, ...overlap.sharedCities.map((c) => c.id)] } : null), [overlap]);
  const regions = (list: readonly string[]) => list.map((r) => REGIONS[r as keyof typeof REGIONS]).join(', ');

  return (
    <AnalysisFrame
      title="Support landscape"
      busy={result.loading}
      colors={colors}
      highlight={highlight}
      controls={
        <p className="muted">
          Donors, programmes and organisations whose support reaches the same cities (a duplication to avoid, or a synergy to coordinate), and those on one theme in regions the
          other does not reach (a complementarity). A pair shows the two (purple) and the cities they share (green).
        </p>
      }
    >
      <QueryState what="the support landscape" result={result}>
        {(data) => (
          <>
            <h3>Overlaps</h3>
            <button
              type="button"
              disabled={!data.overlaps.length}
              onClick={() =>
                downloadCsv(
                  'c2c-overlaps.csv',
                  ['first', 'second', 'overlap', 'sharedCities', 'sharedThemes'],
                  data.overlaps.map((o) => [o.first.id, o.second.id, o.overlap, o.sharedCities.map((c) => c.id).join(' '), o.sharedThemes.join(' ')]),
                )
              }
            >
              CSV
            </button>
            <ChoiceList
              label="Overlaps"
              chosen={chosen}
              onChoose={setChosen}
              choices={data.overlaps.map((o) => ({
                key: pairKey(o),
                title: (
                  <>
                    <strong>{o.first.name}</strong> and <strong>{o.second.name}</strong> · overlap {o.overlap.toFixed(2)}
                  </>
                ),
                themes: o.sharedThemes,
                detail: `${o.sharedCities.length} cities in common: ${o.sharedCities.map((c) => c.name).join(', ')}`,
              }))}
            />
            <h3>Complements</h3>
            <ol className="results" aria-label="Complements">
              {data.complements.map((c) => (
                <li key={`${pairKey(c)}|${c.theme}`}>
                  <strong>{c.first.name}</strong> ({regions(c.firstRegions)}) and <strong>{c.second.name}</strong> ({regions(c.secondRegions)}) on {c.theme.toLowerCase().replaceAll('_', ' ')}
                </li>
              ))}
            </ol>
          </>
        )}
      </QueryState>
    </AnalysisFrame>
  );
}
