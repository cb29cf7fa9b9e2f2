// What resolvers hand each other: the store's rows mapped to the objects the
// schema resolves. Sources are zipped back from their parallel lists, and each
// object carries its GraphQL type name so that interfaces and unions resolve
// without guessing. codegen.ts maps the schema's types to these models.
import { sourcesOf } from '../ingest/provenance-props.ts';
import type { Row } from '../store/store.ts';
import type {
  ActorKind,
  GeoPoint,
  ParticipantRole,
  SourceRef,
  Theme,
  TriangleKind,
} from './generated/resolvers-types.ts';

const TYPE_OF_KIND = {
  CITY: 'City',
  ASSOCIATION: 'Association',
  NETWORK: 'Network',
  DONOR: 'Donor',
  PROGRAMME: 'Programme',
  ORGANISATION: 'Organisation',
} as const satisfies Record<ActorKind, string>;

export type ActorTypeName = (typeof TYPE_OF_KIND)[ActorKind];

type Props = Record<string, unknown>;

/** An actor node: its stored properties, with sources and location shaped for the schema. */
export interface ActorModel extends Props {
  __typename: ActorTypeName;
  id: string;
  name: string;
  kind: ActorKind;
  aliases: string[];
  sources: SourceRef[];
  notes: string[];
  location: GeoPoint | null;
}

export interface PartnershipModel extends Props {
  __typename: 'Partnership';
  id: string;
  title: string;
  sources: SourceRef[];
  notes: string[];
}

export interface ParticipationModel {
  actorId: string;
  role: ParticipantRole;
}

export interface MembershipModel {
  memberId: string;
  organisationId: string;
  sources: SourceRef[];
  inferred: boolean;
}

export interface FundingModel extends Props {
  id: string;
  donorId: string;
  recipientId: string;
  sources: SourceRef[];
  notes: string[];
}

const list = <T>(value: unknown): T[] => (Array.isArray(value) ? (value as T[]) : []);

/** The stored sources (server/ingest/provenance-props.ts) as the schema's SourceRef: what is not recorded is null. */
function sourceRefsOf(props: Props): SourceRef[] {
  return sourcesOf(props).map(({ document, locator, quote }) => ({ document, locator: locator || null, quote: quote || null }));
}

function typeOfKind(kind: unknown, id: string): ActorTypeName {
  const typename = TYPE_OF_KIND[kind as ActorKind];
  if (!typename) throw new Error(`Actor ${id} has kind ${String(kind)}, which is not an ActorKind`);
  return typename;
}

/** An actor as its own type, or as the Donor view of a city or association that funds others. */
export function mapActor(row: Row | null, as?: 'Donor'): ActorModel | null {
  if (!row) return null;
  const props = row.props as Props;
  const id = props.id as string;
  const location =
    typeof props.latitude === 'number' && typeof props.longitude === 'number' ? { lat: props.latitude, lon: props.longitude } : null;
  return {
    ...props,
    id,
    name: props.name as string,
    kind: props.kind as ActorKind,
    aliases: list(props.aliases),
    sources: sourceRefsOf(props),
    notes: list(props.notes),
    location,
    __typename: as ?? typeOfKind(props.kind, id),
  };
}

export function mapPartnership(row: Row | null): PartnershipModel | null {
  if (!row) return null;
  const props = row.props as Props;
  return { ...props, id: props.id as string, title: props.title as string, sources: sourceRefsOf(props), notes: list(props.notes), __typename: 'Partnership' };
}

export function mapFunding(row: Row): FundingModel {
  const props = row.props as Props;
  return { ...props, id: props.id as string, donorId: row.donor as string, recipientId: row.recipient as string, sources: sourceRefsOf(props), notes: list(props.notes), inferred: props.inferred === true };
}

export function mapMembership(row: Row): MembershipModel {
  const props = row.props as Props;
  return { memberId: row.member as string, organisationId: row.organisation as string, sources: sourceRefsOf(props), inferred: props.inferred === true };
}

/** Analyses name actors by id; their fields load them in batches. */
export interface ClusterModel {
  id: string;
  size: number;
  memberIds: string[];
  topThemes: Theme[];
  label: string;
  countries: string[];
  hubIds: string[];
}

export type { ActorGroupModel } from '../analytics/overview.ts';
export type { OverviewModel } from '../analytics/analytics.ts';

export interface TriangleModel {
  kind: TriangleKind;
  actorIds: string[];
  themes: Theme[];
  partnershipIds: string[];
}

export interface MatchModel {
  cityId: string;
  score: number;
  reasons: string[];
}
