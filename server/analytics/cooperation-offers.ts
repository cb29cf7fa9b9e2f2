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

type Slots = Record<OfferDirection, (CityOffer | undefined)[]>;

/**
 * Each city's derived offers by direction, at the rank of their theme in
 * THEMES (so read in order, with no sort): a key string per participation and
 * theme cost more than the offers themselves. Cities in the order of their
 * first one.
 */
function derivedOffers(projection: Projection): Map<string, Slots> {
  const derived = new Map<string, Slots>();
  for (const p of projection.partnerships.values()) {
    if (!DEFAULT_STATUSES.includes(p.status)) continue;
    p.participants.forEach((id, i) => {
      const role = p.roles[i];
      const direction: OfferDirection | null = role === DERIVING_ROLE.SEEKS ? 'SEEKS' : role === DERIVING_ROLE.OFFERS ? 'OFFERS' : null;
      if (!direction || projection.actors.get(id)?.kind !== 'CITY') return;
      let ofCity = derived.get(id);
      if (!ofCity) derived.set(id, (ofCity = { SEEKS: [], OFFERS: [] }));
      const slots = ofCity[direction];
      for (const theme of p.themes) {
        const rank = themeRank.get(theme)!;
        let offer = slots[rank];
        if (!offer) slots[rank] = offer = { cityId: id, theme, direction, basis: 'DERIVED', note: null, sources: [], partnershipIds: [] };
        offer.partnershipIds.push(p.id);
      }
    });
  }
  return derived;
}

/** Every city's seeks and offers; cities with none are absent. */
export function cityOffers(projection: Projection): Map<string, CityOffers> {
  const all = new Map<string, CityOffers>();
  for (const [cityId, declared] of projection.declaredOffers) {
    const offers = declared.map((d): CityOffer => ({ cityId, theme: d.theme, direction: d.direction, basis: 'DECLARED', note: d.note, sources: d.sources, partnershipIds: [] })).sort(byTheme);
    all.set(cityId, { seeks: offers.filter((o) => o.direction === 'SEEKS'), offers: offers.filter((o) => o.direction === 'OFFERS') });
  }
  // Holes (themes without one) are skipped by filter.
  const inOrder = (slots: (CityOffer | undefined)[]) => slots.filter((o): o is CityOffer => o !== undefined);
  for (const [cityId, slots] of derivedOffers(projection)) {
    const declared = all.get(cityId);
    if (!declared) all.set(cityId, { seeks: inOrder(slots.SEEKS), offers: inOrder(slots.OFFERS) });
    else all.set(cityId, { seeks: [...declared.seeks, ...inOrder(slots.SEEKS)], offers: [...declared.offers, ...inOrder(slots.OFFERS)] });
  }
  return all;
}

export const NO_OFFERS: CityOffers = { seeks: [], offers: [] };
