// The in-memory projection of the graph that the graph-wide views and the
// analytics work on: every actor, partnership and relationship, read with
// four statements and kept until the next write (keyed by the store's data
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
  /** In id order. */
  participants: string[];
  /** Each participant's role, at its index in `participants`. */
  roles: ParticipantRole[];
}

type PartnershipRow = Omit<ProjectedPartnership, 'participants' | 'roles'>;
type ParticipationRow = { partnership: string; actor: string; role: ParticipantRole };

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

/**
 * Each partnership with its participants in id order. The rows are the store's fresh objects, completed where they
 * are, and the participants' lists made to their size: copies and grown lists of 320,000 partnerships (100,000
 * cities) cost seconds of garbage collection and about 90 MB. A participation whose partnership is not among the
 * rows was written after that statement read (the four run apart): the data version has moved since, so the next
 * read has both; a partnership nobody takes part in has nothing to draw or count, as when the two were read together.
 */
function projectPartnerships(rows: PartnershipRow[], participations: ParticipationRow[]): Map<string, ProjectedPartnership> {
  const sizes = new Map<string, number>();
  for (const { partnership } of participations) sizes.set(partnership, (sizes.get(partnership) ?? 0) + 1);
  const partnerships = new Map<string, ProjectedPartnership>();
  for (const row of rows) {
    const size = sizes.get(row.id);
    if (size) partnerships.set(row.id, Object.assign(row, { participants: new Array<string>(size), roles: new Array<ParticipantRole>(size) }));
  }
  // `sizes` counts down what is left to place of each partnership's participants.
  for (const { partnership, actor, role } of participations) {
    const p = partnerships.get(partnership);
    if (!p) continue;
    const left = sizes.get(partnership)!;
    sizes.set(partnership, left - 1);
    // Insertion at its place in id order: a partnership has a handful of participants, most of them two.
    let at = p.participants.length - left;
    for (; at > 0 && p.participants[at - 1]! > actor; at--) {
      p.participants[at] = p.participants[at - 1]!;
      p.roles[at] = p.roles[at - 1]!;
    }
    p.participants[at] = actor;
    p.roles[at] = role;
  }
  return partnerships;
}

async function readProjection(store: GraphStore): Promise<Projection> {
  const version = store.dataVersion;
  const [actors, partnerships, participations, links] = await Promise.all([
    store.run<ActorRow & Record<string, unknown>>('projection-actors'),
    store.run<PartnershipRow & Record<string, unknown>>('projection-partnerships'),
    store.run<ParticipationRow & Record<string, unknown>>('projection-participations'),
    store.run<ProjectedLink & Record<string, unknown>>('projection-links'),
  ]);
  return { version, ...projectActors(actors), partnerships: projectPartnerships(partnerships, participations), links };
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
