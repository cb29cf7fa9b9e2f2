// The rules that turn countries into regions and blocs, and participants into
// an orientation (seed/REGIONS.md, docs/data.md, "Orientation").
import { describe, expect, it } from 'vitest';
import { countryProfile } from '../server/domain/country-profile.ts';
import { deriveModality, deriveOrientation } from '../server/domain/orientation.ts';
import { foldName } from '../server/domain/text.ts';

describe('country profile', () => {
  it.each([
    ['FR', 'EUROPE', 'NORTH', false],
    ['PL', 'EUROPE', 'EAST', false],
    ['UA', 'EUROPE', 'EAST', false],
    ['KZ', 'ASIA_PACIFIC', 'EAST', false],
    ['EG', 'ARAB_STATES', 'SOUTH', false],
    ['MR', 'ARAB_STATES', 'SOUTH', true],
    ['ML', 'AFRICA', 'SOUTH', true],
    ['ZA', 'AFRICA', 'SOUTH', false],
    ['MX', 'LATIN_AMERICA_CARIBBEAN', 'SOUTH', false],
    ['HT', 'LATIN_AMERICA_CARIBBEAN', 'SOUTH', true],
    ['US', 'NORTH_AMERICA', 'NORTH', false],
    ['CA', 'NORTH_AMERICA', 'NORTH', false],
    ['JP', 'ASIA_PACIFIC', 'NORTH', false],
    ['TH', 'ASIA_PACIFIC', 'SOUTH', false],
  ])('%s is in %s, bloc %s, LDC %s', (country, region, bloc, ldc) => {
    expect(countryProfile(country)).toEqual({ region, bloc, ldc });
  });

  it('refuses a code that is not a country', () => {
    expect(() => countryProfile('XX')).toThrow(/No region for country "XX"/);
  });
});

describe('orientation', () => {
  const north = { bloc: 'NORTH' as const, region: 'EUROPE' as const };
  const east = { bloc: 'EAST' as const, region: 'EUROPE' as const };
  const southAfrica = { bloc: 'SOUTH' as const, region: 'AFRICA' as const };
  const southLatin = { bloc: 'SOUTH' as const, region: 'LATIN_AMERICA_CARIBBEAN' as const };
  const asia = { bloc: 'SOUTH' as const, region: 'ASIA_PACIFIC' as const };

  it.each([
    ['NORTH_NORTH', [north, north], []],
    ['WEST_EAST', [north, east], []],
    ['WEST_EAST', [east, east], []],
    ['NORTH_SOUTH', [north, southAfrica], []],
    ['SOUTH_SOUTH', [southAfrica, southLatin], []],
    ['SOUTH_SOUTH', [southAfrica, southLatin], [{ bloc: 'SOUTH' as const }]],
    ['TRIANGULAR', [north, southLatin, southLatin], []],
    ['TRIANGULAR', [southAfrica, southLatin], [{ bloc: null }]],
    ['TRIANGULAR', [southAfrica, southLatin], [{ bloc: 'NORTH' as const }]],
  ] as const)('%s for %j with others %j', (expected, cities, others) => {
    expect(deriveOrientation({ cities: [...cities], others: [...others], modality: 'GROUP' })).toBe(expected);
  });

  it('is GLOBAL for a networking partnership spanning three regions', () => {
    expect(deriveOrientation({ cities: [north, southAfrica, asia], others: [], modality: 'NETWORKING' })).toBe('GLOBAL');
    expect(deriveOrientation({ cities: [north, southAfrica, asia], others: [], modality: 'GROUP' })).toBe('TRIANGULAR');
  });

  it('needs a city', () => {
    expect(() => deriveOrientation({ cities: [], others: [], modality: 'GROUP' })).toThrow(/at least one city/);
  });

  it('derives modality from the number of cities', () => {
    expect(deriveModality(2)).toBe('ONE_ON_ONE');
    expect(deriveModality(3)).toBe('GROUP');
  });
});

describe('name folding', () => {
  it('ignores case and accents', () => {
    expect(foldName('Medellín')).toBe('medellin');
    expect(foldName('ESTELÍ')).toBe('esteli');
    expect(foldName('Lomé–Lyon')).toBe('lome lyon');
  });
});
