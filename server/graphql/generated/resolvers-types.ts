import type { GraphQLResolveInfo } from 'graphql';
import type { ActorModel, PartnershipModel, ParticipationModel, MembershipModel, FundingModel, ClusterModel, TriangleModel, MatchModel, ActorGroupModel, OverviewModel } from '../models.ts';
import type { DrawnEdge, DrawnSubgraph } from '../../analytics/subgraph.ts';
import type { Overlap, Complement } from '../../analytics/overlaps.ts';
import type { Opportunity } from '../../analytics/funding-opportunities.ts';
import type { CityOffer } from '../../analytics/cooperation-offers.ts';
import type { FairPairing } from '../../analytics/fair.ts';
import type { Context } from '../context.ts';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
};

/** Anything that acts in city-to-city cooperation. */
export type Actor = {
  /** Other names the sources use for the same actor. */
  aliases: Array<Scalars['String']['output']>;
  /** Stable id, such as city:co:medellin. */
  id: Scalars['ID']['output'];
  /** What kind of actor this is. */
  kind: ActorKind;
  /** Name as the sources write it. */
  name: Scalars['String']['output'];
  /** What the sources leave ambiguous about this actor, and how it was recorded. */
  notes: Array<Scalars['String']['output']>;
  /** Where the facts about this actor are stated. */
  sources: Array<SourceRef>;
};

/** Actors drawn as one node of the overview. */
export type ActorGroup = {
  __typename?: 'ActorGroup';
  /** Cities among its members. */
  cities: Scalars['Int']['output'];
  /** The community (clusters analysis) most of its members fall in: for a COMMUNITY group, its own id. */
  cluster?: Maybe<Scalars['ID']['output']>;
  /** ISO codes of the countries that hold at least a tenth of its members, largest share first (at most two). */
  countries: Array<Scalars['String']['output']>;
  /** Its members with the most links to other members, most first (at most three). */
  hubs: Array<Actor>;
  /** Stable id: a cluster id (cluster: and its smallest member id), group:small:<Region>, group:unlinked, country:<ISO code>, country:none, region:<Region> or region:none. */
  id: Scalars['ID']['output'];
  /** Of those, ISOLATED. */
  isolated: Scalars['Int']['output'];
  /** What the group is, built from its members: its dominant countries or regions (or its country or region), how many members, its largest hub, its main themes where known, e.g. "Germany · Poland, 770 cities, around Kraków". */
  label: Scalars['String']['output'];
  /** Most frequent orientation of those partnerships; null when it has none. */
  mainOrientation?: Maybe<Orientation>;
  /** The region most of its members are in. */
  region?: Maybe<Region>;
  /** The regions that hold at least a quarter of its members, largest share first (at most two). */
  regions: Array<Region>;
  /** How many actors it holds. */
  size: Scalars['Int']['output'];
  /** Of those, SUPPORTED (support within two relationships, as GraphNode.supportLevel). */
  supported: Scalars['Int']['output'];
  /** Most frequent themes of the partnerships with two or more participants in it, most frequent first. */
  topThemes: Array<Theme>;
  /** Of those, UNSUPPORTED. */
  unsupported: Scalars['Int']['output'];
};

/** How the overview groups actors. */
export const ActorGrouping = {
  /** By Louvain community (the clusters analysis, same filter). Communities of fewer than 10 actors are drawn together, one group per region (group:small:<Region>, or group:small:none); actors without links in the view form one group, group:unlinked. */
  Community: 'COMMUNITY',
  /** By ISO country; actors without one form country:none. */
  Country: 'COUNTRY',
  /** By world region; actors without one form region:none. */
  Region: 'REGION'
} as const;

export type ActorGrouping = typeof ActorGrouping[keyof typeof ActorGrouping];
/** The kind of an actor in the cooperation graph. */
export const ActorKind = {
  /** An association of local authorities (national, regional or global). */
  Association: 'ASSOCIATION',
  /** A local authority: municipality, county, district or metropolis. */
  City: 'CITY',
  /** Who pays: agencies, governments, multilateral bodies, foundations, cities acting as donors. */
  Donor: 'DONOR',
  /** A network of cities with a shared focus. */
  Network: 'NETWORK',
  /** NGOs and community organisations, universities and institutes, professional bodies and firms that take part in or support C2C (framework category 3). */
  Organisation: 'ORGANISATION',
  /** A support programme. */
  Programme: 'PROGRAMME'
} as const;

export type ActorKind = typeof ActorKind[keyof typeof ActorKind];
/** An association of local authorities. */
export type Association = Actor & {
  __typename?: 'Association';
  /** Other names and acronyms the sources use. */
  aliases: Array<Scalars['String']['output']>;
  /** Country of a national association. */
  country?: Maybe<Scalars['String']['output']>;
  /** What kind of donor this association is, when it also funds others; otherwise null. */
  donorType?: Maybe<DonorType>;
  /** What this association funds when it also acts as a donor, each funding with its sources; empty otherwise. */
  fundingsGiven: Array<Funding>;
  /** Stable id: association:<slug>. */
  id: Scalars['ID']['output'];
  /** Always ASSOCIATION. */
  kind: ActorKind;
  /** The same members as relationships, each with where it is stated, by the member's name. */
  memberLinks: Array<Membership>;
  /** Cities and associations that are members, by name. */
  members: Array<Actor>;
  /** The same memberships as relationships, each with where it is stated, by the organisation's name. */
  membershipLinks: Array<Membership>;
  /** Associations and networks this association is a member of, by name. */
  memberships: Array<Actor>;
  /** Name as the sources write it. */
  name: Scalars['String']['output'];
  /** What the sources leave ambiguous about this association. */
  notes: Array<Scalars['String']['output']>;
  /** The same partnerships a page at a time, in the same order, with their count: what a client lists of an actor with hundreds of them. */
  partnershipPage: PartnershipConnection;
  /** The partnerships this association takes part in (usually as a facilitator), oldest first. */
  partnerships: Array<Partnership>;
  /** Region of a regional association. */
  region?: Maybe<Region>;
  /** National, regional or global. */
  scope: AssociationScope;
  /** Where the facts about this association are stated. */
  sources: Array<SourceRef>;
};


/** An association of local authorities. */
export type AssociationPartnershipPageArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** Reach of an association of local authorities. */
export const AssociationScope = {
  Global: 'GLOBAL',
  National: 'NATIONAL',
  Regional: 'REGIONAL'
} as const;

export type AssociationScope = typeof AssociationScope[keyof typeof AssociationScope];
/** Which tier of local government a city actor stands for. */
export const AuthorityLevel = {
  /** A county, province, department, district or aimag: between the municipality and the state. */
  Intermediate: 'INTERMEDIATE',
  /** A municipality, town, city or borough council. */
  Municipality: 'MUNICIPALITY',
  /** A region or federated state's government. */
  Region: 'REGION'
} as const;

export type AuthorityLevel = typeof AuthorityLevel[keyof typeof AuthorityLevel];
/** Development bloc of a country, from which a partnership's orientation is derived. NORTH includes 'West'; EAST is the transition economies of Central and Eastern Europe and Central Asia. */
export const Bloc = {
  East: 'EAST',
  North: 'NORTH',
  South: 'SOUTH'
} as const;

export type Bloc = typeof Bloc[keyof typeof Bloc];
/** A local authority: municipality, county, district or metropolis. */
export type City = Actor & {
  __typename?: 'City';
  /** Other names the sources use for this city (e.g. eThekwini for Durban). */
  aliases: Array<Scalars['String']['output']>;
  /** Development bloc, derived from the country. */
  bloc: Bloc;
  /** ISO 3166-1 alpha-2 country code. */
  country: Scalars['String']['output'];
  /** What kind of donor this city is, when it also funds others (e.g. Barcelona's 0.7 %); otherwise null. */
  donorType?: Maybe<DonorType>;
  /** What this city funds when it also acts as a donor (Barcelona's 0.7 %), each funding with its sources; empty otherwise. */
  fundingsGiven: Array<Funding>;
  /** Stable id: city:<country>:<name>. */
  id: Scalars['ID']['output'];
  /** Always CITY. */
  kind: ActorKind;
  /** In a Least Developed Country (UN list). */
  ldc: Scalars['Boolean']['output'];
  /** Which tier of local government it is: a municipality, or a county, province or region. */
  level: AuthorityLevel;
  /** Location (GeoNames, or as written through the API), or null where unknown. */
  location?: Maybe<GeoPoint>;
  /** True when `location` is the seat of an authority that covers an area (a county's or province's capital), not the authority itself. */
  locationIsSeat: Scalars['Boolean']['output'];
  /** The same memberships as relationships, each with where it is stated, by the organisation's name. */
  membershipLinks: Array<Membership>;
  /** Associations and networks this city is a member of, by name. */
  memberships: Array<Actor>;
  /** Name as the sources write it. */
  name: Scalars['String']['output'];
  /** What the sources leave ambiguous about this city. */
  notes: Array<Scalars['String']['output']>;
  /** What it offers, declared first, then derived; by theme. */
  offers: Array<CooperationOffer>;
  /** Cities that share at least one partnership with this one, by name. */
  partners: Array<City>;
  /** The same partnerships a page at a time, in the same order, with their count: what a client lists of an actor with hundreds of them. */
  partnershipPage: PartnershipConnection;
  /** The partnerships this city takes part in, oldest first (by start year, then title). */
  partnerships: Array<Partnership>;
  /** Population (GeoNames, or as written through the API), or null where unknown. */
  population?: Maybe<Scalars['Int']['output']>;
  /** World region, derived from the country. */
  region: Region;
  /** What it seeks, declared first, then derived; by theme. */
  seeks: Array<CooperationOffer>;
  /** Where the facts about this city are stated. */
  sources: Array<SourceRef>;
  /** SUPPORTED when a supporter reaches it within `reach` relationships; UNSUPPORTED when it has partnerships or memberships but no supporter; ISOLATED when it has neither. */
  supportLevel: SupportLevel;
  /** Donors, programmes and cities acting as donors whose support reaches this city within `reach` relationships: they fund or support it, a partnership, association or network it takes part in, or a programme that does (see docs/analyses.md). By name. */
  supporters: Array<Actor>;
};


/** A local authority: municipality, county, district or metropolis. */
export type CityPartnershipPageArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A local authority: municipality, county, district or metropolis. */
export type CitySupportLevelArgs = {
  reach?: InputMaybe<Scalars['Int']['input']>;
};


/** A local authority: municipality, county, district or metropolis. */
export type CitySupportersArgs = {
  reach?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of cities. */
export type CityConnection = {
  __typename?: 'CityConnection';
  /** The cities of this page. */
  edges: Array<CityEdge>;
  /** Where this page ends. */
  pageInfo: PageInfo;
  /** How many cities match, over all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A city in a page. */
export type CityEdge = {
  __typename?: 'CityEdge';
  /** Opaque cursor of this item. */
  cursor: Scalars['String']['output'];
  /** The city. */
  node: City;
};

/** Filters for the cities list; all given filters must hold. */
export type CityWhere = {
  /** Development bloc. */
  bloc?: InputMaybe<Bloc>;
  /** ISO 3166-1 alpha-2 country code. */
  country?: InputMaybe<Scalars['String']['input']>;
  /** Only cities in (true) or outside (false) Least Developed Countries. */
  ldc?: InputMaybe<Scalars['Boolean']['input']>;
  /** Part of the name or an alias, ignoring case and accents. */
  nameContains?: InputMaybe<Scalars['String']['input']>;
  /** World region. */
  region?: InputMaybe<Region>;
  /** Only cities at this support level. */
  supportLevel?: InputMaybe<SupportLevel>;
};

/** A community of actors that cooperate more among themselves than with others. */
export type Cluster = {
  __typename?: 'Cluster';
  /** ISO codes of the countries that hold at least a tenth of its members, largest share first (at most two). */
  countries: Array<Scalars['String']['output']>;
  /** Its members with the most links to other members, most first (at most three). */
  hubs: Array<Actor>;
  /** Stable id: cluster: and the smallest member id, so that it does not change when other clusters do. */
  id: Scalars['ID']['output'];
  /** What the cluster is, built from its members: the countries that hold at least a tenth of them (or else the regions that hold a quarter), how many, its largest hub, its main themes where known, e.g. "Germany · Poland, 770 cities, around Kraków". The same data gives the same label. */
  label: Scalars['String']['output'];
  /** The members, by name. */
  members: Array<Actor>;
  /** How many members. */
  size: Scalars['Int']['output'];
  /** Most frequent themes among the cluster's partnerships, most frequent first. */
  topThemes: Array<Theme>;
};

/** How communities are found. */
export const ClusterAlgorithm = {
  /** Connected components: actors linked by any path. */
  ConnectedComponents: 'CONNECTED_COMPONENTS',
  /** Louvain modularity optimisation (graphology-communities-louvain), with a fixed random seed so that the same data gives the same clusters. */
  Louvain: 'LOUVAIN'
} as const;

export type ClusterAlgorithm = typeof ClusterAlgorithm[keyof typeof ClusterAlgorithm];
/** The communities of the cooperation graph. */
export type ClusterReport = {
  __typename?: 'ClusterReport';
  /** The algorithm used, e.g. louvain or connected-components. */
  algorithm: Scalars['String']['output'];
  /** Clusters of two or more actors, largest first; actors without links are not a cluster. */
  clusters: Array<Cluster>;
  /** Newman modularity of the partition (-0.5..1: higher means clearer communities); null for an empty graph. */
  modularity?: Maybe<Scalars['Float']['output']>;
};

/** Primary cooperating parties (framework category 3). */
export const CooperatingParty = {
  Academia: 'ACADEMIA',
  LocalAuthority: 'LOCAL_AUTHORITY',
  NationalAssociation: 'NATIONAL_ASSOCIATION',
  NgoCbo: 'NGO_CBO',
  Other: 'OTHER',
  PrivateSector: 'PRIVATE_SECTOR'
} as const;

export type CooperatingParty = typeof CooperatingParty[keyof typeof CooperatingParty];
/** What a city seeks or offers in cooperation, on one theme. */
export type CooperationOffer = {
  __typename?: 'CooperationOffer';
  /** Declared, or derived from its roles. */
  basis: OfferBasis;
  /** The city. */
  city: City;
  /** Seeks or offers. */
  direction: OfferDirection;
  /** The city's own words, where declared. */
  note?: Maybe<Scalars['String']['output']>;
  /** Where it is stated: the declaration's sources, or the sources of the partnerships it is derived from. */
  sources: Array<SourceRef>;
  /** The theme. */
  theme: Theme;
};

/** A city's declaration that it seeks or offers cooperation on a theme. */
export type CooperationOfferInput = {
  /** The city. */
  cityId: Scalars['ID']['input'];
  /** Seeks or offers. */
  direction: OfferDirection;
  /** The city's own words: what it seeks or can offer (at most 1,000 characters). */
  note?: InputMaybe<Scalars['String']['input']>;
  /** Where it is stated (a source document, a letter); the API call itself when omitted. */
  sources?: InputMaybe<Array<SourceInput>>;
  /** The theme. */
  theme: Theme;
};

/** One cell of the coverage matrix: overlaps (many supporters) and gaps (none). */
export type CoverageCell = {
  __typename?: 'CoverageCell';
  /** Partnerships on this theme with a city in this region. */
  partnerships: Scalars['Int']['output'];
  /** The region of participating cities. */
  region: Region;
  /** Distinct donors and programmes that fund or support those partnerships or their cities of this region. */
  supporters: Scalars['Int']['output'];
  /** The theme. */
  theme: Theme;
};

/** A new association of local authorities. */
export type CreateAssociationInput = {
  /** Other names and acronyms. */
  aliases?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Country of a national association (ISO 3166-1 alpha-2). */
  country?: InputMaybe<Scalars['String']['input']>;
  /** When the association also funds others: what kind of donor it is. */
  donorType?: InputMaybe<DonorType>;
  /** Stable id; association:<name-slug> when omitted. */
  id?: InputMaybe<Scalars['ID']['input']>;
  /** Name as the sources write it. */
  name: Scalars['String']['input'];
  /** What the sources leave ambiguous. */
  notes?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Region of a regional association. */
  region?: InputMaybe<Region>;
  /** National, regional or global. */
  scope: AssociationScope;
  /** Where the facts are stated. */
  sources?: InputMaybe<Array<SourceInput>>;
};

/** A new city. Region, bloc and LDC flag are derived from the country; location and population are looked up in GeoNames when not given. */
export type CreateCityInput = {
  /** Other names for the same local authority. */
  aliases?: InputMaybe<Array<Scalars['String']['input']>>;
  /** ISO 3166-1 alpha-2 country code. */
  country: Scalars['String']['input'];
  /** When the city also funds others: what kind of donor it is. */
  donorType?: InputMaybe<DonorType>;
  /** Stable id; city:<country>:<name-slug> when omitted. */
  id?: InputMaybe<Scalars['ID']['input']>;
  /** Tier of local government; MUNICIPALITY when omitted. */
  level?: InputMaybe<AuthorityLevel>;
  /** Location. */
  location?: InputMaybe<GeoPointInput>;
  /** Name as the sources write it. */
  name: Scalars['String']['input'];
  /** What the sources leave ambiguous. */
  notes?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Population. */
  population?: InputMaybe<Scalars['Int']['input']>;
  /** Where the facts are stated. */
  sources?: InputMaybe<Array<SourceInput>>;
};

/** A new donor. */
export type CreateDonorInput = {
  /** Other names and acronyms. */
  aliases?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Country (ISO 3166-1 alpha-2) of a bilateral, national or local donor. */
  country?: InputMaybe<Scalars['String']['input']>;
  /** What kind of body it is. */
  donorType: DonorType;
  /** Stable id; donor:<name-slug> when omitted. */
  id?: InputMaybe<Scalars['ID']['input']>;
  /** Name as the sources write it. */
  name: Scalars['String']['input'];
  /** What the sources leave ambiguous. */
  notes?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Where the facts are stated. */
  sources?: InputMaybe<Array<SourceInput>>;
};

/** A new funding from a donor. */
export type CreateFundingInput = {
  /** Amount, not negative. */
  amount?: InputMaybe<Scalars['Float']['input']>;
  /** ISO 4217 currency code of the amount (required with an amount). */
  currency?: InputMaybe<Scalars['String']['input']>;
  /** Id of the donor (or of a city or association that acts as a donor). */
  donorId: Scalars['ID']['input'];
  /** Last year. */
  endYear?: InputMaybe<Scalars['Int']['input']>;
  /** What the sources leave ambiguous. */
  notes?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Id of the city, partnership, programme, association or network funded. */
  recipientId: Scalars['ID']['input'];
  /** Where the funding is stated. */
  sources?: InputMaybe<Array<SourceInput>>;
  /** First year. */
  startYear?: InputMaybe<Scalars['Int']['input']>;
};

/** A new city network. */
export type CreateNetworkInput = {
  /** Other names and acronyms. */
  aliases?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Stable id; network:<name-slug> when omitted. */
  id?: InputMaybe<Scalars['ID']['input']>;
  /** Name as the sources write it. */
  name: Scalars['String']['input'];
  /** What the sources leave ambiguous. */
  notes?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Region it works in, if regional. */
  region?: InputMaybe<Region>;
  /** Where the facts are stated. */
  sources?: InputMaybe<Array<SourceInput>>;
  /** Themes it focuses on. */
  themes?: InputMaybe<Array<Theme>>;
};

/** A new organisation: an NGO, university, professional body, agency or firm. */
export type CreateOrganisationInput = {
  /** Other names and acronyms. */
  aliases?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Country (ISO 3166-1 alpha-2), where the sources give or imply one. */
  country?: InputMaybe<Scalars['String']['input']>;
  /** Stable id; organisation:<name-slug> when omitted. */
  id?: InputMaybe<Scalars['ID']['input']>;
  /** Name as the sources write it. */
  name: Scalars['String']['input'];
  /** What the sources leave ambiguous. */
  notes?: InputMaybe<Array<Scalars['String']['input']>>;
  /** What kind of body it is. */
  organisationType: OrganisationType;
  /** Where the facts are stated. */
  sources?: InputMaybe<Array<SourceInput>>;
};

/** A new city-to-city partnership. */
export type CreatePartnershipInput = {
  /** Last year. */
  endYear?: InputMaybe<Scalars['Int']['input']>;
  /** Focus in the urban management process. */
  focus?: InputMaybe<Array<ManagementFocus>>;
  /** Stable id; partnership:api:<title-slug> when omitted. */
  id?: InputMaybe<Scalars['ID']['input']>;
  /** Linking modality; derived from the number of cities when omitted (two: ONE_ON_ONE, more: GROUP). */
  modality?: InputMaybe<LinkingModality>;
  /** What the sources leave ambiguous. */
  notes?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Orientation, when the source states it; derived from the participating cities' blocs when omitted. */
  orientation?: InputMaybe<Orientation>;
  /** Results reported. */
  outcomes?: InputMaybe<Array<Scalars['String']['input']>>;
  /** At least two participants, each once, one of them a city. */
  participants: Array<ParticipantInput>;
  /** Primary cooperating parties. */
  parties?: InputMaybe<Array<CooperatingParty>>;
  /** Where the facts are stated. */
  sources?: InputMaybe<Array<SourceInput>>;
  /** First year. */
  startYear?: InputMaybe<Scalars['Int']['input']>;
  /** How far it had gone; ESTABLISHED when omitted. */
  status?: InputMaybe<PartnershipStatus>;
  /** Thematic focus. */
  themes?: InputMaybe<Array<Theme>>;
  /** A short descriptive title. */
  title: Scalars['String']['input'];
};

/** A new support programme. */
export type CreateProgrammeInput = {
  /** Other names and acronyms. */
  aliases?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Last year. */
  endYear?: InputMaybe<Scalars['Int']['input']>;
  /** Where its money comes from. */
  fundingSources?: InputMaybe<Array<FundingSource>>;
  /** Stable id; programme:<name-slug> when omitted. */
  id?: InputMaybe<Scalars['ID']['input']>;
  /** How it supports C2C. */
  modalities?: InputMaybe<Array<SupportModality>>;
  /** Name as the sources write it. */
  name: Scalars['String']['input'];
  /** What the sources leave ambiguous. */
  notes?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Ids of the associations, networks or donors that run it. */
  runBy?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Where the facts are stated. */
  sources?: InputMaybe<Array<SourceInput>>;
  /** First year. */
  startYear?: InputMaybe<Scalars['Int']['input']>;
  /** Ids of the cities, partnerships, associations or networks it supports. */
  supports?: InputMaybe<Array<Scalars['ID']['input']>>;
};

/** What a deletion removed, or would remove when it was a dry run. */
export type Deletion = {
  __typename?: 'Deletion';
  /** True when nothing was deleted because a dry run was asked for. */
  dryRun: Scalars['Boolean']['output'];
  /** Id of what was deleted (for a membership: member->organisation). */
  id: Scalars['ID']['output'];
  /** What it was: an ActorKind, PARTNERSHIP, MEMBERSHIP or FUNDING. */
  kind: Scalars['String']['output'];
  /** Its name or title. */
  label: Scalars['String']['output'];
  /** A sentence saying all of the above. */
  message: Scalars['String']['output'];
  /** Partnerships removed with it because fewer than two participants would be left. */
  removedPartnerships: Array<Scalars['ID']['output']>;
  /** The relationships removed with it. */
  removedRelationships: Array<RelationshipCount>;
};

/** Who pays: an agency, government, multilateral body, foundation, company, or a city or association acting as a donor. */
export type Donor = Actor & {
  __typename?: 'Donor';
  /** Other names and acronyms the sources use. */
  aliases: Array<Scalars['String']['output']>;
  /** Country of a bilateral, national or local donor. */
  country?: Maybe<Scalars['String']['output']>;
  /** What kind of body the donor is. */
  donorType: DonorType;
  /** What this donor funds. */
  fundings: Array<Funding>;
  /** Stable id (a city or association acting as a donor keeps its own id). */
  id: Scalars['ID']['output'];
  /** DONOR, or CITY / ASSOCIATION when a city or association also funds others. */
  kind: ActorKind;
  /** Name as the sources write it. */
  name: Scalars['String']['output'];
  /** What the sources leave ambiguous about this donor. */
  notes: Array<Scalars['String']['output']>;
  /** Programmes this donor runs, by name. */
  programmes: Array<Programme>;
  /** Where the facts about this donor are stated. */
  sources: Array<SourceRef>;
};

/** What kind of body a donor is. */
export const DonorType = {
  Bilateral: 'BILATERAL',
  Foundation: 'FOUNDATION',
  LocalGovernment: 'LOCAL_GOVERNMENT',
  Multilateral: 'MULTILATERAL',
  NationalGovernment: 'NATIONAL_GOVERNMENT',
  Other: 'OTHER',
  PrivateSector: 'PRIVATE_SECTOR'
} as const;

export type DonorType = typeof DonorType[keyof typeof DonorType];
/** Framework facets that partnerships, and the support behind them, can be counted by. */
export const Facet = {
  /** The blocs of the participating cities. */
  Bloc: 'BLOC',
  /** The decade the partnership started in ("1990s"); "unknown" where no year is stated. */
  Decade: 'DECADE',
  /** Focus in the urban management process. */
  Focus: 'FOCUS',
  /** The funding sources of those programmes. */
  FundingSource: 'FUNDING_SOURCE',
  /** Linking modality. */
  Modality: 'MODALITY',
  /** Geographic orientation. */
  Orientation: 'ORIENTATION',
  /** Primary cooperating parties. */
  Party: 'PARTY',
  /** The regions of the participating cities. */
  Region: 'REGION',
  /** How far the partnership had gone (the filter's statuses: ESTABLISHED only unless it names more). */
  Status: 'STATUS',
  /** The support modalities of the programmes that support the partnership or its cities. */
  SupportModality: 'SUPPORT_MODALITY',
  /** Thematic focus. */
  Theme: 'THEME'
} as const;

export type Facet = typeof Facet[keyof typeof Facet];
/** One cell of a two-facet table. */
export type FacetCell = {
  __typename?: 'FacetCell';
  /** The column facet's value, in the same terms. */
  column: Scalars['String']['output'];
  /** Partnerships with both values (a partnership with several themes counts in each). */
  partnerships: Scalars['Int']['output'];
  /** The row facet's value: an enum value, a decade, "unknown" where the partnership states none, or "none" (support facets) where no programme supports it. */
  row: Scalars['String']['output'];
  /** Distinct donors and programmes behind those partnerships: who funds or supports them or their cities (of the cell's region or bloc, for those facets). */
  supporters: Scalars['Int']['output'];
};

/** A pairing in the cooperation fair: a city that seeks a theme and a city that offers it. */
export type FairMatch = {
  __typename?: 'FairMatch';
  /** The city that offers. */
  offerer: City;
  /** Why, in words; existing partners are flagged here rather than suggested as new. */
  reasons: Array<Scalars['String']['output']>;
  /** 0..1: a declared offer (0.5) always above a derived one; then a declared seek, similar context (South–South for a Southern seeker, the same region) and shared associations and networks; halved for cities that are already partners (see docs/analyses.md). */
  score: Scalars['Float']['output'];
  /** The city that seeks. */
  seeker: City;
  /** The theme. */
  theme: Theme;
};

/** Money or resources from a donor to a recipient. */
export type Funding = {
  __typename?: 'Funding';
  /** Amount, where stated. */
  amount?: Maybe<Scalars['Float']['output']>;
  /** ISO 4217 currency of the amount. */
  currency?: Maybe<Scalars['String']['output']>;
  /** Who gives. */
  donor: Donor;
  /** Last year, where stated. */
  endYear?: Maybe<Scalars['Int']['output']>;
  /** Stable id, derived from the donor, the recipient and the years. */
  id: Scalars['ID']['output'];
  /** True when the sources imply this funding without stating it (a note says how). */
  inferred: Scalars['Boolean']['output'];
  /** What the sources leave ambiguous about this funding. */
  notes: Array<Scalars['String']['output']>;
  /** Who receives. */
  recipient: FundingTarget;
  /** Where this funding is stated. */
  sources: Array<SourceRef>;
  /** First year, where stated. */
  startYear?: Maybe<Scalars['Int']['output']>;
};

/** A city where more support from a given donor would fill a gap on its agenda, and why. */
export type FundingOpportunity = {
  __typename?: 'FundingOpportunity';
  /** The city. */
  city: City;
  /** Plain sentences: the gap, who else supports the city already (or nobody), population and LDC status where known. */
  reasons: Array<Scalars['String']['output']>;
  /** Higher is more beneficial; comparable within one answer (see docs/analyses.md: isolated > unsupported > supported by others, then LDC, population and declared needs). */
  score: Scalars['Float']['output'];
  /** The agenda's themes this city's need concerns: those no supporter of the city works on (all of them for a city nobody supports). */
  themes: Array<Theme>;
};

/** Funding and resources (support category B). */
export const FundingSource = {
  DevelopmentProgramme: 'DEVELOPMENT_PROGRAMME',
  FoundationTrust: 'FOUNDATION_TRUST',
  GrantsLoans: 'GRANTS_LOANS',
  LocalPartners: 'LOCAL_PARTNERS',
  Other: 'OTHER',
  OwnBudget: 'OWN_BUDGET',
  SelfFunding: 'SELF_FUNDING'
} as const;

export type FundingSource = typeof FundingSource[keyof typeof FundingSource];
/** What a donor funds. */
export type FundingTarget = Association | City | Network | Partnership | Programme;

/** How cities are grouped into under-served regions. */
export const GapGrouping = {
  /** By country. */
  Country: 'COUNTRY',
  /** By world region. */
  Region: 'REGION'
} as const;

export type GapGrouping = typeof GapGrouping[keyof typeof GapGrouping];
/** A point on the globe (WGS84). */
export type GeoPoint = {
  __typename?: 'GeoPoint';
  /** Latitude in decimal degrees. */
  lat: Scalars['Float']['output'];
  /** Longitude in decimal degrees. */
  lon: Scalars['Float']['output'];
};

/** A point on the globe (WGS84). */
export type GeoPointInput = {
  /** Latitude, -90..90. */
  lat: Scalars['Float']['input'];
  /** Longitude, -180..180. */
  lon: Scalars['Float']['input'];
};

/** A relationship to draw between two actors. */
export type GraphEdge = {
  __typename?: 'GraphEdge';
  /** The ids of the relationships it stands for: its own id, or those of every parallel link merged into it. */
  edgeIds: Array<Scalars['ID']['output']>;
  /** Stable id of the edge. */
  id: Scalars['ID']['output'];
  /** For PARTNERSHIP edges, and for FUNDS and SUPPORTS edges that reach a city through a partnership: that partnership's id. For a merged edge (see `weight`), the one partnership all its relationships share, else null: `partnershipIds` lists them. */
  partnershipId?: Maybe<Scalars['ID']['output']>;
  /** The partnerships behind those relationships, each once, in id order. */
  partnershipIds: Array<Scalars['ID']['output']>;
  /** Id of the actor the relationship starts from (the member, the donor, the programme...). */
  source: Scalars['ID']['output'];
  /** Id of the actor it goes to. */
  target: Scalars['ID']['output'];
  /** PARTNERSHIP (two participants of one partnership), MEMBER_OF, FUNDS, SUPPORTS or RUN_BY. */
  type: Scalars['String']['output'];
  /** How many relationships this edge stands for: 1, unless the view was asked to merge parallel links (`neighbourhood(mergeParallel: true)`) and the two actors have several of this type. */
  weight: Scalars['Int']['output'];
};

/**
 * Restricts what the graph-wide views look at; all given filters hold together.
 * Themes, orientations, statuses and the years (activeInYear, activeFrom, activeTo) select partnerships (and the fundings
 * and support that reach cities through them); kinds and regions select actors.
 */
export type GraphFilter = {
  /** With activeTo, a range of years (an addition to the contract's one year): only partnerships, fundings and programmes known to be active at some time in or after this year: a start year given, and no end year before it. Links whose start year the sources do not give are left out. */
  activeFrom?: InputMaybe<Scalars['Int']['input']>;
  /** Only partnerships, fundings and programmes known to be active in this year: a start year at or before it, and no end year before it. Links whose years the sources do not give are left out. The same as activeFrom and activeTo both set to this year. */
  activeInYear?: InputMaybe<Scalars['Int']['input']>;
  /** With activeFrom, a range of years: only partnerships, fundings and programmes known to have started in or before this year: a start year at or before it. Links whose start year the sources do not give are left out. Stepping activeTo up with activeFrom fixed shows the network growing: each step keeps every link of the step before. activeTo before activeFrom is a BAD_USER_INPUT. */
  activeTo?: InputMaybe<Scalars['Int']['input']>;
  /** Only actors of these kinds. */
  kinds?: InputMaybe<Array<ActorKind>>;
  /** Only partnerships with one of these orientations. */
  orientations?: InputMaybe<Array<Orientation>>;
  /** Only cities in these regions, and the other actors that are in these regions or linked to such a city. */
  regions?: InputMaybe<Array<Region>>;
  /** Only the fundings, supports, runnings and memberships the sources state: leaves out those recorded as inferences (Funding.inferred, Membership.inferred). Absent or false: both. */
  statedOnly?: InputMaybe<Scalars['Boolean']['input']>;
  /** Only partnerships of these statuses. Absent: ESTABLISHED only, so that announcements and contacts are not counted as cooperation. */
  statuses?: InputMaybe<Array<PartnershipStatus>>;
  /** Only partnerships with at least one of these themes. */
  themes?: InputMaybe<Array<Theme>>;
};

/** An actor as a node to draw. */
export type GraphNode = {
  __typename?: 'GraphNode';
  /** The community (see the clusters analysis) this actor falls in, in the graph drawn. */
  cluster?: Maybe<Scalars['ID']['output']>;
  /** ISO 3166-1 alpha-2 country of the actor, where it has one. */
  country?: Maybe<Scalars['String']['output']>;
  /** The actor's id. */
  id: Scalars['ID']['output'];
  /** The actor's kind. */
  kind: ActorKind;
  /** The actor's name. */
  label: Scalars['String']['output'];
  /** Region of the actor, where it has one. */
  region?: Maybe<Region>;
  /** For cities, how well support reaches them; null for other actors. */
  supportLevel?: Maybe<SupportLevel>;
};

/** Counts over the whole graph. */
export type GraphStats = {
  __typename?: 'GraphStats';
  /** Associations of local authorities. */
  associations: Scalars['Int']['output'];
  /** Cities. */
  cities: Scalars['Int']['output'];
  /** Donors, including cities and associations that also fund others. */
  donors: Scalars['Int']['output'];
  /** City networks. */
  networks: Scalars['Int']['output'];
  /** Organisations: NGOs, universities, professional bodies, agencies, firms. */
  organisations: Scalars['Int']['output'];
  /** City-to-city partnerships. */
  partnerships: Scalars['Int']['output'];
  /** Support programmes. */
  programmes: Scalars['Int']['output'];
  /** Relationships of every type. */
  relationships: Scalars['Int']['output'];
};

/** Links between two nodes of the overview: two groups, or an opened group's member and another group. */
export type GroupLink = {
  __typename?: 'GroupLink';
  /** A group id (the smaller of the two, between groups), or the id of an opened group's member. */
  source: Scalars['ID']['output'];
  /** A group id. */
  target: Scalars['ID']['output'];
  /** How many links (GraphEdge of the graph field) it stands for. */
  weight: Scalars['Int']['output'];
};

/** The format of an imported file. */
export const ImportFormat = {
  /** One CSV layout per kind of record (seed/IMPORT.md). */
  Csv: 'CSV',
  /** The seed's JSON format (seed/FORMAT.md). */
  Json: 'JSON'
} as const;

export type ImportFormat = typeof ImportFormat[keyof typeof ImportFormat];
/** A data set to import. */
export type ImportInput = {
  /** The file's content. */
  content: Scalars['String']['input'];
  /** Check everything, write nothing. */
  dryRun?: InputMaybe<Scalars['Boolean']['input']>;
  /** The file's name, recorded as the source of every fact without one. */
  fileName: Scalars['String']['input'];
  /** JSON or CSV. */
  format: ImportFormat;
  /** For CSV: the layout (kind of records) of the file. */
  kind?: InputMaybe<ImportKind>;
};

/** Which CSV layout a file uses (seed/IMPORT.md). */
export const ImportKind = {
  Associations: 'ASSOCIATIONS',
  Cities: 'CITIES',
  Donors: 'DONORS',
  Fundings: 'FUNDINGS',
  Memberships: 'MEMBERSHIPS',
  Networks: 'NETWORKS',
  Participations: 'PARTICIPATIONS',
  Partnerships: 'PARTNERSHIPS',
  Programmes: 'PROGRAMMES',
  Runs: 'RUNS',
  Supports: 'SUPPORTS'
} as const;

export type ImportKind = typeof ImportKind[keyof typeof ImportKind];
/** What an import wrote, or would write when it was a dry run. */
export type ImportReport = {
  __typename?: 'ImportReport';
  /** True when nothing was written because a dry run was asked for. */
  dryRun: Scalars['Boolean']['output'];
  /** The file imported. */
  fileName: Scalars['String']['output'];
  /** Cities without a location: not found in GeoNames. */
  geocodingMisses: Array<Scalars['String']['output']>;
  /** A sentence saying all of the above. */
  message: Scalars['String']['output'];
  /** Records written (or that would be written), per kind. */
  records: Array<RecordCount>;
};

/** Linking modality (framework category 2). */
export const LinkingModality = {
  /** Several cities in one arrangement. */
  Group: 'GROUP',
  /** Cities linked through a network. */
  Networking: 'NETWORKING',
  /** Two cities. */
  OneOnOne: 'ONE_ON_ONE'
} as const;

export type LinkingModality = typeof LinkingModality[keyof typeof LinkingModality];
/** Focus in the urban management process (framework category 4). */
export const ManagementFocus = {
  InstitutionalReform: 'INSTITUTIONAL_REFORM',
  StrategyFormulation: 'STRATEGY_FORMULATION',
  StrategyImplementation: 'STRATEGY_IMPLEMENTATION',
  TechnicalExpertise: 'TECHNICAL_EXPERTISE'
} as const;

export type ManagementFocus = typeof ManagementFocus[keyof typeof ManagementFocus];
/** A city or association that is a member of an association or network. */
export type Membership = {
  __typename?: 'Membership';
  /** True when the sources imply this membership without stating it (a note says how). */
  inferred: Scalars['Boolean']['output'];
  /** The member. */
  member: Actor;
  /** The association or network. */
  organisation: Actor;
  /** Where this membership is stated. */
  sources: Array<SourceRef>;
};

/** A city or association joining an association or network. */
export type MembershipInput = {
  /** Id of the member city or association. */
  memberId: Scalars['ID']['input'];
  /** Id of the association or network. */
  organisationId: Scalars['ID']['input'];
  /** Where the membership is stated. */
  sources?: InputMaybe<Array<SourceInput>>;
};

/** The writes: each one transaction, validated as a whole; a rejected write changes nothing. */
export type Mutation = {
  __typename?: 'Mutation';
  /** Makes a city or association a member of an association or network. */
  addMembership: Membership;
  /** Creates an association of local authorities. */
  createAssociation: Association;
  /** Creates a city. */
  createCity: City;
  /** Creates a donor. */
  createDonor: Donor;
  /** Records a funding. */
  createFunding: Funding;
  /** Creates a city network. */
  createNetwork: Network;
  /** Creates an organisation (NGO, university, professional body, agency or firm). */
  createOrganisation: Organisation;
  /** Creates a partnership with its participants. */
  createPartnership: Partnership;
  /** Creates a support programme, with who runs it and what it supports. */
  createProgramme: Programme;
  /** Declares what a city seeks or offers on a theme (again: replaces the note, adds the sources). An editor of the city, or of an association it is a member of, may do it. */
  declareCooperationOffer: CooperationOffer;
  /** Deletes an actor of any kind with its relationships, and the partnerships it leaves with fewer than two participants; says what it removed. */
  deleteActor: Deletion;
  /** Deletes a funding. */
  deleteFunding: Deletion;
  /** Deletes a partnership with its participations, fundings and support. */
  deletePartnership: Deletion;
  /** Imports a data set (JSON in the seed format, or CSV), all or nothing; a rejected file writes nothing and every bad row is listed with its line in the error's extensions.problems. */
  importDataSet: ImportReport;
  /** Ends a membership. */
  removeMembership: Deletion;
  /** Sets how far a partnership had gone, with the source that says so (added to its sources). */
  setPartnershipStatus: Partnership;
  /** Changes an association. */
  updateAssociation: Association;
  /** Changes a city. */
  updateCity: City;
  /** Changes a donor. */
  updateDonor: Donor;
  /** Changes a funding. */
  updateFunding: Funding;
  /** Changes a network. */
  updateNetwork: Network;
  /** Changes an organisation. */
  updateOrganisation: Organisation;
  /** Changes a partnership. */
  updatePartnership: Partnership;
  /** Changes a programme. */
  updateProgramme: Programme;
  /** Withdraws a city's declaration on a theme; returns it as it was. Derived seeks and offers cannot be withdrawn: they follow the city's roles. */
  withdrawCooperationOffer: CooperationOffer;
};


/** The writes: each one transaction, validated as a whole; a rejected write changes nothing. */
export type MutationAddMembershipArgs = {
  input: MembershipInput;
};


/** The writes: each one transaction, validated as a whole; a rejected write changes nothing. */
export type MutationCreateAssociationArgs = {
  input: CreateAssociationInput;
};


/** The writes: each one transaction, validated as a whole; a rejected write changes nothing. */
export type MutationCreateCityArgs = {
  input: CreateCityInput;
};


/** The writes: each one transaction, validated as a whole; a rejected write changes nothing. */
export type MutationCreateDonorArgs = {
  input: CreateDonorInput;
};


/** The writes: each one transaction, validated as a whole; a rejected write changes nothing. */
export type MutationCreateFundingArgs = {
  input: CreateFundingInput;
};


/** The writes: each one transaction, validated as a whole; a rejected write changes nothing. */
export type MutationCreateNetworkArgs = {
  input: CreateNetworkInput;
};


/** The writes: each one transaction, validated as a whole; a rejected write changes nothing. */
export type MutationCreateOrganisationArgs = {
  input: CreateOrganisationInput;
};


/** The writes: each one transaction, validated as a whole; a rejected write changes nothing. */
export type MutationCreatePartnershipArgs = {
  input: CreatePartnershipInput;
};


/** The writes: each one transaction, validated as a whole; a rejected write changes nothing. */
export type MutationCreateProgrammeArgs = {
  input: CreateProgrammeInput;
};


/** The writes: each one transaction, validated as a whole; a rejected write changes nothing. */
export type MutationDeclareCooperationOfferArgs = {
  input: CooperationOfferInput;
};


/** The writes: each one transaction, validated as a whole; a rejected write changes nothing. */
export type MutationDeleteActorArgs = {
  dryRun?: InputMaybe<Scalars['Boolean']['input']>;
  id: Scalars['ID']['input'];
};


/** The writes: each one transaction, validated as a whole; a rejected write changes nothing. */
export type MutationDeleteFundingArgs = {
  dryRun?: InputMaybe<Scalars['Boolean']['input']>;
  id: Scalars['ID']['input'];
};


/** The writes: each one transaction, validated as a whole; a rejected write changes nothing. */
export type MutationDeletePartnershipArgs = {
  dryRun?: InputMaybe<Scalars['Boolean']['input']>;
  id: Scalars['ID']['input'];
};


/** The writes: each one transaction, validated as a whole; a rejected write changes nothing. */
export type MutationImportDataSetArgs = {
  input: ImportInput;
};


/** The writes: each one transaction, validated as a whole; a rejected write changes nothing. */
export type MutationRemoveMembershipArgs = {
  dryRun?: InputMaybe<Scalars['Boolean']['input']>;
  memberId: Scalars['ID']['input'];
  organisationId: Scalars['ID']['input'];
};


/** The writes: each one transaction, validated as a whole; a rejected write changes nothing. */
export type MutationSetPartnershipStatusArgs = {
  id: Scalars['ID']['input'];
  sources?: InputMaybe<Array<SourceInput>>;
  status: PartnershipStatus;
};


/** The writes: each one transaction, validated as a whole; a rejected write changes nothing. */
export type MutationUpdateAssociationArgs = {
  id: Scalars['ID']['input'];
  input: UpdateAssociationInput;
};


/** The writes: each one transaction, validated as a whole; a rejected write changes nothing. */
export type MutationUpdateCityArgs = {
  id: Scalars['ID']['input'];
  input: UpdateCityInput;
};


/** The writes: each one transaction, validated as a whole; a rejected write changes nothing. */
export type MutationUpdateDonorArgs = {
  id: Scalars['ID']['input'];
  input: UpdateDonorInput;
};


/** The writes: each one transaction, validated as a whole; a rejected write changes nothing. */
export type MutationUpdateFundingArgs = {
  id: Scalars['ID']['input'];
  input: UpdateFundingInput;
};


/** The writes: each one transaction, validated as a whole; a rejected write changes nothing. */
export type MutationUpdateNetworkArgs = {
  id: Scalars['ID']['input'];
  input: UpdateNetworkInput;
};


/** The writes: each one transaction, validated as a whole; a rejected write changes nothing. */
export type MutationUpdateOrganisationArgs = {
  id: Scalars['ID']['input'];
  input: UpdateOrganisationInput;
};


/** The writes: each one transaction, validated as a whole; a rejected write changes nothing. */
export type MutationUpdatePartnershipArgs = {
  id: Scalars['ID']['input'];
  input: UpdatePartnershipInput;
};


/** The writes: each one transaction, validated as a whole; a rejected write changes nothing. */
export type MutationUpdateProgrammeArgs = {
  id: Scalars['ID']['input'];
  input: UpdateProgrammeInput;
};


/** The writes: each one transaction, validated as a whole; a rejected write changes nothing. */
export type MutationWithdrawCooperationOfferArgs = {
  cityId: Scalars['ID']['input'];
  direction: OfferDirection;
  theme: Theme;
};

/** A network of cities. */
export type Network = Actor & {
  __typename?: 'Network';
  /** Other names and acronyms the sources use. */
  aliases: Array<Scalars['String']['output']>;
  /** Stable id: network:<slug>. */
  id: Scalars['ID']['output'];
  /** Always NETWORK. */
  kind: ActorKind;
  /** The same members as relationships, each with where it is stated, by the member's name. */
  memberLinks: Array<Membership>;
  /** Cities and associations that are members, by name. */
  members: Array<Actor>;
  /** Name as the sources write it. */
  name: Scalars['String']['output'];
  /** What the sources leave ambiguous about this network. */
  notes: Array<Scalars['String']['output']>;
  /** The same partnerships a page at a time, in the same order, with their count: what a client lists of an actor with hundreds of them. */
  partnershipPage: PartnershipConnection;
  /** The partnerships this network takes part in (usually as a facilitator), oldest first. */
  partnerships: Array<Partnership>;
  /** Region the network works in, if it is regional. */
  region?: Maybe<Region>;
  /** Where the facts about this network are stated. */
  sources: Array<SourceRef>;
  /** Themes the network focuses on. */
  themes: Array<Theme>;
};


/** A network of cities. */
export type NetworkPartnershipPageArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** Where a seek or an offer comes from. */
export const OfferBasis = {
  /** Stated through the API by the city or an association it belongs to, or by a source document. */
  Declared: 'DECLARED',
  /** Derived from the city's BENEFICIARY (seeks) or RESOURCE (offers) roles in partnerships on that theme. */
  Derived: 'DERIVED'
} as const;

export type OfferBasis = typeof OfferBasis[keyof typeof OfferBasis];
/** Whether a city seeks cooperation on a theme or offers it. */
export const OfferDirection = {
  /** It has know-how on the theme to share. */
  Offers: 'OFFERS',
  /** It asks for know-how on the theme. */
  Seeks: 'SEEKS'
} as const;

export type OfferDirection = typeof OfferDirection[keyof typeof OfferDirection];
/** An NGO or community organisation, university or institute, professional body, agency or firm that takes part in or supports C2C. */
export type Organisation = Actor & {
  __typename?: 'Organisation';
  /** Other names and acronyms the sources use. */
  aliases: Array<Scalars['String']['output']>;
  /** ISO 3166-1 alpha-2, where the sources give or imply one. */
  country?: Maybe<Scalars['String']['output']>;
  /** Stable id: organisation:<slug>. */
  id: Scalars['ID']['output'];
  /** Always ORGANISATION. */
  kind: ActorKind;
  /** Associations and networks it is a member of, by name. */
  memberships: Array<Actor>;
  /** Name as the sources write it. */
  name: Scalars['String']['output'];
  /** What the sources leave ambiguous about this organisation. */
  notes: Array<Scalars['String']['output']>;
  /** What kind of body it is. */
  organisationType: OrganisationType;
  /** The same partnerships a page at a time, in the same order, with their count. */
  partnershipPage: PartnershipConnection;
  /** The partnerships it takes part in, oldest first. */
  partnerships: Array<Partnership>;
  /** Programmes it runs, by name. */
  programmes: Array<Programme>;
  /** Where the facts about this organisation are stated. */
  sources: Array<SourceRef>;
  /** Cities and partnerships it supports directly, as the sources state it. */
  supports: Array<SupportTarget>;
};


/** An NGO or community organisation, university or institute, professional body, agency or firm that takes part in or supports C2C. */
export type OrganisationPartnershipPageArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** What kind of body an organisation is. */
export const OrganisationType = {
  /** A university, research institute or training institute. */
  Academia: 'ACADEMIA',
  /** A non-governmental or community-based organisation. */
  NgoCbo: 'NGO_CBO',
  Other: 'OTHER',
  /** A firm or business body. */
  PrivateSector: 'PRIVATE_SECTOR',
  /** A professional body (engineers, planners, managers). */
  ProfessionalBody: 'PROFESSIONAL_BODY',
  /** A public agency that is neither a local authority nor a donor in the sources (a national institute, a utility). */
  PublicAgency: 'PUBLIC_AGENCY'
} as const;

export type OrganisationType = typeof OrganisationType[keyof typeof OrganisationType];
/** Geographic orientation (framework category 1). TRIANGULAR: two or more Southern parties plus a third party from beyond the South. */
export const Orientation = {
  Global: 'GLOBAL',
  NorthNorth: 'NORTH_NORTH',
  NorthSouth: 'NORTH_SOUTH',
  SouthSouth: 'SOUTH_SOUTH',
  Triangular: 'TRIANGULAR',
  WestEast: 'WEST_EAST'
} as const;

export type Orientation = typeof Orientation[keyof typeof Orientation];
/** A view as one readable picture. */
export type Overview = {
  __typename?: 'Overview';
  /** Whether the actors are in groups: totalActors is above `readable`. */
  aggregated: Scalars['Boolean']['output'];
  /** The group an actor is in, or null when the view does not show it or is not aggregated: where a searched actor is. */
  groupOf?: Maybe<Scalars['ID']['output']>;
  /** How they are grouped. */
  grouping: ActorGrouping;
  /** Every group, the opened one included, largest first; empty when not aggregated. */
  groups: Array<ActorGroup>;
  /** The links between groups (other than the opened one), and between the opened group's members and the other groups. */
  links: Array<GroupLink>;
  /** The opened group's members and the links among them (as the graph field draws them); the whole view when not aggregated; empty otherwise. */
  members: Subgraph;
  /** The group opened, or null when none was asked for or the view has no group of that id. */
  open?: Maybe<ActorGroup>;
  /** How many actors the view shows (what the graph field would draw). */
  totalActors: Scalars['Int']['output'];
};


/** A view as one readable picture. */
export type OverviewGroupOfArgs = {
  id: Scalars['ID']['input'];
};

/** Where a page ends. */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** Cursor of the last item, to pass as `after`. */
  endCursor?: Maybe<Scalars['String']['output']>;
  /** Whether another page follows. */
  hasNextPage: Scalars['Boolean']['output'];
};

/** An actor taking part in a partnership. */
export type ParticipantInput = {
  /** The actor's id. */
  actorId: Scalars['ID']['input'];
  /** Its role. */
  role: ParticipantRole;
};

/** Role of a participant in a partnership: the Resource City offers know-how, the Beneficiary City asks for it, PEER is a reciprocal exchange, FACILITATOR brokers the link. */
export const ParticipantRole = {
  Beneficiary: 'BENEFICIARY',
  Facilitator: 'FACILITATOR',
  Peer: 'PEER',
  Resource: 'RESOURCE'
} as const;

export type ParticipantRole = typeof ParticipantRole[keyof typeof ParticipantRole];
/** An actor's part in a partnership. */
export type Participation = {
  __typename?: 'Participation';
  /** The participating actor. */
  actor: Actor;
  /** Its role. */
  role: ParticipantRole;
};

/** A suggested resource city for a city that asks for help on a theme. */
export type PartnerMatch = {
  __typename?: 'PartnerMatch';
  /** The suggested city. */
  city: City;
  /** Why, in words. */
  reasons: Array<Scalars['String']['output']>;
  /** 0..1: experience of the theme, similar context, shared networks and closeness in the graph, weighted (see docs/analyses.md). */
  score: Scalars['Float']['output'];
};

/** A city-to-city link: a twinning, partnership, project or triad between two or more cities, with the actors around it. */
export type Partnership = {
  __typename?: 'Partnership';
  /** Last year, where stated. */
  endYear?: Maybe<Scalars['Int']['output']>;
  /** Focus in the urban management process. */
  focus: Array<ManagementFocus>;
  /** Who funds this partnership. */
  fundings: Array<Funding>;
  /** Stable id: partnership:<document>:<slug>. */
  id: Scalars['ID']['output'];
  /** One-on-one, group or networking. */
  modality: LinkingModality;
  /** What the sources leave ambiguous about this partnership. */
  notes: Array<Scalars['String']['output']>;
  /** Geographic orientation: as the source states it, or derived from the participants' blocs. */
  orientation: Orientation;
  /** True when the source states the orientation; false when it was derived. */
  orientationStated: Scalars['Boolean']['output'];
  /** Results the sources report. */
  outcomes: Array<Scalars['String']['output']>;
  /** Who takes part, and in what role. */
  participants: Array<Participation>;
  /** Primary cooperating parties. */
  parties: Array<CooperatingParty>;
  /** Where the facts about this partnership are stated. */
  sources: Array<SourceRef>;
  /** First year, where stated. */
  startYear?: Maybe<Scalars['Int']['output']>;
  /** How far it had gone, as its sources state it: the graph-wide views and analyses count ESTABLISHED ones unless their filter asks for more. */
  status: PartnershipStatus;
  /** Programmes that support this partnership, by name. */
  supporters: Array<Programme>;
  /** Thematic focus. */
  themes: Array<Theme>;
  /** A short descriptive title. */
  title: Scalars['String']['output'];
};

/** A page of partnerships. */
export type PartnershipConnection = {
  __typename?: 'PartnershipConnection';
  /** The partnerships of this page. */
  edges: Array<PartnershipEdge>;
  /** Where this page ends. */
  pageInfo: PageInfo;
  /** How many partnerships match, over all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A partnership in a page. */
export type PartnershipEdge = {
  __typename?: 'PartnershipEdge';
  /** Opaque cursor of this item. */
  cursor: Scalars['String']['output'];
  /** The partnership. */
  node: Partnership;
};

/** How far a partnership had gone, as its sources state it. */
export const PartnershipStatus = {
  /** Announced, proposed or agreed in principle; not yet in operation. */
  Announced: 'ANNOUNCED',
  /** Contacts made; no agreement stated. */
  Contact: 'CONTACT',
  /** In operation, or completed. */
  Established: 'ESTABLISHED'
} as const;

export type PartnershipStatus = typeof PartnershipStatus[keyof typeof PartnershipStatus];
/** Filters for the partnerships list; all given filters must hold. */
export type PartnershipWhere = {
  /** Partnerships known to be active in this year: started at or before it and not ended before it (partnerships without a start year are left out). */
  activeInYear?: InputMaybe<Scalars['Int']['input']>;
  /** Partnerships with this linking modality. */
  modality?: InputMaybe<LinkingModality>;
  /** Partnerships with this orientation. */
  orientation?: InputMaybe<Orientation>;
  /** Partnerships this actor takes part in. */
  participantId?: InputMaybe<Scalars['ID']['input']>;
  /** Partnerships with at least one participating city in this region. */
  region?: InputMaybe<Region>;
  /** Partnerships of this status; every status when omitted. */
  status?: InputMaybe<PartnershipStatus>;
  /** Partnerships with this theme. */
  theme?: InputMaybe<Theme>;
};

/** A support programme: international, national or association-run. */
export type Programme = Actor & {
  __typename?: 'Programme';
  /** Other names and acronyms the sources use. */
  aliases: Array<Scalars['String']['output']>;
  /** Last year, where stated. */
  endYear?: Maybe<Scalars['Int']['output']>;
  /** Where its money comes from. */
  fundingSources: Array<FundingSource>;
  /** Who funds this programme. */
  fundings: Array<Funding>;
  /** Stable id: programme:<slug>. */
  id: Scalars['ID']['output'];
  /** Always PROGRAMME. */
  kind: ActorKind;
  /** How it supports C2C. */
  modalities: Array<SupportModality>;
  /** Name as the sources write it. */
  name: Scalars['String']['output'];
  /** What the sources leave ambiguous about this programme. */
  notes: Array<Scalars['String']['output']>;
  /** Who runs or administers it, by name. */
  runBy: Array<Actor>;
  /** Where the facts about this programme are stated. */
  sources: Array<SourceRef>;
  /** First year, where stated. */
  startYear?: Maybe<Scalars['Int']['output']>;
  /** Cities, partnerships, associations and networks it supports directly. */
  supports: Array<SupportTarget>;
};

/** The reads: actors, partnerships, lists, counts and graph views. */
export type Query = {
  __typename?: 'Query';
  /** An actor by id, or null when there is none. */
  actor?: Maybe<Actor>;
  /** Every association of local authorities, by name. */
  associations: Array<Association>;
  /** Cities by name, filtered, a page at a time. */
  cities: CityConnection;
  /** Communities of the cooperation graph. */
  clusters: ClusterReport;
  /** Pairs of supporters on the same theme in disjoint regions, those spanning most regions first, then by theme and ids. */
  complements: Array<SupportComplement>;
  /** The region × theme matrix of partnerships and supporters, every cell included. */
  coverage: Array<CoverageCell>;
  /** Every actor that funds others, by name: donors, and the cities and associations that also act as donors. */
  donors: Array<Donor>;
  /** Partnerships (and their supporters) counted by any two different facets, every pair of values included. */
  facetMatrix: Array<FacetCell>;
  /** The cooperation fair: cities that seek a theme paired with cities that offer it, best first. Declared offers rank above derived ones. */
  fair: Array<FairMatch>;
  /** Where additional funding by this donor would be most beneficial on its agenda: the themes and regions given, or else those it already funds. Cities already supported on that theme rank below those nobody supports. */
  fundingOpportunities: Array<FundingOpportunity>;
  /** The (filtered) graph for drawing: actors as nodes, partnerships and other relationships as edges. */
  graph: Subgraph;
  /** Cities that are ISOLATED or UNSUPPORTED, most under-served first: cities of Least Developed Countries, then isolated before unsupported, then larger populations. */
  isolatedCities: Array<City>;
  /** Resource cities to suggest to a city that asks for help on a theme, best first. */
  matches: Array<PartnerMatch>;
  /**
   * Everything within `depth` hops of an actor, the actor included, up to
   * `limit` actors: nearest hops first and, within a hop, the actors the kept
   * ones are most closely linked to (partners' partners before the thousands of
   * members of a network); `truncated` says when actors were left out. Up to
   * `edgeLimit` edges between them, the strongest: each actor's strongest link
   * to one nearer the centre first, so that every actor drawn stays linked to
   * it, then the heaviest; `totalEdges` says how many there were.
   */
  neighbourhood: Subgraph;
  /** Every city network, by name. */
  networks: Array<Network>;
  /** Every organisation (NGO, university, professional body, agency, firm), by name. */
  organisations: Array<Organisation>;
  /** Pairs of supporters whose reach overlaps by at least minOverlap (0..1), largest overlap first, then by ids. */
  overlaps: Array<SupportOverlap>;
  /** The view as one readable picture: whole up to `readable` actors, in groups above (see Overview). */
  overview: Overview;
  /** A partnership by id, or null when there is none. */
  partnership?: Maybe<Partnership>;
  /** Each year in which partnerships start, earliest first, with how many start in it: the years a range of years (GraphFilter's activeFrom and activeTo) can step through. Empty when no partnership's start year is known (the sources or the data set do not give them). */
  partnershipYears: Array<YearCount>;
  /** Partnerships by title, filtered, a page at a time. */
  partnerships: PartnershipConnection;
  /** A shortest path between two actors (nodes in path order), or null when none is within maxHops. */
  path?: Maybe<Subgraph>;
  /** Every support programme, by name. */
  programmes: Array<Programme>;
  /** Actors whose name or alias contains every word of `text`, ignoring case and accents; exact names first, then names that start with the text, then word starts, then other matches. */
  search: Array<Actor>;
  /** Counts over the whole graph. */
  stats: GraphStats;
  /** Regions or countries by how under-served their cities are, worst first. */
  supportGaps: Array<SupportGap>;
  /** Triangles of actors, those linked by the most distinct partnerships and links first. */
  triangles: Array<Triangle>;
};


/** The reads: actors, partnerships, lists, counts and graph views. */
export type QueryActorArgs = {
  id: Scalars['ID']['input'];
};


/** The reads: actors, partnerships, lists, counts and graph views. */
export type QueryCitiesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  where?: InputMaybe<CityWhere>;
};


/** The reads: actors, partnerships, lists, counts and graph views. */
export type QueryClustersArgs = {
  algorithm?: InputMaybe<ClusterAlgorithm>;
  filter?: InputMaybe<GraphFilter>;
};


/** The reads: actors, partnerships, lists, counts and graph views. */
export type QueryComplementsArgs = {
  filter?: InputMaybe<GraphFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** The reads: actors, partnerships, lists, counts and graph views. */
export type QueryCoverageArgs = {
  filter?: InputMaybe<GraphFilter>;
};


/** The reads: actors, partnerships, lists, counts and graph views. */
export type QueryFacetMatrixArgs = {
  columns: Facet;
  filter?: InputMaybe<GraphFilter>;
  rows: Facet;
};


/** The reads: actors, partnerships, lists, counts and graph views. */
export type QueryFairArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  region?: InputMaybe<Region>;
  theme?: InputMaybe<Theme>;
};


/** The reads: actors, partnerships, lists, counts and graph views. */
export type QueryFundingOpportunitiesArgs = {
  donorId: Scalars['ID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  regions?: InputMaybe<Array<Region>>;
  themes?: InputMaybe<Array<Theme>>;
};


/** The reads: actors, partnerships, lists, counts and graph views. */
export type QueryGraphArgs = {
  filter?: InputMaybe<GraphFilter>;
};


/** The reads: actors, partnerships, lists, counts and graph views. */
export type QueryIsolatedCitiesArgs = {
  filter?: InputMaybe<GraphFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  reach?: InputMaybe<Scalars['Int']['input']>;
};


/** The reads: actors, partnerships, lists, counts and graph views. */
export type QueryMatchesArgs = {
  cityId: Scalars['ID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  theme: Theme;
};


/** The reads: actors, partnerships, lists, counts and graph views. */
export type QueryNeighbourhoodArgs = {
  depth?: InputMaybe<Scalars['Int']['input']>;
  edgeLimit?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  limit?: InputMaybe<Scalars['Int']['input']>;
  mergeParallel?: InputMaybe<Scalars['Boolean']['input']>;
};


/** The reads: actors, partnerships, lists, counts and graph views. */
export type QueryOverlapsArgs = {
  filter?: InputMaybe<GraphFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  minOverlap?: InputMaybe<Scalars['Float']['input']>;
};


/** The reads: actors, partnerships, lists, counts and graph views. */
export type QueryOverviewArgs = {
  filter?: InputMaybe<GraphFilter>;
  groupBy?: InputMaybe<ActorGrouping>;
  open?: InputMaybe<Scalars['ID']['input']>;
  readable?: InputMaybe<Scalars['Int']['input']>;
};


/** The reads: actors, partnerships, lists, counts and graph views. */
export type QueryPartnershipArgs = {
  id: Scalars['ID']['input'];
};


/** The reads: actors, partnerships, lists, counts and graph views. */
export type QueryPartnershipsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  where?: InputMaybe<PartnershipWhere>;
};


/** The reads: actors, partnerships, lists, counts and graph views. */
export type QueryPathArgs = {
  from: Scalars['ID']['input'];
  maxHops?: InputMaybe<Scalars['Int']['input']>;
  to: Scalars['ID']['input'];
};


/** The reads: actors, partnerships, lists, counts and graph views. */
export type QuerySearchArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  kinds?: InputMaybe<Array<ActorKind>>;
  text: Scalars['String']['input'];
};


/** The reads: actors, partnerships, lists, counts and graph views. */
export type QuerySupportGapsArgs = {
  filter?: InputMaybe<GraphFilter>;
  groupBy?: InputMaybe<GapGrouping>;
  reach?: InputMaybe<Scalars['Int']['input']>;
};


/** The reads: actors, partnerships, lists, counts and graph views. */
export type QueryTrianglesArgs = {
  filter?: InputMaybe<GraphFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  kind?: InputMaybe<TriangleKind>;
};

/** How many records of one kind an import wrote. */
export type RecordCount = {
  __typename?: 'RecordCount';
  /** How many. */
  count: Scalars['Int']['output'];
  /** cities, associations, networks, donors, programmes, partnerships, participations, memberships, fundings, supports or runs. */
  kind: Scalars['String']['output'];
};

/** World regions, UN-Habitat style (see seed/REGIONS.md for the rule). */
export const Region = {
  Africa: 'AFRICA',
  ArabStates: 'ARAB_STATES',
  AsiaPacific: 'ASIA_PACIFIC',
  Europe: 'EUROPE',
  LatinAmericaCaribbean: 'LATIN_AMERICA_CARIBBEAN',
  NorthAmerica: 'NORTH_AMERICA'
} as const;

export type Region = typeof Region[keyof typeof Region];
/** How many relationships of one type a deletion removes. */
export type RelationshipCount = {
  __typename?: 'RelationshipCount';
  /** How many. */
  count: Scalars['Int']['output'];
  /** PARTICIPATES_IN, MEMBER_OF, FUNDS, SUPPORTS or RUN_BY. */
  type: Scalars['String']['output'];
};

/** Where a fact written through the API is stated. */
export type SourceInput = {
  /** The document, file or data set (e.g. a report's title or file name). */
  document: Scalars['String']['input'];
  /** The place in it: page, section, line. */
  locator?: InputMaybe<Scalars['String']['input']>;
  /** The words that state the fact. */
  quote?: InputMaybe<Scalars['String']['input']>;
};

/** Where a fact comes from: a seed document (by file name) and the place in it, an imported file and its line, or the API call that wrote it. */
export type SourceRef = {
  __typename?: 'SourceRef';
  /** The source document's file name (in shared/seeds), the imported file, the data set a fact was looked up in, or `graphql-api`. */
  document: Scalars['String']['output'];
  /** The place in the document: box, section or paragraph, and line. */
  locator?: Maybe<Scalars['String']['output']>;
  /** The words of the document that state the fact, where recorded. */
  quote?: Maybe<Scalars['String']['output']>;
};

/** A set of actors and the relationships between them. */
export type Subgraph = {
  __typename?: 'Subgraph';
  /** The relationships between them. */
  edges: Array<GraphEdge>;
  /** The actors. */
  nodes: Array<GraphNode>;
  /** How many edges the actors answered have between them: `edges`' length unless `neighbourhood`'s `edgeLimit` left some out. */
  totalEdges: Scalars['Int']['output'];
  /** How many actors the whole answer would have: `nodes`' length unless truncated; null when a neighbourhood was cut before its last hop, where counting the rest would cost the traversal the limit saves. */
  totalNodes?: Maybe<Scalars['Int']['output']>;
  /** Whether actors were left out to keep the answer within `neighbourhood`'s `limit`; false for the other views. */
  truncated: Scalars['Boolean']['output'];
};

/** Two supporters working on the same theme in regions the other does not reach: a complementarity (shared tools, a wider geographic spread). */
export type SupportComplement = {
  __typename?: 'SupportComplement';
  /** The supporter with the smaller id. */
  first: Actor;
  /** Regions of the cities the first reaches through partnerships and networks on the theme. */
  firstRegions: Array<Region>;
  /** The other supporter. */
  second: Actor;
  /** The same for the second: none in common with the first's. */
  secondRegions: Array<Region>;
  /** The theme both work on. */
  theme: Theme;
};

/** A region or country ranked by how under-served its cities are. */
export type SupportGap = {
  __typename?: 'SupportGap';
  /** Cities in it. */
  cities: Scalars['Int']['output'];
  /** 0 (every city supported) .. 1 (none): the share of cities without support, each city weighted by its population where known (by the mean known population of the group otherwise). */
  gapScore: Scalars['Float']['output'];
  /** Of those, ISOLATED. */
  isolated: Scalars['Int']['output'];
  /** The region (a Region value) or the ISO 3166-1 alpha-2 country code. */
  key: Scalars['String']['output'];
  /** Population living in isolated or unsupported cities, where known; null when no such city's population is known. */
  populationUnserved?: Maybe<Scalars['Float']['output']>;
  /** Of those, SUPPORTED. */
  supported: Scalars['Int']['output'];
  /** Of those, UNSUPPORTED. */
  unsupported: Scalars['Int']['output'];
};

/** How well a city is reached by support (see City.supportLevel). */
export const SupportLevel = {
  /** No partnership, no membership, no supporter within reach. */
  Isolated: 'ISOLATED',
  /** At least one donor or programme within reach. */
  Supported: 'SUPPORTED',
  /** Linked to other cities or members of a network, but no donor or programme within reach. */
  Unsupported: 'UNSUPPORTED'
} as const;

export type SupportLevel = typeof SupportLevel[keyof typeof SupportLevel];
/** Support modality (support category C). */
export const SupportModality = {
  BestPracticeMatchmaking: 'BEST_PRACTICE_MATCHMAKING',
  DemonstrationReplication: 'DEMONSTRATION_REPLICATION',
  InformationExchange: 'INFORMATION_EXCHANGE',
  Networking: 'NETWORKING',
  Other: 'OTHER',
  PeerReview: 'PEER_REVIEW',
  SpecialisedExpertise: 'SPECIALISED_EXPERTISE',
  StaffExchange: 'STAFF_EXCHANGE',
  Training: 'TRAINING'
} as const;

export type SupportModality = typeof SupportModality[keyof typeof SupportModality];
/** Two supporters (donors, programmes or organisations) whose reach overlaps: a duplication to avoid, or a synergy to coordinate. */
export type SupportOverlap = {
  __typename?: 'SupportOverlap';
  /** The supporter with the smaller id. */
  first: Actor;
  /** Jaccard index of the two sets of cities reached: 0 (disjoint) .. 1 (the same cities). */
  overlap: Scalars['Float']['output'];
  /** The other supporter. */
  second: Actor;
  /** Cities that both reach (the reach that supportLevel uses), by name. */
  sharedCities: Array<City>;
  /** Themes both support among the partnerships and networks they reach (within the reach, one hop short of the cities). */
  sharedThemes: Array<Theme>;
};

/** What a programme supports. */
export type SupportTarget = Association | City | Network | Partnership;

/** Thematic focus (framework category 5, refined with the themes the other documents name). */
export const Theme = {
  Climate: 'CLIMATE',
  Digital: 'DIGITAL',
  EconomicDevelopment: 'ECONOMIC_DEVELOPMENT',
  Education: 'EDUCATION',
  Environment: 'ENVIRONMENT',
  Governance: 'GOVERNANCE',
  Health: 'HEALTH',
  Housing: 'HOUSING',
  InfrastructureServices: 'INFRASTRUCTURE_SERVICES',
  MunicipalFinance: 'MUNICIPAL_FINANCE',
  Other: 'OTHER',
  SecurityDisaster: 'SECURITY_DISASTER',
  SocialCultural: 'SOCIAL_CULTURAL',
  Transport: 'TRANSPORT',
  Waste: 'WASTE',
  WaterSanitation: 'WATER_SANITATION'
} as const;

export type Theme = typeof Theme[keyof typeof Theme];
/** Three actors and what links them. */
export type Triangle = {
  __typename?: 'Triangle';
  /** The three actors, by id. */
  actors: Array<Actor>;
  /** Which kind of triangle. */
  kind: TriangleKind;
  /** The partnerships that link them (for SOUTH_SOUTH_PLUS_ONE, those all three take part in, fund or support). */
  partnerships: Array<Partnership>;
  /** Themes of the partnerships that link them. */
  themes: Array<Theme>;
};

/** Which triangles to list. */
export const TriangleKind = {
  /** Any three actors pairwise linked through partnerships, memberships or fundings. */
  Any: 'ANY',
  /** Triangular cooperation: in one partnership of SOUTH_SOUTH or TRIANGULAR orientation, two Southern local-government parties (cities, or a city and a national association of a Southern country standing for cities the documents do not name) and a third party from beyond the South that takes part in, funds or supports it. */
  SouthSouthPlusOne: 'SOUTH_SOUTH_PLUS_ONE'
} as const;

export type TriangleKind = typeof TriangleKind[keyof typeof TriangleKind];
/** Changes to an association; see the update conventions. */
export type UpdateAssociationInput = {
  /** Other names (replaces the list). */
  aliases?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Country (ISO 3166-1 alpha-2); null clears it. */
  country?: InputMaybe<Scalars['String']['input']>;
  /** Donor type; null means it no longer acts as a donor (refused while it still funds something). */
  donorType?: InputMaybe<DonorType>;
  /** Name as the sources write it. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** Notes to add. */
  notes?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Region; null clears it. */
  region?: InputMaybe<Region>;
  /** National, regional or global. */
  scope?: InputMaybe<AssociationScope>;
  /** Sources to add. */
  sources?: InputMaybe<Array<SourceInput>>;
};

/** Changes to a city; see the update conventions. */
export type UpdateCityInput = {
  /** Other names (replaces the list). */
  aliases?: InputMaybe<Array<Scalars['String']['input']>>;
  /** ISO 3166-1 alpha-2 country code (region, bloc and LDC flag follow it; location and population are looked up again unless given). */
  country?: InputMaybe<Scalars['String']['input']>;
  /** Donor type; null means the city no longer acts as a donor (refused while it still funds something). */
  donorType?: InputMaybe<DonorType>;
  /** Tier of local government. */
  level?: InputMaybe<AuthorityLevel>;
  /** Location; null clears it. */
  location?: InputMaybe<GeoPointInput>;
  /** Name as the sources write it. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** Notes to add. */
  notes?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Population; null clears it. */
  population?: InputMaybe<Scalars['Int']['input']>;
  /** Sources to add. */
  sources?: InputMaybe<Array<SourceInput>>;
};

/** Changes to a donor; see the update conventions. */
export type UpdateDonorInput = {
  /** Other names (replaces the list). */
  aliases?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Country; null clears it. */
  country?: InputMaybe<Scalars['String']['input']>;
  /** What kind of body it is. */
  donorType?: InputMaybe<DonorType>;
  /** Name as the sources write it. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** Notes to add. */
  notes?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Sources to add. */
  sources?: InputMaybe<Array<SourceInput>>;
};

/** Changes to a funding; see the update conventions. */
export type UpdateFundingInput = {
  /** Amount; null clears it. */
  amount?: InputMaybe<Scalars['Float']['input']>;
  /** ISO 4217 currency code; null clears it. */
  currency?: InputMaybe<Scalars['String']['input']>;
  /** Last year; null clears it. */
  endYear?: InputMaybe<Scalars['Int']['input']>;
  /** Notes to add. */
  notes?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Sources to add. */
  sources?: InputMaybe<Array<SourceInput>>;
  /** First year; null clears it. */
  startYear?: InputMaybe<Scalars['Int']['input']>;
};

/** Changes to a network; see the update conventions. */
export type UpdateNetworkInput = {
  /** Other names (replaces the list). */
  aliases?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Name as the sources write it. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** Notes to add. */
  notes?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Region; null clears it. */
  region?: InputMaybe<Region>;
  /** Sources to add. */
  sources?: InputMaybe<Array<SourceInput>>;
  /** Themes (replaces the list). */
  themes?: InputMaybe<Array<Theme>>;
};

/** Changes to an organisation; see the update conventions. */
export type UpdateOrganisationInput = {
  /** Other names (replaces the list). */
  aliases?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Country (ISO 3166-1 alpha-2); null clears it. */
  country?: InputMaybe<Scalars['String']['input']>;
  /** Name as the sources write it. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** Notes to add. */
  notes?: InputMaybe<Array<Scalars['String']['input']>>;
  /** What kind of body it is. */
  organisationType?: InputMaybe<OrganisationType>;
  /** Sources to add. */
  sources?: InputMaybe<Array<SourceInput>>;
};

/** Changes to a partnership; see the update conventions. Orientation and modality are derived again when participants change and they were not stated. */
export type UpdatePartnershipInput = {
  /** Last year; null clears it. */
  endYear?: InputMaybe<Scalars['Int']['input']>;
  /** Focus (replaces the list). */
  focus?: InputMaybe<Array<ManagementFocus>>;
  /** Linking modality; null makes it derived. */
  modality?: InputMaybe<LinkingModality>;
  /** Notes to add. */
  notes?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Orientation as stated; null makes it derived from the participants. */
  orientation?: InputMaybe<Orientation>;
  /** Results reported (replaces the list). */
  outcomes?: InputMaybe<Array<Scalars['String']['input']>>;
  /** The participants (replaces the list): at least two, each once, one of them a city. */
  participants?: InputMaybe<Array<ParticipantInput>>;
  /** Cooperating parties (replaces the list). */
  parties?: InputMaybe<Array<CooperatingParty>>;
  /** Sources to add. */
  sources?: InputMaybe<Array<SourceInput>>;
  /** First year; null clears it. */
  startYear?: InputMaybe<Scalars['Int']['input']>;
  /** How far it had gone. */
  status?: InputMaybe<PartnershipStatus>;
  /** Thematic focus (replaces the list). */
  themes?: InputMaybe<Array<Theme>>;
  /** A short descriptive title. */
  title?: InputMaybe<Scalars['String']['input']>;
};

/** Changes to a programme; see the update conventions. */
export type UpdateProgrammeInput = {
  /** Other names (replaces the list). */
  aliases?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Last year; null clears it. */
  endYear?: InputMaybe<Scalars['Int']['input']>;
  /** Where its money comes from (replaces the list). */
  fundingSources?: InputMaybe<Array<FundingSource>>;
  /** How it supports C2C (replaces the list). */
  modalities?: InputMaybe<Array<SupportModality>>;
  /** Name as the sources write it. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** Notes to add. */
  notes?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Who runs it (replaces the list). */
  runBy?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Sources to add. */
  sources?: InputMaybe<Array<SourceInput>>;
  /** First year; null clears it. */
  startYear?: InputMaybe<Scalars['Int']['input']>;
  /** What it supports (replaces the list). */
  supports?: InputMaybe<Array<Scalars['ID']['input']>>;
};

/** How many partnerships start in a year. */
export type YearCount = {
  __typename?: 'YearCount';
  /** Partnerships whose start year it is. */
  partnerships: Scalars['Int']['output'];
  /** The year. */
  year: Scalars['Int']['output'];
};



export type ResolverTypeWrapper<T> = Promise<T> | T;


export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;



/** Mapping of union types */
export type ResolversUnionTypes<_RefType extends Record<string, unknown>> = {
  FundingTarget:
    | ( ActorModel )
    | ( ActorModel )
    | ( ActorModel )
    | ( PartnershipModel )
    | ( ActorModel )
  ;
  SupportTarget:
    | ( ActorModel )
    | ( ActorModel )
    | ( ActorModel )
    | ( PartnershipModel )
  ;
};


/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  Actor: ResolverTypeWrapper<ActorModel>;
  ActorGroup: ResolverTypeWrapper<ActorGroupModel>;
  ActorGrouping: ActorGrouping;
  ActorKind: ActorKind;
  Association: ResolverTypeWrapper<ActorModel>;
  AssociationScope: AssociationScope;
  AuthorityLevel: AuthorityLevel;
  Bloc: Bloc;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  City: ResolverTypeWrapper<ActorModel>;
  CityConnection: ResolverTypeWrapper<Omit<CityConnection, 'edges'> & { edges: Array<ResolversTypes['CityEdge']> }>;
  CityEdge: ResolverTypeWrapper<Omit<CityEdge, 'node'> & { node: ResolversTypes['City'] }>;
  CityWhere: CityWhere;
  Cluster: ResolverTypeWrapper<ClusterModel>;
  ClusterAlgorithm: ClusterAlgorithm;
  ClusterReport: ResolverTypeWrapper<Omit<ClusterReport, 'clusters'> & { clusters: Array<ResolversTypes['Cluster']> }>;
  CooperatingParty: CooperatingParty;
  CooperationOffer: ResolverTypeWrapper<CityOffer>;
  CooperationOfferInput: CooperationOfferInput;
  CoverageCell: ResolverTypeWrapper<CoverageCell>;
  CreateAssociationInput: CreateAssociationInput;
  CreateCityInput: CreateCityInput;
  CreateDonorInput: CreateDonorInput;
  CreateFundingInput: CreateFundingInput;
  CreateNetworkInput: CreateNetworkInput;
  CreateOrganisationInput: CreateOrganisationInput;
  CreatePartnershipInput: CreatePartnershipInput;
  CreateProgrammeInput: CreateProgrammeInput;
  Deletion: ResolverTypeWrapper<Deletion>;
  Donor: ResolverTypeWrapper<ActorModel>;
  DonorType: DonorType;
  Facet: Facet;
  FacetCell: ResolverTypeWrapper<FacetCell>;
  FairMatch: ResolverTypeWrapper<FairPairing>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  Funding: ResolverTypeWrapper<FundingModel>;
  FundingOpportunity: ResolverTypeWrapper<Opportunity>;
  FundingSource: FundingSource;
  FundingTarget: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['FundingTarget']>;
  GapGrouping: GapGrouping;
  GeoPoint: ResolverTypeWrapper<GeoPoint>;
  GeoPointInput: GeoPointInput;
  GraphEdge: ResolverTypeWrapper<DrawnEdge>;
  GraphFilter: GraphFilter;
  GraphNode: ResolverTypeWrapper<GraphNode>;
  GraphStats: ResolverTypeWrapper<GraphStats>;
  GroupLink: ResolverTypeWrapper<GroupLink>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  ImportFormat: ImportFormat;
  ImportInput: ImportInput;
  ImportKind: ImportKind;
  ImportReport: ResolverTypeWrapper<ImportReport>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  LinkingModality: LinkingModality;
  ManagementFocus: ManagementFocus;
  Membership: ResolverTypeWrapper<MembershipModel>;
  MembershipInput: MembershipInput;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Network: ResolverTypeWrapper<ActorModel>;
  OfferBasis: OfferBasis;
  OfferDirection: OfferDirection;
  Organisation: ResolverTypeWrapper<ActorModel>;
  OrganisationType: OrganisationType;
  Orientation: Orientation;
  Overview: ResolverTypeWrapper<OverviewModel>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  ParticipantInput: ParticipantInput;
  ParticipantRole: ParticipantRole;
  Participation: ResolverTypeWrapper<ParticipationModel>;
  PartnerMatch: ResolverTypeWrapper<MatchModel>;
  Partnership: ResolverTypeWrapper<PartnershipModel>;
  PartnershipConnection: ResolverTypeWrapper<Omit<PartnershipConnection, 'edges'> & { edges: Array<ResolversTypes['PartnershipEdge']> }>;
  PartnershipEdge: ResolverTypeWrapper<Omit<PartnershipEdge, 'node'> & { node: ResolversTypes['Partnership'] }>;
  PartnershipStatus: PartnershipStatus;
  PartnershipWhere: PartnershipWhere;
  Programme: ResolverTypeWrapper<ActorModel>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RecordCount: ResolverTypeWrapper<RecordCount>;
  Region: Region;
  RelationshipCount: ResolverTypeWrapper<RelationshipCount>;
  SourceInput: SourceInput;
  SourceRef: ResolverTypeWrapper<SourceRef>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Subgraph: ResolverTypeWrapper<DrawnSubgraph>;
  SupportComplement: ResolverTypeWrapper<Complement>;
  SupportGap: ResolverTypeWrapper<SupportGap>;
  SupportLevel: SupportLevel;
  SupportModality: SupportModality;
  SupportOverlap: ResolverTypeWrapper<Overlap>;
  SupportTarget: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['SupportTarget']>;
  Theme: Theme;
  Triangle: ResolverTypeWrapper<TriangleModel>;
  TriangleKind: TriangleKind;
  UpdateAssociationInput: UpdateAssociationInput;
  UpdateCityInput: UpdateCityInput;
  UpdateDonorInput: UpdateDonorInput;
  UpdateFundingInput: UpdateFundingInput;
  UpdateNetworkInput: UpdateNetworkInput;
  UpdateOrganisationInput: UpdateOrganisationInput;
  UpdatePartnershipInput: UpdatePartnershipInput;
  UpdateProgrammeInput: UpdateProgrammeInput;
  YearCount: ResolverTypeWrapper<YearCount>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  Actor: ActorModel;
  ActorGroup: ActorGroupModel;
  Association: ActorModel;
  Boolean: Scalars['Boolean']['output'];
  City: ActorModel;
  CityConnection: Omit<CityConnection, 'edges'> & { edges: Array<ResolversParentTypes['CityEdge']> };
  CityEdge: Omit<CityEdge, 'node'> & { node: ResolversParentTypes['City'] };
  CityWhere: CityWhere;
  Cluster: ClusterModel;
  ClusterReport: Omit<ClusterReport, 'clusters'> & { clusters: Array<ResolversParentTypes['Cluster']> };
  CooperationOffer: CityOffer;
  CooperationOfferInput: CooperationOfferInput;
  CoverageCell: CoverageCell;
  CreateAssociationInput: CreateAssociationInput;
  CreateCityInput: CreateCityInput;
  CreateDonorInput: CreateDonorInput;
  CreateFundingInput: CreateFundingInput;
  CreateNetworkInput: CreateNetworkInput;
  CreateOrganisationInput: CreateOrganisationInput;
  CreatePartnershipInput: CreatePartnershipInput;
  CreateProgrammeInput: CreateProgrammeInput;
  Deletion: Deletion;
  Donor: ActorModel;
  FacetCell: FacetCell;
  FairMatch: FairPairing;
  Float: Scalars['Float']['output'];
  Funding: FundingModel;
  FundingOpportunity: Opportunity;
  FundingTarget: ResolversUnionTypes<ResolversParentTypes>['FundingTarget'];
  GeoPoint: GeoPoint;
  GeoPointInput: GeoPointInput;
  GraphEdge: DrawnEdge;
  GraphFilter: GraphFilter;
  GraphNode: GraphNode;
  GraphStats: GraphStats;
  GroupLink: GroupLink;
  ID: Scalars['ID']['output'];
  ImportInput: ImportInput;
  ImportReport: ImportReport;
  Int: Scalars['Int']['output'];
  Membership: MembershipModel;
  MembershipInput: MembershipInput;
  Mutation: Record<PropertyKey, never>;
  Network: ActorModel;
  Organisation: ActorModel;
  Overview: OverviewModel;
  PageInfo: PageInfo;
  ParticipantInput: ParticipantInput;
  Participation: ParticipationModel;
  PartnerMatch: MatchModel;
  Partnership: PartnershipModel;
  PartnershipConnection: Omit<PartnershipConnection, 'edges'> & { edges: Array<ResolversParentTypes['PartnershipEdge']> };
  PartnershipEdge: Omit<PartnershipEdge, 'node'> & { node: ResolversParentTypes['Partnership'] };
  PartnershipWhere: PartnershipWhere;
  Programme: ActorModel;
  Query: Record<PropertyKey, never>;
  RecordCount: RecordCount;
  RelationshipCount: RelationshipCount;
  SourceInput: SourceInput;
  SourceRef: SourceRef;
  String: Scalars['String']['output'];
  Subgraph: DrawnSubgraph;
  SupportComplement: Complement;
  SupportGap: SupportGap;
  SupportOverlap: Overlap;
  SupportTarget: ResolversUnionTypes<ResolversParentTypes>['SupportTarget'];
  Triangle: TriangleModel;
  UpdateAssociationInput: UpdateAssociationInput;
  UpdateCityInput: UpdateCityInput;
  UpdateDonorInput: UpdateDonorInput;
  UpdateFundingInput: UpdateFundingInput;
  UpdateNetworkInput: UpdateNetworkInput;
  UpdateOrganisationInput: UpdateOrganisationInput;
  UpdatePartnershipInput: UpdatePartnershipInput;
  UpdateProgrammeInput: UpdateProgrammeInput;
  YearCount: YearCount;
};

export type ActorResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Actor'] = ResolversParentTypes['Actor']> = {
  __resolveType: TypeResolveFn<'Association' | 'City' | 'Donor' | 'Network' | 'Organisation' | 'Programme', ParentType, ContextType>;
};

export type ActorGroupResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ActorGroup'] = ResolversParentTypes['ActorGroup']> = {
  cities?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  cluster?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  countries?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  hubs?: Resolver<Array<ResolversTypes['Actor']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  isolated?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  mainOrientation?: Resolver<Maybe<ResolversTypes['Orientation']>, ParentType, ContextType>;
  region?: Resolver<Maybe<ResolversTypes['Region']>, ParentType, ContextType>;
  regions?: Resolver<Array<ResolversTypes['Region']>, ParentType, ContextType>;
  size?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  supported?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  topThemes?: Resolver<Array<ResolversTypes['Theme']>, ParentType, ContextType>;
  unsupported?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type AssociationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Association'] = ResolversParentTypes['Association']> = {
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  country?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  donorType?: Resolver<Maybe<ResolversTypes['DonorType']>, ParentType, ContextType>;
  fundingsGiven?: Resolver<Array<ResolversTypes['Funding']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ActorKind'], ParentType, ContextType>;
  memberLinks?: Resolver<Array<ResolversTypes['Membership']>, ParentType, ContextType>;
  members?: Resolver<Array<ResolversTypes['Actor']>, ParentType, ContextType>;
  membershipLinks?: Resolver<Array<ResolversTypes['Membership']>, ParentType, ContextType>;
  memberships?: Resolver<Array<ResolversTypes['Actor']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  notes?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  partnershipPage?: Resolver<ResolversTypes['PartnershipConnection'], ParentType, ContextType, RequireFields<AssociationPartnershipPageArgs, 'first'>>;
  partnerships?: Resolver<Array<ResolversTypes['Partnership']>, ParentType, ContextType>;
  region?: Resolver<Maybe<ResolversTypes['Region']>, ParentType, ContextType>;
  scope?: Resolver<ResolversTypes['AssociationScope'], ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['SourceRef']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type CityResolvers<ContextType = Context, ParentType extends ResolversParentTypes['City'] = ResolversParentTypes['City']> = {
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  bloc?: Resolver<ResolversTypes['Bloc'], ParentType, ContextType>;
  country?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  donorType?: Resolver<Maybe<ResolversTypes['DonorType']>, ParentType, ContextType>;
  fundingsGiven?: Resolver<Array<ResolversTypes['Funding']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ActorKind'], ParentType, ContextType>;
  ldc?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  level?: Resolver<ResolversTypes['AuthorityLevel'], ParentType, ContextType>;
  location?: Resolver<Maybe<ResolversTypes['GeoPoint']>, ParentType, ContextType>;
  locationIsSeat?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  membershipLinks?: Resolver<Array<ResolversTypes['Membership']>, ParentType, ContextType>;
  memberships?: Resolver<Array<ResolversTypes['Actor']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  notes?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  offers?: Resolver<Array<ResolversTypes['CooperationOffer']>, ParentType, ContextType>;
  partners?: Resolver<Array<ResolversTypes['City']>, ParentType, ContextType>;
  partnershipPage?: Resolver<ResolversTypes['PartnershipConnection'], ParentType, ContextType, RequireFields<CityPartnershipPageArgs, 'first'>>;
  partnerships?: Resolver<Array<ResolversTypes['Partnership']>, ParentType, ContextType>;
  population?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  region?: Resolver<ResolversTypes['Region'], ParentType, ContextType>;
  seeks?: Resolver<Array<ResolversTypes['CooperationOffer']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['SourceRef']>, ParentType, ContextType>;
  supportLevel?: Resolver<ResolversTypes['SupportLevel'], ParentType, ContextType, RequireFields<CitySupportLevelArgs, 'reach'>>;
  supporters?: Resolver<Array<ResolversTypes['Actor']>, ParentType, ContextType, RequireFields<CitySupportersArgs, 'reach'>>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type CityConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CityConnection'] = ResolversParentTypes['CityConnection']> = {
  edges?: Resolver<Array<ResolversTypes['CityEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CityEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CityEdge'] = ResolversParentTypes['CityEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['City'], ParentType, ContextType>;
};

export type ClusterResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Cluster'] = ResolversParentTypes['Cluster']> = {
  countries?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  hubs?: Resolver<Array<ResolversTypes['Actor']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  members?: Resolver<Array<ResolversTypes['Actor']>, ParentType, ContextType>;
  size?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  topThemes?: Resolver<Array<ResolversTypes['Theme']>, ParentType, ContextType>;
};

export type ClusterReportResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ClusterReport'] = ResolversParentTypes['ClusterReport']> = {
  algorithm?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  clusters?: Resolver<Array<ResolversTypes['Cluster']>, ParentType, ContextType>;
  modularity?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
};

export type CooperationOfferResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CooperationOffer'] = ResolversParentTypes['CooperationOffer']> = {
  basis?: Resolver<ResolversTypes['OfferBasis'], ParentType, ContextType>;
  city?: Resolver<ResolversTypes['City'], ParentType, ContextType>;
  direction?: Resolver<ResolversTypes['OfferDirection'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['SourceRef']>, ParentType, ContextType>;
  theme?: Resolver<ResolversTypes['Theme'], ParentType, ContextType>;
};

export type CoverageCellResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CoverageCell'] = ResolversParentTypes['CoverageCell']> = {
  partnerships?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  region?: Resolver<ResolversTypes['Region'], ParentType, ContextType>;
  supporters?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  theme?: Resolver<ResolversTypes['Theme'], ParentType, ContextType>;
};

export type DeletionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Deletion'] = ResolversParentTypes['Deletion']> = {
  dryRun?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  removedPartnerships?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  removedRelationships?: Resolver<Array<ResolversTypes['RelationshipCount']>, ParentType, ContextType>;
};

export type DonorResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Donor'] = ResolversParentTypes['Donor']> = {
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  country?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  donorType?: Resolver<ResolversTypes['DonorType'], ParentType, ContextType>;
  fundings?: Resolver<Array<ResolversTypes['Funding']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ActorKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  notes?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  programmes?: Resolver<Array<ResolversTypes['Programme']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['SourceRef']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type FacetCellResolvers<ContextType = Context, ParentType extends ResolversParentTypes['FacetCell'] = ResolversParentTypes['FacetCell']> = {
  column?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  partnerships?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  row?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  supporters?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type FairMatchResolvers<ContextType = Context, ParentType extends ResolversParentTypes['FairMatch'] = ResolversParentTypes['FairMatch']> = {
  offerer?: Resolver<ResolversTypes['City'], ParentType, ContextType>;
  reasons?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  seeker?: Resolver<ResolversTypes['City'], ParentType, ContextType>;
  theme?: Resolver<ResolversTypes['Theme'], ParentType, ContextType>;
};

export type FundingResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Funding'] = ResolversParentTypes['Funding']> = {
  amount?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  currency?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  donor?: Resolver<ResolversTypes['Donor'], ParentType, ContextType>;
  endYear?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  inferred?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  notes?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  recipient?: Resolver<ResolversTypes['FundingTarget'], ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['SourceRef']>, ParentType, ContextType>;
  startYear?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type FundingOpportunityResolvers<ContextType = Context, ParentType extends ResolversParentTypes['FundingOpportunity'] = ResolversParentTypes['FundingOpportunity']> = {
  city?: Resolver<ResolversTypes['City'], ParentType, ContextType>;
  reasons?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  themes?: Resolver<Array<ResolversTypes['Theme']>, ParentType, ContextType>;
};

export type FundingTargetResolvers<ContextType = Context, ParentType extends ResolversParentTypes['FundingTarget'] = ResolversParentTypes['FundingTarget']> = {
  __resolveType: TypeResolveFn<'Association' | 'City' | 'Network' | 'Partnership' | 'Programme', ParentType, ContextType>;
};

export type GeoPointResolvers<ContextType = Context, ParentType extends ResolversParentTypes['GeoPoint'] = ResolversParentTypes['GeoPoint']> = {
  lat?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  lon?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type GraphEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['GraphEdge'] = ResolversParentTypes['GraphEdge']> = {
  edgeIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  partnershipId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  partnershipIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  source?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  target?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  weight?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type GraphNodeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['GraphNode'] = ResolversParentTypes['GraphNode']> = {
  cluster?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  country?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ActorKind'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  region?: Resolver<Maybe<ResolversTypes['Region']>, ParentType, ContextType>;
  supportLevel?: Resolver<Maybe<ResolversTypes['SupportLevel']>, ParentType, ContextType>;
};

export type GraphStatsResolvers<ContextType = Context, ParentType extends ResolversParentTypes['GraphStats'] = ResolversParentTypes['GraphStats']> = {
  associations?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  cities?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  donors?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  networks?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  organisations?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  partnerships?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  programmes?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  relationships?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type GroupLinkResolvers<ContextType = Context, ParentType extends ResolversParentTypes['GroupLink'] = ResolversParentTypes['GroupLink']> = {
  source?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  target?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  weight?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ImportReportResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ImportReport'] = ResolversParentTypes['ImportReport']> = {
  dryRun?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  fileName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  geocodingMisses?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  records?: Resolver<Array<ResolversTypes['RecordCount']>, ParentType, ContextType>;
};

export type MembershipResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Membership'] = ResolversParentTypes['Membership']> = {
  inferred?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  member?: Resolver<ResolversTypes['Actor'], ParentType, ContextType>;
  organisation?: Resolver<ResolversTypes['Actor'], ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['SourceRef']>, ParentType, ContextType>;
};

export type MutationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  addMembership?: Resolver<ResolversTypes['Membership'], ParentType, ContextType, RequireFields<MutationAddMembershipArgs, 'input'>>;
  createAssociation?: Resolver<ResolversTypes['Association'], ParentType, ContextType, RequireFields<MutationCreateAssociationArgs, 'input'>>;
  createCity?: Resolver<ResolversTypes['City'], ParentType, ContextType, RequireFields<MutationCreateCityArgs, 'input'>>;
  createDonor?: Resolver<ResolversTypes['Donor'], ParentType, ContextType, RequireFields<MutationCreateDonorArgs, 'input'>>;
  createFunding?: Resolver<ResolversTypes['Funding'], ParentType, ContextType, RequireFields<MutationCreateFundingArgs, 'input'>>;
  createNetwork?: Resolver<ResolversTypes['Network'], ParentType, ContextType, RequireFields<MutationCreateNetworkArgs, 'input'>>;
  createOrganisation?: Resolver<ResolversTypes['Organisation'], ParentType, ContextType, RequireFields<MutationCreateOrganisationArgs, 'input'>>;
  createPartnership?: Resolver<ResolversTypes['Partnership'], ParentType, ContextType, RequireFields<MutationCreatePartnershipArgs, 'input'>>;
  createProgramme?: Resolver<ResolversTypes['Programme'], ParentType, ContextType, RequireFields<MutationCreateProgrammeArgs, 'input'>>;
  declareCooperationOffer?: Resolver<ResolversTypes['CooperationOffer'], ParentType, ContextType, RequireFields<MutationDeclareCooperationOfferArgs, 'input'>>;
  deleteActor?: Resolver<ResolversTypes['Deletion'], ParentType, ContextType, RequireFields<MutationDeleteActorArgs, 'dryRun' | 'id'>>;
  deleteFunding?: Resolver<ResolversTypes['Deletion'], ParentType, ContextType, RequireFields<MutationDeleteFundingArgs, 'dryRun' | 'id'>>;
  deletePartnership?: Resolver<ResolversTypes['Deletion'], ParentType, ContextType, RequireFields<MutationDeletePartnershipArgs, 'dryRun' | 'id'>>;
  importDataSet?: Resolver<ResolversTypes['ImportReport'], ParentType, ContextType, RequireFields<MutationImportDataSetArgs, 'input'>>;
  removeMembership?: Resolver<ResolversTypes['Deletion'], ParentType, ContextType, RequireFields<MutationRemoveMembershipArgs, 'dryRun' | 'memberId' | 'organisationId'>>;
  setPartnershipStatus?: Resolver<ResolversTypes['Partnership'], ParentType, ContextType, RequireFields<MutationSetPartnershipStatusArgs, 'id' | 'status'>>;
  updateAssociation?: Resolver<ResolversTypes['Association'], ParentType, ContextType, RequireFields<MutationUpdateAssociationArgs, 'id' | 'input'>>;
  updateCity?: Resolver<ResolversTypes['City'], ParentType, ContextType, RequireFields<MutationUpdateCityArgs, 'id' | 'input'>>;
  updateDonor?: Resolver<ResolversTypes['Donor'], ParentType, ContextType, RequireFields<MutationUpdateDonorArgs, 'id' | 'input'>>;
  updateFunding?: Resolver<ResolversTypes['Funding'], ParentType, ContextType, RequireFields<MutationUpdateFundingArgs, 'id' | 'input'>>;
  updateNetwork?: Resolver<ResolversTypes['Network'], ParentType, ContextType, RequireFields<MutationUpdateNetworkArgs, 'id' | 'input'>>;
  updateOrganisation?: Resolver<ResolversTypes['Organisation'], ParentType, ContextType, RequireFields<MutationUpdateOrganisationArgs, 'id' | 'input'>>;
  updatePartnership?: Resolver<ResolversTypes['Partnership'], ParentType, ContextType, RequireFields<MutationUpdatePartnershipArgs, 'id' | 'input'>>;
  updateProgramme?: Resolver<ResolversTypes['Programme'], ParentType, ContextType, RequireFields<MutationUpdateProgrammeArgs, 'id' | 'input'>>;
  withdrawCooperationOffer?: Resolver<ResolversTypes['CooperationOffer'], ParentType, ContextType, RequireFields<MutationWithdrawCooperationOfferArgs, 'cityId' | 'direction' | 'theme'>>;
};

export type NetworkResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Network'] = ResolversParentTypes['Network']> = {
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ActorKind'], ParentType, ContextType>;
  memberLinks?: Resolver<Array<ResolversTypes['Membership']>, ParentType, ContextType>;
  members?: Resolver<Array<ResolversTypes['Actor']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  notes?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  partnershipPage?: Resolver<ResolversTypes['PartnershipConnection'], ParentType, ContextType, RequireFields<NetworkPartnershipPageArgs, 'first'>>;
  partnerships?: Resolver<Array<ResolversTypes['Partnership']>, ParentType, ContextType>;
  region?: Resolver<Maybe<ResolversTypes['Region']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['SourceRef']>, ParentType, ContextType>;
  themes?: Resolver<Array<ResolversTypes['Theme']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type OrganisationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Organisation'] = ResolversParentTypes['Organisation']> = {
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  country?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ActorKind'], ParentType, ContextType>;
  memberships?: Resolver<Array<ResolversTypes['Actor']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  notes?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  organisationType?: Resolver<ResolversTypes['OrganisationType'], ParentType, ContextType>;
  partnershipPage?: Resolver<ResolversTypes['PartnershipConnection'], ParentType, ContextType, RequireFields<OrganisationPartnershipPageArgs, 'first'>>;
  partnerships?: Resolver<Array<ResolversTypes['Partnership']>, ParentType, ContextType>;
  programmes?: Resolver<Array<ResolversTypes['Programme']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['SourceRef']>, ParentType, ContextType>;
  supports?: Resolver<Array<ResolversTypes['SupportTarget']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type OverviewResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Overview'] = ResolversParentTypes['Overview']> = {
  aggregated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  groupOf?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType, RequireFields<OverviewGroupOfArgs, 'id'>>;
  grouping?: Resolver<ResolversTypes['ActorGrouping'], ParentType, ContextType>;
  groups?: Resolver<Array<ResolversTypes['ActorGroup']>, ParentType, ContextType>;
  links?: Resolver<Array<ResolversTypes['GroupLink']>, ParentType, ContextType>;
  members?: Resolver<ResolversTypes['Subgraph'], ParentType, ContextType>;
  open?: Resolver<Maybe<ResolversTypes['ActorGroup']>, ParentType, ContextType>;
  totalActors?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type PageInfoResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type ParticipationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Participation'] = ResolversParentTypes['Participation']> = {
  actor?: Resolver<ResolversTypes['Actor'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['ParticipantRole'], ParentType, ContextType>;
};

export type PartnerMatchResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PartnerMatch'] = ResolversParentTypes['PartnerMatch']> = {
  city?: Resolver<ResolversTypes['City'], ParentType, ContextType>;
  reasons?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type PartnershipResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Partnership'] = ResolversParentTypes['Partnership']> = {
  endYear?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  focus?: Resolver<Array<ResolversTypes['ManagementFocus']>, ParentType, ContextType>;
  fundings?: Resolver<Array<ResolversTypes['Funding']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  modality?: Resolver<ResolversTypes['LinkingModality'], ParentType, ContextType>;
  notes?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  orientation?: Resolver<ResolversTypes['Orientation'], ParentType, ContextType>;
  orientationStated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  outcomes?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  participants?: Resolver<Array<ResolversTypes['Participation']>, ParentType, ContextType>;
  parties?: Resolver<Array<ResolversTypes['CooperatingParty']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['SourceRef']>, ParentType, ContextType>;
  startYear?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['PartnershipStatus'], ParentType, ContextType>;
  supporters?: Resolver<Array<ResolversTypes['Programme']>, ParentType, ContextType>;
  themes?: Resolver<Array<ResolversTypes['Theme']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type PartnershipConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PartnershipConnection'] = ResolversParentTypes['PartnershipConnection']> = {
  edges?: Resolver<Array<ResolversTypes['PartnershipEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type PartnershipEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PartnershipEdge'] = ResolversParentTypes['PartnershipEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Partnership'], ParentType, ContextType>;
};

export type ProgrammeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Programme'] = ResolversParentTypes['Programme']> = {
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  endYear?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  fundingSources?: Resolver<Array<ResolversTypes['FundingSource']>, ParentType, ContextType>;
  fundings?: Resolver<Array<ResolversTypes['Funding']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ActorKind'], ParentType, ContextType>;
  modalities?: Resolver<Array<ResolversTypes['SupportModality']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  notes?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  runBy?: Resolver<Array<ResolversTypes['Actor']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['SourceRef']>, ParentType, ContextType>;
  startYear?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  supports?: Resolver<Array<ResolversTypes['SupportTarget']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type QueryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  actor?: Resolver<Maybe<ResolversTypes['Actor']>, ParentType, ContextType, RequireFields<QueryActorArgs, 'id'>>;
  associations?: Resolver<Array<ResolversTypes['Association']>, ParentType, ContextType>;
  cities?: Resolver<ResolversTypes['CityConnection'], ParentType, ContextType, RequireFields<QueryCitiesArgs, 'first'>>;
  clusters?: Resolver<ResolversTypes['ClusterReport'], ParentType, ContextType, RequireFields<QueryClustersArgs, 'algorithm'>>;
  complements?: Resolver<Array<ResolversTypes['SupportComplement']>, ParentType, ContextType, RequireFields<QueryComplementsArgs, 'first'>>;
  coverage?: Resolver<Array<ResolversTypes['CoverageCell']>, ParentType, ContextType, Partial<QueryCoverageArgs>>;
  donors?: Resolver<Array<ResolversTypes['Donor']>, ParentType, ContextType>;
  facetMatrix?: Resolver<Array<ResolversTypes['FacetCell']>, ParentType, ContextType, RequireFields<QueryFacetMatrixArgs, 'columns' | 'rows'>>;
  fair?: Resolver<Array<ResolversTypes['FairMatch']>, ParentType, ContextType, RequireFields<QueryFairArgs, 'first'>>;
  fundingOpportunities?: Resolver<Array<ResolversTypes['FundingOpportunity']>, ParentType, ContextType, RequireFields<QueryFundingOpportunitiesArgs, 'donorId' | 'first'>>;
  graph?: Resolver<ResolversTypes['Subgraph'], ParentType, ContextType, Partial<QueryGraphArgs>>;
  isolatedCities?: Resolver<Array<ResolversTypes['City']>, ParentType, ContextType, RequireFields<QueryIsolatedCitiesArgs, 'first' | 'reach'>>;
  matches?: Resolver<Array<ResolversTypes['PartnerMatch']>, ParentType, ContextType, RequireFields<QueryMatchesArgs, 'cityId' | 'first' | 'theme'>>;
  neighbourhood?: Resolver<ResolversTypes['Subgraph'], ParentType, ContextType, RequireFields<QueryNeighbourhoodArgs, 'depth' | 'edgeLimit' | 'id' | 'limit' | 'mergeParallel'>>;
  networks?: Resolver<Array<ResolversTypes['Network']>, ParentType, ContextType>;
  organisations?: Resolver<Array<ResolversTypes['Organisation']>, ParentType, ContextType>;
  overlaps?: Resolver<Array<ResolversTypes['SupportOverlap']>, ParentType, ContextType, RequireFields<QueryOverlapsArgs, 'first' | 'minOverlap'>>;
  overview?: Resolver<ResolversTypes['Overview'], ParentType, ContextType, RequireFields<QueryOverviewArgs, 'groupBy' | 'readable'>>;
  partnership?: Resolver<Maybe<ResolversTypes['Partnership']>, ParentType, ContextType, RequireFields<QueryPartnershipArgs, 'id'>>;
  partnershipYears?: Resolver<Array<ResolversTypes['YearCount']>, ParentType, ContextType>;
  partnerships?: Resolver<ResolversTypes['PartnershipConnection'], ParentType, ContextType, RequireFields<QueryPartnershipsArgs, 'first'>>;
  path?: Resolver<Maybe<ResolversTypes['Subgraph']>, ParentType, ContextType, RequireFields<QueryPathArgs, 'from' | 'maxHops' | 'to'>>;
  programmes?: Resolver<Array<ResolversTypes['Programme']>, ParentType, ContextType>;
  search?: Resolver<Array<ResolversTypes['Actor']>, ParentType, ContextType, RequireFields<QuerySearchArgs, 'first' | 'text'>>;
  stats?: Resolver<ResolversTypes['GraphStats'], ParentType, ContextType>;
  supportGaps?: Resolver<Array<ResolversTypes['SupportGap']>, ParentType, ContextType, RequireFields<QuerySupportGapsArgs, 'groupBy' | 'reach'>>;
  triangles?: Resolver<Array<ResolversTypes['Triangle']>, ParentType, ContextType, RequireFields<QueryTrianglesArgs, 'first' | 'kind'>>;
};

export type RecordCountResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RecordCount'] = ResolversParentTypes['RecordCount']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type RelationshipCountResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RelationshipCount'] = ResolversParentTypes['RelationshipCount']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type SourceRefResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SourceRef'] = ResolversParentTypes['SourceRef']> = {
  document?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  locator?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  quote?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type SubgraphResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Subgraph'] = ResolversParentTypes['Subgraph']> = {
  edges?: Resolver<Array<ResolversTypes['GraphEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['GraphNode']>, ParentType, ContextType>;
  totalEdges?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  totalNodes?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  truncated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type SupportComplementResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SupportComplement'] = ResolversParentTypes['SupportComplement']> = {
  first?: Resolver<ResolversTypes['Actor'], ParentType, ContextType>;
  firstRegions?: Resolver<Array<ResolversTypes['Region']>, ParentType, ContextType>;
  second?: Resolver<ResolversTypes['Actor'], ParentType, ContextType>;
  secondRegions?: Resolver<Array<ResolversTypes['Region']>, ParentType, ContextType>;
  theme?: Resolver<ResolversTypes['Theme'], ParentType, ContextType>;
};

export type SupportGapResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SupportGap'] = ResolversParentTypes['SupportGap']> = {
  cities?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  gapScore?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  isolated?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  populationUnserved?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  supported?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  unsupported?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type SupportOverlapResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SupportOverlap'] = ResolversParentTypes['SupportOverlap']> = {
  first?: Resolver<ResolversTypes['Actor'], ParentType, ContextType>;
  overlap?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  second?: Resolver<ResolversTypes['Actor'], ParentType, ContextType>;
  sharedCities?: Resolver<Array<ResolversTypes['City']>, ParentType, ContextType>;
  sharedThemes?: Resolver<Array<ResolversTypes['Theme']>, ParentType, ContextType>;
};

export type SupportTargetResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SupportTarget'] = ResolversParentTypes['SupportTarget']> = {
  __resolveType: TypeResolveFn<'Association' | 'City' | 'Network' | 'Partnership', ParentType, ContextType>;
};

export type TriangleResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Triangle'] = ResolversParentTypes['Triangle']> = {
  actors?: Resolver<Array<ResolversTypes['Actor']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['TriangleKind'], ParentType, ContextType>;
  partnerships?: Resolver<Array<ResolversTypes['Partnership']>, ParentType, ContextType>;
  themes?: Resolver<Array<ResolversTypes['Theme']>, ParentType, ContextType>;
};

export type YearCountResolvers<ContextType = Context, ParentType extends ResolversParentTypes['YearCount'] = ResolversParentTypes['YearCount']> = {
  partnerships?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type Resolvers<ContextType = Context> = {
  Actor?: ActorResolvers<ContextType>;
  ActorGroup?: ActorGroupResolvers<ContextType>;
  Association?: AssociationResolvers<ContextType>;
  City?: CityResolvers<ContextType>;
  CityConnection?: CityConnectionResolvers<ContextType>;
  CityEdge?: CityEdgeResolvers<ContextType>;
  Cluster?: ClusterResolvers<ContextType>;
  ClusterReport?: ClusterReportResolvers<ContextType>;
  CooperationOffer?: CooperationOfferResolvers<ContextType>;
  CoverageCell?: CoverageCellResolvers<ContextType>;
  Deletion?: DeletionResolvers<ContextType>;
  Donor?: DonorResolvers<ContextType>;
  FacetCell?: FacetCellResolvers<ContextType>;
  FairMatch?: FairMatchResolvers<ContextType>;
  Funding?: FundingResolvers<ContextType>;
  FundingOpportunity?: FundingOpportunityResolvers<ContextType>;
  FundingTarget?: FundingTargetResolvers<ContextType>;
  GeoPoint?: GeoPointResolvers<ContextType>;
  GraphEdge?: GraphEdgeResolvers<ContextType>;
  GraphNode?: GraphNodeResolvers<ContextType>;
  GraphStats?: GraphStatsResolvers<ContextType>;
  GroupLink?: GroupLinkResolvers<ContextType>;
  ImportReport?: ImportReportResolvers<ContextType>;
  Membership?: MembershipResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Network?: NetworkResolvers<ContextType>;
  Organisation?: OrganisationResolvers<ContextType>;
  Overview?: OverviewResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Participation?: ParticipationResolvers<ContextType>;
  PartnerMatch?: PartnerMatchResolvers<ContextType>;
  Partnership?: PartnershipResolvers<ContextType>;
  PartnershipConnection?: PartnershipConnectionResolvers<ContextType>;
  PartnershipEdge?: PartnershipEdgeResolvers<ContextType>;
  Programme?: ProgrammeResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  RecordCount?: RecordCountResolvers<ContextType>;
  RelationshipCount?: RelationshipCountResolvers<ContextType>;
  SourceRef?: SourceRefResolvers<ContextType>;
  Subgraph?: SubgraphResolvers<ContextType>;
  SupportComplement?: SupportComplementResolvers<ContextType>;
  SupportGap?: SupportGapResolvers<ContextType>;
  SupportOverlap?: SupportOverlapResolvers<ContextType>;
  SupportTarget?: SupportTargetResolvers<ContextType>;
  Triangle?: TriangleResolvers<ContextType>;
  YearCount?: YearCountResolvers<ContextType>;
};

