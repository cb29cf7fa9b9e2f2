// What the store already holds that a data set may refer to or add to. The
// curated seed is self-contained and is checked and derived against nothing;
// an import reads this from the store (server/ingest/import/read-store.ts), so that its
// records may name actors and partnerships defined before, and so that a
// partnership's orientation is derived from all of its parties.
import type { LinkingModality, Orientation } from '../domain/enums.ts';

export type NodeKind = 'city' | 'association' | 'network' | 'donor' | 'programme' | 'organisation' | 'partnership';
export type ActorNodeKind = Exclude<NodeKind, 'partnership'>;

export interface StoredActor {
  kind: ActorNodeKind;
  country: string | null;
  /** Whether it funds others: a donor, or another actor with the Donor label. */
  donor: boolean;
}

export interface StoredPartnership {
  orientation: Orientation | null;
  orientationStated: boolean;
  modality: LinkingModality | null;
  participants: string[];
  funders: string[];
}

export interface StoreContext {
  actors: Map<string, StoredActor>;
  partnerships: Map<string, StoredPartnership>;
}

export const nothingStored = (): StoreContext => ({ actors: new Map(), partnerships: new Map() });
