// The in-memory projection of the graph that the graph-wide views and the
// analytics work on: every actor, partnership and relationship, read with
// three statements and kept until the next write (keyed by the store's data
// version), so that drawing or analysing the graph costs no store round trip.
// After writes it is read again at most one read at a time (ProjectionCache).
import type {
  ActorKind,
  CooperatingParty,
  FundingSource,
  LinkingModality,
  ManagementFocus,
  Orientation,
  ParticipantRole,
  PartnershipStatus,
  Region,
  SupportModality,
  Theme,
} from '../graphql/generated/resolvers-types.ts';
import { parseDeclaredOffers, type DeclaredOffer } from './declared-offers.ts';
import { SnapshotCache, type SnapshotCacheOptions } from '../store/snapshot-cache.ts';
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

/** What the facets of support read of a programme (facets.ts). */
export interface ProgrammeFacets {
  modalities: SupportModality[];
  fundingSources: FundingSource[];
}

export interface ProjectedPartnership {
  id: string;
  title: string;
  themes: Theme[];
  orientation: Orientation;
  /** How far it had gone: the views count ESTABLISHED ones unless a filter asks for more (selection.ts). */
  status: PartnershipStatus;
  /** Framework facets (facets.ts): null or empty where a partnership written before them has none. */
  modality: LinkingModality | null;
  parties: CooperatingParty[];
  focus: ManagementFocus[];
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
  /** The sources imply it without stating it (a note on it says how). */
  inferred: boolean;
}

export interface Projection {
  version: number;
  actors: Map<string, ProjectedActor>;
  partnerships: Map<string, ProjectedPartnership>;
  links: ProjectedLink[];
  /** Actors that fund others: donors, and the cities and associations with a donorType. */
  donors: Set<string>;
  programmes: Map<string, ProgrammeFacets>;
  /** The seeks and offers cities have declared (through the API or a source), by city id. */
  declaredOffers: Map<string, DeclaredOffer[]>;
}

type ActorRow = ProjectedActor & ProgrammeFacets & { donorType: string | null; cooperationOffers: string[] };

function projectActors(rows: ActorRow[]): Pick<Projection, 'actors' | 'donors' | 'programmes' | 'declaredOffers'> {
  const actors = new Map<string, ProjectedActor>();
  const donors = new Set<string>();
  const programmes = new Map<string, ProgrammeFacets>();
  const declaredOffers = new Map<string, DeclaredOffer[]>();
  for (const { donorType, modalities, fundingSources, cooperationOffers, ...actor } of rows) {
    actors.set(actor.id, actor);
    if (actor.kind === 'DONOR' || donorType) donors.add(actor.id);
    if (actor.kind === 'PROGRAMME') programmes.set(actor.id, { modalities, fundingSources });
    if (cooperationOffers.length) declaredOffers.set(actor.id, parseDeclaredOffers(cooperationOffers));
  }
  return { actors, donors, programmes, declaredOffers };
}

async function readProjection(store: GraphStore): Promise<Projection> {
  const version = store.dataVersion;
  const [actors, partnerships, links] = await Promise.all([
    store.run<ActorRow & Record<string, unknown>>('projection-actors'),
    store.run<PartnershipRow & Record<string, unknown>>('projection-partnerships'),
    store.run<ProjectedLink & Record<string, unknown>>('projection-links'),
  ]);
  return {
    version,
    ...projectActors(actors),
    partnerships: new Map(
      partnerships.map(({ participations, ...p }) => [
        p.id,
        { ...p, participants: participations.map(([id]) => id), roles: new Map(participations) },
      ]),
    ),
    links,
  };
}

/**
 * The projection, rebuilt after writes one read at a time, paced, with the
 * writes that arrive during a read folded into the next (snapshot-cache.ts).
 */
export class ProjectionCache {
  private readonly snapshots: SnapshotCache<Projection>;

  constructor(store: GraphStore, options?: SnapshotCacheOptions) {
    this.snapshots = new SnapshotCache(store, () => readProjection(store), options);
  }

  /** The projection of every write committed before the call. */
  async get(): Promise<Projection> {
    return (await this.snapshots.fresh()).value;
  }

  /** A projection that misses no write committed more than `maxStalenessMs` ago (0: `get()`). */
  async within(maxStalenessMs: number): Promise<Projection> {
    return (await this.snapshots.within(maxStalenessMs)).value;
  }
}
