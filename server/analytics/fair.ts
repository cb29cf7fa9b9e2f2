// The cooperation fair (Meeting of Mayors, 004 §11; partnership 001's
// "matching of supply with demand"): each city that seeks a theme paired with
// each city that offers it, scored in 0..1:
//   offer    0.50 when declared, 0 when derived from RESOURCE roles;
//   seek     0.15 when declared, 0.05 when derived from BENEFICIARY roles;
//   context  0.15 when both are Southern (South–South for a Southern seeker), 0.10 in the same region;
//   networks 0.05 per association or network both belong to, two at most;
// so that a declared offer always ranks above a derived one (the rest adds up
// to 0.50 at most, and a pair has 0.05 of seek at least); halved for cities
// that are already partners (flagged in the reasons, not offered as a new
// contact). Best first; ties by seeker, then offerer id.
//
// All pairs would be millions at 10,000 cities, so pairs are taken class by
// class: seekers and offerers are grouped by basis, bloc and region, which
// fix all of the score but the networks; classes are visited best first and
// the visit stops once `first` pairs score above what the next class could.
import { blocOf } from '../domain/country-profile.ts';
import { THEMES } from '../domain/enums.ts';
import type { OfferBasis, Region, Theme } from '../graphql/generated/resolvers-types.ts';
import type { CityOffer, CityOffers } from './cooperation-offers.ts';
import { organisationsOfMembers } from './memberships.ts';
import type { ProjectedPartnership, Projection } from './projection.ts';
import { listWords, regionWords, themeWords } from './wording.ts';

export interface FairPairing {
  seekerId: string;
  offererId: string;
  theme: Theme;
  score: number;
  reasons: string[];
}

export interface FairContext {
  projection: Projection;
  offers: Map<string, CityOffers>;
  /** Each city's associations and networks. */
  memberships: Map<string, string[]>;
  /** The partnerships each actor takes part in, among the established ones. */
  partnershipsOf: Map<string, ProjectedPartnership[]>;
  /** Each city's partners, with the titles of what they share: filled for a city when the fair first scores it as a seeker. */
  partners: Map<string, Map<string, string[]>>;
  /** Per side and theme, each city's seek or offer (one a city: a declaration over a derivation). */
  onTheme: Record<'seeks' | 'offers', Map<Theme, CityOffer[]>>;
}

/** Per theme, the first seek or offer of each city on it (cities' lists are declared first). */
function byTheme(offers: Map<string, CityOffers>, side: 'seeks' | 'offers'): Map<Theme, CityOffer[]> {
  const index = new Map<Theme, CityOffer[]>();
  for (const ofCity of offers.values()) {
    const seen = new Set<Theme>();
    for (const offer of ofCity[side]) {
      if (seen.has(offer.theme)) continue;
      seen.add(offer.theme);
      const list = index.get(offer.theme);
      if (list) list.push(offer);
      else index.set(offer.theme, [offer]);
    }
  }
  return index;
}

/**
 * What the fair reads besides the offers: each city's associations and
 * networks, the partnerships each takes part in (its partners are worked out
 * from them for the seekers the fair scores, not for every pair of
 * participants of every partnership), and the offers by theme.
 */
export function fairContext(projection: Projection, partnerships: ProjectedPartnership[], offers: Map<string, CityOffers>): FairContext {
  const partnershipsOf = new Map<string, ProjectedPartnership[]>();
  for (const p of partnerships) {
    for (const a of p.participants) {
      const list = partnershipsOf.get(a);
      if (list) list.push(p);
      else partnershipsOf.set(a, [p]);
    }
  }
  return {
    projection,
    offers,
    memberships: organisationsOfMembers(projection),
    partnershipsOf,
    partners: new Map(),
    onTheme: { seeks: byTheme(offers, 'seeks'), offers: byTheme(offers, 'offers') },
  };
}

/** A city's partners with the titles of the partnerships they share, in the order of its partnerships. */
function partnersOf(ctx: FairContext, city: string): Map<string, string[]> {
  let partners = ctx.partners.get(city);
  if (partners) return partners;
  partners = new Map();
  for (const p of ctx.partnershipsOf.get(city) ?? []) {
    for (const b of p.participants) {
      if (b === city) continue;
      const titles = partners.get(b);
      if (titles) titles.push(p.title);
      else partners.set(b, [p.title]);
    }
  }
  ctx.partners.set(city, partners);
  return partners;
}

const OFFER_BASIS = { DECLARED: 0.5, DERIVED: 0 } as const;
const SEEK_BASIS = { DECLARED: 0.15, DERIVED: 0.05 } as const;
const MAX_NETWORKS = 0.1;
const round = (n: number) => Math.round(n * 1000) / 1000;

interface Side {
  offer: CityOffer;
  south: boolean;
  region: Region | null;
}

interface Group {
  theme: Theme;
  basis: OfferBasis;
  south: boolean;
  region: Region | null;
  members: Side[];
  /** Members by the associations and networks they belong to, built when first needed. */
  byOrganisation?: Map<string, Side[]>;
}

function membersByOrganisation(ctx: FairContext, group: Group): Map<string, Side[]> {
  if (group.byOrganisation) return group.byOrganisation;
  const index = new Map<string, Side[]>();
  for (const side of group.members) {
    for (const o of ctx.memberships.get(side.offer.cityId) ?? []) {
      const list = index.get(o);
      if (list) list.push(side);
      else index.set(o, [side]);
    }
  }
  return (group.byOrganisation = index);
}

/**
 * The offerers worth scoring for a seeker: all of them while the class's base
 * score can still make the cut; once it cannot, only those sharing an
 * association or network with the seeker (the one part of the score a pair adds).
 */
function candidates(ctx: FairContext, seeker: Side, offerers: Group, base: number, floor: number): Iterable<Side> {
  if (base >= floor) return offerers.members;
  const index = membersByOrganisation(ctx, offerers);
  const found = new Set<Side>();
  for (const o of ctx.memberships.get(seeker.offer.cityId) ?? []) for (const side of index.get(o) ?? []) found.add(side);
  return found;
}

/** The cities on one side of a theme, one entry per city (a declaration over a derivation), grouped by what fixes their score. */
function groupsOf(ctx: FairContext, theme: Theme, side: 'seeks' | 'offers', keep: (region: Region | null) => boolean): Group[] {
  const groups = new Map<string, Group>();
  for (const offer of ctx.onTheme[side].get(theme) ?? []) {
    const city = ctx.projection.actors.get(offer.cityId)!;
    if (!keep(city.region)) continue;
    const south = city.country ? blocOf(city.country) === 'SOUTH' : false;
    const key = `${offer.basis}|${south}|${city.region}`;
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { theme, basis: offer.basis, south, region: city.region, members: [] }));
    group.members.push({ offer, south, region: city.region });
  }
  return [...groups.values()];
}

const contextScore = (seeker: Group, offerer: Group) => (seeker.south && offerer.south ? 0.15 : 0) + (seeker.region !== null && seeker.region === offerer.region ? 0.1 : 0);

function describe(side: 'seeks' | 'offers', name: string, offer: CityOffer): string {
  const verb = side === 'seeks' ? 'seeks' : 'offers';
  if (offer.basis === 'DECLARED') return `${name} declares it ${verb} cooperation on ${themeWords(offer.theme)}${offer.note ? `: "${offer.note}"` : ''}`;
  const role = side === 'seeks' ? 'beneficiary' : 'resource';
  const n = offer.partnershipIds.length;
  return `${name} is a ${role} city in ${n} partnership${n > 1 ? 's' : ''} on ${themeWords(offer.theme)}`;
}

/** The score of a pair, cheap to compute; the reasons only for the pairs kept. */
function scorePair(ctx: FairContext, seeker: Side, offerer: Side, base: number) {
  const [s, o] = [seeker.offer.cityId, offerer.offer.cityId];
  const mine = ctx.memberships.get(s);
  const shared = mine ? (ctx.memberships.get(o) ?? []).filter((m) => mine.includes(m)) : [];
  const together = partnersOf(ctx, s).get(o) ?? null;
  const score = (base + Math.min(MAX_NETWORKS, shared.length * 0.05)) / (together ? 2 : 1);
  return { score: round(score), shared, together };
}

function reasonsOf(ctx: FairContext, seeker: Side, offerer: Side, shared: string[], together: string[] | null): string[] {
  const actors = ctx.projection.actors;
  const [s, o] = [actors.get(seeker.offer.cityId)!, actors.get(offerer.offer.cityId)!];
  const reasons = [describe('seeks', s.name, seeker.offer), describe('offers', o.name, offerer.offer)];
  if (seeker.south && offerer.south) reasons.push('Both are cities of the South: South–South cooperation between similar contexts');
  if (seeker.region && seeker.region === offerer.region) reasons.push(`Same region (${regionWords(seeker.region)})`);
  if (shared.length) reasons.push(`Both members of ${listWords(shared.map((m) => actors.get(m)?.name ?? m))}: an easy first contact`);
  if (together) reasons.push(`Already partners (${listWords(together)}): build on that partnership rather than start a new one`);
  return reasons;
}

const better = (a: FairPairing, b: FairPairing) => b.score - a.score || a.seekerId.localeCompare(b.seekerId) || a.offererId.localeCompare(b.offererId);

export function fair(ctx: FairContext, theme: Theme | null, region: Region | null, first: number): FairPairing[] {
  const classes: { seekers: Group; offerers: Group; base: number }[] = [];
  for (const t of theme ? [theme] : THEMES) {
    const seekers = groupsOf(ctx, t, 'seeks', (r) => !region || r === region);
    if (!seekers.length) continue;
    const offerers = groupsOf(ctx, t, 'offers', () => true);
    for (const s of seekers) for (const o of offerers) classes.push({ seekers: s, offerers: o, base: SEEK_BASIS[s.basis] + OFFER_BASIS[o.basis] + contextScore(s, o) });
  }
  classes.sort((a, b) => b.base - a.base);
  let kept: FairPairing[] = [];
  let floor = -1;
  /** The seeker of the last pair kept: at the floor's score, only a seeker before it (ties go by id) can still get in. */
  let floorSeeker = '';
  // Trimmed to the best `first` whenever it grows past a few times that, so a large class costs no more memory than that.
  const trim = () => {
    kept.sort(better);
    kept = kept.slice(0, first);
    if (kept.length >= first) ({ score: floor, seekerId: floorSeeker } = kept[first - 1]!);
  };
  for (let i = 0; i < classes.length; i++) {
    const { seekers, offerers, base } = classes[i]!;
    for (const seeker of seekers.members) {
      // The most its shared associations and networks could add: a seeker in none or one may not make the cut at all.
      const bonus = Math.min(MAX_NETWORKS, 0.05 * (ctx.memberships.get(seeker.offer.cityId)?.length ?? 0));
      const best = round(base + bonus);
      if (best < floor || (best === floor && seeker.offer.cityId.localeCompare(floorSeeker) > 0)) continue;
      for (const offerer of candidates(ctx, seeker, offerers, base, floor)) {
        if (seeker.offer.cityId === offerer.offer.cityId) continue;
        const { score, shared, together } = scorePair(ctx, seeker, offerer, base);
        if (score < floor) continue;
        let reasons: string[] | undefined;
        kept.push({
          seekerId: seeker.offer.cityId,
          offererId: offerer.offer.cityId,
          theme: seeker.offer.theme,
          score,
          // Written only for the pairs a client reads: most pairs kept on the way are trimmed off.
          get reasons() {
            return (reasons ??= reasonsOf(ctx, seeker, offerer, shared, together));
          },
        });
        if (kept.length > 4 * first) trim();
      }
    }
    trim();
    const next = classes[i + 1];
    if (!next || (kept.length >= first && kept[first - 1]!.score > round(next.base + MAX_NETWORKS))) break;
  }
  return kept;
}
