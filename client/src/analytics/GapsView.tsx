// Support gaps: regions or countries ranked by how under-served their cities
// are (a table with a bar per gap score), isolated and unsupported cities
// coloured on the graph and the map; a region or country opens the list of
// its under-served cities and brings them forward.
import { gql, type TypedDocumentNode } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { useMemo } from 'react';
import type { GapGrouping, Region, SupportGapsQuery, SupportGapsQueryVariables } from '../generated/operations.ts';
import { graphFilter, useExploreState } from '../explore/explore-state.ts';
import { REGIONS } from '../explore/filter-options.ts';
import { Segmented } from '../ui/Segmented.tsx';
import { words } from '../ui/format.ts';
import { QueryState } from '../ui/QueryState.tsx';
import { useChoiceParam, useIdParam } from './analysis-params.ts';
import { AnalysisFrame } from './AnalysisFrame.tsx';
import { LegendLine, type GroupColouringOf } from '../explore/group-colours.tsx';

const SUPPORT_GAPS: TypedDocumentNode<SupportGapsQuery, SupportGapsQueryVariables> = gql`
  query SupportGaps($groupBy: GapGrouping, $filter: GraphFilter) {
    supportGaps(groupBy: $groupBy, filter: $filter) { key cities isolated unsupported supported populationUnserved gapScore }
    isolatedCities(filter: $filter, first: 1000) { id name country region supportLevel population ldc }
  }
`;

const LEVEL_COLOUR = { ISOLATED: '#d62828', UNSUPPORTED: '#f4a261', SUPPORTED: '#8fb3d1' } as const;
const GROUPINGS: Record<GapGrouping, string> = { REGION: 'By region', COUNTRY: 'By country' };

const label = (key: string) => REGIONS[key as Region] ?? key;

/** On an overview, a group takes the colour of the support level most of its cities are at (ties to the worse). */
const bySupport: GroupColouringOf = () => ({
  colour: (g) => {
    if (!g.cities) return undefined;
    const counts = { ISOLATED: g.isolated, UNSUPPORTED: g.unsupported, SUPPORTED: g.supported };
    const levels = Object.keys(counts) as (keyof typeof counts)[];
    return LEVEL_COLOUR[levels.reduce((most, level) => (counts[level] > counts[most] ? level : most))];
  },
  legend: <LegendLine title="Colour: support of most of its cities" entries={Object.entries(LEVEL_COLOUR).map(([level, colour]) => [words(level), colour] as const)} />,
});

export function GapsView() {
  const [state, update] = useExploreState();
  const [groupBy, setGroupBy] = useChoiceParam('groupBy', Object.keys(GROUPINGS) as GapGrouping[], 'REGION');
  const [open, setOpen] = useIdParam('gap');
  const result = useQuery(SUPPORT_GAPS, { variables: { groupBy, filter: graphFilter(state) } });
  const cities = result.data?.isolatedCities;

  const colors = useMemo(() => new Map(cities?.map((c) => [c.id, LEVEL_COLOUR[c.supportLevel]] as const)), [cities]);
  const underServed = useMemo(
    () => (open ? (cities ?? []).filter((c) => (groupBy === 'REGION' ? c.region === open : c.country === open)) : []),
    [cities, open, groupBy],
  );
  const highlight = useMemo(() => (underServed.length ? { nodes: underServed.map((c) => c.id) } : null), [underServed]);

  return (
    <AnalysisFrame
      title="Support gaps"
      controls={
        <>
          <Segmented label="Group cities" options={GROUPINGS} value={groupBy} onChange={setGroupBy} />
          <p className="legend-inline">
            {Object.entries(LEVEL_COLOUR).map(([level, colour]) => (
              <span key={level}>
                <span className="swatch" style={{ background: colour }} aria-hidden="true" />
                {words(level)}{' '}
              </span>
            ))}
          </p>
        </>
      }
      colors={colors}
      groupColouring={bySupport}
      highlight={highlight}
      busy={result.loading}
    >
      <QueryState what="the support gaps" result={result}>
        {(data) => (
          <>
            <table className="gaps" aria-label="Support gaps, worst first">
              <thead>
                <tr>
                  <th scope="col">{groupBy === 'REGION' ? 'Region' : 'Country'}</th>
                  <th scope="col">Gap score</th>
                  <th scope="col" title="isolated / unsupported / cities">
                    Unserved
                  </th>
                </tr>
              </thead>
              <tbody>
                {data.supportGaps.map((gap) => (
                  <tr key={gap.key} aria-selected={gap.key === open}>
                    <th scope="row">
                      <button type="button" className="link" aria-pressed={gap.key === open} onClick={() => setOpen(gap.key === open ? null : gap.key)}>
                        {label(gap.key)}
                      </button>
                    </th>
                    <td>
                      <span className="bar" style={{ width: `${Math.round(gap.gapScore * 100)}%` }} aria-hidden="true" />
                      <span className="bar-value">{gap.gapScore.toFixed(2)}</span>
                    </td>
                    <td>
                      {gap.isolated + gap.unsupported} / {gap.cities}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
            {open && (
              <section aria-label={`Under-served cities of ${label(open)}`} data-testid="under-served">
                <h3>
                  Under-served in {label(open)} ({underServed.length})
                </h3>
                <ul className="result-list">
                  {underServed.map((city) => (
                    <li key={city.id}>
                      <button type="button" className="link" onClick={() => update({ selected: city.id, pathTo: null })}>
                        <span className="swatch" style={{ background: LEVEL_COLOUR[city.supportLevel] }} aria-hidden="true" />
                        {city.name}
                      </button>{' '}
                      <span className="muted">
                        {city.country}, {words(city.supportLevel)}
                        {city.ldc && ', LDC'}
                        {city.population != null && `, ${city.population.toLocaleString('en')} people`}
                      </span>
                    </li>
                  ))}
                </ul>
              </section>
            )}
          </>
        )}
      </QueryState>
    </AnalysisFrame>
  );
}
