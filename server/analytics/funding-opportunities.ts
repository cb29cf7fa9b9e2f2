// Where would additional funding by one donor have the most beneficial
// impact on its own agenda (report 000, section 6.3)? The agenda is the
// themes and regions asked for, or else the themes of what the donor already
// funds and the regions of the cities it reaches (supporter-reach.ts). Every
// city of the agenda's regions is a candidate, on the agenda's themes that
// no supporter works on for it, ranked in tiers:
//   3  ISOLATED: no partnership, no membership, nobody reaches it;
//   2  UNSUPPORTED: linked, but no donor or programme reaches it;
//   1  supported by others, but by none on some of the agenda's themes;
//   0  supported on every theme of the agenda, though not by this donor
//      (a city the donor itself already covers on all of them is left out);
// and within a tier by the city's country being a Least Developed Country
// (+0.4), its population (+0.3 at 30 million, on a log scale; unknown adds
// nothing) and a need it seeks on one of the themes (+0.2 declared, +0.1
// derived). Extras stay below 1, so tiers never mix; the score is the sum
// over 4, in 0..1. Ties by city id.
import { countryProfile } from '../domain/country-profile.ts';
import type { Region, Theme } from '../graphql/generated/resolvers-types.ts';
import type { CityOffers } from './cooperation-offers.ts';
import type { ProjectedActor, Projection } from './projection.ts';
import type { CitySupport } from './support.ts';
import type { SupporterReach } from './supporter-reach.ts';
import { countryWords, listWords, themeWords } from './wording.ts';

export interface Opportunity {
  cityId: string;
  themes: Theme[];
  score: number;
  reasons: string[];
}

export interface Agenda {
  donorId: string;
  themes: Theme[];
  regions: Region[];
}

const LARGEST_POPULATION = 30_000_000;
const people = new Intl.NumberFormat('en');
const round = (n: number) => Math.round(n * 10_000) / 10_000;
const populationWeight = (population: number | null) =>
  population && population > 1 ? Math.min(1, Math.log10(population) / Math.log10(LARGEST_POPULATION)) : 0;

/** The themes and regions of what a donor already funds and reaches; empty when it reaches nothing. */
export function agendaOf(reach: SupporterReach, projection: Projection, donorId: string): { themes: Set<Theme>; regions: Set<Region> } {
  const themes = new Set(reach.themeRegions.get(donorId)?.keys() ?? []);
  const regions = new Set<Region>();
  for (const city of reach.cities.get(donorId) ?? []) {
    const region = projection.actors.get(city)?.region;
    if (region) regions.add(region);
  }
  return { themes, regions };
}

export function fundingOpportunities(
  projection: Projection,
  support: Map<string, CitySupport>,
  reach: SupporterReach,
  offersOf: (cityId: string) => CityOffers,
  agenda: Agenda,
): Opportunity[] {
  const donor = projection.actors.get(agenda.donorId)!;
  const regions = new Set(agenda.regions);
  const name = (id: string) => projection.actors.get(id)?.name ?? id;
  const found: Opportunity[] = [];
  for (const [cityId, citySupport] of support) {
    const city = projection.actors.get(cityId)!;
    if (!city.region || !regions.has(city.region)) continue;
    const onTheme = reach.onTheme(cityId);
    const supportersOn = (t: Theme): readonly string[] => onTheme.get(t) ?? [];
    const open = agenda.themes.filter((t) => supportersOn(t).length === 0);
    const notByDonor = agenda.themes.filter((t) => !supportersOn(t).includes(agenda.donorId));
    if (!notByDonor.length) continue;
    const tier = citySupport.level === 'ISOLATED' ? 3 : citySupport.level === 'UNSUPPORTED' ? 2 : open.length ? 1 : 0;
    const themes = tier === 0 ? notByDonor : open;
    const ldc = city.country ? countryProfile(city.country).ldc : false;
    const seeks = offersOf(cityId).seeks.filter((o) => themes.includes(o.theme));
    const declared = seeks.filter((o) => o.basis === 'DECLARED');
    const derived = seeks.filter((o) => o.basis === 'DERIVED' && !declared.some((d) => d.theme === o.theme));
    const extras = (ldc ? 0.4 : 0) + 0.3 * populationWeight(city.population) + (declared.length ? 0.2 : derived.length ? 0.1 : 0);
    // The sentences are written only for the opportunities a client reads: most of a large answer is never shown.
    const describe = () => {
      const reasons = [gapReason(city, citySupport, tier, themes, name, supportersOn)];
      if (citySupport.supporters.includes(agenda.donorId)) reasons.push(`${donor.name} already reaches ${city.name}, but not on ${listWords(themes.map(themeWords))}.`);
      if (ldc) reasons.push(`${city.name} is in a Least Developed Country (${countryWords(city.country!)}).`);
      reasons.push(city.population ? `Population ${people.format(city.population)}.` : `Its population is not known.`);
      for (const o of declared) reasons.push(`${city.name} declares it seeks cooperation on ${themeWords(o.theme)}${o.note ? `: "${o.note}"` : ''}.`);
      if (derived.length) reasons.push(`${city.name} is a beneficiary city in partnerships on ${listWords(derived.map((o) => themeWords(o.theme)))}.`);
      return reasons;
    };
    let reasons: string[] | undefined;
    found.push({
      cityId,
      themes,
      score: round((tier + extras) / 4),
      get reasons() {
        return (reasons ??= describe());
      },
    });
  }
  return found.sort((a, b) => b.score - a.score || a.cityId.localeCompare(b.cityId));
}

function gapReason(
  city: ProjectedActor,
  support: CitySupport,
  tier: number,
  themes: Theme[],
  name: (id: string) => string,
  supportersOn: (t: Theme) => readonly string[],
): string {
  const agendaThemes = listWords(themes.map(themeWords));
  if (tier === 3) return `Isolated: ${city.name} takes part in no established partnership and belongs to no association or network, and no donor or programme reaches it; nobody supports it on ${agendaThemes}.`;
  if (tier === 2) return `Unsupported: ${city.name} takes part in established partnerships or belongs to associations or networks, but no donor or programme reaches it; nobody supports it on ${agendaThemes}.`;
  const others = listWords(support.supporters.map(name));
  if (tier === 1) return `Supported by ${others}, but none of them works with ${city.name} on ${agendaThemes}.`;
  const by = [...new Set(themes.flatMap((t) => [...supportersOn(t)]))].sort().map(name);
  return `Already supported on ${agendaThemes} by ${listWords(by)}: more would add to support it has rather than fill a gap.`;
}
