// Louvain and connected components in the database, where Neo4j has Graph
// Data Science (`npm run neo4j -- --gds`, or the GDS plugin of a Neo4j
// server). Once per data version the whole actor graph is projected into
// GDS's catalog with Cypher (cypher/gds-project-actors.cypher: the pairs and
// weights clusters.ts counts), both partitions are computed there and read
// back, and the graph is dropped. The answers take the server's shape:
// cluster ids by smallest member id (groupClusters), and the modularity GDS
// reports, which is graphology-metrics' for the same partition (test/neo4j/
// gds-clusters.test.ts). A view that leaves anything out is not the graph GDS
// holds: its clusters stay in the server, as everywhere without GDS.
import { randomUUID } from 'node:crypto';
import type { ClusterAlgorithm } from '../graphql/generated/resolvers-types.ts';
import { StoreUnavailableError, type GraphStore } from '../store/store.ts';
import { groupClusters, type Clustering } from './clusters.ts';
import type { Projection } from './projection.ts';
import { DEFAULT_STATUSES, type SelectedLinks } from './selection.ts';

export type ClusteringsInDatabase = Record<ClusterAlgorithm, Clustering>;

/** The procedures gds-*.cypher call: GDS 2.x has them all. */
const PROCEDURES = ['gds.louvain.mutate', 'gds.wcc.mutate', 'gds.modularity.stats', 'gds.graph.nodeProperty.stream', 'gds.graph.drop'];

/** Where each partition is kept on the projected graph (gds-louvain, gds-wcc). */
const PROPERTY: Record<ClusterAlgorithm, string> = { LOUVAIN: 'louvain', CONNECTED_COMPONENTS: 'component' };

/**
 * Whether a view is the graph GDS projects (gds-project-actors.cypher): every actor, and what a view without a
 * filter selects. A filter only narrows that selection, except statuses, which may add announcements: the same
 * number of partnerships, every one ESTABLISHED, and the same number of links is the same selection.
 */
export function isUnfilteredView(projection: Projection, selected: SelectedLinks, unfiltered: SelectedLinks, shown: Set<string>): boolean {
  return (
    shown.size === projection.actors.size &&
    selected.partnerships.length === unfiltered.partnerships.length &&
    selected.partnerships.every((p) => DEFAULT_STATUSES.includes(p.status)) &&
    selected.links.length === unfiltered.links.length
  );
}

export class GdsClusters {
  private readonly computed = new WeakMap<Projection, Promise<ClusteringsInDatabase | null>>();

  constructor(private readonly store: GraphStore) {}

  /** Whether the database has the GDS procedures gds-*.cypher call (the store asks once). */
  async available(): Promise<boolean> {
    const procedures = await this.store.gdsProcedures?.();
    return !!procedures && PROCEDURES.every((name) => procedures.has(name));
  }

  /**
   * Both partitions of the whole graph, computed in the database once per projection; null where the database has
   * no GDS, or the graph has no link (no partition to look for: the server's answer costs nothing). GDS failing
   * otherwise (out of memory, a catalog it refuses) is logged, and the server computes the answer instead.
   */
  of(projection: Projection): Promise<ClusteringsInDatabase | null> {
    let clusterings = this.computed.get(projection);
    if (!clusterings) {
      clusterings = this.compute(projection).catch((error: unknown) => {
        this.computed.delete(projection);
        if (error instanceof StoreUnavailableError) throw error;
        console.error('Graph Data Science failed; the clusters are computed in the server instead:', error);
        return null;
      });
      this.computed.set(projection, clusterings);
    }
    return clusterings;
  }

  private async compute(projection: Projection): Promise<ClusteringsInDatabase | null> {
    if (!(await this.available())) return null;
    // One name per server and projection: several servers may share the catalog of one database.
    const graph = `c2c-actors-${process.pid}-${projection.version}-${randomUUID().slice(0, 8)}`;
    try {
      const [projected] = await this.store.run<{ relationships: number | null }>('gds-project-actors', { graph });
      if (!projected?.relationships) return null;
      const [louvain] = await this.store.run<{ modularity: number }>('gds-louvain', { graph });
      const [components] = await this.store.run<{ modularity: number }>('gds-wcc', { graph });
      return {
        LOUVAIN: await this.read(projection, graph, 'LOUVAIN', louvain!.modularity),
        CONNECTED_COMPONENTS: await this.read(projection, graph, 'CONNECTED_COMPONENTS', components!.modularity),
      };
    } finally {
      await this.store.run('gds-drop', { graph });
    }
  }

  /**
   * One partition, over the projection's actors in its order. An actor GDS did not see (written between the two
   * reads; the data version has moved on by then, and both are read again) is a cluster of its own.
   */
  private async read(projection: Projection, graph: string, algorithm: ClusterAlgorithm, modularity: number): Promise<Clustering> {
    const rows = await this.store.run<{ id: string; community: number }>('gds-communities', { graph, property: PROPERTY[algorithm] });
    const communityOf = new Map(rows.map((row) => [row.id, row.community]));
    const ids = [...projection.actors.keys()];
    const { clusterOf, members } = groupClusters(ids, ids.map((id, i) => communityOf.get(id) ?? -1 - i));
    return { algorithm: algorithm === 'LOUVAIN' ? 'louvain' : 'connected-components', modularity, clusterOf, members };
  }
}
