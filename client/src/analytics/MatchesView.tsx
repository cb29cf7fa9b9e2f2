// Match-making: a city asks for help on a theme; the server ranks resource
// cities by experience, context, shared networks and closeness, and says why.
// The asking city and its suggestions are brought forward on the graph.
import { gql, type TypedDocumentNode } from '@apollo/client';
import { skipToken, useQuery } from '@apollo/client/react';
import { useMemo } from 'react';
import type { MatchesQuery, MatchesQueryVariables, Theme } from '../generated/operations.ts';
import { useExploreState } from '../explore/explore-state.ts';
import { THEMES } from '../explore/filter-options.ts';
import { SearchBox } from '../explore/SearchBox.tsx';
import { AnalysisFrame } from './AnalysisFrame.tsx';
import { QueryState } from '../ui/QueryState.tsx';
import { useChoiceParam, useIdParam } from './analysis-params.ts';

const MATCHES: TypedDocumentNode<MatchesQuery, MatchesQueryVariables> = gql`
  query Matches($cityId: ID!, $theme: Theme!) {
    asking: actor(id: $cityId) { id name }
    matches(cityId: $cityId, theme: $theme, first: 10) {
      score
      reasons
      city { id name country }
    }
  }
`;

const ASKING = '#1d3557';
const SUGGESTED = '#2ca02c';

export function MatchesView() {
  const [, update] = useExploreState();
  const [cityId, setCityId] = useIdParam('city');
  const [theme, setTheme] = useChoiceParam('theme', Object.keys(THEMES) as Theme[], 'WATER_SANITATION');
  const result = useQuery(MATCHES, cityId ? { variables: { cityId, theme } } : skipToken);
  const matches = result.data?.matches;

  const colors = useMemo(
    () => new Map([...(matches ?? []).map((m) => [m.city.id, SUGGESTED] as const), ...(cityId ? [[cityId, ASKING] as const] : [])]),
    [matches, cityId],
  );
  const highlight = useMemo(() => (cityId && matches ? { nodes: [cityId, ...matches.map((m) => m.city.id)] } : null), [cityId, matches]);

  return (
    <AnalysisFrame
      title="Match-making"
      controls={
        <>
          <SearchBox label="City asking for help" placeholder="e.g. Maputo" kinds={['CITY']} onPick={setCityId} />
          <label className="field">
            Theme
            <select value={theme} onChange={(event) => setTheme(event.target.value as Theme)}>
              {Object.entries(THEMES).map(([value, text]) => (
                <option key={value} value={value}>
                  {text}
                </option>
              ))}
            </select>
          </label>
        </>
      }
      colors={colors}
      highlight={highlight}
      busy={result.loading}
    >
      {!cityId && <p className="muted">Pick a city to see which cities could help it on the theme.</p>}
      {cityId && (
        <QueryState what="the suggestions" result={result}>
          {(data) => (
            <>
              <p>
                For <strong data-testid="asking-city">{data.asking?.name ?? cityId}</strong> on {THEMES[theme].toLowerCase()}:{' '}
                {data.matches.length === 0 && 'no city with experience of this theme that is not already a partner on it.'}
              </p>
              <ol className="result-list" aria-label="Suggested partners">
                {data.matches.map((match) => (
                  <li key={match.city.id}>
                    <button type="button" className="link" onClick={() => update({ selected: match.city.id, pathTo: null })}>
                      <strong>{match.city.name}</strong>
                    </button>{' '}
                    <span className="muted">{match.city.country}</span>
                    <span className="score">
                      <span className="bar" style={{ width: `${Math.round(match.score * 100)}%` }} aria-hidden="true" />
                      <span className="bar-value">score {match.score.toFixed(2)}</span>
                    </span>
                    <ul className="reasons">
                      {match.reasons.map((reason) => (
                        <li key={reason}>{reason}</li>
                      ))}
                    </ul>
                  </li>
                ))}
              </ol>
            </>
          )}
        </QueryState>
      )}
    </AnalysisFrame>
  );
}
