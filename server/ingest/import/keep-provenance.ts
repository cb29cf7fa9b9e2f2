// An import updates what the store holds without losing where it came from:
// the values it gives replace the stored ones, but its sources, notes and
// aliases (and a city's declared seeks and offers) are added to the stored ones (each once), never put in their place,
// so the curated sources of a city survive an import that mentions it. A
// value the import leaves empty (null, or an empty list) keeps the stored
// one; an actor given a new name keeps its former name as an alias. The merge
// is done here, on the rows, from the stored properties read in the same
// transaction, rather than in Cypher, where uniting parallel lists is illegible.
import { declare, parseDeclaredOffers, serialiseDeclaredOffers } from '../../analytics/declared-offers.ts';
import type { GraphRows, Row } from '../graph-rows.ts';
import { LINKS, NODE_COLLECTIONS, type LinkCollection } from '../collections.ts';
import { uniteSources } from '../merge.ts';
import { nameKeyOf, sourceProps, sourcesOf, type Props } from '../provenance-props.ts';
import { linkKey } from './read-store.ts';

const isEmpty = (value: unknown) => value === null || value === undefined || (Array.isArray(value) && value.length === 0);
const list = (value: unknown) => (Array.isArray(value) ? (value as string[]) : []);
const unite = (...lists: string[][]) => [...new Set(lists.flat())];

/** The properties to write over `stored`: see the file's comment. */
export function keepStoredProvenance(props: Props, stored: Props | undefined): Props {
  if (!stored) return props;
  const given = Object.fromEntries(Object.entries(props).filter(([, value]) => !isEmpty(value)));
  const merged: Props = {
    ...given,
    ...sourceProps(uniteSources(sourcesOf(stored), sourcesOf(props)), unite(list(stored.notes), list(props.notes))),
  };
  // A city's declared seeks and offers are made over the stored ones, as through the API.
  if (Array.isArray(props.cooperationOffers) && Array.isArray(stored.cooperationOffers)) {
    merged.cooperationOffers = serialiseDeclaredOffers(parseDeclaredOffers(props.cooperationOffers).reduce(declare, parseDeclaredOffers(stored.cooperationOffers)));
  }
  if (typeof props.name === 'string') {
    const former = typeof stored.name === 'string' && stored.name !== props.name ? [stored.name] : [];
    const aliases = unite(list(stored.aliases), former, list(props.aliases)).filter((a) => a !== props.name);
    Object.assign(merged, { aliases: aliases.length ? aliases : null, nameKey: nameKeyOf(props.name, aliases) });
  }
  return merged;
}

/** The rows with the stored provenance of the nodes (by id) and relationships (by linkKey) they update. */
export function withStoredProvenance(rows: GraphRows, nodes: ReadonlyMap<string, Props>, links: ReadonlyMap<string, Props>): GraphRows {
  const merged: GraphRows = { ...rows };
  const keep = (row: Row, stored: Props | undefined): Row => ({ ...row, props: keepStoredProvenance(row.props, stored) });
  for (const key of NODE_COLLECTIONS) merged[key] = rows[key].map((row) => keep(row, nodes.get(row.id!)));
  for (const key of Object.keys(LINKS) as LinkCollection[]) {
    const { type, from, to } = LINKS[key];
    merged[key] = rows[key].map((row) => keep(row, links.get(linkKey(type, row[from], row[to], row.id))));
  }
  return merged;
}
