// Clusters: the graph coloured by community (Louvain or connected
// components, as the server computes them for the current filters), a list of
// clusters named by their data (countries, size, hub, themes); clicking one
// brings it forward, and on an overview opens its group.
import { gql, type TypedDocumentNode } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { useMemo } from 'react';
import type { ClusterAlgorithm, ClustersQuery, ClustersQueryVariables } from '../generated/operations.ts';
import { graphFilter, useExploreState } from '../explore/explore-state.ts';
import { Segmented } from '../ui/Segmented.tsx';
import { QueryState } from '../ui/QueryState.tsx';
import { useChoiceParam, useIdParam } from './analysis-params.ts';
import { AnalysisFrame } from './AnalysisFrame.tsx';
import { ChoiceList } from './ChoiceList.tsx';
import { categoryColour } from './palette.ts';
import { LegendLine, type GroupColouringOf } from '../explore/group-colours.tsx';

const CLUSTERS: TypedDocumentNode<ClustersQuery, ClustersQueryVariables> = gql`
  query Clusters($filter: GraphFilter, $algorithm: ClusterAlgorithm) {
    clusters(filter: $filter, algorithm: $algorithm) {
      algorithm
      modularity
      clusters { id size label topThemes members { id name } }
    }
  }
`;

const ALGORITHMS: Record<ClusterAlgorithm, string> = { LOUVAIN: 'Communities (Louvain)', CONNECTED_COMPONENTS: 'Connected components' };

export function ClustersView() {
  const [state, update] = useExploreState();
  const [algorithm, setAlgorithm] = useChoiceParam('algorithm', Object.keys(ALGORITHMS) as ClusterAlgorithm[], 'LOUVAIN');
  const [focus, setFocus] = useIdParam('cluster');
  const result = useQuery(CLUSTERS, { variables: { filter: graphFilter(state), algorithm } });
  const clusters = result.data?.clusters.clusters;

  const colors = useMemo(
    () => new Map(clusters?.flatMap((cluster, i) => cluster.members.map((m) => [m.id, categoryColour(i)] as const))),
    [clusters],
  );
  // On an overview by community, a group is coloured as the cluster most of its members are in.
  const groupColouring: GroupColouringOf = useMemo(() => {
    const colourOf = new Map(clusters?.map((cluster, i) => [cluster.id, categoryColour(i)] as const));
    const entries = (clusters ?? []).slice(0, 12).map((c, i) => [c.label, categoryColour(i)] as const);
    return () => ({ colour: (g) => (g.cluster ? colourOf.get(g.cluster) : undefined), legend: <LegendLine title="Colour: cluster" entries={entries} /> });
  }, [clusters]);
  const choose = (id: string | null) => {
    setFocus(id);
    // On an overview, the cluster's group opens (a small cluster's group is its region's small ones: none opens).
    if (id && state.grouping === 'community') update({ open: id }, { replace: true });
  };
  const focused = clusters?.find((c) => c.id === focus);
  const highlight = useMemo(() => (focused ? { nodes: focused.members.map((m) => m.id) } : null), [focused]);

  return (
    <AnalysisFrame
      title="Clusters"
      controls={<Segmented label="Algorithm" options={ALGORITHMS} value={algorithm} onChange={setAlgorithm} />}
      colors={colors}
      groupColouring={groupColouring}
      highlight={highlight}
      busy={result.loading}
    >
      <QueryState what="the clusters" result={result}>
        {(data) => (
          <>
            <p className="muted">
              {data.clusters.clusters.length} clusters
              {data.clusters.modularity != null && `, modularity ${data.clusters.modularity.toFixed(2)}`}. Actors without links are in none.
            </p>
            <ChoiceList
              label="Clusters"
              chosen={focus}
              onChoose={choose}
              choices={data.clusters.clusters.map((cluster, i) => ({
                key: cluster.id,
                title: (
                  <>
                    <span className="swatch" style={{ background: categoryColour(i) }} aria-hidden="true" />
                    <strong>{cluster.label}</strong>
                  </>
                ),
                themes: [],
                detail: `${cluster.members
                  .slice(0, 5)
                  .map((m) => m.name)
                  .join(', ')}${cluster.size > 5 ? ` and ${cluster.size - 5} more` : ''}`,
              }))}
            />
          </>
        )}
      </QueryState>
    </AnalysisFrame>
  );
}
