// The cooperation fair (Meeting of Mayors, 004 §11): cities that seek a theme
// paired with cities that offer it, best first, each pair with its reasons
// (declared before derived; South–South; existing partners flagged). The
// theme and the seekers' region are in the URL (fairTheme, fairRegion); a
// pair chosen (pair) is brought forward on the graph. CSV export.
import { gql, type TypedDocumentNode } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { useMemo } from 'react';
import type { FairPairsQuery, FairPairsQueryVariables, Region, Theme } from '../generated/operations.ts';
import { REGIONS, THEMES } from '../explore/filter-options.ts';
import { ChoiceList } from '../analytics/ChoiceList.tsx';
import { useIdParam } from '../analytics/analysis-params.ts';
import { AnalysisFrame } from '../analytics/AnalysisFrame.tsx';
import { QueryState } from '../ui/QueryState.tsx';
import { downloadCsv } from './csv.ts';

const FAIR: TypedDocumentNode<FairPairsQuery, FairPairsQueryVariables> = gql`
  query FairPairs($theme: Theme, $region: Region) {
    fair(theme: $theme, region: $region, first: 100) {
      seeker { id name }
      offerer { id name }
      theme
      score
      reasons
    }
  }
`;

const SEEKER = '#d62828';
const OFFERER = '#2ca02c';
const keyOf = (pair: { seeker: { id: string }; offerer: { id: string }; theme: string }) => `${pair.seeker.id},${pair.offerer.id},${pair.theme}`;

function Picker<T extends string>({ name, options, value, onChange }: { name: string; options: Record<T, string>; value: T | null; onChange: (v: T | null) => void }) {
  return (
    <label className="field">
      {name}
      <select value={value ?? ''} onChange={(e) => onChange((e.target.value || null) as T | null)}>
        <option value="">Any</option>
        {(Object.keys(options) as T[]).map((v) => (
          <option key={v} value={v}>
            {options[v]}
          </option>
        ))}
      </select>
    </label>
  );
}

export function FairView() {
  const [theme, setTheme] = useIdParam('fairTheme');
  const [region, setRegion] = useIdParam('fairRegion');
  const [chosen, setChosen] = useIdParam('pair');
  const variables = { theme: (theme as Theme | null) ?? null, region: (region as Region | null) ?? null };
  const result = useQuery(FAIR, { variables });
  const pairs = result.data?.fair;
  const pair = pairs?.find((p) => keyOf(p) === chosen) ?? null;
  const colors = useMemo(() => (pair ? new Map([[pair.seeker.id, SEEKER], [pair.offerer.id, OFFERER]]) : null), [pair]);
  const highlight = useMemo(() => (pair ? { nodes: [pair.seeker.id, pair.offerer.id] } : null), [pair]);

  return (
    <AnalysisFrame
      title="Cooperation fair"
      busy={result.loading}
      colors={colors}
      highlight={highlight}
      controls={
        <>
          <p className="muted">Cities that seek a theme (red) paired with cities that offer it (green): declared offers first, then those their roles in partnerships show. Cities already partners are flagged.</p>
          <Picker name="Theme" options={THEMES} value={theme as Theme | null} onChange={(v) => setTheme(v)} />
          <Picker name="Seekers in" options={REGIONS} value={region as Region | null} onChange={(v) => setRegion(v)} />
        </>
      }
    >
      <QueryState what="the cooperation fair" result={result}>
        {(data) => (
          <>
            <button
              type="button"
              disabled={!data.fair.length}
              onClick={() => downloadCsv('c2c-fair.csv', ['seeker', 'offerer', 'theme', 'score', 'reasons'], data.fair.map((p) => [p.seeker.id, p.offerer.id, p.theme, p.score, p.reasons.join(' ')]))}
            >
              CSV
            </button>
            <ChoiceList
              label="Fair pairs"
              chosen={chosen}
              onChoose={setChosen}
              choices={data.fair.map((p) => ({
                key: keyOf(p),
                title: (
                  <>
                    <strong>{p.seeker.name}</strong> seeks, <strong>{p.offerer.name}</strong> offers · score {p.score.toFixed(2)}
                  </>
                ),
                themes: [p.theme],
                detail: p.reasons.join('. '),
              }))}
            />
          </>
        )}
      </QueryState>
    </AnalysisFrame>
  );
}
