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

/** Filters for the cities list; all given filters must hold. */
export type CityWhere = {
  /** Development bloc. */
  bloc?: Bloc | null | undefined;
  /** ISO 3166-1 alpha-2 country code. */
  country?: string | null | undefined;
  /** Only cities in (true) or outside (false) Least Developed Countries. */
  ldc?: boolean | null | undefined;
  /** Part of the name or an alias, ignoring case and accents. */
  nameContains?: string | null | undefined;
  /** World region. */
  region?: Region | null | undefined;
  /** Only cities at this support level. */
  supportLevel?: SupportLevel | null | undefined;
};

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

/** A new association of local authorities. */
export type CreateAssociationInput = {
  /** Other names and acronyms. */
  aliases?: Array<string> | null | undefined;
  /** Country of a national association (ISO 3166-1 alpha-2). */
  country?: string | null | undefined;
  /** When the association also funds others: what kind of donor it is. */
  donorType?: DonorType | null | undefined;
  /** Stable id; association:<name-slug> when omitted. */
  id?: string | null | undefined;
  /** Name as the sources write it. */
  name: string;
  /** What the sources leave ambiguous. */
  notes?: Array<string> | null | undefined;
  /** Region of a regional association. */
  region?: Region | null | undefined;
  /** National, regional or global. */
  scope: AssociationScope;
  /** Where the facts are stated. */
  sources?: Array<SourceInput> | null | undefined;
};

/** A new city. Region, bloc and LDC flag are derived from the country; location and population are looked up in GeoNames when not given. */
export type CreateCityInput = {
  /** Other names for the same local authority. */
  aliases?: Array<string> | null | undefined;
  /** ISO 3166-1 alpha-2 country code. */
  country: string;
  /** When the city also funds others: what kind of donor it is. */
  donorType?: DonorType | null | undefined;
  /** Stable id; city:<country>:<name-slug> when omitted. */
  id?: string | null | undefined;
  /** Tier of local government; MUNICIPALITY when omitted. */
  level?: AuthorityLevel | null | undefined;
  /** Location. */
  location?: GeoPointInput | null | undefined;
  /** Name as the sources write it. */
  name: string;
  /** What the sources leave ambiguous. */
  notes?: Array<string> | null | undefined;
  /** Population. */
  population?: number | null | undefined;
  /** Where the facts are stated. */
  sources?: Array<SourceInput> | null | undefined;
};

/** A new donor. */
export type CreateDonorInput = {
  /** Other names and acronyms. */
  aliases?: Array<string> | null | undefined;
  /** Country (ISO 3166-1 alpha-2) of a bilateral, national or local donor. */
  country?: string | null | undefined;
  /** What kind of body it is. */
  donorType: DonorType;
  /** Stable id; donor:<name-slug> when omitted. */
  id?: string | null | undefined;
  /** Name as the sources write it. */
  name: string;
  /** What the sources leave ambiguous. */
  notes?: Array<string> | null | undefined;
  /** Where the facts are stated. */
  sources?: Array<SourceInput> | null | undefined;
};

/** A new funding from a donor. */
export type CreateFundingInput = {
  /** Amount, not negative. */
  amount?: number | null | undefined;
  /** ISO 4217 currency code of the amount (required with an amount). */
  currency?: string | null | undefined;
  /** Id of the donor (or of a city or association that acts as a donor). */
  donorId: string;
  /** Last year. */
  endYear?: number | null | undefined;
  /** What the sources leave ambiguous. */
  notes?: Array<string> | null | undefined;
  /** Id of the city, partnership, programme, association or network funded. */
  recipientId: string;
  /** Where the funding is stated. */
  sources?: Array<SourceInput> | null | undefined;
  /** First year. */
  startYear?: number | null | undefined;
};

/** A new city network. */
export type CreateNetworkInput = {
  /** Other names and acronyms. */
  aliases?: Array<string> | null | undefined;
  /** Stable id; network:<name-slug> when omitted. */
  id?: string | null | undefined;
  /** Name as the sources write it. */
  name: string;
  /** What the sources leave ambiguous. */
  notes?: Array<string> | null | undefined;
  /** Region it works in, if regional. */
  region?: Region | null | undefined;
  /** Where the facts are stated. */
  sources?: Array<SourceInput> | null | undefined;
  /** Themes it focuses on. */
  themes?: Array<Theme> | null | undefined;
};

/** A new organisation: an NGO, university, professional body, agency or firm. */
export type CreateOrganisationInput = {
  /** Other names and acronyms. */
  aliases?: Array<string> | null | undefined;
  /** Country (ISO 3166-1 alpha-2), where the sources give or imply one. */
  country?: string | null | undefined;
  /** Stable id; organisation:<name-slug> when omitted. */
  id?: string | null | undefined;
  /** Name as the sources write it. */
  name: string;
  /** What the sources leave ambiguous. */
  notes?: Array<string> | null | undefined;
  /** What kind of body it is. */
  organisationType: OrganisationType;
  /** Where the facts are stated. */
  sources?: Array<SourceInput> | null | undefined;
};

/** A new city-to-city partnership. */
export type CreatePartnershipInput = {
  /** Last year. */
  endYear?: number | null | undefined;
  /** Focus in the urban management process. */
  focus?: Array<ManagementFocus> | null | undefined;
  /** Stable id; partnership:api:<title-slug> when omitted. */
  id?: string | null | undefined;
  /** Linking modality; derived from the number of cities when omitted (two: ONE_ON_ONE, more: GROUP). */
  modality?: LinkingModality | null | undefined;
  /** What the sources leave ambiguous. */
  notes?: Array<string> | null | undefined;
  /** Orientation, when the source states it; derived from the participating cities' blocs when omitted. */
  orientation?: Orientation | null | undefined;
  /** Results reported. */
  outcomes?: Array<string> | null | undefined;
  /** At least two participants, each once, one of them a city. */
  participants: Array<ParticipantInput>;
  /** Primary cooperating parties. */
  parties?: Array<CooperatingParty> | null | undefined;
  /** Where the facts are stated. */
  sources?: Array<SourceInput> | null | undefined;
  /** First year. */
  startYear?: number | null | undefined;
  /** How far it had gone; ESTABLISHED when omitted. */
  status?: PartnershipStatus | null | undefined;
  /** Thematic focus. */
  themes?: Array<Theme> | null | undefined;
  /** A short descriptive title. */
  title: string;
};

/** A new support programme. */
export type CreateProgrammeInput = {
  /** Other names and acronyms. */
  aliases?: Array<string> | null | undefined;
  /** Last year. */
  endYear?: number | null | undefined;
  /** Where its money comes from. */
  fundingSources?: Array<FundingSource> | null | undefined;
  /** Stable id; programme:<name-slug> when omitted. */
  id?: string | null | undefined;
  /** How it supports C2C. */
  modalities?: Array<SupportModality> | null | undefined;
  /** Name as the sources write it. */
  name: string;
  /** What the sources leave ambiguous. */
  notes?: Array<string> | null | undefined;
  /** Ids of the associations, networks or donors that run it. */
  runBy?: Array<string> | null | undefined;
  /** Where the facts are stated. */
  sources?: Array<SourceInput> | null | undefined;
  /** First year. */
  startYear?: number | null | undefined;
  /** Ids of the cities, partnerships, associations or networks it supports. */
  supports?: Array<string> | null | undefined;
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

/** A point on the globe (WGS84). */
export type GeoPointInput = {
  /** Latitude, -90..90. */
  lat: number;
  /** Longitude, -180..180. */
  lon: number;
};

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

/** The format of an imported file. */
export type ImportFormat =
  /** One CSV layout per kind of record (seed/IMPORT.md). */
  | 'CSV'
  /** The seed's JSON format (seed/FORMAT.md). */
  | 'JSON';

/** A data set to import. */
export type ImportInput = {
  /** The file's content. */
  content: string;
  /** Check everything, write nothing. */
  dryRun?: boolean | null | undefined;
  /** The file's name, recorded as the source of every fact without one. */
  fileName: string;
  /** JSON or CSV. */
  format: ImportFormat;
  /** For CSV: the layout (kind of records) of the file. */
  kind?: ImportKind | null | undefined;
};

/** Which CSV layout a file uses (seed/IMPORT.md). */
export type ImportKind =
  | 'ASSOCIATIONS'
  | 'CITIES'
  | 'DONORS'
  | 'FUNDINGS'
  | 'MEMBERSHIPS'
  | 'NETWORKS'
  | 'PARTICIPATIONS'
  | 'PARTNERSHIPS'
  | 'PROGRAMMES'
  | 'RUNS'
  | 'SUPPORTS';

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

/** A city or association joining an association or network. */
export type MembershipInput = {
  /** Id of the member city or association. */
  memberId: string;
  /** Id of the association or network. */
  organisationId: string;
  /** Where the membership is stated. */
  sources?: Array<SourceInput> | null | undefined;
};

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

/** An actor taking part in a partnership. */
export type ParticipantInput = {
  /** The actor's id. */
  actorId: string;
  /** Its role. */
  role: ParticipantRole;
};

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

/** Filters for the partnerships list; all given filters must hold. */
export type PartnershipWhere = {
  /** Partnerships known to be active in this year: started at or before it and not ended before it (partnerships without a start year are left out). */
  activeInYear?: number | null | undefined;
  /** Partnerships with this linking modality. */
  modality?: LinkingModality | null | undefined;
  /** Partnerships with this orientation. */
  orientation?: Orientation | null | undefined;
  /** Partnerships this actor takes part in. */
  participantId?: string | null | undefined;
  /** Partnerships with at least one participating city in this region. */
  region?: Region | null | undefined;
  /** Partnerships of this status; every status when omitted. */
  status?: PartnershipStatus | null | undefined;
  /** Partnerships with this theme. */
  theme?: Theme | null | undefined;
};

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

/** Changes to an association; see the update conventions. */
export type UpdateAssociationInput = {
  /** Other names (replaces the list). */
  aliases?: Array<string> | null | undefined;
  /** Country (ISO 3166-1 alpha-2); null clears it. */
  country?: string | null | undefined;
  /** Donor type; null means it no longer acts as a donor (refused while it still funds something). */
  donorType?: DonorType | null | undefined;
  /** Name as the sources write it. */
  name?: string | null | undefined;
  /** Notes to add. */
  notes?: Array<string> | null | undefined;
  /** Region; null clears it. */
  region?: Region | null | undefined;
  /** National, regional or global. */
  scope?: AssociationScope | null | undefined;
  /** Sources to add. */
  sources?: Array<SourceInput> | null | undefined;
};

/** Changes to a city; see the update conventions. */
export type UpdateCityInput = {
  /** Other names (replaces the list). */
  aliases?: Array<string> | null | undefined;
  /** ISO 3166-1 alpha-2 country code (region, bloc and LDC flag follow it; location and population are looked up again unless given). */
  country?: string | null | undefined;
  /** Donor type; null means the city no longer acts as a donor (refused while it still funds something). */
  donorType?: DonorType | null | undefined;
  /** Tier of local government. */
  level?: AuthorityLevel | null | undefined;
  /** Location; null clears it. */
  location?: GeoPointInput | null | undefined;
  /** Name as the sources write it. */
  name?: string | null | undefined;
  /** Notes to add. */
  notes?: Array<string> | null | undefined;
  /** Population; null clears it. */
  population?: number | null | undefined;
  /** Sources to add. */
  sources?: Array<SourceInput> | null | undefined;
};

/** Changes to a donor; see the update conventions. */
export type UpdateDonorInput = {
  /** Other names (replaces the list). */
  aliases?: Array<string> | null | undefined;
  /** Country; null clears it. */
  country?: string | null | undefined;
  /** What kind of body it is. */
  donorType?: DonorType | null | undefined;
  /** Name as the sources write it. */
  name?: string | null | undefined;
  /** Notes to add. */
  notes?: Array<string> | null | undefined;
  /** Sources to add. */
  sources?: Array<SourceInput> | null | undefined;
};

/** Changes to a funding; see the update conventions. */
export type UpdateFundingInput = {
  /** Amount; null clears it. */
  amount?: number | null | undefined;
  /** ISO 4217 currency code; null clears it. */
  currency?: string | null | undefined;
  /** Last year; null clears it. */
  endYear?: number | null | undefined;
  /** Notes to add. */
  notes?: Array<string> | null | undefined;
  /** Sources to add. */
  sources?: Array<SourceInput> | null | undefined;
  /** First year; null clears it. */
  startYear?: number | null | undefined;
};

/** Changes to a network; see the update conventions. */
export type UpdateNetworkInput = {
  /** Other names (replaces the list). */
  aliases?: Array<string> | null | undefined;
  /** Name as the sources write it. */
  name?: string | null | undefined;
  /** Notes to add. */
  notes?: Array<string> | null | undefined;
  /** Region; null clears it. */
  region?: Region | null | undefined;
  /** Sources to add. */
  sources?: Array<SourceInput> | null | undefined;
  /** Themes (replaces the list). */
  themes?: Array<Theme> | null | undefined;
};

/** Changes to an organisation; see the update conventions. */
export type UpdateOrganisationInput = {
  /** Other names (replaces the list). */
  aliases?: Array<string> | null | undefined;
  /** Country (ISO 3166-1 alpha-2); null clears it. */
  country?: string | null | undefined;
  /** Name as the sources write it. */
  name?: string | null | undefined;
  /** Notes to add. */
  notes?: Array<string> | null | undefined;
  /** What kind of body it is. */
  organisationType?: OrganisationType | null | undefined;
  /** Sources to add. */
  sources?: Array<SourceInput> | null | undefined;
};

/** Changes to a partnership; see the update conventions. Orientation and modality are derived again when participants change and they were not stated. */
export type UpdatePartnershipInput = {
  /** Last year; null clears it. */
  endYear?: number | null | undefined;
  /** Focus (replaces the list). */
  focus?: Array<ManagementFocus> | null | undefined;
  /** Linking modality; null makes it derived. */
  modality?: LinkingModality | null | undefined;
  /** Notes to add. */
  notes?: Array<string> | null | undefined;
  /** Orientation as stated; null makes it derived from the participants. */
  orientation?: Orientation | null | undefined;
  /** Results reported (replaces the list). */
  outcomes?: Array<string> | null | undefined;
  /** The participants (replaces the list): at least two, each once, one of them a city. */
  participants?: Array<ParticipantInput> | null | undefined;
  /** Cooperating parties (replaces the list). */
  parties?: Array<CooperatingParty> | null | undefined;
  /** Sources to add. */
  sources?: Array<SourceInput> | null | undefined;
  /** First year; null clears it. */
  startYear?: number | null | undefined;
  /** How far it had gone. */
  status?: PartnershipStatus | null | undefined;
  /** Thematic focus (replaces the list). */
  themes?: Array<Theme> | null | undefined;
  /** A short descriptive title. */
  title?: string | null | undefined;
};

/** Changes to a programme; see the update conventions. */
export type UpdateProgrammeInput = {
  /** Other names (replaces the list). */
  aliases?: Array<string> | null | undefined;
  /** Last year; null clears it. */
  endYear?: number | null | undefined;
  /** Where its money comes from (replaces the list). */
  fundingSources?: Array<FundingSource> | null | undefined;
  /** How it supports C2C (replaces the list). */
  modalities?: Array<SupportModality> | null | undefined;
  /** Name as the sources write it. */
  name?: string | null | undefined;
  /** Notes to add. */
  notes?: Array<string> | null | undefined;
  /** Who runs it (replaces the list). */
  runBy?: Array<string> | null | undefined;
  /** Sources to add. */
  sources?: Array<SourceInput> | null | undefined;
  /** First year; null clears it. */
  startYear?: number | null | undefined;
  /** What it supports (replaces the list). */
  supports?: Array<string> | null | undefined;
};

export type ClustersQueryVariables = Exact<{
  filter?: GraphFilter | null | undefined;
  algorithm?: ClusterAlgorithm | null | undefined;
}>;


export type ClustersQuery = { clusters: { algorithm: string, modularity: number | null, clusters: Array<{ id: string, size: number, topThemes: Array<Theme>, members: Array<
        | { id: string, name: string, kind: ActorKind }
        | { id: string, name: string, kind: ActorKind }
        | { id: string, name: string, kind: ActorKind }
        | { id: string, name: string, kind: ActorKind }
        | { id: string, name: string, kind: ActorKind }
        | { id: string, name: string, kind: ActorKind }
      > }> } };

export type TrianglesQueryVariables = Exact<{
  kind?: TriangleKind | null | undefined;
  filter?: GraphFilter | null | undefined;
  first?: number | null | undefined;
}>;


export type TrianglesQuery = { triangles: Array<{ kind: TriangleKind, themes: Array<Theme>, actors: Array<
      | { id: string, kind: ActorKind }
      | { id: string, kind: ActorKind }
      | { id: string, kind: ActorKind }
      | { id: string, kind: ActorKind }
      | { id: string, kind: ActorKind }
      | { id: string, kind: ActorKind }
    >, partnerships: Array<{ id: string }> }> };

export type IsolatedCitiesQueryVariables = Exact<{
  filter?: GraphFilter | null | undefined;
  first?: number | null | undefined;
  reach?: number | null | undefined;
}>;


export type IsolatedCitiesQuery = { isolatedCities: Array<{ id: string, ldc: boolean, population: number | null, region: Region, supportLevel: SupportLevel }> };

export type SupportGapsQueryVariables = Exact<{
  groupBy?: GapGrouping | null | undefined;
  filter?: GraphFilter | null | undefined;
}>;


export type SupportGapsQuery = { supportGaps: Array<{ key: string, cities: number, isolated: number, unsupported: number, supported: number, populationUnserved: number | null, gapScore: number }> };

export type MatchesQueryVariables = Exact<{
  cityId: string;
  theme: Theme;
  first?: number | null | undefined;
}>;


export type MatchesQuery = { matches: Array<{ score: number, reasons: Array<string>, city: { id: string, bloc: Bloc } }> };

export type CoverageQueryVariables = Exact<{
  filter?: GraphFilter | null | undefined;
}>;


export type CoverageQuery = { coverage: Array<{ region: Region, theme: Theme, partnerships: number, supporters: number }> };

export type ClusterLabelsQueryVariables = Exact<{ [key: string]: never; }>;


export type ClusterLabelsQuery = { clusters: { clusters: Array<{ id: string, size: number, label: string, countries: Array<string>, hubs: Array<
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
      >, members: Array<
        | { id: string, homeCountry: string | null }
        | { country: string, id: string }
        | { id: string, homeCountry: string | null }
        | { id: string }
        | { id: string, homeCountry: string | null }
        | { id: string }
      > }> } };

export type OverviewQueryVariables = Exact<{
  filter?: GraphFilter | null | undefined;
  groupBy?: ActorGrouping | null | undefined;
  open?: string | null | undefined;
  readable?: number | null | undefined;
}>;


export type OverviewQuery = { overview: { totalActors: number, aggregated: boolean, grouping: ActorGrouping, groups: Array<{ id: string, label: string, size: number, countries: Array<string>, regions: Array<Region>, region: Region | null, cluster: string | null, topThemes: Array<Theme>, mainOrientation: Orientation | null, cities: number, supported: number, unsupported: number, isolated: number, hubs: Array<
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
      > }>, open: { id: string, size: number } | null, members: { nodes: Array<{ id: string }>, edges: Array<{ id: string, source: string, target: string }> }, links: Array<{ source: string, target: string, weight: number }> } };

export type OverviewGroupOfQueryVariables = Exact<{
  groupBy?: ActorGrouping | null | undefined;
  readable?: number | null | undefined;
  id: string;
}>;


export type OverviewGroupOfQuery = { overview: { groupOf: string | null } };

export type OverlapsQueryVariables = Exact<{
  filter?: GraphFilter | null | undefined;
  minOverlap?: number | null | undefined;
  first?: number | null | undefined;
}>;


export type OverlapsQuery = { overlaps: Array<{ sharedThemes: Array<Theme>, overlap: number, first:
      | { id: string, kind: ActorKind }
      | { id: string, kind: ActorKind }
      | { id: string, kind: ActorKind }
      | { id: string, kind: ActorKind }
      | { id: string, kind: ActorKind }
      | { id: string, kind: ActorKind }
    , second:
      | { id: string, kind: ActorKind }
      | { id: string, kind: ActorKind }
      | { id: string, kind: ActorKind }
      | { id: string, kind: ActorKind }
      | { id: string, kind: ActorKind }
      | { id: string, kind: ActorKind }
    , sharedCities: Array<{ id: string }> }> };

export type ComplementsQueryVariables = Exact<{
  filter?: GraphFilter | null | undefined;
  first?: number | null | undefined;
}>;


export type ComplementsQuery = { complements: Array<{ theme: Theme, firstRegions: Array<Region>, secondRegions: Array<Region>, first:
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
    , second:
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
     }> };

export type FundingOpportunitiesQueryVariables = Exact<{
  donorId: string;
  themes?: Array<Theme> | Theme | null | undefined;
  regions?: Array<Region> | Region | null | undefined;
  first?: number | null | undefined;
}>;


export type FundingOpportunitiesQuery = { fundingOpportunities: Array<{ themes: Array<Theme>, score: number, reasons: Array<string>, city: { id: string, name: string, region: Region, supportLevel: SupportLevel, supporters: Array<
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
      > } }> };

export type FacetMatrixQueryVariables = Exact<{
  rows: Facet;
  columns: Facet;
  filter?: GraphFilter | null | undefined;
}>;


export type FacetMatrixQuery = { facetMatrix: Array<{ row: string, column: string, partnerships: number, supporters: number }> };

export type FairQueryVariables = Exact<{
  theme?: Theme | null | undefined;
  region?: Region | null | undefined;
  first?: number | null | undefined;
}>;


export type FairQuery = { fair: Array<{ theme: Theme, score: number, reasons: Array<string>, seeker: { id: string, region: Region }, offerer: { id: string, region: Region } }> };

export type CityOffersQueryVariables = Exact<{
  id: string;
}>;


export type CityOffersQuery = { actor:
    | { seeks: Array<{ theme: Theme, direction: OfferDirection, basis: OfferBasis, note: string | null, sources: Array<{ document: string, locator: string | null }>, city: { id: string } }>, offers: Array<{ theme: Theme, direction: OfferDirection, basis: OfferBasis, note: string | null, sources: Array<{ document: string, locator: string | null }>, city: { id: string } }> }
    | Record<PropertyKey, never>
   | null };

export type ForumMatchesQueryVariables = Exact<{
  cityId: string;
  theme: Theme;
}>;


export type ForumMatchesQuery = { matches: Array<{ score: number, reasons: Array<string>, city: { id: string } }> };

export type ForumCoverageQueryVariables = Exact<{
  filter?: GraphFilter | null | undefined;
}>;


export type ForumCoverageQuery = { coverage: Array<{ region: Region, theme: Theme, partnerships: number, supporters: number }> };

export type ForumPartnershipCountQueryVariables = Exact<{
  where?: PartnershipWhere | null | undefined;
}>;


export type ForumPartnershipCountQuery = { partnerships: { totalCount: number } };

export type DeclareCooperationOfferMutationVariables = Exact<{
  input: CooperationOfferInput;
}>;


export type DeclareCooperationOfferMutation = { declareCooperationOffer: { theme: Theme, direction: OfferDirection, basis: OfferBasis, note: string | null, city: { id: string }, sources: Array<{ document: string, locator: string | null, quote: string | null }> } };

export type WithdrawCooperationOfferMutationVariables = Exact<{
  cityId: string;
  direction: OfferDirection;
  theme: Theme;
}>;


export type WithdrawCooperationOfferMutation = { withdrawCooperationOffer: { theme: Theme, direction: OfferDirection, basis: OfferBasis, note: string | null, city: { id: string } } };

export type ImportDataSetMutationVariables = Exact<{
  input: ImportInput;
}>;


export type ImportDataSetMutation = { importDataSet: { dryRun: boolean, fileName: string, geocodingMisses: Array<string>, message: string, records: Array<{ kind: string, count: number }> } };

export type WrittenSourceFragment = { document: string, locator: string | null, quote: string | null };

type WrittenActor_Association_Fragment = { id: string, name: string, kind: ActorKind, aliases: Array<string>, notes: Array<string>, sources: Array<{ document: string, locator: string | null, quote: string | null }> };

type WrittenActor_City_Fragment = { id: string, name: string, kind: ActorKind, aliases: Array<string>, notes: Array<string>, sources: Array<{ document: string, locator: string | null, quote: string | null }> };

type WrittenActor_Donor_Fragment = { id: string, name: string, kind: ActorKind, aliases: Array<string>, notes: Array<string>, sources: Array<{ document: string, locator: string | null, quote: string | null }> };

type WrittenActor_Network_Fragment = { id: string, name: string, kind: ActorKind, aliases: Array<string>, notes: Array<string>, sources: Array<{ document: string, locator: string | null, quote: string | null }> };

type WrittenActor_Organisation_Fragment = { id: string, name: string, kind: ActorKind, aliases: Array<string>, notes: Array<string>, sources: Array<{ document: string, locator: string | null, quote: string | null }> };

type WrittenActor_Programme_Fragment = { id: string, name: string, kind: ActorKind, aliases: Array<string>, notes: Array<string>, sources: Array<{ document: string, locator: string | null, quote: string | null }> };

export type WrittenActorFragment =
  | WrittenActor_Association_Fragment
  | WrittenActor_City_Fragment
  | WrittenActor_Donor_Fragment
  | WrittenActor_Network_Fragment
  | WrittenActor_Organisation_Fragment
  | WrittenActor_Programme_Fragment
;

export type WrittenCityFragment = { country: string, region: Region, bloc: Bloc, ldc: boolean, population: number | null, donorType: DonorType | null, supportLevel: SupportLevel, id: string, name: string, kind: ActorKind, aliases: Array<string>, notes: Array<string>, location: { lat: number, lon: number } | null, sources: Array<{ document: string, locator: string | null, quote: string | null }> };

export type WrittenAssociationFragment = { scope: AssociationScope, country: string | null, region: Region | null, donorType: DonorType | null, id: string, name: string, kind: ActorKind, aliases: Array<string>, notes: Array<string>, sources: Array<{ document: string, locator: string | null, quote: string | null }> };

export type WrittenNetworkFragment = { region: Region | null, themes: Array<Theme>, id: string, name: string, kind: ActorKind, aliases: Array<string>, notes: Array<string>, sources: Array<{ document: string, locator: string | null, quote: string | null }> };

export type WrittenDonorFragment = { donorType: DonorType, country: string | null, id: string, name: string, kind: ActorKind, aliases: Array<string>, notes: Array<string>, sources: Array<{ document: string, locator: string | null, quote: string | null }> };

export type WrittenProgrammeFragment = { modalities: Array<SupportModality>, fundingSources: Array<FundingSource>, startYear: number | null, endYear: number | null, id: string, name: string, kind: ActorKind, aliases: Array<string>, notes: Array<string>, runBy: Array<
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
  >, supports: Array<
    | { __typename: 'Association', id: string }
    | { __typename: 'City', id: string }
    | { __typename: 'Network', id: string }
    | { __typename: 'Partnership', id: string }
  >, sources: Array<{ document: string, locator: string | null, quote: string | null }> };

export type WrittenPartnershipFragment = { id: string, title: string, status: PartnershipStatus, startYear: number | null, endYear: number | null, orientation: Orientation, orientationStated: boolean, modality: LinkingModality, themes: Array<Theme>, focus: Array<ManagementFocus>, parties: Array<CooperatingParty>, outcomes: Array<string>, notes: Array<string>, sources: Array<{ document: string, locator: string | null, quote: string | null }>, participants: Array<{ role: ParticipantRole, actor:
      | { id: string, kind: ActorKind }
      | { id: string, kind: ActorKind }
      | { id: string, kind: ActorKind }
      | { id: string, kind: ActorKind }
      | { id: string, kind: ActorKind }
      | { id: string, kind: ActorKind }
     }>, fundings: Array<{ id: string }> };

export type WrittenFundingFragment = { id: string, amount: number | null, currency: string | null, startYear: number | null, endYear: number | null, notes: Array<string>, sources: Array<{ document: string, locator: string | null, quote: string | null }>, donor: { id: string }, recipient:
    | { __typename: 'Association', id: string }
    | { __typename: 'City', id: string }
    | { __typename: 'Network', id: string }
    | { __typename: 'Partnership', id: string }
    | { __typename: 'Programme', id: string }
   };

export type DeletionReportFragment = { dryRun: boolean, id: string, kind: string, label: string, removedPartnerships: Array<string>, message: string, removedRelationships: Array<{ type: string, count: number }> };

export type CreateCityMutationVariables = Exact<{
  input: CreateCityInput;
}>;


export type CreateCityMutation = { createCity: { country: string, region: Region, bloc: Bloc, ldc: boolean, population: number | null, donorType: DonorType | null, supportLevel: SupportLevel, id: string, name: string, kind: ActorKind, aliases: Array<string>, notes: Array<string>, location: { lat: number, lon: number } | null, sources: Array<{ document: string, locator: string | null, quote: string | null }> } };

export type UpdateCityMutationVariables = Exact<{
  id: string;
  input: UpdateCityInput;
}>;


export type UpdateCityMutation = { updateCity: { country: string, region: Region, bloc: Bloc, ldc: boolean, population: number | null, donorType: DonorType | null, supportLevel: SupportLevel, id: string, name: string, kind: ActorKind, aliases: Array<string>, notes: Array<string>, location: { lat: number, lon: number } | null, sources: Array<{ document: string, locator: string | null, quote: string | null }> } };

export type CreateAssociationMutationVariables = Exact<{
  input: CreateAssociationInput;
}>;


export type CreateAssociationMutation = { createAssociation: { scope: AssociationScope, country: string | null, region: Region | null, donorType: DonorType | null, id: string, name: string, kind: ActorKind, aliases: Array<string>, notes: Array<string>, sources: Array<{ document: string, locator: string | null, quote: string | null }> } };

export type UpdateAssociationMutationVariables = Exact<{
  id: string;
  input: UpdateAssociationInput;
}>;


export type UpdateAssociationMutation = { updateAssociation: { scope: AssociationScope, country: string | null, region: Region | null, donorType: DonorType | null, id: string, name: string, kind: ActorKind, aliases: Array<string>, notes: Array<string>, sources: Array<{ document: string, locator: string | null, quote: string | null }> } };

export type CreateNetworkMutationVariables = Exact<{
  input: CreateNetworkInput;
}>;


export type CreateNetworkMutation = { createNetwork: { region: Region | null, themes: Array<Theme>, id: string, name: string, kind: ActorKind, aliases: Array<string>, notes: Array<string>, sources: Array<{ document: string, locator: string | null, quote: string | null }> } };

export type UpdateNetworkMutationVariables = Exact<{
  id: string;
  input: UpdateNetworkInput;
}>;


export type UpdateNetworkMutation = { updateNetwork: { region: Region | null, themes: Array<Theme>, id: string, name: string, kind: ActorKind, aliases: Array<string>, notes: Array<string>, sources: Array<{ document: string, locator: string | null, quote: string | null }> } };

export type WrittenOrganisationFragment = { organisationType: OrganisationType, country: string | null, id: string, name: string, kind: ActorKind, aliases: Array<string>, notes: Array<string>, sources: Array<{ document: string, locator: string | null, quote: string | null }> };

export type CreateOrganisationMutationVariables = Exact<{
  input: CreateOrganisationInput;
}>;


export type CreateOrganisationMutation = { createOrganisation: { organisationType: OrganisationType, country: string | null, id: string, name: string, kind: ActorKind, aliases: Array<string>, notes: Array<string>, sources: Array<{ document: string, locator: string | null, quote: string | null }> } };

export type UpdateOrganisationMutationVariables = Exact<{
  id: string;
  input: UpdateOrganisationInput;
}>;


export type UpdateOrganisationMutation = { updateOrganisation: { organisationType: OrganisationType, country: string | null, id: string, name: string, kind: ActorKind, aliases: Array<string>, notes: Array<string>, sources: Array<{ document: string, locator: string | null, quote: string | null }> } };

export type SetPartnershipStatusMutationVariables = Exact<{
  id: string;
  status: PartnershipStatus;
  sources?: Array<SourceInput> | SourceInput | null | undefined;
}>;


export type SetPartnershipStatusMutation = { setPartnershipStatus: { id: string, title: string, status: PartnershipStatus, startYear: number | null, endYear: number | null, orientation: Orientation, orientationStated: boolean, modality: LinkingModality, themes: Array<Theme>, focus: Array<ManagementFocus>, parties: Array<CooperatingParty>, outcomes: Array<string>, notes: Array<string>, sources: Array<{ document: string, locator: string | null, quote: string | null }>, participants: Array<{ role: ParticipantRole, actor:
        | { id: string, kind: ActorKind }
        | { id: string, kind: ActorKind }
        | { id: string, kind: ActorKind }
        | { id: string, kind: ActorKind }
        | { id: string, kind: ActorKind }
        | { id: string, kind: ActorKind }
       }>, fundings: Array<{ id: string }> } };

export type CreateDonorMutationVariables = Exact<{
  input: CreateDonorInput;
}>;


export type CreateDonorMutation = { createDonor: { donorType: DonorType, country: string | null, id: string, name: string, kind: ActorKind, aliases: Array<string>, notes: Array<string>, sources: Array<{ document: string, locator: string | null, quote: string | null }> } };

export type UpdateDonorMutationVariables = Exact<{
  id: string;
  input: UpdateDonorInput;
}>;


export type UpdateDonorMutation = { updateDonor: { donorType: DonorType, country: string | null, id: string, name: string, kind: ActorKind, aliases: Array<string>, notes: Array<string>, sources: Array<{ document: string, locator: string | null, quote: string | null }> } };

export type CreateProgrammeMutationVariables = Exact<{
  input: CreateProgrammeInput;
}>;


export type CreateProgrammeMutation = { createProgramme: { modalities: Array<SupportModality>, fundingSources: Array<FundingSource>, startYear: number | null, endYear: number | null, id: string, name: string, kind: ActorKind, aliases: Array<string>, notes: Array<string>, runBy: Array<
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
    >, supports: Array<
      | { __typename: 'Association', id: string }
      | { __typename: 'City', id: string }
      | { __typename: 'Network', id: string }
      | { __typename: 'Partnership', id: string }
    >, sources: Array<{ document: string, locator: string | null, quote: string | null }> } };

export type UpdateProgrammeMutationVariables = Exact<{
  id: string;
  input: UpdateProgrammeInput;
}>;


export type UpdateProgrammeMutation = { updateProgramme: { modalities: Array<SupportModality>, fundingSources: Array<FundingSource>, startYear: number | null, endYear: number | null, id: string, name: string, kind: ActorKind, aliases: Array<string>, notes: Array<string>, runBy: Array<
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
    >, supports: Array<
      | { __typename: 'Association', id: string }
      | { __typename: 'City', id: string }
      | { __typename: 'Network', id: string }
      | { __typename: 'Partnership', id: string }
    >, sources: Array<{ document: string, locator: string | null, quote: string | null }> } };

export type CreatePartnershipMutationVariables = Exact<{
  input: CreatePartnershipInput;
}>;


export type CreatePartnershipMutation = { createPartnership: { id: string, title: string, status: PartnershipStatus, startYear: number | null, endYear: number | null, orientation: Orientation, orientationStated: boolean, modality: LinkingModality, themes: Array<Theme>, focus: Array<ManagementFocus>, parties: Array<CooperatingParty>, outcomes: Array<string>, notes: Array<string>, sources: Array<{ document: string, locator: string | null, quote: string | null }>, participants: Array<{ role: ParticipantRole, actor:
        | { id: string, kind: ActorKind }
        | { id: string, kind: ActorKind }
        | { id: string, kind: ActorKind }
        | { id: string, kind: ActorKind }
        | { id: string, kind: ActorKind }
        | { id: string, kind: ActorKind }
       }>, fundings: Array<{ id: string }> } };

export type UpdatePartnershipMutationVariables = Exact<{
  id: string;
  input: UpdatePartnershipInput;
}>;


export type UpdatePartnershipMutation = { updatePartnership: { id: string, title: string, status: PartnershipStatus, startYear: number | null, endYear: number | null, orientation: Orientation, orientationStated: boolean, modality: LinkingModality, themes: Array<Theme>, focus: Array<ManagementFocus>, parties: Array<CooperatingParty>, outcomes: Array<string>, notes: Array<string>, sources: Array<{ document: string, locator: string | null, quote: string | null }>, participants: Array<{ role: ParticipantRole, actor:
        | { id: string, kind: ActorKind }
        | { id: string, kind: ActorKind }
        | { id: string, kind: ActorKind }
        | { id: string, kind: ActorKind }
        | { id: string, kind: ActorKind }
        | { id: string, kind: ActorKind }
       }>, fundings: Array<{ id: string }> } };

export type AddMembershipMutationVariables = Exact<{
  input: MembershipInput;
}>;


export type AddMembershipMutation = { addMembership: { member:
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
    , organisation:
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
    , sources: Array<{ document: string, locator: string | null, quote: string | null }> } };

export type CreateFundingMutationVariables = Exact<{
  input: CreateFundingInput;
}>;


export type CreateFundingMutation = { createFunding: { id: string, amount: number | null, currency: string | null, startYear: number | null, endYear: number | null, notes: Array<string>, sources: Array<{ document: string, locator: string | null, quote: string | null }>, donor: { id: string }, recipient:
      | { __typename: 'Association', id: string }
      | { __typename: 'City', id: string }
      | { __typename: 'Network', id: string }
      | { __typename: 'Partnership', id: string }
      | { __typename: 'Programme', id: string }
     } };

export type UpdateFundingMutationVariables = Exact<{
  id: string;
  input: UpdateFundingInput;
}>;


export type UpdateFundingMutation = { updateFunding: { id: string, amount: number | null, currency: string | null, startYear: number | null, endYear: number | null, notes: Array<string>, sources: Array<{ document: string, locator: string | null, quote: string | null }>, donor: { id: string }, recipient:
      | { __typename: 'Association', id: string }
      | { __typename: 'City', id: string }
      | { __typename: 'Network', id: string }
      | { __typename: 'Partnership', id: string }
      | { __typename: 'Programme', id: string }
     } };

export type DeleteActorMutationVariables = Exact<{
  id: string;
  dryRun?: boolean | null | undefined;
}>;


export type DeleteActorMutation = { deleteActor: { dryRun: boolean, id: string, kind: string, label: string, removedPartnerships: Array<string>, message: string, removedRelationships: Array<{ type: string, count: number }> } };

export type DeletePartnershipMutationVariables = Exact<{
  id: string;
  dryRun?: boolean | null | undefined;
}>;


export type DeletePartnershipMutation = { deletePartnership: { dryRun: boolean, id: string, kind: string, label: string, removedPartnerships: Array<string>, message: string, removedRelationships: Array<{ type: string, count: number }> } };

export type RemoveMembershipMutationVariables = Exact<{
  memberId: string;
  organisationId: string;
  dryRun?: boolean | null | undefined;
}>;


export type RemoveMembershipMutation = { removeMembership: { dryRun: boolean, id: string, kind: string, label: string, removedPartnerships: Array<string>, message: string, removedRelationships: Array<{ type: string, count: number }> } };

export type DeleteFundingMutationVariables = Exact<{
  id: string;
  dryRun?: boolean | null | undefined;
}>;


export type DeleteFundingMutation = { deleteFunding: { dryRun: boolean, id: string, kind: string, label: string, removedPartnerships: Array<string>, message: string, removedRelationships: Array<{ type: string, count: number }> } };

export type JoinAndReadMutationVariables = Exact<{
  input: MembershipInput;
  city: string;
}>;


export type JoinAndReadMutation = { addMembership: { organisation:
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
     }, updateCity: { supportLevel: SupportLevel, memberships: Array<
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
    > } };

export type SourceFieldsFragment = { document: string, locator: string | null, quote: string | null };

type ActorSummary_Association_Fragment = { id: string, name: string, kind: ActorKind };

type ActorSummary_City_Fragment = { id: string, name: string, kind: ActorKind };

type ActorSummary_Donor_Fragment = { id: string, name: string, kind: ActorKind };

type ActorSummary_Network_Fragment = { id: string, name: string, kind: ActorKind };

type ActorSummary_Organisation_Fragment = { id: string, name: string, kind: ActorKind };

type ActorSummary_Programme_Fragment = { id: string, name: string, kind: ActorKind };

export type ActorSummaryFragment =
  | ActorSummary_Association_Fragment
  | ActorSummary_City_Fragment
  | ActorSummary_Donor_Fragment
  | ActorSummary_Network_Fragment
  | ActorSummary_Organisation_Fragment
  | ActorSummary_Programme_Fragment
;

export type CityDetailQueryVariables = Exact<{
  id: string;
}>;


export type CityDetailQuery = { actor:
    | { id: string, name: string, kind: ActorKind, sources: Array<{ document: string, locator: string | null, quote: string | null }> }
    | { country: string, region: Region, bloc: Bloc, level: AuthorityLevel, locationIsSeat: boolean, ldc: boolean, population: number | null, supportLevel: SupportLevel, id: string, name: string, kind: ActorKind, location: { lat: number, lon: number } | null, partners: Array<{ id: string, name: string }>, memberships: Array<
        | { id: string, name: string, kind: ActorKind }
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
        | { id: string, name: string, kind: ActorKind }
      >, partnerships: Array<{ id: string, title: string, status: PartnershipStatus, themes: Array<Theme>, orientation: Orientation, participants: Array<{ role: ParticipantRole, actor:
            | { id: string, name: string, kind: ActorKind }
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


export type PartnershipDetailQuery = { partnership: { id: string, title: string, status: PartnershipStatus, startYear: number | null, endYear: number | null, orientation: Orientation, orientationStated: boolean, modality: LinkingModality, themes: Array<Theme>, outcomes: Array<string>, sources: Array<{ document: string, locator: string | null, quote: string | null }>, participants: Array<{ role: ParticipantRole, actor:
        | { id: string, name: string, kind: ActorKind }
        | { id: string, name: string, kind: ActorKind }
        | { id: string, name: string, kind: ActorKind }
        | { id: string, name: string, kind: ActorKind }
        | { id: string, name: string, kind: ActorKind }
        | { id: string, name: string, kind: ActorKind }
       }>, fundings: Array<{ id: string, amount: number | null, currency: string | null, donor: { id: string, name: string, donorType: DonorType }, recipient:
        | { __typename: 'Association' }
        | { __typename: 'City' }
        | { __typename: 'Network' }
        | { __typename: 'Partnership', id: string }
        | { __typename: 'Programme' }
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


export type PartnershipsQuery = { partnerships: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, title: string, status: PartnershipStatus, startYear: number | null, endYear: number | null, orientation: Orientation, modality: LinkingModality, themes: Array<Theme>, participants: Array<{ actor:
            | { id: string }
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
      | { id: string, name: string, kind: ActorKind }
    >, memberships: Array<
      | { id: string }
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
      | { id: string, name: string, kind: ActorKind }
    >, partnerships: Array<{ id: string }> }>, donors: Array<{ id: string, name: string, kind: ActorKind, donorType: DonorType, country: string | null, fundings: Array<{ id: string, recipient:
        | { __typename: 'Association', id: string }
        | { __typename: 'City', id: string }
        | { __typename: 'Network', id: string }
        | { __typename: 'Partnership', id: string }
        | { __typename: 'Programme', id: string }
       }>, programmes: Array<{ id: string }> }>, programmes: Array<{ id: string, name: string, modalities: Array<SupportModality>, fundingSources: Array<FundingSource>, startYear: number | null, endYear: number | null, runBy: Array<
      | { id: string, name: string, kind: ActorKind }
      | { id: string, name: string, kind: ActorKind }
      | { id: string, name: string, kind: ActorKind }
      | { id: string, name: string, kind: ActorKind }
      | { id: string, name: string, kind: ActorKind }
      | { id: string, name: string, kind: ActorKind }
    >, supports: Array<
      | { __typename: 'Association', id: string }
      | { __typename: 'City', id: string }
      | { __typename: 'Network', id: string }
      | { __typename: 'Partnership', id: string }
    >, fundings: Array<{ donor: { id: string } }> }>, organisations: Array<{ id: string, name: string, kind: ActorKind, organisationType: OrganisationType, country: string | null, partnerships: Array<{ id: string }>, programmes: Array<{ id: string }>, supports: Array<
      | { __typename: 'Association' }
      | { __typename: 'City', id: string }
      | { __typename: 'Network' }
      | { __typename: 'Partnership', id: string }
    >, memberships: Array<
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
    > }> };

export type StatsQueryVariables = Exact<{ [key: string]: never; }>;


export type StatsQuery = { stats: { cities: number, associations: number, networks: number, donors: number, programmes: number, organisations: number, partnerships: number, relationships: number } };

export type SubgraphFieldsFragment = { nodes: Array<{ id: string, kind: ActorKind, label: string, cluster: string | null, supportLevel: SupportLevel | null, region: Region | null, country: string | null }>, edges: Array<{ id: string, source: string, target: string, type: string, partnershipId: string | null, weight: number, edgeIds: Array<string>, partnershipIds: Array<string> }> };

export type GraphQueryVariables = Exact<{
  filter?: GraphFilter | null | undefined;
}>;


export type GraphQuery = { graph: { nodes: Array<{ id: string, kind: ActorKind, label: string, cluster: string | null, supportLevel: SupportLevel | null, region: Region | null, country: string | null }>, edges: Array<{ id: string, source: string, target: string, type: string, partnershipId: string | null, weight: number, edgeIds: Array<string>, partnershipIds: Array<string> }> } };

export type NeighbourhoodQueryVariables = Exact<{
  id: string;
  depth?: number | null | undefined;
  limit?: number | null | undefined;
  mergeParallel?: boolean | null | undefined;
  edgeLimit?: number | null | undefined;
}>;


export type NeighbourhoodQuery = { neighbourhood: { truncated: boolean, totalNodes: number | null, totalEdges: number, nodes: Array<{ id: string, kind: ActorKind, label: string, cluster: string | null, supportLevel: SupportLevel | null, region: Region | null, country: string | null }>, edges: Array<{ id: string, source: string, target: string, type: string, partnershipId: string | null, weight: number, edgeIds: Array<string>, partnershipIds: Array<string> }> } };

export type PathQueryVariables = Exact<{
  from: string;
  to: string;
  maxHops?: number | null | undefined;
}>;


export type PathQuery = { path: { nodes: Array<{ id: string, kind: ActorKind, label: string, cluster: string | null, supportLevel: SupportLevel | null, region: Region | null, country: string | null }>, edges: Array<{ id: string, source: string, target: string, type: string, partnershipId: string | null, weight: number, edgeIds: Array<string>, partnershipIds: Array<string> }> } | null };

export type CitiesDeepQueryVariables = Exact<{
  first: number;
}>;


export type CitiesDeepQuery = { cities: { edges: Array<{ node: { id: string, supportLevel: SupportLevel, supporters: Array<
          | { id: string, name: string, kind: ActorKind }
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
            | { id: string, name: string, kind: ActorKind }
          > }>, memberships: Array<
          | { id: string, name: string, kind: ActorKind, members: Array<
              | { id: string, name: string, kind: ActorKind }
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
              | { id: string }
            > }
          | { id: string, name: string, kind: ActorKind }
          | { id: string, name: string, kind: ActorKind }
          | { id: string, name: string, kind: ActorKind, members: Array<
              | { id: string, name: string, kind: ActorKind }
              | { id: string, name: string, kind: ActorKind }
              | { id: string, name: string, kind: ActorKind }
              | { id: string, name: string, kind: ActorKind }
              | { id: string, name: string, kind: ActorKind }
              | { id: string, name: string, kind: ActorKind }
            >, partnerships: Array<{ id: string }> }
          | { id: string, name: string, kind: ActorKind }
          | { id: string, name: string, kind: ActorKind }
        >, partnerships: Array<{ id: string, participants: Array<{ role: ParticipantRole, actor:
              | { id: string, name: string, kind: ActorKind }
              | { id: string, name: string, kind: ActorKind, partners: Array<{ id: string }> }
              | { id: string, name: string, kind: ActorKind }
              | { id: string, name: string, kind: ActorKind }
              | { id: string, name: string, kind: ActorKind }
              | { id: string, name: string, kind: ActorKind }
             }>, fundings: Array<{ donor: { id: string, fundings: Array<{ id: string }>, programmes: Array<{ id: string }> }, recipient:
              | { __typename: 'Association' }
              | { __typename: 'City' }
              | { __typename: 'Network' }
              | { __typename: 'Partnership', id: string }
              | { __typename: 'Programme' }
             }>, supporters: Array<{ id: string, runBy: Array<
              | { id: string, name: string, kind: ActorKind }
              | { id: string, name: string, kind: ActorKind }
              | { id: string, name: string, kind: ActorKind }
              | { id: string, name: string, kind: ActorKind }
              | { id: string, name: string, kind: ActorKind }
              | { id: string, name: string, kind: ActorKind }
            >, supports: Array<
              | { __typename: 'Association' }
              | { __typename: 'City', id: string }
              | { __typename: 'Network' }
              | { __typename: 'Partnership' }
            >, fundings: Array<{ id: string }> }> }> } }> } };

export type PartnershipYearsQueryVariables = Exact<{ [key: string]: never; }>;


export type PartnershipYearsQuery = { partnershipYears: Array<{ year: number, partnerships: number }> };
