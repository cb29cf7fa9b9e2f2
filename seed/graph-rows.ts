// Turns the merged curated data into the parameter rows of the upsert
// statements, deriving what the documents leave to rules: region, bloc and LDC
// flag from the country, orientation and modality where not stated,
// coordinates and population from GeoNames.
import { deriveModality, deriveOrientation } from '../server/domain/orientation.ts';
import type { Bloc } from '../server/domain/enums.ts';
import { foldName } from '../server/domain/text.ts';
import { blocOf, countryProfile } from './country-profile.ts';
import { GEO_SOURCE_DOCUMENT, geocode, type GeoMatch } from './geocode.ts';
import type { MergedData } from './merge.ts';
import type { Source } from './schema.ts';

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
  unmatched: { id: string; name: string; country: string }[];
}

/** Sources as three parallel lists: graph properties cannot hold maps. */
export function sourceProps(sources: Source[], notes?: string[]) {
  return {
    sourceDocuments: sources.map((s) => s.document),
    sourceLocators: sources.map((s) => s.locator),
    sourceQuotes: sources.map((s) => s.quote),
    notes: notes?.length ? notes : null,
  };
}

function actorProps(kind: string, r: { name: string; aliases?: string[]; sources: Source[]; notes?: string[] }) {
  return {
    kind,
    name: r.name,
    aliases: r.aliases?.length ? r.aliases : null,
    nameKey: [r.name, ...(r.aliases ?? [])].map(foldName).join(' | '),
    ...sourceProps(r.sources, r.notes),
  };
}

const geoSource = (match: GeoMatch): Source => ({ document: GEO_SOURCE_DOCUMENT, locator: `geonameid ${match.geonameId}`, quote: match.name });

export function toGraphRows(data: MergedData): { rows: GraphRows; geocoding: GeocodeReport } {
  const geocoding: GeocodeReport = { matched: [], unmatched: [] };
  const cities = data.cities.map((c) => {
    const match = geocode(c.country, [c.name, ...(c.aliases ?? [])]);
    if (match) geocoding.matched.push({ id: c.id, name: c.name, geoName: match.name, candidates: match.candidates });
    else geocoding.unmatched.push({ id: c.id, name: c.name, country: c.country });
    return {
      id: c.id,
      props: {
        ...actorProps('CITY', { ...c, sources: match ? [...c.sources, geoSource(match)] : c.sources }),
        country: c.country,
        ...countryProfile(c.country),
        population: match?.population ?? null,
        latitude: match?.latitude ?? null,
        longitude: match?.longitude ?? null,
        geonameId: match?.geonameId ?? null,
        donorType: c.donorType ?? null,
      },
    };
  });

  const cityById = new Map(data.cities.map((c) => [c.id, c]));
  // The bloc of a non-city party: from its country; a donor without one is an
  // international body and so from beyond the South; others without one say nothing.
  const countryOf = new Map<string, string | undefined>([
    ...data.associations.map((a) => [a.id, a.country] as const),
    ...data.donors.map((d) => [d.id, d.country] as const),
  ]);
  const donorIds = new Set(data.donors.map((d) => d.id));
  const otherBloc = (id: string): { bloc: Bloc | null }[] => {
    const country = countryOf.get(id);
    if (country) return [{ bloc: blocOf(country) }];
    return donorIds.has(id) ? [{ bloc: null }] : [];
  };

  const partnerships = data.partnerships.map((p) => {
    const partnerCities = p.participants.flatMap((x) => (cityById.has(x.actor) ? [countryProfile(cityById.get(x.actor)!.country)] : []));
    const others = [
      ...p.participants.filter((x) => !cityById.has(x.actor)).map((x) => x.actor),
      ...data.fundings.filter((f) => f.recipient === p.id).map((f) => f.donor),
    ].flatMap(otherBloc);
    const modality = p.modality ?? deriveModality(partnerCities.length);
    return {
      id: p.id,
      props: {
        title: p.title,
        startYear: p.startYear ?? null,
        endYear: p.endYear ?? null,
        orientation: p.orientation ?? deriveOrientation({ cities: partnerCities, others, modality }),
        orientationStated: p.orientation !== undefined,
        modality,
        themes: p.themes,
        focus: p.focus,
        parties: p.parties,
        outcomes: p.outcomes,
        ...sourceProps(p.sources, p.notes),
      },
    };
  });

  return {
    geocoding,
    rows: {
      cities,
      associations: data.associations.map((a) => ({
        id: a.id,
        props: { ...actorProps('ASSOCIATION', a), scope: a.scope, country: a.country ?? null, region: a.region ?? null, donorType: a.donorType ?? null },
      })),
      networks: data.networks.map((n) => ({ id: n.id, props: { ...actorProps('NETWORK', n), region: n.region ?? null, themes: n.themes } })),
      donors: data.donors.map((d) => ({ id: d.id, props: { ...actorProps('DONOR', d), donorType: d.donorType, country: d.country ?? null } })),
      programmes: data.programmes.map((g) => ({
        id: g.id,
        props: {
          ...actorProps('PROGRAMME', g),
          modalities: g.modalities,
          fundingSources: g.fundingSources,
          startYear: g.startYear ?? null,
          endYear: g.endYear ?? null,
        },
      })),
      partnerships,
      extraDonorIds: [...data.cities, ...data.associations].filter((a) => a.donorType).map((a) => a.id),
      participations: data.partnerships.flatMap((p) =>
        p.participants.map((x) => ({ actor: x.actor, partnership: p.id, props: { role: x.role, ...sourceProps(p.sources) } })),
      ),
      memberships: data.memberships.map((m) => ({ member: m.member, organisation: m.organisation, props: sourceProps(m.sources) })),
      fundings: data.fundings.map((f) => ({
        id: f.id,
        donor: f.donor,
        recipient: f.recipient,
        props: {
          amount: f.amount ?? null,
          currency: f.currency ?? null,
          startYear: f.startYear ?? null,
          endYear: f.endYear ?? null,
          ...sourceProps(f.sources, f.notes),
        },
      })),
      supports: data.supports.map((s) => ({ programme: s.programme, target: s.target, props: sourceProps(s.sources) })),
      runs: data.runs.map((r) => ({ programme: r.programme, runner: r.runner, props: sourceProps(r.sources) })),
    },
  };
}
