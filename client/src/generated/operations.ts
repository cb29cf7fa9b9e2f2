/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** The kind of an actor in the cooperation graph. */
export type ActorKind =
  /** An association of local authorities (national, regional or global). */
  | 'ASSOCIATION'
  /** A local authority: municipality, county, district or metropolis. */
  | 'CITY'
  /** Who pays: agencies, governments, multilateral bodies, foundations, cities acting as donors. */
  | 'DONOR'
  /** A network of cities with a shared focus. */
  | 'NETWORK'
  /** A support programme. */
  | 'PROGRAMME';

/** Geographic orientation (framework category 1). TRIANGULAR: two or more Southern parties plus a third party from beyond the South. */
export type Orientation =
  | 'GLOBAL'
  | 'NORTH_NORTH'
  | 'NORTH_SOUTH'
  | 'SOUTH_SOUTH'
  | 'TRIANGULAR'
  | 'WEST_EAST';

/** Role of a participant in a partnership: the Resource City offers know-how, the Beneficiary City asks for it, PEER is a reciprocal exchange, FACILITATOR brokers the link. */
export type ParticipantRole =
  | 'BENEFICIARY'
  | 'FACILITATOR'
  | 'PEER'
  | 'RESOURCE';

/** Thematic focus (framework category 5, refined with the themes the other documents name). */
export type Theme =
  | 'CLIMATE'
  | 'DIGITAL'
  | 'ECONOMIC_DEVELOPMENT'
  | 'EDUCATION'
  | 'ENVIRONMENT'
  | 'GOVERNANCE'
  | 'HEALTH'
  | 'HOUSING'
  | 'INFRASTRUCTURE_SERVICES'
  | 'MUNICIPAL_FINANCE'
  | 'OTHER'
  | 'SECURITY_DISASTER'
  | 'SOCIAL_CULTURAL'
  | 'TRANSPORT'
  | 'WASTE'
  | 'WATER_SANITATION';

export type OverviewQueryVariables = Exact<{ [key: string]: never; }>;


export type OverviewQuery = { stats: { cities: number, associations: number, networks: number, donors: number, programmes: number, partnerships: number, relationships: number }, partnerships: { edges: Array<{ node: { id: string, title: string, orientation: Orientation, themes: Array<Theme>, participants: Array<{ role: ParticipantRole, actor:
            | { id: string, name: string, kind: ActorKind }
            | { id: string, name: string, kind: ActorKind }
            | { id: string, name: string, kind: ActorKind }
            | { id: string, name: string, kind: ActorKind }
            | { id: string, name: string, kind: ActorKind }
           }> } }> } };
