// Every number that shapes a synthetic data set, in one place, so that
// seed/SYNTHETIC.md can be checked against it: sizes relative to the number
// of cities, shares, and the skews that make it look like real cooperation
// (a few hubs, most cities with one or two partnerships, many with none,
// donors that favour some regions and themes and leave others out).
import type { Region, Theme } from '../../server/domain/enums.ts';

export const MIN_CITIES = 100;
export const MAX_CITIES = 100_000;

/** The share of the cities each region gets. */
export const REGION_SHARES: Record<Region, number> = {
  ASIA_PACIFIC: 0.3,
  EUROPE: 0.24,
  AFRICA: 0.16,
  LATIN_AMERICA_CARIBBEAN: 0.13,
  NORTH_AMERICA: 0.1,
  ARAB_STATES: 0.07,
};

export const CITY = {
  /** Cities that take part in no partnership. */
  isolatedShare: 0.2,
  /** Populations: Pareto (Zipf's law for cities) from this minimum, capped. */
  populationMin: 5_000,
  populationAlpha: 1.1,
  populationMax: 30_000_000,
  /** How much a city is drawn as a partner: (population / min)^exponent, times log-normal noise, ... */
  activityExponent: 1,
  activityNoise: 1.5,
  /** ... saturating towards this, so that the largest hubs do not take a share that grows with the set. */
  activityMax: 2000,
  /** Northern cities that fund others themselves (as Barcelona does), one per this many cities. */
  citiesPerFundingCity: 2_000,
};

export const PARTNERSHIP = {
  perCity: 3.2,
  /** What a partnership links, by the bloc of the city that starts it. */
  kinds: {
    SOUTH: { regional: 0.62, northSouth: 0.17, southSouth: 0.1, triangular: 0.08, global: 0.03 },
    NORTH: { regional: 0.65, northSouth: 0.22, southSouth: 0, triangular: 0.06, global: 0.07 },
    EAST: { regional: 0.7, northSouth: 0.2, southSouth: 0, triangular: 0, global: 0.1 },
  },
  /** Two participants, or a group of 3..8 (each one more this much less likely). */
  groupShare: 0.2,
  groupMax: 8,
  groupRatio: 0.6,
  /** In a triangular partnership, the third party is a donor rather than a Northern city this often. */
  triangularDonorShare: 0.35,
  /** Start years: 1950..2025, most recent (u^skew); some unknown; some ended. */
  firstYear: 1950,
  lastYear: 2025,
  yearSkew: 0.45,
  unknownStartShare: 0.05,
  endedShare: 0.35,
  /** Themes per partnership: 1..3, each one more this much less likely. */
  themeRatio: 0.4,
};

/** How often each theme is chosen (a Zipf-like skew: the first ones dominate). */
export const THEME_FREQUENCY: Record<Theme, number> = {
  ECONOMIC_DEVELOPMENT: 1,
  ENVIRONMENT: 0.8,
  GOVERNANCE: 0.65,
  SOCIAL_CULTURAL: 0.55,
  EDUCATION: 0.45,
  WATER_SANITATION: 0.4,
  CLIMATE: 0.36,
  INFRASTRUCTURE_SERVICES: 0.32,
  WASTE: 0.28,
  HEALTH: 0.25,
  TRANSPORT: 0.22,
  MUNICIPAL_FINANCE: 0.18,
  HOUSING: 0.14,
  DIGITAL: 0.1,
  SECURITY_DISASTER: 0.08,
  OTHER: 0.05,
};

/** How much donors favour a theme: the gaps (housing, security, digital) get little. */
export const THEME_APPEAL: Record<Theme, number> = {
  WATER_SANITATION: 1.5,
  CLIMATE: 1.5,
  HEALTH: 1.2,
  MUNICIPAL_FINANCE: 1.2,
  ENVIRONMENT: 1,
  WASTE: 1,
  GOVERNANCE: 1,
  INFRASTRUCTURE_SERVICES: 0.8,
  ECONOMIC_DEVELOPMENT: 0.6,
  TRANSPORT: 0.5,
  EDUCATION: 0.4,
  SOCIAL_CULTURAL: 0.2,
  HOUSING: 0.1,
  DIGITAL: 0.08,
  SECURITY_DISASTER: 0.05,
  OTHER: 0.05,
};

/** How much donors favour a region: the Arab States are a gap, the North barely funded. */
export const REGION_APPEAL: Record<Region, number> = {
  AFRICA: 1,
  ASIA_PACIFIC: 0.8,
  LATIN_AMERICA_CARIBBEAN: 0.6,
  ARAB_STATES: 0.12,
  EUROPE: 0.15,
  NORTH_AMERICA: 0.03,
};

export const ORGANISATION = {
  /** A national association in a country with at least `associationMinCities`, this often by bloc. */
  associationMinCities: 3,
  associationShare: { NORTH: 0.9, EAST: 0.6, SOUTH: 0.45 },
  /** Networks: a few, plus one per this many cities; this share regional, the rest global. */
  networksBase: 6,
  citiesPerNetwork: 500,
  regionalNetworkShare: 0.75,
  /** Memberships, in all, per city. */
  membershipsPerCity: 1.6,
  /** A city with partnerships joins its national association this often; an isolated one much less. */
  associationJoinShare: 0.3,
  isolatedJoinShare: 0.04,
  /** A city joining a network picks one of its region this often, else a global one. */
  regionalJoinShare: 0.7,
  /** Popularity of the n-th network of a kind: 1 / n^skew. */
  networkSkew: 1,
};

export const SUPPORT = {
  /** Donors: a few, plus one per this many cities, of these types. */
  donorsBase: 8,
  citiesPerDonor: 1_000,
  donorTypes: { BILATERAL: 0.45, MULTILATERAL: 0.25, FOUNDATION: 0.3 },
  /** Share of foundations that have a (Northern) country. */
  foundationWithCountryShare: 0.7,
  /** Size of the n-th donor: 1 / n^skew: a few donors give most fundings. */
  donorSkew: 1.2,
  /** Programmes: a few, plus one per this many cities. */
  programmesBase: 5,
  citiesPerProgramme: 1_000,
  /** Who runs a programme (a second runner this often). */
  runners: { donor: 0.65, association: 0.2, network: 0.15 },
  secondRunnerShare: 0.2,
  /** Share of programmes that focus on one region (the rest are global). */
  regionalProgrammeShare: 0.7,
  fundingsPerCity: 0.35,
  /** What a funding goes to. */
  recipients: { partnership: 0.45, city: 0.25, programme: 0.15, network: 0.1, association: 0.05 },
  supportsPerCity: 0.2,
  /** What a programme supports. */
  targets: { partnership: 0.55, city: 0.45 },
  /** Amounts: log-normal around the median (EUR or USD), some unknown. */
  amountMedian: 200_000,
  amountSigma: 1.2,
  unknownAmountShare: 0.1,
};
