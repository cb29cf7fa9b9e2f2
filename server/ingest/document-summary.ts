// What the curated set holds from each source document, and what it leaves
// out and why (printed by `npm run seed`): the records citing the document;
// its partnerships not counted as cooperation by default (announced, contacts
// only); its links kept as inferences; its actors of which it states no
// relationship; its cities no package places.
import { COLLECTIONS } from './schema.ts';
import type { GeocodeReport } from './graph-rows.ts';
import type { MergedData } from './merge.ts';
import { linkedActors } from './claim-rules.ts';

type Cited = { sources: { document: string }[]; notes?: string[]; inferred?: true; status?: string; id?: string };

const cites = (r: Cited, document: string) => r.sources.some((s) => s.document === document);

/** The collections whose records are actors (a funding has an id too, but is a link). */
const ACTOR_COLLECTIONS = new Set(['cities', 'associations', 'networks', 'donors', 'programmes', 'organisations']);

export function documentSummary(data: MergedData, geocoding: GeocodeReport): string[] {
  const records = COLLECTIONS.flatMap((c) => (data[c] as Cited[]).map((r) => ({ collection: c, r })));
  const documents = [...new Set(records.flatMap(({ r }) => r.sources.map((s) => s.document)))].filter((d) => /^\d{3}_/.test(d)).sort();
  const linked = linkedActors(data);
  const unplaced = new Map(geocoding.unmatched.map((u) => [u.id, u.reason ?? 'no reason given']));
  return documents.flatMap((document) => {
    const own = records.filter(({ r }) => cites(r, document));
    const held = COLLECTIONS.map((c) => [c, own.filter((x) => x.collection === c).length] as const).filter(([, n]) => n);
    const notYet = own.filter(({ collection, r }) => collection === 'partnerships' && r.status && r.status !== 'ESTABLISHED');
    const inferred = own.filter(({ r }) => r.inferred);
    const unlinked = own.filter(({ collection, r }) => ACTOR_COLLECTIONS.has(collection) && !linked.has(r.id!));
    const notPlaced = own.filter(({ collection, r }) => collection === 'cities' && r.id && unplaced.has(r.id));
    const lines = [`  ${document}: ${held.map(([c, n]) => `${c} ${n}`).join(', ')}`];
    if (notYet.length) lines.push(`    not counted as cooperation unless a filter asks (statuses): ${notYet.map(({ r }) => `${r.id} (${r.status})`).join(', ')}`);
    if (inferred.length) lines.push(`    ${inferred.length} links kept as inferences, flagged (inferred) with a note: the text implies them without stating them`);
    if (unlinked.length) lines.push(`    ${unlinked.length} actors named without any relationship the text states: ${unlinked.map(({ r }) => r.id).join(', ')}`);
    for (const { r } of notPlaced) lines.push(`    not placed: ${r.id}: ${unplaced.get(r.id!)}`);
    return lines;
  });
}
