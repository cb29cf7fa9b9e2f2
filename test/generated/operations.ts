/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** The kind of an actor in the cooperation graph. */
export type ActorKind =
  /** A local authority: municipality, county, district or metropolis. */
  | 'CITY'
  /** An association of local authorities (national, regional or global). */
  | 'ASSOCIATION'
  /** A network of cities with a shared focus. */
  | 'NETWORK'
  /** Who pays: agencies, governments, multilateral bodies, foundations, cities acting as donors. */
  | 'DONOR'
  /** A support programme. */
  | 'PROGRAMME';

/** World regions, UN-Habitat style (see seed/REGIONS.md for the rule). */
export type Region =
  | 'AFRICA'
  | 'ARAB_STATES'
  | 'ASIA_PACIFIC'
  | 'EUROPE'
  | 'LATIN_AMERICA_CARIBBEAN'
  | 'NORTH_AMERICA';

/** Development bloc of a country, from which a partnership's orientation is derived. NORTH includes 'West'; EAST is the transition economies of Central and Eastern Europe and Central Asia. */
export type Bloc =
  | 'NORTH'
  | 'SOUTH'
  | 'EAST';

/** Geographic orientation (framework category 1). TRIANGULAR: two or more Southern parties plus a third party from beyond the South. */
export type Orientation =
  | 'NORTH_NORTH'
  | 'NORTH_SOUTH'
  | 'SOUTH_SOUTH'
  | 'WEST_EAST'
  | 'TRIANGULAR'
  | 'GLOBAL';

/** Linking modality (framework category 2). */
export type LinkingModality =
  /** Two cities. */
  | 'ONE_ON_ONE'
  /** Several cities in one arrangement. */
  | 'GROUP'
  /** Cities linked through a network. */
  | 'NETWORKING';

/** Thematic focus (framework category 5, refined with the themes the other documents name). */
export type Theme =
  | 'MUNICIPAL_FINANCE'
  | 'ENVIRONMENT'
  | 'INFRASTRUCTURE_SERVICES'
  | 'WATER_SANITATION'
  | 'WASTE'
  | 'TRANSPORT'
  | 'HEALTH'
  | 'HOUSING'
  | 'ECONOMIC_DEVELOPMENT'
  | 'SECURITY_DISASTER'
  | 'CLIMATE'
  | 'SOCIAL_CULTURAL'
  | 'EDUCATION'
  | 'GOVERNANCE'
  | 'DIGITAL'
  | 'OTHER';

/** Support modality (support category C). */
export type SupportModality =
  | 'BEST_PRACTICE_MATCHMAKING'
  | 'STAFF_EXCHANGE'
  | 'INFORMATION_EXCHANGE'
  | 'NETWORKING'
  | 'DEMONSTRATION_REPLICATION'
  | 'SPECIALISED_EXPERTISE'
  | 'TRAINING'
  | 'PEER_REVIEW'
  | 'OTHER';

/** Funding and resources (support category B). */
export type FundingSource =
  | 'OWN_BUDGET'
  | 'LOCAL_PARTNERS'
  | 'DEVELOPMENT_PROGRAMME'
  | 'GRANTS_LOANS'
  | 'SELF_FUNDING'
  | 'FOUNDATION_TRUST'
  | 'OTHER';

/** Reach of an association of local authorities. */
export type AssociationScope =
  | 'NATIONAL'
  | 'REGIONAL'
  | 'GLOBAL';

/** What kind of body a donor is. */
export type DonorType =
  | 'BILATERAL'
  | 'MULTILATERAL'
  | 'NATIONAL_GOVERNMENT'
  | 'LOCAL_GOVERNMENT'
  | 'FOUNDATION'
  | 'PRIVATE_SECTOR'
  | 'OTHER';

/** Role of a participant in a partnership: the Resource City offers know-how, the Beneficiary City asks for it, PEER is a reciprocal exchange, FACILITATOR brokers the link. */
export type ParticipantRole =
  | 'RESOURCE'
  | 'BENEFICIARY'
  | 'PEER'
  | 'FACILITATOR';

/** How well a city is reached by support (see City.supportLevel). */
export type SupportLevel =
  /** No partnership, no membership, no supporter within reach. */
  | 'ISOLATED'
  /** Linked to other cities or members of a network, but no donor or programme within reach. */
  | 'UNSUPPORTED'
  /** At least one donor or programme within reach. */
  | 'SUPPORTED';

/** Filters for the cities list; all given filters must hold. */
export type CityWhere = {
  /** Part of the name or an alias, ignoring case and accents. */
  nameContains?: string | null | undefined;
  /** ISO 3166-1 alpha-2 country code. */
  country?: string | null | undefined;
  /** World region. */
  region?: Region | null | undefined;
  /** Development bloc. */
  bloc?: Bloc | null | undefined;
  /** Only cities in (true) or outside (false) Least Developed Countries. */
  ldc?: boolean | null | undefined;
  /** Only cities at this support level. */
  supportLevel?: SupportLevel | null | undefined;
};

/** Filters for the partnerships list; all given filters must hold. */
export type PartnershipWhere = {
  /** Partnerships with this theme. */
  theme?: Theme | null | undefined;
  /** Partnerships with this orientation. */
  orientation?: Orientation | null | undefined;
  /** Partnerships with this linking modality. */
  modality?: LinkingModality | null | undefined;
  /** Partnerships with at least one participating city in this region. */
  region?: Region | null | undefined;
  /** Partnerships known to be active in this year: started at or before it and not ended before it (partnerships without a start year are left out). */
  activeInYear?: number | null | undefined;
  /** Partnerships this actor takes part in. */
  participantId?: string | null | undefined;
};

/**
 * Restricts what the graph-wide views look at; all given filters hold together.
 * Themes, orientations and activeInYear select partnerships (and the fundings
 * and support that reach cities through them); kinds and regions select actors.
 */
export type GraphFilter = {
  /** Only actors of these kinds. */
  kinds?: Array<ActorKind> | null | undefined;
  /** Only cities in these regions, and the other actors that are in these regions or linked to such a city. */
  regions?: Array<Region> | null | undefined;
  /** Only partnerships with at least one of these themes. */
  themes?: Array<Theme> | null | undefined;
  /** Only partnerships with one of these orientations. */
  orientations?: Array<Orientation> | null | undefined;
  /** Only partnerships, fundings and programmes known to be active in this year: a start year at or before it, and no end year before it. Links whose years the sources do not give are left out. */
  activeInYear?: number | null | undefined;
};

export type SourceFieldsFragment = { document: string, locator: string | null, quote: string | null };

type ActorSummary_City_Fragment = { id: string, name: string, kind: ActorKind };

type ActorSummary_Association_Fragment = { id: string, name: string, kind: ActorKind };

type ActorSummary_Network_Fragment = { id: string, name: string, kind: ActorKind };

type ActorSummary_Donor_Fragment = { id: string, name: string, kind: ActorKind };

type ActorSummary_Programme_Fragment = { id: string, name: string, kind: ActorKind };

export type ActorSummaryFragment =
  | ActorSummary_City_Fragment
  | ActorSummary_Association_Fragment
  | ActorSummary_Network_Fragment
  | ActorSummary_Donor_Fragment
  | ActorSummary_Programme_Fragment
;

export type CityDetailQueryVariables = Exact<{
  id: string;
}>;


export type CityDetailQuery = { actor:
    | { country: string, region: Region, bloc: Bloc, ldc: boolean, population: number | null, supportLevel: SupportLevel, id: string, name: string, kind: ActorKind, location: { lat: number, lon: number } | null, partners: Array<{ id: string, name: string }>, memberships: Array<
        | { id: string, name: string, kind: ActorKind }
        | { id: string, name: string, kind: ActorKind }
        | { id: string, name: string, kind: ActorKind }
        | { id: string, name: string, kind: ActorKind }
        | { id: string, name: string, kind: ActorKind }
      >, supporters: Array<
        | { id: string, name: string, kind: ActorKind }
        | { id: string, name: string, kind: ActorKind }
        | { id: string, name: string, kind: ActorKind }
        | { id: string, name: string, kind: ActorKind }
        | { id: string, name: string, kind: ActorKind }
      >, partnerships: Array<{ id: string, title: string, themes: Array<Theme>, orientation: Orientation, participants: Array<{ role: ParticipantRole, actor:
            | { id: string, name: string, kind: ActorKind }
            | { id: string, name: string, kind: ActorKind }
            | { id: string, name: string, kind: ActorKind }
            | { id: string, name: string, kind: ActorKind }
            | { id: string, name: string, kind: ActorKind }
           }>, fundings: Array<{ donor: { id: string, name: string } }> }>, sources: Array<{ document: string, locator: string | null, quote: string | null }> }
    | { id: string, name: string, kind: ActorKind, sources: Array<{ document: string, locator: string | null, quote: string | null }> }
    | { id: string, name: string, kind: ActorKind, sources: Array<{ document: string, locator: string | null, quote: string | null }> }
    | { id: string, name: string, kind: ActorKind, sources: Array<{ document: string, locator: string | null, quote: string | null }> }
    | { id: string, name: string, kind: ActorKind, sources: Array<{ document: string, locator: string | null, quote: string | null }> }
   | null };

export type PartnershipDetailQueryVariables = Exact<{
  id: string;
}>;


export type PartnershipDetailQuery = { partnership: { id: string, title: string, startYear: number | null, endYear: number | null, orientation: Orientation, orientationStated: boolean, modality: LinkingModality, themes: Array<Theme>, outcomes: Array<string>, sources: Array<{ document: string, locator: string | null, quote: string | null }>, participants: Array<{ role: ParticipantRole, actor:
        | { id: string, name: string, kind: ActorKind }
        | { id: string, name: string, kind: ActorKind }
        | { id: string, name: string, kind: ActorKind }
        | { id: string, name: string, kind: ActorKind }
        | { id: string, name: string, kind: ActorKind }
       }>, fundings: Array<{ id: string, amount: number | null, currency: string | null, donor: { id: string, name: string, donorType: DonorType }, recipient:
        | { __typename: 'City' }
        | { __typename: 'Partnership', id: string }
        | { __typename: 'Programme' }
        | { __typename: 'Association' }
        | { __typename: 'Network' }
       }>, supporters: Array<{ id: string, name: string }> } | null };

export type SearchQueryVariables = Exact<{
  text: string;
  kinds?: Array<ActorKind> | ActorKind | null | undefined;
  first?: number | null | undefined;
}>;


export type SearchQuery = { search: Array<
    | { id: string, name: string, kind: ActorKind }
    | { id: string, name: string, kind: ActorKind }
    | { id: string, name: string, kind: ActorKind }
    | { id: string, name: string, kind: ActorKind }
    | { id: string, name: string, kind: ActorKind }
  > };

export type CitiesQueryVariables = Exact<{
  where?: CityWhere | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type CitiesQuery = { cities: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, name: string, country: string, region: Region, bloc: Bloc, ldc: boolean, supportLevel: SupportLevel } }> } };

export type PartnershipsQueryVariables = Exact<{
  where?: PartnershipWhere | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type PartnershipsQuery = { partnerships: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, title: string, startYear: number | null, endYear: number | null, orientation: Orientation, modality: LinkingModality, themes: Array<Theme>, participants: Array<{ actor:
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
           }> } }> } };

export type OrganisationsQueryVariables = Exact<{ [key: string]: never; }>;


export type OrganisationsQuery = { associations: Array<{ id: string, name: string, scope: AssociationScope, country: string | null, region: Region | null, members: Array<
      | { id: string, name: string, kind: ActorKind }
      | { id: string, name: string, kind: ActorKind }
      | { id: string, name: string, kind: ActorKind }
      | { id: string, name: string, kind: ActorKind }
      | { id: string, name: string, kind: ActorKind }
    >, memberships: Array<
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
    >, partnerships: Array<{ id: string }> }>, networks: Array<{ id: string, name: string, region: Region | null, themes: Array<Theme>, members: Array<
      | { id: string, name: string, kind: ActorKind }
      | { id: string, name: string, kind: ActorKind }
      | { id: string, name: string, kind: ActorKind }
      | { id: string, name: string, kind: ActorKind }
      | { id: string, name: string, kind: ActorKind }
    >, partnerships: Array<{ id: string }> }>, donors: Array<{ id: string, name: string, kind: ActorKind, donorType: DonorType, country: string | null, fundings: Array<{ id: string, recipient:
        | { __typename: 'City', id: string }
        | { __typename: 'Partnership', id: string }
        | { __typename: 'Programme', id: string }
        | { __typename: 'Association', id: string }
        | { __typename: 'Network', id: string }
       }>, programmes: Array<{ id: string }> }>, programmes: Array<{ id: string, name: string, modalities: Array<SupportModality>, fundingSources: Array<FundingSource>, startYear: number | null, endYear: number | null, runBy: Array<
      | { id: string, name: string, kind: ActorKind }
      | { id: string, name: string, kind: ActorKind }
      | { id: string, name: string, kind: ActorKind }
      | { id: string, name: string, kind: ActorKind }
      | { id: string, name: string, kind: ActorKind }
    >, supports: Array<
      | { __typename: 'City', id: string }
      | { __typename: 'Partnership', id: string }
      | { __typename: 'Association', id: string }
      | { __typename: 'Network', id: string }
    >, fundings: Array<{ donor: { id: string } }> }> };

export type StatsQueryVariables = Exact<{ [key: string]: never; }>;


export type StatsQuery = { stats: { cities: number, associations: number, networks: number, donors: number, programmes: number, partnerships: number, relationships: number } };

export type SubgraphFieldsFragment = { nodes: Array<{ id: string, kind: ActorKind, label: string, cluster: string | null, supportLevel: SupportLevel | null, region: Region | null, country: string | null }>, edges: Array<{ id: string, source: string, target: string, type: string, partnershipId: string | null }> };

export type GraphQueryVariables = Exact<{
  filter?: GraphFilter | null | undefined;
}>;


export type GraphQuery = { graph: { nodes: Array<{ id: string, kind: ActorKind, label: string, cluster: string | null, supportLevel: SupportLevel | null, region: Region | null, country: string | null }>, edges: Array<{ id: string, source: string, target: string, type: string, partnershipId: string | null }> } };

export type NeighbourhoodQueryVariables = Exact<{
  id: string;
  depth?: number | null | undefined;
}>;


export type NeighbourhoodQuery = { neighbourhood: { nodes: Array<{ id: string, kind: ActorKind, label: string, cluster: string | null, supportLevel: SupportLevel | null, region: Region | null, country: string | null }>, edges: Array<{ id: string, source: string, target: string, type: string, partnershipId: string | null }> } };

export type PathQueryVariables = Exact<{
  from: string;
  to: string;
  maxHops?: number | null | undefined;
}>;


export type PathQuery = { path: { nodes: Array<{ id: string, kind: ActorKind, label: string, cluster: string | null, supportLevel: SupportLevel | null, region: Region | null, country: string | null }>, edges: Array<{ id: string, source: string, target: string, type: string, partnershipId: string | null }> } | null };

export type CitiesDeepQueryVariables = Exact<{
  first: number;
}>;


export type CitiesDeepQuery = { cities: { edges: Array<{ node: { id: string, supportLevel: SupportLevel, supporters: Array<
          | { id: string, name: string, kind: ActorKind }
          | { id: string, name: string, kind: ActorKind }
          | { id: string, name: string, kind: ActorKind }
          | { id: string, name: string, kind: ActorKind }
          | { id: string, name: string, kind: ActorKind }
        >, partners: Array<{ id: string, memberships: Array<
            | { id: string, name: string, kind: ActorKind }
            | { id: string, name: string, kind: ActorKind }
            | { id: string, name: string, kind: ActorKind }
            | { id: string, name: string, kind: ActorKind }
            | { id: string, name: string, kind: ActorKind }
          > }>, memberships: Array<
          | { id: string, name: string, kind: ActorKind }
          | { id: string, name: string, kind: ActorKind, members: Array<
              | { id: string, name: string, kind: ActorKind }
              | { id: string, name: string, kind: ActorKind }
              | { id: string, name: string, kind: ActorKind }
              | { id: string, name: string, kind: ActorKind }
              | { id: string, name: string, kind: ActorKind }
            >, memberships: Array<
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
            > }
          | { id: string, name: string, kind: ActorKind, members: Array<
              | { id: string, name: string, kind: ActorKind }
              | { id: string, name: string, kind: ActorKind }
              | { id: string, name: string, kind: ActorKind }
              | { id: string, name: string, kind: ActorKind }
              | { id: string, name: string, kind: ActorKind }
            >, partnerships: Array<{ id: string }> }
          | { id: string, name: string, kind: ActorKind }
          | { id: string, name: string, kind: ActorKind }
        >, partnerships: Array<{ id: string, participants: Array<{ role: ParticipantRole, actor:
              | { id: string, name: string, kind: ActorKind, partners: Array<{ id: string }> }
              | { id: string, name: string, kind: ActorKind }
              | { id: string, name: string, kind: ActorKind }
              | { id: string, name: string, kind: ActorKind }
              | { id: string, name: string, kind: ActorKind }
             }>, fundings: Array<{ donor: { id: string, fundings: Array<{ id: string }>, programmes: Array<{ id: string }> }, recipient:
              | { __typename: 'City' }
              | { __typename: 'Partnership', id: string }
              | { __typename: 'Programme' }
              | { __typename: 'Association' }
              | { __typename: 'Network' }
             }>, supporters: Array<{ id: string, runBy: Array<
              | { id: string, name: string, kind: ActorKind }
              | { id: string, name: string, kind: ActorKind }
              | { id: string, name: string, kind: ActorKind }
              | { id: string, name: string, kind: ActorKind }
              | { id: string, name: string, kind: ActorKind }
            >, supports: Array<
              | { __typename: 'City', id: string }
              | { __typename: 'Partnership' }
              | { __typename: 'Association' }
              | { __typename: 'Network' }
            >, fundings: Array<{ id: string }> }> }> } }> } };
