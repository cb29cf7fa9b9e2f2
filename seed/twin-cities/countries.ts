// Country labels of the twin-cities file (free text copied from Wikipedia:
// "Germany", "England, United Kingdom", "Georgia (country)", "in Italy",
// typos) to ISO 3166-1 alpha-2 codes. The maintained i18n-iso-countries
// package does the work, with English names first and then every other locale
// it ships ("Island" is Iceland in German, "Madagaskar" in Polish); the table
// below holds only what it cannot resolve, each entry with why. Names that are
// not one present-day country (Yugoslavia, USSR, Czechoslovakia, West Germany,
// Northern Cyprus) are deliberately absent: such rows are reported, not guessed.
import countries from 'i18n-iso-countries';
import worldCountries from 'world-countries';
import { isCountryCode } from '../../server/domain/country-profile.ts';

/** Labels the package has no name for, folded to lower case. */
const NOT_IN_PACKAGE: Record<string, string> = {
  // The constituent countries of the United Kingdom, as Wikipedia's pages head them.
  england: 'GB',
  scotland: 'GB',
  wales: 'GB',
  'northern ireland': 'GB',
  // Names Wikipedia uses where the package has another form.
  'republic of ireland': 'IE',
  'east timor': 'TL',
  'falkland islands': 'FK',
  'federated states of micronesia': 'FM',
  'bosnia and hercegovina': 'BA',
  // The West Bank is part of the State of Palestine's territory as ISO 3166-1 codes it (PS).
  'west bank': 'PS',
  // Misspellings in the file, each a single obvious country.
  grece: 'GR',
  kazakhstah: 'KZ',
};

/** Labels that name no single present-day ISO country: reported with this reason. */
const NOT_ONE_COUNTRY: Record<string, string> = {
  'northern cyprus': 'Northern Cyprus has no ISO 3166-1 code (internationally part of Cyprus, administered apart): not guessed',
  yugoslavia: 'Yugoslavia is a former country, now several: not guessed',
  ussr: 'the USSR is a former country, now several: not guessed',
  'soviet union': 'the Soviet Union is a former country, now several: not guessed',
  czechoslovakia: 'Czechoslovakia is a former country, now two: not guessed',
  'west germany': 'West Germany is a former country: not guessed',
  'east germany': 'East Germany is a former country: not guessed',
};

/** English first, then every other locale the package ships (its Node entry registers them all). */
const LOCALES = ['en', ...countries.langs().filter((l) => l !== 'en')];

/** Territories with their own ISO code (Réunion, Åland): "Réunion, France" is RE, not FR. */
const TERRITORIES = new Set(worldCountries.filter((c) => !c.independent).map((c) => c.cca2));

export type CountryResolution = { code: string } | { reason: string };

/** One label without its qualifier: "Georgia (country)" -> "Georgia", "in Italy" -> "Italy". */
const bare = (label: string) => label.replace(/\s*\([^)]*\)\s*/g, ' ').replace(/^in\s+/i, '').trim();

function lookUp(label: string): string | null {
  const key = bare(label).toLowerCase();
  if (!key) return null;
  const code = NOT_IN_PACKAGE[key] ?? LOCALES.reduce<string | undefined>((found, locale) => found ?? countries.getAlpha2Code(bare(label), locale), undefined);
  return code && isCountryCode(code) ? code : null;
}

/**
 * The ISO code of a country label, or why there is none. "X, Country" labels
 * (a region or territory, then the country) resolve to the country, unless X
 * is a territory with a code of its own.
 */
export function resolveCountry(label: string): CountryResolution {
  const trimmed = label.trim();
  if (!trimmed) return { reason: 'no country given' };
  const historic = NOT_ONE_COUNTRY[bare(trimmed).toLowerCase()];
  if (historic) return { reason: historic };
  const whole = lookUp(trimmed);
  if (whole) return { code: whole };
  const parts = trimmed.split(',').map((p) => p.trim()).filter(Boolean);
  if (parts.length > 1) {
    const first = lookUp(parts[0]!);
    if (first && TERRITORIES.has(first)) return { code: first };
    const last = lookUp(parts.at(-1)!);
    if (last) return { code: last };
  }
  return { reason: `country "${trimmed}" is not a country name i18n-iso-countries or the table in seed/twin-cities/countries.ts knows` };
}
