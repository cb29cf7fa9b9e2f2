// Turns a merged data set (the curated seed, or an import) into the parameter rows of the upsert
// statements, deriving what the documents leave to rules: region, bloc and LDC
// flag from the country, orientation and modality where not stated,
// coordinates and population from GeoNames where the record gives no place.
import { serialiseDeclaredOffers, type DeclaredOffer } from '../analytics/declared-offers.ts';
import { countryProfile } from '../domain/country-profile.ts';
import { GEO_SOURCE_DOCUMENT, geocode, type GeoMatch } from '../domain/geocode.ts';
import { pinnedPlace, placePin } from './place-pins.ts';
import type { MergedData } from './merge.ts';
import { orientPartnerships, type PartnershipOrientation } from './partnership-orientation.ts';
import { nameKeyOf, sourceProps } from './provenance-props.ts';
import type { Source } from './schema.ts';
import { nothingStored, type StoreContext } from './store-context.ts';

export interface Row {
  id?: string;
  props: Record<string, unknown>;
  [key: string]: unknown;
}

export interface GraphRows {
  cities: Row[];
  associations: Row[];
  networks: Row[];
  donors: Row[];
  programmes: Row[];
  organisations: Row[];
  partnerships: Row[];
  extraDonorIds: string[];
  participations: Row[];
  memberships: Row[];
  fundings: Row[];
  supports: Row[];
  runs: Row[];
}

export interface GeocodeReport {
  matched: { id: string; name: string; geoName: string; candidates: number }[];
  unmatched: { id: string; name: string; country: string; reason: string | null }[];
  /** Cities whose record gives their place (an export of a store): not looked up. */
  placed: number;
}

function actorProps(kind: string, r: { name: string; aliases?: string[]; sources: Source[]; notes?: string[] }) {
  return {
    kind,
    name: r.name,
    aliases: r.aliases?.length ? r.aliases : null,
    nameKey: nameKeyOf(r.name, r.aliases),
    ...sourceProps(r.sources, r.notes),
  };
}

/**
 * A relationship's provenance, and `inferred: true` when the sources only
 * imply it; a stated one holds no such property (null removes it on a
 * re-seed), as a link written through the API does not.
 */
const linkProps = (r: { sources: Source[]; notes?: string[]; inferred?: true }) => ({ ...sourceProps(r.sources, r.notes), inferred: r.inferred === true ? true : null });

/** A record's declaration as the store holds it (server/analytics/declared-offers.ts): what is unknown is null. */
const declaredOffer = ({ direction, theme, note, sources }: NonNullable<Of<'cities'>['offers']>[number]): DeclaredOffer => ({
  direction,
  theme,
  note: note ?? null,
  sources: sources.map((s) => ({ document: s.document, locator: s.locator ?? null, quote: s.quote ?? null })),
});

const geoSource = (match: GeoMatch): Source => ({ document: GEO_SOURCE_DOCUMENT, locator: `geonameid ${match.geonameId}`, quote: match.name });

type Of<K extends keyof MergedData> = MergedData[K][number];

/**
 * The row of each kind of record, one record at a time: toGraphRows maps a
 * whole data set with them, and a synthetic load (seed/synthetic/load.ts)
 * maps one batch at a time while the store writes the previous one.
 */
export const rowOf = {
  /**
   * A city, with where GeoNames places it (null: not found, and no population
   * or coordinates). A county's or province's place is its seat's: located
   * there, flagged so, and without the seat's population, which is not the
   * authority's. A population the document states wins over GeoNames', with
   * its source. A city's level is a municipality unless its record says.
   */
  city: (c: Of<'cities'>, match: GeoMatch | null): Row => ({
    id: c.id,
    props: {
      ...actorProps('CITY', { ...c, sources: [...c.sources, ...(c.statedPopulation ? [c.statedPopulation.source] : []), ...(match ? [geoSource(match)] : [])] }),
      country: c.country,
      ...countryProfile(c.country),
      level: c.level ?? 'MUNICIPALITY',
      population: c.statedPopulation?.value ?? (match && !match.isSeat ? match.population : null),
      latitude: match?.latitude ?? null,
      longitude: match?.longitude ?? null,
      geonameId: match?.geonameId ?? null,
      locationIsSeat: Boolean(match?.isSeat),
      donorType: c.donorType ?? null,
      // Only where the record declares some: an import that does not replaces none of what was declared through the API.
      ...(c.offers?.length && { cooperationOffers: serialiseDeclaredOffers(c.offers.map(declaredOffer)) }),
    },
  }),
  /** A city whose record gives its place: as given, not looked up (a field left out is unknown). */
  placedCity: (c: Of<'cities'>, place: NonNullable<Of<'cities'>['place']>): Row => {
    const row = rowOf.city(c, null);
    Object.assign(row.props, {
      population: place.population ?? null,
      latitude: place.latitude ?? null,
      longitude: place.longitude ?? null,
      geonameId: place.geonameId ?? null,
      locationIsSeat: place.isSeat === true,
    });
    return row;
  },
  association: (a: Of<'associations'>): Row => ({
    id: a.id,
    props: { ...actorProps('ASSOCIATION', a), scope: a.scope, country: a.country ?? null, region: a.region ?? null, donorType: a.donorType ?? null },
  }),
  network: (n: Of<'networks'>): Row => ({ id: n.id, props: { ...actorProps('NETWORK', n), region: n.region ?? null, themes: n.themes } }),
  donor: (d: Of<'donors'>): Row => ({ id: d.id, props: { ...actorProps('DONOR', d), donorType: d.donorType, country: d.country ?? null } }),
  organisation: (o: Of<'organisations'>): Row => ({
    id: o.id,
    props: { ...actorProps('ORGANISATION', o), organisationType: o.organisationType, country: o.country ?? null },
  }),
  programme: (g: Of<'programmes'>): Row => ({
    id: g.id,
    props: {
      ...actorProps('PROGRAMME', g),
      modalities: g.modalities,
      fundingSources: g.fundingSources,
      startYear: g.startYear ?? null,
      endYear: g.endYear ?? null,
    },
  }),
  /** A partnership, with its derived orientation (orientPartnerships). */
  partnership: (p: Of<'partnerships'>, orientation: PartnershipOrientation | undefined): Row => ({
    id: p.id,
    props: {
      title: p.title,
      // A partnership whose record gives no status is one in operation: what the sources mostly report.
      status: p.status ?? 'ESTABLISHED',
      startYear: p.startYear ?? null,
      endYear: p.endYear ?? null,
      themes: p.themes,
      focus: p.focus,
      parties: p.parties,
      outcomes: p.outcomes,
      ...sourceProps(p.sources, p.notes),
      ...orientation,
      // Whether the modality was stated, as the API records it: only when the record says (an export of a store).
      ...(p.modalityStated !== undefined && { modalityStated: p.modalityStated }),
    },
  }),
  /** The participations stated inside a partnership record. */
  participants: (p: Of<'partnerships'>): Row[] =>
    p.participants.map((x) => ({ actor: x.actor, partnership: p.id, props: { role: x.role, ...sourceProps(p.sources) } })),
  participation: (x: Of<'participations'>): Row => ({ actor: x.actor, partnership: x.partnership, props: { role: x.role, ...sourceProps(x.sources, x.notes) } }),
  membership: (m: Of<'memberships'>): Row => ({ member: m.member, organisation: m.organisation, props: linkProps(m) }),
  funding: (f: Of<'fundings'>): Row => ({
    id: f.id,
    donor: f.donor,
    recipient: f.recipient,
    props: {
      amount: f.amount ?? null,
      currency: f.currency ?? null,
      startYear: f.startYear ?? null,
      endYear: f.endYear ?? null,
      ...linkProps(f),
    },
  }),
  support: (s: Of<'supports'>): Row => ({ programme: s.programme, target: s.target, props: linkProps(s) }),
  run: (r: Of<'runs'>): Row => ({ programme: r.programme, runner: r.runner, props: linkProps(r) }),
};

/** Cities and associations that also fund others: they get the Donor label too. */
export const extraDonorIdsOf = (data: Pick<MergedData, 'cities' | 'associations'>): string[] =>
  [...data.cities, ...data.associations].filter((a) => a.donorType).map((a) => a.id);

/**
 * The rows of `data`; `stored` is what the store already holds that the data
 * refers to (nothing for the curated seed), from which orientation is derived too.
 */
export function toGraphRows(data: MergedData, stored: StoreContext = nothingStored()): { rows: GraphRows; geocoding: GeocodeReport } {
  const geocoding: GeocodeReport = { matched: [], unmatched: [], placed: 0 };
  const cities = data.cities.map((c) => {
    if (c.place) {
      geocoding.placed += 1;
      return rowOf.placedCity(c, c.place);
    }
    const pin = placePin(c.id);
    const match = pin ? pinnedPlace(pin) : geocode(c.country, [c.name, ...(c.aliases ?? [])]);
    if (match) geocoding.matched.push({ id: c.id, name: c.name, geoName: match.name, candidates: match.candidates });
    else geocoding.unmatched.push({ id: c.id, name: c.name, country: c.country, reason: pin?.unplaced ?? null });
    return rowOf.city(c, match);
  });

  const orientations = orientPartnerships(data, stored);
  const inData = new Set(data.partnerships.map((p) => p.id));
  const partnerships = [
    ...data.partnerships.map((p) => rowOf.partnership(p, orientations.get(p.id))),
    // Stored partnerships that gain parties through the data: only their derived orientation changes.
    ...[...orientations.keys()].filter((id) => !inData.has(id)).map((id): Row => ({ id, props: { ...orientations.get(id) } })),
  ];

  return {
    geocoding,
    rows: {
      cities,
      associations: data.associations.map(rowOf.association),
      networks: data.networks.map(rowOf.network),
      donors: data.donors.map(rowOf.donor),
      programmes: data.programmes.map(rowOf.programme),
      organisations: data.organisations.map(rowOf.organisation),
      partnerships,
      extraDonorIds: extraDonorIdsOf(data),
      participations: [...data.partnerships.flatMap(rowOf.participants), ...data.participations.map(rowOf.participation)],
      memberships: data.memberships.map(rowOf.membership),
      fundings: data.fundings.map(rowOf.funding),
      supports: data.supports.map(rowOf.support),
      runs: data.runs.map(rowOf.run),
    },
  };
}
