// Region, bloc and LDC flag of a country, by the rule written in seed/REGIONS.md.
import worldCountries from 'world-countries';
import type { Bloc, Region } from './enums.ts';

const ARAB_LEAGUE = new Set('DZ BH KM DJ EG IQ JO KW LB LY MR MA OM PS QA SA SO SD SY TN AE YE'.split(' '));
const NORTHERN_AMERICA = new Set('US CA BM GL PM UM'.split(' '));
const TRANSITION_ECONOMIES = new Set('AL AM AZ BA BG BY CZ EE GE HR HU KG KZ LT LV MD ME MK PL RO RS RU SI SK TJ TM UA UZ XK'.split(' '));
const DEVELOPED_ECONOMIES = new Set(
  'AD AT BE CH CY DE DK ES FI FR GB GR IE IS IT LI LU MC MT NL NO PT SE SM VA FO GI IM JE GG AX US CA JP AU NZ GL BM PM'.split(' '),
);
const LEAST_DEVELOPED = new Set(
  'AF AO BD BF BI BJ CD CF ET ER DJ GM GN GW HT KH KI LA LR LS MG ML MM MR MW MZ NE NP RW SB SD SL SN SO SS TD TG TL TV TZ UG YE ZM KM'.split(' '),
);

const M49_REGION = new Map(worldCountries.map((c) => [c.cca2, c.region]));

export interface CountryProfile {
  region: Region;
  bloc: Bloc;
  ldc: boolean;
}

export function isCountryCode(code: string): boolean {
  return M49_REGION.has(code);
}

export function regionOf(country: string): Region {
  if (ARAB_LEAGUE.has(country)) return 'ARAB_STATES';
  switch (M49_REGION.get(country)) {
    case 'Africa':
      return 'AFRICA';
    case 'Europe':
      return 'EUROPE';
    case 'Asia':
    case 'Oceania':
      return 'ASIA_PACIFIC';
    case 'Americas':
      return NORTHERN_AMERICA.has(country) ? 'NORTH_AMERICA' : 'LATIN_AMERICA_CARIBBEAN';
    default:
      throw new Error(`No region for country "${country}": not an inhabited ISO 3166-1 alpha-2 code`);
  }
}

export function blocOf(country: string): Bloc {
  if (TRANSITION_ECONOMIES.has(country)) return 'EAST';
  if (DEVELOPED_ECONOMIES.has(country)) return 'NORTH';
  return 'SOUTH';
}

export function countryProfile(country: string): CountryProfile {
  return { region: regionOf(country), bloc: blocOf(country), ldc: LEAST_DEVELOPED.has(country) };
}
