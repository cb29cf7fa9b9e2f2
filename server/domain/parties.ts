// Orientation and modality of a partnership from all of its parties (the rule
// of orientation.ts): the participating cities by their country's bloc and
// region; the other participants and the funders by their country's bloc. A
// party other than a city speaks only when it is an association, a donor or
// an organisation (a Northern NGO or university makes two Southern cities
// triangular): with a country, by that country's bloc; a donor without one is
// an international body and so from beyond the South; the rest say nothing.
import { blocOf, countryProfile } from './country-profile.ts';
import type { ActorKind, Bloc, LinkingModality, Orientation } from './enums.ts';
import { deriveModality, deriveOrientation } from './orientation.ts';

export interface Party {
  kind: ActorKind;
  country: string | null;
}

function otherBloc(party: Party): { bloc: Bloc | null }[] {
  if (party.kind !== 'ASSOCIATION' && party.kind !== 'DONOR' && party.kind !== 'ORGANISATION') return [];
  if (party.country) return [{ bloc: blocOf(party.country) }];
  return party.kind === 'DONOR' ? [{ bloc: null }] : [];
}

/**
 * The modality (the stated one, or derived from the number of cities) and
 * the orientation derived with it; null when no city takes part, since the
 * rule needs one.
 */
export function orientParties(participants: Party[], funders: Party[], stated?: LinkingModality | null) {
  const cities = participants.filter((p) => p.kind === 'CITY' && p.country).map((p) => countryProfile(p.country!));
  const others = [...participants.filter((p) => p.kind !== 'CITY'), ...funders].flatMap(otherBloc);
  const modality = stated ?? deriveModality(cities.length);
  const orientation: Orientation | null = cities.length ? deriveOrientation({ cities, others, modality }) : null;
  return { modality, orientation };
}
