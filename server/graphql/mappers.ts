// From stored properties to the objects the schema resolves: sources are
// zipped back from their parallel lists, and each object carries its GraphQL
// type name so that interfaces and unions resolve without guessing.
import type { Row } from '../store/store.ts';

const TYPE_OF_KIND: Record<string, string> = {
  CITY: 'City',
  ASSOCIATION: 'Association',
  NETWORK: 'Network',
  DONOR: 'Donor',
  PROGRAMME: 'Programme',
};

export interface Mapped {
  __typename: string;
  id: string;
  [field: string]: unknown;
}

type Props = Record<string, unknown>;

function sources(props: Props) {
  const documents = (props.sourceDocuments as string[] | null) ?? [];
  const locators = (props.sourceLocators as string[] | null) ?? [];
  const quotes = (props.sourceQuotes as string[] | null) ?? [];
  return documents.map((document, i) => ({ document, locator: locators[i] ?? null, quote: quotes[i] || null }));
}

function common(props: Props) {
  return { ...props, id: props.id as string, sources: sources(props), notes: (props.notes as string[] | null) ?? [] };
}

export function mapActor(row: Row | null): Mapped | null {
  if (!row) return null;
  const props = row.props as Props;
  const location =
    typeof props.latitude === 'number' && typeof props.longitude === 'number' ? { lat: props.latitude, lon: props.longitude } : null;
  return { ...common(props), location, __typename: TYPE_OF_KIND[props.kind as string] ?? 'City' };
}

export function mapPartnership(row: Row | null): Mapped | null {
  if (!row) return null;
  return { ...common(row.props as Props), __typename: 'Partnership' };
}

export function mapFunding(row: Row) {
  const props = row.props as Props;
  return { ...props, donorId: row.donor, recipientId: row.recipient, sources: sources(props) };
}
