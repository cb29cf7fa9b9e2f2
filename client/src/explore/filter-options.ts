// The values each filter offers, with the words shown for them. Typed as
// records over the generated enum types, so a value added to or removed from
// the schema fails the type check here until the list follows.
import type { Orientation, PartnershipStatus, Region, Theme } from '../generated/operations.ts';

export const REGIONS: Record<Region, string> = {
  AFRICA: 'Africa',
  ARAB_STATES: 'Arab States',
  ASIA_PACIFIC: 'Asia-Pacific',
  EUROPE: 'Europe',
  LATIN_AMERICA_CARIBBEAN: 'Latin America & Caribbean',
  NORTH_AMERICA: 'North America',
};

export const THEMES: Record<Theme, string> = {
  MUNICIPAL_FINANCE: 'Municipal finance',
  ENVIRONMENT: 'Environment',
  INFRASTRUCTURE_SERVICES: 'Infrastructure & services',
  WATER_SANITATION: 'Water & sanitation',
  WASTE: 'Waste',
  TRANSPORT: 'Transport',
  HEALTH: 'Health',
  HOUSING: 'Housing',
  ECONOMIC_DEVELOPMENT: 'Economic development',
  SECURITY_DISASTER: 'Security & disasters',
  CLIMATE: 'Climate',
  SOCIAL_CULTURAL: 'Social & cultural',
  EDUCATION: 'Education',
  GOVERNANCE: 'Governance',
  DIGITAL: 'Digital',
  OTHER: 'Other',
};

export const ORIENTATIONS: Record<Orientation, string> = {
  NORTH_NORTH: 'North–North',
  NORTH_SOUTH: 'North–South',
  SOUTH_SOUTH: 'South–South',
  WEST_EAST: 'West–East',
  TRIANGULAR: 'Triangular',
  GLOBAL: 'Global',
};

/** How far a partnership had gone; none ticked means established only, as the server counts by default. */
export const STATUSES: Record<PartnershipStatus, string> = {
  ESTABLISHED: 'Established',
  ANNOUNCED: 'Announced',
  CONTACT: 'Contacts only',
};

/**
 * The year sliders' bounds while the data's own years (partnershipYears) are
 * not known or where it gives none: the earliest partnership years in the
 * sources (the 1950s twinnings) to this year.
 */
export const YEARS = { from: 1950, to: new Date().getFullYear() };
