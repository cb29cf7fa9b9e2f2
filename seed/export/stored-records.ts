// The store's nodes and relationships back as records of the import format
// (seed/FORMAT.md): the inverse of server/ingest/graph-rows.ts's rowOf. Every stored
// value an import would otherwise derive or look up, and might get otherwise,
// is carried (FORMAT.md, "Exported stores"): a city's place, a partnership's
// orientation and modality with whether they were stated, a funding's id. So
// an import of an export writes the properties the store holds.
import { parseDeclaredOffers, type DeclaredOffer } from '../../server/analytics/declared-offers.ts';
import type { Props } from '../../server/ingest/provenance-props.ts';
import { sourcesOf } from '../../server/ingest/provenance-props.ts';
import type { SeedData } from '../../server/ingest/schema.ts';

type Of<K extends keyof SeedData> = SeedData[K][number];

/** A stored value, or undefined (left out of the record) when the store holds none. */
const given = <T>(value: unknown): T | undefined => (value === null || value === undefined ? undefined : (value as T));
/** A stored list, or undefined when there is none or it is empty (the import writes those as none). */
const someOf = <T>(value: unknown): T[] | undefined => (Array.isArray(value) && value.length ? (value as T[]) : undefined);
/** A list the format requires, empty when the store holds none. */
const listOf = <T>(value: unknown): T[] => (Array.isArray(value) ? (value as T[]) : []);

/** Sources and notes, last in every record as in the format. */
const provenance = (props: Props) => ({ sources: sourcesOf(props), notes: someOf<string>(props.notes) });
/** A relationship's provenance, with whether the sources only imply it. */
const linkProvenance = (props: Props) => ({ ...(props.inferred === true && { inferred: true as const }), ...provenance(props) });
/** What every actor's record starts with, and what it ends with. */
const named = (props: Props) => ({ id: props.id as string, name: props.name as string });
const aliasedWithProvenance = (props: Props) => ({ aliases: someOf<string>(props.aliases), ...provenance(props) });

/** The Donor label of an actor of another kind is its donorType's: the import gives the label to those that have one. */
function checkDonorLabel(props: Props, donor: boolean): void {
  if (donor !== (given(props.donorType) !== undefined)) {
    throw new Error(`${String(props.id)}: ${donor ? 'has the Donor label but no donorType' : 'has a donorType but not the Donor label'}; the import format cannot carry that`);
  }
}

/** A declared seek or offer as the format writes it: what is unknown left out. */
const offerRecord = ({ direction, theme, note, sources }: DeclaredOffer): NonNullable<Of<'cities'>['offers']>[number] => ({
  direction,
  theme,
  note: given(note),
  sources: sources.map((s) => ({ document: s.document, locator: given(s.locator), quote: given(s.quote) })),
});

export const recordOf = {
  city(props: Props, donor: boolean): Of<'cities'> {
    checkDonorLabel(props, donor);
    return {
      ...named(props),
      country: props.country as string,
      donorType: given(props.donorType),
      level: given(props.level),
      place: {
        population: given(props.population),
        latitude: given(props.latitude),
        longitude: given(props.longitude),
        geonameId: given(props.geonameId),
        ...(props.locationIsSeat === true && { isSeat: true as const }),
      },
      offers: someOf<string>(props.cooperationOffers) && parseDeclaredOffers(props.cooperationOffers as string[]).map(offerRecord),
      ...aliasedWithProvenance(props),
    };
  },
  association(props: Props, donor: boolean): Of<'associations'> {
    checkDonorLabel(props, donor);
    return {
      ...named(props),
      scope: props.scope as Of<'associations'>['scope'],
      country: given(props.country),
      region: given(props.region),
      donorType: given(props.donorType),
      ...aliasedWithProvenance(props),
    };
  },
  network: (props: Props): Of<'networks'> => ({
    ...named(props),
    region: given(props.region),
    themes: listOf(props.themes),
    ...aliasedWithProvenance(props),
  }),
  donor: (props: Props): Of<'donors'> => ({
    ...named(props),
    donorType: props.donorType as Of<'donors'>['donorType'],
    country: given(props.country),
    ...aliasedWithProvenance(props),
  }),
  programme: (props: Props): Of<'programmes'> => ({
    ...named(props),
    modalities: listOf(props.modalities),
    fundingSources: listOf(props.fundingSources),
    startYear: given(props.startYear),
    endYear: given(props.endYear),
    ...aliasedWithProvenance(props),
  }),
  organisation: (props: Props): Of<'organisations'> => ({
    ...named(props),
    organisationType: props.organisationType as Of<'organisations'>['organisationType'],
    country: given(props.country),
    ...aliasedWithProvenance(props),
  }),
  /**
   * A partnership with its participants. Its orientation and modality are
   * written as stored: a derived orientation marked so (`orientationStated:
   * false`), so that the import keeps it rather than deriving it again, and
   * `modalityStated` only where the store records it (the API does, the seed not).
   */
  partnership: (props: Props, participants: Of<'partnerships'>['participants']): Of<'partnerships'> => ({
    id: props.id as string,
    title: props.title as string,
    status: given(props.status),
    startYear: given(props.startYear),
    endYear: given(props.endYear),
    orientation: given(props.orientation),
    orientationStated: given(props.orientation) !== undefined && props.orientationStated !== true ? false : undefined,
    modality: given(props.modality),
    modalityStated: typeof props.modalityStated === 'boolean' ? props.modalityStated : undefined,
    themes: listOf(props.themes),
    focus: listOf(props.focus),
    parties: listOf(props.parties),
    outcomes: listOf(props.outcomes),
    participants,
    ...provenance(props),
  }),
  participation: (partnership: string, actor: string, props: Props): Of<'participations'> => ({
    partnership,
    actor,
    role: props.role as Of<'participations'>['role'],
    ...provenance(props),
  }),
  membership: (member: string, organisation: string, props: Props): Of<'memberships'> => ({ member, organisation, ...linkProvenance(props) }),
  funding: (donor: string, recipient: string, props: Props): Of<'fundings'> => ({
    id: props.id as string,
    donor,
    recipient,
    amount: given(props.amount),
    currency: given(props.currency),
    startYear: given(props.startYear),
    endYear: given(props.endYear),
    ...linkProvenance(props),
  }),
  support: (programme: string, target: string, props: Props): Of<'supports'> => ({ programme, target, ...linkProvenance(props) }),
  run: (programme: string, runner: string, props: Props): Of<'runs'> => ({ programme, runner, ...linkProvenance(props) }),
};

const PROVENANCE_KEYS = ['sourceDocuments', 'sourceLocators', 'sourceQuotes', 'notes'];

/**
 * Whether a participation's provenance is what the import gives a participant
 * listed in its partnership (the partnership's sources, no notes): if not
 * (the API or a later import added to it), the export also writes it as a
 * participations record of its own, which the import writes after the
 * partnership's participants and so in their place.
 */
export function hasOwnProvenance(participation: Props, partnership: Props): boolean {
  const same = (key: string) => JSON.stringify(given(participation[key]) ?? null) === JSON.stringify(key === 'notes' ? null : (given(partnership[key]) ?? null));
  return !PROVENANCE_KEYS.every(same);
}
