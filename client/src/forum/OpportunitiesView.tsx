// Opportunities: where more funding by one donor would fill a gap on its
// agenda (fundingOpportunities). The donor is in the URL (donor); the
// agenda's themes and regions are the filters' (else those the donor already
// funds). A ranked table with the reasons, the cities brought forward on the
// graph and, with the map layout, on the map; CSV export.
import { gql, type TypedDocumentNode } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { useMemo } from 'react';
import type { ForumDonorsQuery, FundingOpportunitiesQuery, FundingOpportunitiesQueryVariables } from '../generated/operations.ts';
import { useExploreState } from '../explore/explore-state.ts';
import { THEMES } from '../explore/filter-options.ts';
import { useIdParam } from '../analytics/analysis-params.ts';
import { AnalysisFrame } from '../analytics/AnalysisFrame.tsx';
import { QueryState } from '../ui/QueryState.tsx';
import { downloadCsv } from './csv.ts';

const DONORS: TypedDocumentNode<ForumDonorsQuery> = gql`
  query ForumDonors {
    donors { id name }
  }
`;

const OPPORTUNITIES: TypedDocumentNode<FundingOpportunitiesQuery, FundingOpportunitiesQueryVariables> = gql`
  query FundingOpportunities($donorId: ID!, $themes: [Theme!], $regions: [Region!]) {
    fundingOpportunities(donorId: $donorId, themes: $themes, regions: $regions, first: 100) {
      city { id name country supportLevel }
      themes
      score
      reasons
    }
  }
`;

export function OpportunitiesView() {
  const [state] = useExploreState();
  const [donorId, setDonorId] = useIdParam('donor');
  const donors = useQuery(DONORS);
  const variables = { donorId: donorId ?? '', themes: state.themes.length ? state.themes : null, regions: state.regions.length ? state.regions : null };
  const result = useQuery(OPPORTUNITIES, { variables, skip: !donorId });
  const found = result.data?.fundingOpportunities;
  const highlight = useMemo(() => (found?.length ? { nodes: found.map((o) => o.city.id) } : null), [found]);

  return (
    <AnalysisFrame
      title="Opportunities"
      busy={result.loading || donors.loading}
      highlight={highlight}
      controls={
        <>
          <p className="muted">Where more support from a donor would fill a gap on its agenda: the filters' themes and regions, or else those it already funds. Isolated cities first, then unsupported, then cities no supporter helps on those themes.</p>
          <label className="field">
            Donor
            <select value={donorId ?? ''} onChange={(e) => setDonorId(e.target.value || null)}>
              <option value="">Pick a donor…</option>
              {donors.data?.donors.map((d) => (
                <option key={d.id} value={d.id}>
                  {d.name}
                </option>
              ))}
            </select>
          </label>
        </>
      }
    >
      {donorId && (
        <QueryState what="the funding opportunities" result={result}>
          {(data) => (
            <>
              <button
                type="button"
                onClick={() =>
                  downloadCsv(
                    `c2c-opportunities-${donorId.replace(/[^a-z0-9]+/gi, '-')}.csv`,
                    ['city', 'name', 'country', 'supportLevel', 'themes', 'score', 'reasons'],
                    data.fundingOpportunities.map((o) => [o.city.id, o.city.name, o.city.country, o.city.supportLevel, o.themes.join(' '), o.score, o.reasons.join(' ')]),
                  )
                }
              >
                CSV
              </button>
              <ol className="results" aria-label="Funding opportunities">
                {data.fundingOpportunities.map((o) => (
                  <li key={o.city.id}>
                    <strong>{o.city.name}</strong> ({o.city.country}) · score {o.score.toFixed(2)} · {o.themes.map((t) => THEMES[t]).join(', ')}
                    <ul>
                      {o.reasons.map((r) => (
                        <li key={r}>{r}</li>
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
