// Exports a whole store as one JSON data set in the import format
// (seed/FORMAT.md): every actor and partnership with its participants, every
// membership, funding, support and run, with their sources and notes, and the
// stored values an import would otherwise derive (stored-records.ts). The
// nodes are read a page of ids at a time and written as they come
// (read-pages.ts, data-set-file.ts). At the end the nodes and relationships
// read are checked against the store's counts: one the format has no place
// for fails the export instead of going missing from the file.
import type { GraphStore } from '../../server/store/store.ts';
import type { Props } from '../../server/ingest/provenance-props.ts';
import { COLLECTIONS, type Collection, type SeedData } from '../../server/ingest/schema.ts';
import { writeDataSetFile, type RecordPages } from './data-set-file.ts';
import { byEnds, checkFound, compare, pagesOf, readNodeIds, statementPages, type NodeIds, type NodeKind } from './read-pages.ts';
import { hasOwnProvenance, recordOf } from './stored-records.ts';

/** The file's `document`: the same for every export, so that two stores holding the same graph give the same file. */
export const EXPORT_DOCUMENT = 'c2c-graph export';

export interface ExportProgress {
  /** Nodes and relationships read so far. */
  done: number;
  total: number;
}

export interface ExportReport {
  /** Records written per collection, collections with none left out. */
  counts: Partial<Record<Collection, number>>;
  nodes: number;
  relationships: number;
  /** The size of the file. */
  bytes: number;
}

type Participant = SeedData['partnerships'][number]['participants'][number];
type Link = { from: string; to: string; props: Props };

/** The links of `type` that start at the nodes of `from`, as records, a page at a time. */
async function* linkPages(store: GraphStore, from: string[], type: string, toRecord: (link: Link) => object, read: (links: number) => void) {
  for await (const { rows } of statementPages<Link>(store, 'export-links-from', from, { type })) {
    read(rows.length);
    yield rows.sort(byEnds).map(toRecord);
  }
}

export async function exportStore(store: GraphStore, path: string, onProgress: (progress: ExportProgress) => void = () => {}): Promise<ExportReport> {
  const [stats] = await store.run<{ relationships: number }>('stats');
  const ids: NodeIds = await readNodeIds(store);
  const total = ids.count + stats!.relationships;
  let [nodes, relationships] = [0, 0];
  const read = (n: number, r: number) => onProgress({ done: (nodes += n) + (relationships += r), total });
  const counts: Partial<Record<Collection, number>> = {};
  // Participations whose provenance is their own: few, and written after the partnerships.
  const ownParticipations: SeedData['participations'] = [];

  async function* actorPages(kind: NodeKind, toRecord: (props: Props, donor: boolean) => object) {
    for await (const page of statementPages<{ id: string; props: Props; labels: string[] }>(store, 'actors-by-ids', ids.of[kind])) {
      checkFound(page.ids, page.rows);
      read(page.rows.length, 0);
      yield page.rows.sort((a, b) => compare(a.id, b.id)).map((row) => toRecord(row.props, row.labels.includes('Donor')));
    }
  }

  async function* partnershipPages() {
    const both = (page: string[]) =>
      Promise.all([
        store.run<{ id: string; props: Props }>('partnerships-by-ids', { ids: page }),
        store.run<{ partnership: string; actor: string; props: Props }>('export-participants', { ids: page }),
      ]);
    for await (const { ids: page, rows: [partnerships, participations] } of pagesOf(ids.of.PARTNERSHIP, both)) {
      checkFound(page, partnerships);
      read(partnerships.length, participations.length);
      const of = new Map<string, typeof participations>();
      for (const x of participations.sort((a, b) => compare(a.actor, b.actor))) {
        const list = of.get(x.partnership);
        if (list) list.push(x);
        else of.set(x.partnership, [x]);
      }
      yield partnerships
        .sort((a, b) => compare(a.id, b.id))
        .map(({ id, props }) => {
          const own = of.get(id) ?? [];
          for (const x of own) if (hasOwnProvenance(x.props, props)) ownParticipations.push(recordOf.participation(id, x.actor, x.props));
          return recordOf.partnership(props, own.map((x): Participant => ({ actor: x.actor, role: x.props.role as Participant['role'] })));
        });
    }
  }

  const links = (from: string[], type: string, toRecord: (link: Link) => object) => linkPages(store, from, type, toRecord, (r) => read(0, r));
  const sections: Record<Collection, () => AsyncIterable<object[]>> = {
    cities: () => actorPages('CITY', recordOf.city),
    associations: () => actorPages('ASSOCIATION', recordOf.association),
    networks: () => actorPages('NETWORK', recordOf.network),
    donors: () => actorPages('DONOR', recordOf.donor),
    programmes: () => actorPages('PROGRAMME', recordOf.programme),
    organisations: () => actorPages('ORGANISATION', recordOf.organisation),
    partnerships: partnershipPages,
    // Read with the partnerships, which come first.
    participations: async function* () {
      yield ownParticipations;
    },
    // Members are cities, associations, networks and organisations (server/ingest/check-data.ts); funders the actors with the Donor label.
    memberships: () => links([...ids.of.CITY, ...ids.of.ASSOCIATION, ...ids.of.NETWORK, ...ids.of.ORGANISATION], 'MEMBER_OF', (l) => recordOf.membership(l.from, l.to, l.props)),
    fundings: () => links(ids.donors, 'FUNDS', (l) => recordOf.funding(l.from, l.to, l.props)),
    supports: () => links([...ids.of.PROGRAMME, ...ids.of.ORGANISATION].sort(compare), 'SUPPORTS', (l) => recordOf.support(l.from, l.to, l.props)),
    runs: () => links(ids.of.PROGRAMME, 'RUN_BY', (l) => recordOf.run(l.from, l.to, l.props)),
  };
  const counted: RecordPages = async function* (collection) {
    for await (const page of sections[collection]()) {
      if (page.length) counts[collection] = (counts[collection] ?? 0) + page.length;
      yield page;
    }
    // Checked before the file is complete: a failed export leaves none.
    if (collection === COLLECTIONS.at(-1) && relationships !== stats!.relationships) {
      throw new Error(`the store holds ${stats!.relationships} relationships and the export read ${relationships}: the others start or end where the import format has no place for them`);
    }
  };

  const bytes = await writeDataSetFile(path, EXPORT_DOCUMENT, counted);
  return { counts, nodes, relationships, bytes };
}
