// The in-memory projection of the graph that the graph-wide views and the
// analytics work on: every actor, partnership and relationship, read with
// three statements and kept until the next write (keyed by the store's data
// version), so that drawing or analysing the graph costs no store round trip.
import type { ActorKind, Orientation, ParticipantRole, Region, Theme } from '../graphql/generated/resolvers-types.ts';
import type { GraphStore } from '../store/store.ts';

export interface ProjectedActor {
  id: string;
  kind: ActorKind;
  name: string;
  region: Region | null;
  country: string | null;
  population: number | null;
  startYear: number | null;
  endYear: number | null;
}

export interface ProjectedPartnership {
  id: string;
  title: string;
  themes: Theme[];
  orientation: Orientation;
  startYear: number | null;
  endYear: number | null;
  participants: string[];
  roles: Map<string, ParticipantRole>;
}

type PartnershipRow = Omit<ProjectedPartnership, 'participants' | 'roles'> & { participations: [string, ParticipantRole][] };

export type LinkType = 'MEMBER_OF' | 'FUNDS' | 'SUPPORTS' | 'RUN_BY';

export interface ProjectedLink {
  source: string;
  target: string;
  type: LinkType;
  fundingId: string | null;
  startYear: number | null;
  endYear: number | null;
}

export interface Projection {
  version: number;
  actors: Map<string, ProjectedActor>;
  partnerships: Map<string, ProjectedPartnership>;
  links: ProjectedLink[];
}

async function readProjection(store: GraphStore): Promise<Projection> {
  const version = store.dataVersion;
  const [actors, partnerships, links] = await Promise.all([
    store.run<ProjectedActor & Record<string, unknown>>('projection-actors'),
    store.run<PartnershipRow & Record<string, unknown>>('projection-partnerships'),
    store.run<ProjectedLink & Record<string, unknown>>('projection-links'),
  ]);
  return {
    version,
    actors: new Map(actors.map((a) => [a.id, a])),
    partnerships: new Map(
      partnerships.map(({ participations, ...p }) => [
        p.id,
        { ...p, participants: participations.map(([id]) => id), roles: new Map(participations) },
      ]),
    ),
    links,
  };
}

/** One projection per data version; concurrent requests share the read in flight. */
export class ProjectionCache {
  private current: Promise<Projection> | null = null;
  private version = -1;

  constructor(private readonly store: GraphStore) {}

  get(): Promise<Projection> {
    if (!this.current || this.version !== this.store.dataVersion) {
      this.version = this.store.dataVersion;
      const reading = readProjection(this.store);
      // A failed read is not cached: the next request tries again.
      reading.catch(() => {
        if (this.current === reading) this.current = null;
      });
      this.current = reading;
    }
    return this.current;
  }
}
