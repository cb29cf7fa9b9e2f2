/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** How the overview groups actors. */
export type ActorGrouping =
  /** By Louvain community (the clusters analysis, same filter). Communities of fewer than 10 actors are drawn together, one group per region (group:small:<Region>, or group:small:none); actors without links in the view form one group, group:unlinked. */
  | 'COMMUNITY'
  /** By ISO country; actors without one form country:none. */
  | 'COUNTRY'
  /** By world region; actors without one form region:none. */
  | 'REGION';

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
  /** NGOs and community organisations, universities and institutes, professional bodies and firms that take part in or support C2C (framework category 3). */
  | 'ORGANISATION'
  /** A support programme. */
  | 'PROGRAMME';

/** Reach of an association of local authorities. */
export type AssociationScope =
  | 'GLOBAL'
  | 'NATIONAL'
  | 'REGIONAL';

/** Which tier of local government a city actor stands for. */
export type AuthorityLevel =
  /** A county, province, department, district or aimag: between the municipality and the state. */
  | 'INTERMEDIATE'
  /** A municipality, town, city or borough council. */
  | 'MUNICIPALITY'
  /** A region or federated state's government. */
  | 'REGION';

/** Development bloc of a country, from which a partnership's orientation is derived. NORTH includes 'West'; EAST is the transition economies of Central and Eastern Europe and Central Asia. */
export type Bloc =
  | 'EAST'
  | 'NORTH'
  | 'SOUTH';

/** How communities are found. */
export type ClusterAlgorithm =
  /** Connected components: actors linked by any path. */
  | 'CONNECTED_COMPONENTS'
  /** Louvain modularity optimisation (graphology-communities-louvain), with a fixed random seed so that the same data gives the same clusters. */
  | 'LOUVAIN';

/** Primary cooperating parties (framework category 3). */
export type CooperatingParty =
  | 'ACADEMIA'
  | 'LOCAL_AUTHORITY'
  | 'NATIONAL_ASSOCIATION'
  | 'NGO_CBO'
  | 'OTHER'
  | 'PRIVATE_SECTOR';

/** A city's declaration that it seeks or offers cooperation on a theme. */
export type CooperationOfferInput = {
  /** The city. */
  cityId: string;
  /** Seeks or offers. */
  direction: OfferDirection;
  /** The city's own words: what it seeks or can offer (at most 1,000 characters). */
  note?: string | null | undefined;
  /** Where it is stated (a source document, a letter); the API call itself when omitted. */
  sources?: Array<SourceInput> | null | undefined;
  /** The theme. */
  theme: Theme;
};

/** What kind of body a donor is. */
export type DonorType =
  | 'BILATERAL'
  | 'FOUNDATION'
  | 'LOCAL_GOVERNMENT'
  | 'MULTILATERAL'
  | 'NATIONAL_GOVERNMENT'
  | 'OTHER'
  | 'PRIVATE_SECTOR';

/** Framework facets that partnerships, and the support behind them, can be counted by. */
export type Facet =
  /** The blocs of the participating cities. */
  | 'BLOC'
  /** The decade the partnership started in ("1990s"); "unknown" where no year is stated. */
  | 'DECADE'
  /** Focus in the urban management process. */
  | 'FOCUS'
  /** The funding sources of those programmes. */
  | 'FUNDING_SOURCE'
  /** Linking modality. */
  | 'MODALITY'
  /** Geographic orientation. */
  | 'ORIENTATION'
  /** Primary cooperating parties. */
  | 'PARTY'
  /** The regions of the participating cities. */
  | 'REGION'
  /** How far the partnership had gone (the filter's statuses: ESTABLISHED only unless it names more). */
  | 'STATUS'
  /** The support modalities of the programmes that support the partnership or its cities. */
  | 'SUPPORT_MODALITY'
  /** Thematic focus. */
  | 'THEME';

/** Funding and resources (support category B). */
export type FundingSource =
  | 'DEVELOPMENT_PROGRAMME'
  | 'FOUNDATION_TRUST'
  | 'GRANTS_LOANS'
  | 'LOCAL_PARTNERS'
  | 'OTHER'
  | 'OWN_BUDGET'
  | 'SELF_FUNDING';

/** How cities are grouped into under-served regions. */
export type GapGrouping =
  /** By country. */
  | 'COUNTRY'
  /** By world region. */
  | 'REGION';

/**
 * Restricts what the graph-wide views look at; all given filters hold together.
 * Themes, orientations, statuses and the years (activeInYear, activeFrom, activeTo) select partnerships (and the fundings
 * and support that reach cities through them); kinds and regions select actors.
 */
export type GraphFilter = {
  /** With activeTo, a range of years (an addition to the contract's one year): only partnerships, fundings and programmes known to be active at some time in or after this year: a start year given, and no end year before it. Links whose start year the sources do not give are left out. */
  activeFrom?: number | null | undefined;
  /** Only partnerships, fundings and programmes known to be active in this year: a start year at or before it, and no end year before it. Links whose years the sources do not give are left out. The same as activeFrom and activeTo both set to this year. */
  activeInYear?: number | null | undefined;
  /** With activeFrom, a range of years: only partnerships, fundings and programmes known to have started in or before this year: a start year at or before it. Links whose start year the sources do not give are left out. Stepping activeTo up with activeFrom fixed shows the network growing: each step keeps every link of the step before. activeTo before activeFrom is a BAD_USER_INPUT. */
  activeTo?: number | null | undefined;
  /** Only actors of these kinds. */
  kinds?: Array<ActorKind> | null | undefined;
  /** Only partnerships with one of these orientations. */
  orientations?: Array<Orientation> | null | undefined;
  /** Only cities in these regions, and the other actors that are in these regions or linked to such a city. */
  regions?: Array<Region> | null | undefined;
  /** Only the fundings, supports, runnings and memberships the sources state: leaves out those recorded as inferences (Funding.inferred, Membership.inferred). Absent or false: both. */
  statedOnly?: boolean | null | undefined;
  /** Only partnerships of these statuses. Absent: ESTABLISHED only, so that announcements and contacts are not counted as cooperation. */
  statuses?: Array<PartnershipStatus> | null | undefined;
  /** Only partnerships with at least one of these themes. */
  themes?: Array<Theme> | null | undefined;
};

/** Linking modality (framework category 2). */
export type LinkingModality =
  /** Several cities in one arrangement. */
  | 'GROUP'
  /** Cities linked through a network. */
  | 'NETWORKING'
  /** Two cities. */
  | 'ONE_ON_ONE';

/** Focus in the urban management process (framework category 4). */
export type ManagementFocus =
  | 'INSTITUTIONAL_REFORM'
  | 'STRATEGY_FORMULATION'
  | 'STRATEGY_IMPLEMENTATION'
  | 'TECHNICAL_EXPERTISE';

/** Where a seek or an offer comes from. */
export type OfferBasis =
  /** Stated through the API by the city or an association it belongs to, or by a source document. */
  | 'DECLARED'
  /** Derived from the city's BENEFICIARY (seeks) or RESOURCE (offers) roles in partnerships on that theme. */
  | 'DERIVED';

/** Whether a city seeks cooperation on a theme or offers it. */
export type OfferDirection =
  /** It has know-how on the theme to share. */
  | 'OFFERS'
  /** It asks for know-how on the theme. */
  | 'SEEKS';

/** What kind of body an organisation is. */
export type OrganisationType =
  /** A university, research institute or training institute. */
  | 'ACADEMIA'
  /** A non-governmental or community-based organisation. */
  | 'NGO_CBO'
  | 'OTHER'
  /** A firm or business body. */
  | 'PRIVATE_SECTOR'
  /** A professional body (engineers, planners, managers). */
  | 'PROFESSIONAL_BODY'
  /** A public agency that is neither a local authority nor a donor in the sources (a national institute, a utility). */
  | 'PUBLIC_AGENCY';

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

/** How far a partnership had gone, as its sources state it. */
export type PartnershipStatus =
  /** Announced, proposed or agreed in principle; not yet in operation. */
  | 'ANNOUNCED'
  /** Contacts made; no agreement stated. */
  | 'CONTACT'
  /** In operation, or completed. */
  | 'ESTABLISHED';

/** World regions, UN-Habitat style (see seed/REGIONS.md for the rule). */
export type Region =
  | 'AFRICA'
  | 'ARAB_STATES'
  | 'ASIA_PACIFIC'
  | 'EUROPE'
  | 'LATIN_AMERICA_CARIBBEAN'
  | 'NORTH_AMERICA';

/** Where a fact written through the API is stated. */
export type SourceInput = {
  /** The document, file or data set (e.g. a report's title or file name). */
  document: string;
  /** The place in it: page, section, line. */
  locator?: string | null | undefined;
  /** The words that state the fact. */
  quote?: string | null | undefined;
};

/** How well a city is reached by support (see City.supportLevel). */
export type SupportLevel =
  /** No partnership, no membership, no supporter within reach. */
  | 'ISOLATED'
  /** At least one donor or programme within reach. */
  | 'SUPPORTED'
  /** Linked to other cities or members of a network, but no donor or programme within reach. */
  | 'UNSUPPORTED';

/** Support modality (support category C). */
export type SupportModality =
  | 'BEST_PRACTICE_MATCHMAKING'
  | 'DEMONSTRATION_REPLICATION'
  | 'INFORMATION_EXCHANGE'
  | 'NETWORKING'
  | 'OTHER'
  | 'PEER_REVIEW'
  | 'SPECIALISED_EXPERTISE'
  | 'STAFF_EXCHANGE'
  | 'TRAINING';

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

/** Which triangles to list. */
export type TriangleKind =
  /** Any three actors pairwise linked through partnerships, memberships or fundings. */
  | 'ANY'
  /** Triangular cooperation: in one partnership of SOUTH_SOUTH or TRIANGULAR orientation, two Southern local-government parties (cities, or a city and a national association of a Southern country standing for cities the documents do not name) and a third party from beyond the South that takes part in, funds or supports it. */
  | 'SOUTH_SOUTH_PLUS_ONE';

export type ClustersQueryVariables = Exact<{
  filter?: GraphFilter | null | undefined;
  algorithm?: ClusterAlgorithm | null | undefined;
}>;


export type ClustersQuery = { clusters: { algorithm: string, modularity: number | null, clusters: Array<{ id: string, size: number, label: string, topThemes: Array<Theme>, members: Array<
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
      > }> } };

export type CoverageQueryVariables = Exact<{
  filter?: GraphFilter | null | undefined;
}>;


export type CoverageQuery = { coverage: Array<{ region: Region, theme: Theme, partnerships: number, supporters: number }> };

export type SupportGapsQueryVariables = Exact<{
  groupBy?: GapGrouping | null | undefined;
  filter?: GraphFilter | null | undefined;
}>;


export type SupportGapsQuery = { supportGaps: Array<{ key: string, cities: number, isolated: number, unsupported: number, supported: number, populationUnserved: number | null, gapScore: number }>, isolatedCities: Array<{ id: string, name: string, country: string, region: Region, supportLevel: SupportLevel, population: number | null, ldc: boolean }> };

export type MatchesQueryVariables = Exact<{
  cityId: string;
  theme: Theme;
}>;


export type MatchesQuery = { asking:
    | { id: string, name: string }
    | { id: string, name: string }
    | { id: string, name: string }
    | { id: string, name: string }
    | { id: string, name: string }
    | { id: string, name: string }
   | null, matches: Array<{ score: number, reasons: Array<string>, city: { id: string, name: string, country: string } }> };

export type TrianglesQueryVariables = Exact<{
  kind?: TriangleKind | null | undefined;
  filter?: GraphFilter | null | undefined;
}>;


export type TrianglesQuery = { triangles: Array<{ kind: TriangleKind, themes: Array<Theme>, actors: Array<
      | { id: string, name: string, kind: ActorKind }
      | { id: string, name: string, kind: ActorKind }
      | { id: string, name: string, kind: ActorKind }
      | { id: string, name: string, kind: ActorKind }
      | { id: string, name: string, kind: ActorKind }
      | { id: string, name: string, kind: ActorKind }
    >, partnerships: Array<{ id: string, title: string }> }> };

export type SearchActorsQueryVariables = Exact<{
  text: string;
  kinds?: Array<ActorKind> | ActorKind | null | undefined;
}>;


export type SearchActorsQuery = { search: Array<
    | { id: string, name: string, kind: ActorKind }
    | { country: string, id: string, name: string, kind: ActorKind }
    | { id: string, name: string, kind: ActorKind }
    | { id: string, name: string, kind: ActorKind }
    | { id: string, name: string, kind: ActorKind }
    | { id: string, name: string, kind: ActorKind }
  > };

export type PartnershipYearsQueryVariables = Exact<{ [key: string]: never; }>;


export type PartnershipYearsQuery = { partnershipYears: Array<{ year: number, partnerships: number }> };

export type PartnershipPagePartsFragment = { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, title: string, status: PartnershipStatus, startYear: number | null, endYear: number | null, orientation: Orientation, orientationStated: boolean, modality: LinkingModality, themes: Array<Theme>, focus: Array<ManagementFocus>, parties: Array<CooperatingParty>, outcomes: Array<string>, notes: Array<string>, participants: Array<{ role: ParticipantRole, actor:
          | { id: string, name: string, kind: ActorKind }
          | { id: string, name: string, kind: ActorKind }
          | { id: string, name: string, kind: ActorKind }
          | { id: string, name: string, kind: ActorKind }
          | { id: string, name: string, kind: ActorKind }
          | { id: string, name: string, kind: ActorKind }
         }>, fundings: Array<{ id: string, amount: number | null, currency: string | null, startYear: number | null, endYear: number | null, notes: Array<string>, donor: { id: string, name: string, kind: ActorKind }, recipient:
          | { __typename: 'Association', id: string, name: string, kind: ActorKind }
          | { __typename: 'City', id: string, name: string, kind: ActorKind }
          | { __typename: 'Network', id: string, name: string, kind: ActorKind }
          | { __typename: 'Partnership', id: string, title: string }
          | { __typename: 'Programme', id: string, name: string, kind: ActorKind }
        , sources: Array<{ document: string, locator: string | null, quote: string | null }> }>, supporters: Array<{ id: string, name: string, kind: ActorKind }>, sources: Array<{ document: string, locator: string | null, quote: string | null }> } }> };

export type PartnershipPartsFragment = { id: string, title: string, status: PartnershipStatus, startYear: number | null, endYear: number | null, orientation: Orientation, orientationStated: boolean, modality: LinkingModality, themes: Array<Theme>, focus: Array<ManagementFocus>, parties: Array<CooperatingParty>, outcomes: Array<string>, notes: Array<string>, participants: Array<{ role: ParticipantRole, actor:
      | { id: string, name: string, kind: ActorKind }
      | { id: string, name: string, kind: ActorKind }
      | { id: string, name: string, kind: ActorKind }
      | { id: string, name: string, kind: ActorKind }
      | { id: string, name: string, kind: ActorKind }
      | { id: string, name: string, kind: ActorKind }
     }>, fundings: Array<{ id: string, amount: number | null, currency: string | null, startYear: number | null, endYear: number | null, notes: Array<string>, donor: { id: string, name: string, kind: ActorKind }, recipient:
      | { __typename: 'Association', id: string, name: string, kind: ActorKind }
      | { __typename: 'City', id: string, name: string, kind: ActorKind }
      | { __typename: 'Network', id: string, name: string, kind: ActorKind }
      | { __typename: 'Partnership', id: string, title: string }
      | { __typename: 'Programme', id: string, name: string, kind: ActorKind }
    , sources: Array<{ document: string, locator: string | null, quote: string | null }> }>, supporters: Array<{ id: string, name: string, kind: ActorKind }>, sources: Array<{ document: string, locator: string | null, quote: string | null }> };

export type SourcePartsFragment = { document: string, locator: string | null, quote: string | null };

type ActorRef_Association_Fragment = { id: string, name: string, kind: ActorKind };

type ActorRef_City_Fragment = { id: string, name: string, kind: ActorKind };

type ActorRef_Donor_Fragment = { id: string, name: string, kind: ActorKind };

type ActorRef_Network_Fragment = { id: string, name: string, kind: ActorKind };

type ActorRef_Organisation_Fragment = { id: string, name: string, kind: ActorKind };

type ActorRef_Programme_Fragment = { id: string, name: string, kind: ActorKind };

export type ActorRefFragment =
  | ActorRef_Association_Fragment
  | ActorRef_City_Fragment
  | ActorRef_Donor_Fragment
  | ActorRef_Network_Fragment
  | ActorRef_Organisation_Fragment
  | ActorRef_Programme_Fragment
;

export type FundingPartsFragment = { id: string, amount: number | null, currency: string | null, startYear: number | null, endYear: number | null, notes: Array<string>, donor: { id: string, name: string, kind: ActorKind }, recipient:
    | { __typename: 'Association', id: string, name: string, kind: ActorKind }
    | { __typename: 'City', id: string, name: string, kind: ActorKind }
    | { __typename: 'Network', id: string, name: string, kind: ActorKind }
    | { __typename: 'Partnership', id: string, title: string }
    | { __typename: 'Programme', id: string, name: string, kind: ActorKind }
  , sources: Array<{ document: string, locator: string | null, quote: string | null }> };

export type MembershipPartsFragment = { member:
    | { id: string, name: string, kind: ActorKind }
    | { id: string, name: string, kind: ActorKind }
    | { id: string, name: string, kind: ActorKind }
    | { id: string, name: string, kind: ActorKind }
    | { id: string, name: string, kind: ActorKind }
    | { id: string, name: string, kind: ActorKind }
  , organisation:
    | { id: string, name: string, kind: ActorKind }
    | { id: string, name: string, kind: ActorKind }
    | { id: string, name: string, kind: ActorKind }
    | { id: string, name: string, kind: ActorKind }
    | { id: string, name: string, kind: ActorKind }
    | { id: string, name: string, kind: ActorKind }
  , sources: Array<{ document: string, locator: string | null, quote: string | null }> };

export type ActorDetailsQueryVariables = Exact<{
  id: string;
}>;


export type ActorDetailsQuery = { actor:
    | { __typename: 'Association', scope: AssociationScope, country: string | null, region: Region | null, donorType: DonorType | null, aliases: Array<string>, notes: Array<string>, id: string, name: string, kind: ActorKind, memberLinks: Array<{ member:
          | { id: string, name: string, kind: ActorKind }
          | { id: string, name: string, kind: ActorKind }
          | { id: string, name: string, kind: ActorKind }
          | { id: string, name: string, kind: ActorKind }
          | { id: string, name: string, kind: ActorKind }
          | { id: string, name: string, kind: ActorKind }
        , organisation:
          | { id: string, name: string, kind: ActorKind }
          | { id: string, name: string, kind: ActorKind }
          | { id: string, name: string, kind: ActorKind }
          | { id: string, name: string, kind: ActorKind }
          | { id: string, name: string, kind: ActorKind }
          | { id: string, name: string, kind: ActorKind }
        , sources: Array<{ document: string, locator: string | null, quote: string | null }> }>, membershipLinks: Array<{ member:
          | { id: string, name: string, kind: ActorKind }
          | { id: string, name: string, kind: ActorKind }
          | { id: string, name: string, kind: ActorKind }
          | { id: string, name: string, kind: ActorKind }
          | { id: string, name: string, kind: ActorKind }
          | { id: string, name: string, kind: ActorKind }
        , organisation:
          | { id: string, name: string, kind: ActorKind }
          | { id: string, name: string, kind: ActorKind }
          | { id: string, name: string, kind: ActorKind }
          | { id: string, name: string, kind: ActorKind }
          | { id: string, name: string, kind: ActorKind }
          | { id: string, name: string, kind: ActorKind }
        , sources: Array<{ document: string, locator: string | null, quote: string | null }> }>, fundingsGiven: Array<{ id: string, amount: number | null, currency: string | null, startYear: number | null, endYear: number | null, notes: Array<string>, donor: { id: string, name: string, kind: ActorKind }, recipient:
          | { __typename: 'Association', id: string, name: string, kind: ActorKind }
          | { __typename: 'City', id: string, name: string, kind: ActorKind }
          | { __typename: 'Network', id: string, name: string, kind: ActorKind }
          | { __typename: 'Partnership', id: string, title: string }
          | { __typename: 'Programme', id: string, name: string, kind: ActorKind }
        , sources: Array<{ document: string, locator: string | null, quote: string | null }> }>, sources: Array<{ document: string, locator: string | null, quote: string | null }> }
    | { __typename: 'City', bloc: Bloc, level: AuthorityLevel, locationIsSeat: boolean, ldc: boolean, population: number | null, supportLevel: SupportLevel, aliases: Array<string>, notes: Array<string>, id: string, name: string, kind: ActorKind, cityCountry: string, cityRegion: Region, cityDonorType: DonorType | null, location: { lat: number, lon: number } | null, supporters: Array<
        | { id: string, name: string, kind: ActorKind }
        | { id: string, name: string, kind: ActorKind }
        | { id: string, name: string, kind: ActorKind }
        | { id: string, name: string, kind: ActorKind }
        | { id: string, name: string, kind: ActorKind }
        | { id: string, name: string, kind: ActorKind }
      >, membershipLinks: Array<{ member:
          | { id: string, name: string, kind: ActorKind }
          | { id: string, name: string, kind: ActorKind }
          | { id: string, name: string, kind: ActorKind }
          | { id: string, name: string, kind: ActorKind }
          | { id: string, name: string, kind: ActorKind }
          | { id: string, name: string, kind: ActorKind }
        , organisation:
          | { id: string, name: string, kind: ActorKind }
          | { id: string, name: string, kind: ActorKind }
          | { id: string, name: string, kind: ActorKind }
          | { id: string, name: string, kind: ActorKind }
          | { id: string, name: string, kind: ActorKind }
          | { id: string, name: string, kind: ActorKind }
        , sources: Array<{ document: string, locator: string | null, quote: string | null }> }>, fundingsGiven: Array<{ id: string, amount: number | null, currency: string | null, startYear: number | null, endYear: number | null, notes: Array<string>, donor: { id: string, name: string, kind: ActorKind }, recipient:
          | { __typename: 'Association', id: string, name: string, kind: ActorKind }
          | { __typename: 'City', id: string, name: string, kind: ActorKind }
          | { __typename: 'Network', id: string, name: string, kind: ActorKind }
          | { __typename: 'Partnership', id: string, title: string }
          | { __typename: 'Programme', id: string, name: string, kind: ActorKind }
        , sources: Array<{ document: string, locator: string | null, quote: string | null }> }>, sources: Array<{ document: string, locator: string | null, quote: string | null }> }
    | { __typename: 'Donor', country: string | null, aliases: Array<string>, notes: Array<string>, id: string, name: string, kind: ActorKind, donorKind: DonorType, fundings: Array<{ id: string, amount: number | null, currency: string | null, startYear: number | null, endYear: number | null, notes: Array<string>, donor: { id: string, name: string, kind: ActorKind }, recipient:
          | { __typename: 'Association', id: string, name: string, kind: ActorKind }
          | { __typename: 'City', id: string, name: string, kind: ActorKind }
          | { __typename: 'Network', id: string, name: string, kind: ActorKind }
          | { __typename: 'Partnership', id: string, title: string }
          | { __typename: 'Programme', id: string, name: string, kind: ActorKind }
        , sources: Array<{ document: string, locator: string | null, quote: string | null }> }>, programmes: Array<{ id: string, name: string, kind: ActorKind }>, sources: Array<{ document: string, locator: string | null, quote: string | null }> }
    | { __typename: 'Network', region: Region | null, themes: Array<Theme>, aliases: Array<string>, notes: Array<string>, id: string, name: string, kind: ActorKind, memberLinks: Array<{ member:
          | { id: string, name: string, kind: ActorKind }
          | { id: string, name: string, kind: ActorKind }
          | { id: string, name: string, kind: ActorKind }
          | { id: string, name: string, kind: ActorKind }
          | { id: string, name: string, kind: ActorKind }
          | { id: string, name: string, kind: ActorKind }
        , organisation:
          | { id: string, name: string, kind: ActorKind }
          | { id: string, name: string, kind: ActorKind }
          | { id: string, name: string, kind: ActorKind }
          | { id: string, name: string, kind: ActorKind }
          | { id: string, name: string, kind: ActorKind }
          | { id: string, name: string, kind: ActorKind }
        , sources: Array<{ document: string, locator: string | null, quote: string | null }> }>, sources: Array<{ document: string, locator: string | null, quote: string | null }> }
    | { __typename: 'Organisation', organisationType: OrganisationType, aliases: Array<string>, notes: Array<string>, id: string, name: string, kind: ActorKind, organisationCountry: string | null, programmes: Array<{ id: string, name: string, kind: ActorKind }>, sources: Array<{ document: string, locator: string | null, quote: string | null }> }
    | { __typename: 'Programme', modalities: Array<SupportModality>, fundingSources: Array<FundingSource>, startYear: number | null, endYear: number | null, aliases: Array<string>, notes: Array<string>, id: string, name: string, kind: ActorKind, runBy: Array<
        | { id: string, name: string, kind: ActorKind }
        | { id: string, name: string, kind: ActorKind }
        | { id: string, name: string, kind: ActorKind }
        | { id: string, name: string, kind: ActorKind }
        | { id: string, name: string, kind: ActorKind }
        | { id: string, name: string, kind: ActorKind }
      >, fundings: Array<{ id: string, amount: number | null, currency: string | null, startYear: number | null, endYear: number | null, notes: Array<string>, donor: { id: string, name: string, kind: ActorKind }, recipient:
          | { __typename: 'Association', id: string, name: string, kind: ActorKind }
          | { __typename: 'City', id: string, name: string, kind: ActorKind }
          | { __typename: 'Network', id: string, name: string, kind: ActorKind }
          | { __typename: 'Partnership', id: string, title: string }
          | { __typename: 'Programme', id: string, name: string, kind: ActorKind }
        , sources: Array<{ document: string, locator: string | null, quote: string | null }> }>, supports: Array<
        | { __typename: 'Association', id: string, name: string, kind: ActorKind }
        | { __typename: 'City', id: string, name: string, kind: ActorKind }
        | { __typename: 'Network', id: string, name: string, kind: ActorKind }
        | { __typename: 'Partnership', id: string, title: string }
      >, sources: Array<{ document: string, locator: string | null, quote: string | null }> }
   | null };

export type ActorPartnershipsQueryVariables = Exact<{
  id: string;
  first: number;
  after?: string | null | undefined;
}>;


export type ActorPartnershipsQuery = { actor:
    | { __typename: 'Association', id: string, partnershipPage: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, title: string, status: PartnershipStatus, startYear: number | null, endYear: number | null, orientation: Orientation, orientationStated: boolean, modality: LinkingModality, themes: Array<Theme>, focus: Array<ManagementFocus>, parties: Array<CooperatingParty>, outcomes: Array<string>, notes: Array<string>, participants: Array<{ role: ParticipantRole, actor:
                | { id: string, name: string, kind: ActorKind }
                | { id: string, name: string, kind: ActorKind }
                | { id: string, name: string, kind: ActorKind }
                | { id: string, name: string, kind: ActorKind }
                | { id: string, name: string, kind: ActorKind }
                | { id: string, name: string, kind: ActorKind }
               }>, fundings: Array<{ id: string, amount: number | null, currency: string | null, startYear: number | null, endYear: number | null, notes: Array<string>, donor: { id: string, name: string, kind: ActorKind }, recipient:
                | { __typename: 'Association', id: string, name: string, kind: ActorKind }
                | { __typename: 'City', id: string, name: string, kind: ActorKind }
                | { __typename: 'Network', id: string, name: string, kind: ActorKind }
                | { __typename: 'Partnership', id: string, title: string }
                | { __typename: 'Programme', id: string, name: string, kind: ActorKind }
              , sources: Array<{ document: string, locator: string | null, quote: string | null }> }>, supporters: Array<{ id: string, name: string, kind: ActorKind }>, sources: Array<{ document: string, locator: string | null, quote: string | null }> } }> } }
    | { __typename: 'City', id: string, partnershipPage: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, title: string, status: PartnershipStatus, startYear: number | null, endYear: number | null, orientation: Orientation, orientationStated: boolean, modality: LinkingModality, themes: Array<Theme>, focus: Array<ManagementFocus>, parties: Array<CooperatingParty>, outcomes: Array<string>, notes: Array<string>, participants: Array<{ role: ParticipantRole, actor:
                | { id: string, name: string, kind: ActorKind }
                | { id: string, name: string, kind: ActorKind }
                | { id: string, name: string, kind: ActorKind }
                | { id: string, name: string, kind: ActorKind }
                | { id: string, name: string, kind: ActorKind }
                | { id: string, name: string, kind: ActorKind }
               }>, fundings: Array<{ id: string, amount: number | null, currency: string | null, startYear: number | null, endYear: number | null, notes: Array<string>, donor: { id: string, name: string, kind: ActorKind }, recipient:
                | { __typename: 'Association', id: string, name: string, kind: ActorKind }
                | { __typename: 'City', id: string, name: string, kind: ActorKind }
                | { __typename: 'Network', id: string, name: string, kind: ActorKind }
                | { __typename: 'Partnership', id: string, title: string }
                | { __typename: 'Programme', id: string, name: string, kind: ActorKind }
              , sources: Array<{ document: string, locator: string | null, quote: string | null }> }>, supporters: Array<{ id: string, name: string, kind: ActorKind }>, sources: Array<{ document: string, locator: string | null, quote: string | null }> } }> } }
    | { __typename: 'Donor', id: string }
    | { __typename: 'Network', id: string, partnershipPage: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, title: string, status: PartnershipStatus, startYear: number | null, endYear: number | null, orientation: Orientation, orientationStated: boolean, modality: LinkingModality, themes: Array<Theme>, focus: Array<ManagementFocus>, parties: Array<CooperatingParty>, outcomes: Array<string>, notes: Array<string>, participants: Array<{ role: ParticipantRole, actor:
                | { id: string, name: string, kind: ActorKind }
                | { id: string, name: string, kind: ActorKind }
                | { id: string, name: string, kind: ActorKind }
                | { id: string, name: string, kind: ActorKind }
                | { id: string, name: string, kind: ActorKind }
                | { id: string, name: string, kind: ActorKind }
               }>, fundings: Array<{ id: string, amount: number | null, currency: string | null, startYear: number | null, endYear: number | null, notes: Array<string>, donor: { id: string, name: string, kind: ActorKind }, recipient:
                | { __typename: 'Association', id: string, name: string, kind: ActorKind }
                | { __typename: 'City', id: string, name: string, kind: ActorKind }
                | { __typename: 'Network', id: string, name: string, kind: ActorKind }
                | { __typename: 'Partnership', id: string, title: string }
                | { __typename: 'Programme', id: string, name: string, kind: ActorKind }
              , sources: Array<{ document: string, locator: string | null, quote: string | null }> }>, supporters: Array<{ id: string, name: string, kind: ActorKind }>, sources: Array<{ document: string, locator: string | null, quote: string | null }> } }> } }
    | { __typename: 'Organisation', id: string, partnershipPage: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, title: string, status: PartnershipStatus, startYear: number | null, endYear: number | null, orientation: Orientation, orientationStated: boolean, modality: LinkingModality, themes: Array<Theme>, focus: Array<ManagementFocus>, parties: Array<CooperatingParty>, outcomes: Array<string>, notes: Array<string>, participants: Array<{ role: ParticipantRole, actor:
                | { id: string, name: string, kind: ActorKind }
                | { id: string, name: string, kind: ActorKind }
                | { id: string, name: string, kind: ActorKind }
                | { id: string, name: string, kind: ActorKind }
                | { id: string, name: string, kind: ActorKind }
                | { id: string, name: string, kind: ActorKind }
               }>, fundings: Array<{ id: string, amount: number | null, currency: string | null, startYear: number | null, endYear: number | null, notes: Array<string>, donor: { id: string, name: string, kind: ActorKind }, recipient:
                | { __typename: 'Association', id: string, name: string, kind: ActorKind }
                | { __typename: 'City', id: string, name: string, kind: ActorKind }
                | { __typename: 'Network', id: string, name: string, kind: ActorKind }
                | { __typename: 'Partnership', id: string, title: string }
                | { __typename: 'Programme', id: string, name: string, kind: ActorKind }
              , sources: Array<{ document: string, locator: string | null, quote: string | null }> }>, supporters: Array<{ id: string, name: string, kind: ActorKind }>, sources: Array<{ document: string, locator: string | null, quote: string | null }> } }> } }
    | { __typename: 'Programme', id: string }
   | null };

export type OfferPartsFragment = { theme: Theme, direction: OfferDirection, basis: OfferBasis, note: string | null };

export type CityCooperationOffersQueryVariables = Exact<{
  id: string;
}>;


export type CityCooperationOffersQuery = { actor:
    | { __typename: 'Association', id: string }
    | { __typename: 'City', id: string, seeks: Array<{ theme: Theme, direction: OfferDirection, basis: OfferBasis, note: string | null }>, offers: Array<{ theme: Theme, direction: OfferDirection, basis: OfferBasis, note: string | null }> }
    | { __typename: 'Donor', id: string }
    | { __typename: 'Network', id: string }
    | { __typename: 'Organisation', id: string }
    | { __typename: 'Programme', id: string }
   | null };

export type DeclareOfferMutationVariables = Exact<{
  input: CooperationOfferInput;
}>;


export type DeclareOfferMutation = { declareCooperationOffer: { theme: Theme, direction: OfferDirection, basis: OfferBasis, note: string | null } };

export type WithdrawOfferMutationVariables = Exact<{
  cityId: string;
  direction: OfferDirection;
  theme: Theme;
}>;


export type WithdrawOfferMutation = { withdrawCooperationOffer: { theme: Theme, direction: OfferDirection } };

export type SubgraphPartsFragment = { nodes: Array<{ id: string, kind: ActorKind, label: string, cluster: string | null, supportLevel: SupportLevel | null, region: Region | null, country: string | null }>, edges: Array<{ id: string, source: string, target: string, type: string, partnershipId: string | null, weight: number }> };

export type GraphQueryVariables = Exact<{
  filter?: GraphFilter | null | undefined;
}>;


export type GraphQuery = { graph: { nodes: Array<{ id: string, kind: ActorKind, label: string, cluster: string | null, supportLevel: SupportLevel | null, region: Region | null, country: string | null }>, edges: Array<{ id: string, source: string, target: string, type: string, partnershipId: string | null, weight: number }> } };

export type OverviewQueryVariables = Exact<{
  filter?: GraphFilter | null | undefined;
  groupBy?: ActorGrouping | null | undefined;
  open?: string | null | undefined;
}>;


export type OverviewQuery = { overview: { totalActors: number, aggregated: boolean, groups: Array<{ id: string, label: string, size: number, countries: Array<string>, region: Region | null, cluster: string | null, cities: number, supported: number, unsupported: number, isolated: number, mainOrientation: Orientation | null }>, open: { id: string, label: string, size: number } | null, members: { nodes: Array<{ id: string, kind: ActorKind, label: string, cluster: string | null, supportLevel: SupportLevel | null, region: Region | null, country: string | null }>, edges: Array<{ id: string, source: string, target: string, type: string, partnershipId: string | null, weight: number }> }, links: Array<{ source: string, target: string, weight: number }> } };

export type ActorGroupOfQueryVariables = Exact<{
  filter?: GraphFilter | null | undefined;
  groupBy?: ActorGrouping | null | undefined;
  id: string;
}>;


export type ActorGroupOfQuery = { overview: { aggregated: boolean, groupOf: string | null } };

export type NeighbourhoodQueryVariables = Exact<{
  id: string;
  depth?: number | null | undefined;
}>;


export type NeighbourhoodQuery = { neighbourhood: { truncated: boolean, totalNodes: number | null, totalEdges: number, edges: Array<{ partnershipIds: Array<string>, id: string, source: string, target: string, type: string, partnershipId: string | null, weight: number }>, nodes: Array<{ id: string, kind: ActorKind, label: string, cluster: string | null, supportLevel: SupportLevel | null, region: Region | null, country: string | null }> } };

export type PathQueryVariables = Exact<{
  from: string;
  to: string;
}>;


export type PathQuery = { path: { nodes: Array<{ id: string, kind: ActorKind, label: string, cluster: string | null, supportLevel: SupportLevel | null, region: Region | null, country: string | null }>, edges: Array<{ id: string, source: string, target: string, type: string, partnershipId: string | null, weight: number }> } | null };

export type CityLocationsQueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type CityLocationsQuery = { cities: { edges: Array<{ node: { id: string, location: { lat: number, lon: number } | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type FairPairsQueryVariables = Exact<{
  theme?: Theme | null | undefined;
  region?: Region | null | undefined;
}>;


export type FairPairsQuery = { fair: Array<{ theme: Theme, score: number, reasons: Array<string>, seeker: { id: string, name: string }, offerer: { id: string, name: string } }> };

export type ForumDonorsQueryVariables = Exact<{ [key: string]: never; }>;


export type ForumDonorsQuery = { donors: Array<{ id: string, name: string }> };

export type FundingOpportunitiesQueryVariables = Exact<{
  donorId: string;
  themes?: Array<Theme> | Theme | null | undefined;
  regions?: Array<Region> | Region | null | undefined;
}>;


export type FundingOpportunitiesQuery = { fundingOpportunities: Array<{ themes: Array<Theme>, score: number, reasons: Array<string>, city: { id: string, name: string, country: string, supportLevel: SupportLevel } }> };

export type FacetMatrixQueryVariables = Exact<{
  rows: Facet;
  columns: Facet;
  filter?: GraphFilter | null | undefined;
}>;


export type FacetMatrixQuery = { facetMatrix: Array<{ row: string, column: string, partnerships: number, supporters: number }> };

export type SupportLandscapeQueryVariables = Exact<{
  filter?: GraphFilter | null | undefined;
}>;


export type SupportLandscapeQuery = { overlaps: Array<{ sharedThemes: Array<Theme>, overlap: number, first:
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
    , second:
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
    , sharedCities: Array<{ id: string, name: string }> }>, complements: Array<{ theme: Theme, firstRegions: Array<Region>, secondRegions: Array<Region>, first:
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
    , second:
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
     }> };

export type StatsQueryVariables = Exact<{ [key: string]: never; }>;


export type StatsQuery = { stats: { cities: number, associations: number, networks: number, donors: number, programmes: number, organisations: number, partnerships: number, relationships: number } };
