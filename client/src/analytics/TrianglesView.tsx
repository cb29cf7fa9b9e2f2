// Triangles: three actors pairwise linked, of either kind the server finds
// (any triangle, or South–South cooperation with a third party from beyond
// the South); selecting one brings its three actors and their links forward.
import { gql, type TypedDocumentNode } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { useMemo } from 'react';
import type { TriangleKind, TrianglesQuery, TrianglesQueryVariables } from '../generated/operations.ts';
import { graphFilter, useExploreState } from '../explore/explore-state.ts';
import { Segmented } from '../ui/Segmented.tsx';
import { QueryState } from '../ui/QueryState.tsx';
import { useChoiceParam, useIdParam } from './analysis-params.ts';
import { AnalysisFrame } from './AnalysisFrame.tsx';
import { ChoiceList } from './ChoiceList.tsx';

const TRIANGLES: TypedDocumentNode<TrianglesQuery, TrianglesQueryVariables> = gql`
  query Triangles($kind: TriangleKind, $filter: GraphFilter) {
    triangles(kind: $kind, filter: $filter, first: 300) {
      kind
      actors { id name kind }
      themes
      partnerships { id title }
    }
  }
`;

const KINDS: Record<TriangleKind, string> = {
  SOUTH_SOUTH_PLUS_ONE: 'South–South plus one',
  ANY: 'Any three linked actors',
};

/** A triangle's key in the URL: its actor ids, sorted, joined by commas (ids have none). */
const keyOf = (actors: readonly { id: string }[]) => actors.map((a) => a.id).sort().join(',');

export function TrianglesView() {
  const [state] = useExploreState();
  const [kind, setKind] = useChoiceParam('triangles', Object.keys(KINDS) as TriangleKind[], 'SOUTH_SOUTH_PLUS_ONE');
  const [chosen, setChosen] = useIdParam('triangle');
  const result = useQuery(TRIANGLES, { variables: { kind, filter: graphFilter(state) } });
  const highlight = useMemo(() => (chosen ? { nodes: chosen.split(','), trace: true } : null), [chosen]);

  return (
    <AnalysisFrame
      title="Triangles"
      controls={<Segmented label="Kind of triangle" options={KINDS} value={kind} onChange={setKind} />}
      highlight={highlight}
      busy={result.loading}
    >
      <QueryState what="the triangles" result={result}>
        {(data) => (
          <>
            <p className="muted">{data.triangles.length === 300 ? 'The first 300 triangles' : `${data.triangles.length} triangles`}, those linked most tightly first.</p>
            <ChoiceList
              label="Triangles"
              chosen={chosen}
              onChoose={setChosen}
              choices={data.triangles.map((triangle) => ({
                key: keyOf(triangle.actors),
                title: <strong>{triangle.actors.map((a) => a.name).join(' – ')}</strong>,
                themes: triangle.themes,
                detail: triangle.partnerships.map((p) => p.title).join('; '),
              }))}
            />
          </>
        )}
      </QueryState>
    </AnalysisFrame>
  );
}
