// What each city seeks and offers: declared (declared-offers.ts, through the
// API or by a source) and derived from its roles in the established
// partnerships: BENEFICIARY on a theme seeks it, RESOURCE offers it.
// Declared first, then derived; each by theme in the schema's order.
import { THEMES } from '../domain/enums.ts';
import type { OfferBasis, OfferDirection, Theme } from '../graphql/generated/resolvers-types.ts';
import type { DeclaredSource } from './declared-offers.ts';
import type { Projection } from './projection.ts';
import { DEFAULT_STATUSES } from './selection.ts';

export interface CityOffer {
  cityId: string;
  theme: Theme;
  direction: OfferDirection;
  basis: OfferBasis;
  note: string | null;
  /** A declaration's own sources. */
  sources: DeclaredSource[];
  /** For a derived one: the partnerships it comes from, by id (their sources are its sources). */
  partnershipIds: string[];
}

export interface CityOffers {
  seeks: CityOffer[];
  offers: CityOffer[];
}

const DERIVING_ROLE = { SEEKS: 'BENEFICIARY', OFFERS: 'RESOURCE' } as const;
const themeRank = new Map(THEMES.map((t, i) => [t, i]));
const byTheme = (a: CityOffer, b: CityOffer) => themeRank.get(a.theme)! - themeRank.get(b.theme)!;

/** Every city's seeks and offers; cities with none are absent. */
export function cityOffers(projection: Projection): Map<string, CityOffers> {
  const all = new Map<string, CityOffers>();
  const of = (cityId: string) => {
    let offers = all.get(cityId);
    if (!offers) all.set(cityId, (offers = { seeks: [], offers: [] }));
    return offers;
  };
  for (const [cityId, declared] of projection.declaredOffers) {
    for (const d of declared) {
      const offer: CityOffer = { cityId, theme: d.theme, direction: d.direction, basis: 'DECLARED', note: d.note, sources: d.sources, partnershipIds: [] };
      of(cityId)[d.direction === 'SEEKS' ? 'seeks' : 'offers'].push(offer);
    }
  }
  const derived = new Map<string, CityOffer>();
  for (const p of projection.partnerships.values()) {
    if (!DEFAULT_STATUSES.includes(p.status)) continue;
    for (const [id, role] of p.roles) {
      if (projection.actors.get(id)?.kind !== 'CITY') continue;
      const direction: OfferDirection | null = role === DERIVING_ROLE.SEEKS ? 'SEEKS' : role === DERIVING_ROLE.OFFERS ? 'OFFERS' : null;
      if (!direction) continue;
      for (const theme of p.themes) {
        const key = `${id}|${direction}|${theme}`;
        let offer = derived.get(key);
        if (!offer) {
          derived.set(key, (offer = { cityId: id, theme, direction, basis: 'DERIVED', note: null, sources: [], partnershipIds: [] }));
          of(id)[direction === 'SEEKS' ? 'seeks' : 'offers'].push(offer);
        }
        offer.partnershipIds.push(p.id);
      }
    }
  }
  const ordered = (list: CityOffer[]) => [...list.filter((o) => o.basis === 'DECLARED').sort(byTheme), ...list.filter((o) => o.basis === 'DERIVED').sort(byTheme)];
  for (const offers of all.values()) {
    offers.seeks = ordered(offers.seeks);
    offers.offers = ordered(offers.offers);
  }
  return all;
}

export const NO_OFFERS: CityOffers = { seeks: [], offers: [] };
