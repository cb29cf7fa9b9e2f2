// Ids of new nodes (seed/FORMAT.md): made from the name when not given,
// lower-case ASCII with words joined by "-"; a given id must have the same
// shape. Funding ids are the seed's stable hash, so that the API and a re-seed
// agree on what is the same funding.
import type { ActorKind } from '../domain/enums.ts';
import { foldName } from '../domain/text.ts';
import { fundingId } from '../ingest/merge.ts';

export type IdKind = ActorKind | 'PARTNERSHIP';

const SLUG = '[a-z0-9]+(?:-[a-z0-9]+)*';

const PREFIX: Record<IdKind, string> = {
  CITY: 'city',
  ASSOCIATION: 'association',
  NETWORK: 'network',
  DONOR: 'donor',
  PROGRAMME: 'programme',
  ORGANISATION: 'organisation',
  PARTNERSHIP: 'partnership:api',
};

/** The folded words of a name joined by "-", or null when they are not plain ASCII letters and digits. */
export function slug(name: string): string | null {
  const made = foldName(name).split(' ').join('-');
  return new RegExp(`^${SLUG}$`).test(made) ? made : null;
}

/** What an id of this kind looks like, for messages. */
export const idShape = (kind: IdKind) => (kind === 'CITY' ? 'city:<country>:<slug>, e.g. city:co:medellin' : `${PREFIX[kind]}:<slug>, e.g. ${PREFIX[kind]}:some-name`);

/** The id made from a name (and a city's country), or null when the name gives no slug. */
export function makeId(kind: IdKind, name: string, country?: string): string | null {
  const made = slug(name);
  if (!made) return null;
  return kind === 'CITY' ? `city:${country!.toLowerCase()}:${made}` : `${PREFIX[kind]}:${made}`;
}

/** Why a given id does not fit its kind, or null when it does. */
export function idProblem(kind: IdKind, id: string, country?: string): string | null {
  const prefix = kind === 'CITY' ? `city:${country?.toLowerCase() ?? '[a-z]{2}'}` : PREFIX[kind];
  if (new RegExp(`^${prefix}:${SLUG}$`).test(id)) return null;
  return `is "${id}", which does not look like ${idShape(kind)}${kind === 'CITY' && country ? ` with the city's country ${country.toLowerCase()}` : ''}: use lower-case letters, digits and "-", or leave it out to have it made from the name`;
}

export interface FundingKey {
  donor: string;
  recipient: string;
  amount?: number | null;
  currency?: string | null;
  startYear?: number | null;
  endYear?: number | null;
}

export const makeFundingId = (f: FundingKey) =>
  fundingId({
    donor: f.donor,
    recipient: f.recipient,
    amount: f.amount ?? undefined,
    currency: f.currency ?? undefined,
    startYear: f.startYear ?? undefined,
    endYear: f.endYear ?? undefined,
    sources: [],
  });
