// The rules a data set must keep beyond its format: every reference names a
// node of the right kind (defined in the data, or known from elsewhere, e.g.
// already in the store), a city's id agrees with its country, a partnership
// has a city and its years are in order. Every problem is returned, each
// naming its record (collection and index, and a readable name) and field.
import { isCountryCode } from '../domain/country-profile.ts';
import { LINKS, nodesOf, recordName, type LinkCollection } from './collections.ts';
import type { MergedData } from './merge.ts';
import type { Collection } from './schema.ts';
import type { NodeKind } from './store-context.ts';

export interface DataProblem {
  collection: Collection;
  index: number;
  record: string;
  field: string;
  reason: string;
}

export interface KnownNode {
  kind: NodeKind;
  donor: boolean;
}

const ACTORS: NodeKind[] = ['city', 'association', 'network', 'donor', 'programme', 'organisation'];

/** The kinds each end of a link may be; a funding's donor is checked by its ability to fund instead. */
const LINK_ENDS: { [K in LinkCollection]: [from: NodeKind[] | 'donor', to: NodeKind[]] } = {
  participations: [ACTORS, ['partnership']],
  memberships: [['city', 'association', 'network', 'organisation'], ['association', 'network']],
  fundings: ['donor', ['city', 'partnership', 'programme', 'association', 'network']],
  supports: [['programme', 'organisation'], ['city', 'partnership', 'association', 'network']],
  runs: [['programme'], ['association', 'network', 'donor', 'city', 'organisation']],
};

/** Nodes the data defines, on top of those known from elsewhere (the data wins). */
function knownNodes(data: MergedData, outside: ReadonlyMap<string, KnownNode>): Map<string, KnownNode> {
  const known = new Map(outside);
  for (const { kind, record } of nodesOf(data)) {
    known.set(record.id, { kind, donor: kind === 'donor' || Boolean(record.donorType) || Boolean(outside.get(record.id)?.donor) });
  }
  return known;
}

export function checkData(data: MergedData, outside: ReadonlyMap<string, KnownNode> = new Map()): DataProblem[] {
  const problems: DataProblem[] = [];
  const known = knownNodes(data, outside);
  const at = (collection: Collection, index: number, record: string) => ({
    problem: (field: string, reason: string) => problems.push({ collection, index, record, field, reason }),
    expect(field: string, id: string, kinds: NodeKind[]) {
      const kind = known.get(id)?.kind;
      if (!kind) this.problem(field, `"${id}" is not defined`);
      else if (!kinds.includes(kind)) this.problem(field, `"${id}" is a ${kind}, expected ${kinds.join(' or ')}`);
    },
  });

  data.cities.forEach((city, i) => {
    const here = at('cities', i, city.id);
    if (!isCountryCode(city.country)) here.problem('country', `"${city.country}" is not an ISO 3166-1 alpha-2 code`);
    else if (city.id.split(':')[1] !== city.country.toLowerCase()) here.problem('id', `country part does not match country ${city.country}`);
  });
  data.partnerships.forEach((p, i) => {
    const here = at('partnerships', i, p.id);
    p.participants.forEach((x, j) => here.expect(`participants.${j}.actor`, x.actor, ACTORS));
    if (!p.participants.some((x) => known.get(x.actor)?.kind === 'city')) here.problem('participants', 'no city takes part');
    if (p.startYear && p.endYear && p.endYear < p.startYear) here.problem('endYear', 'before startYear');
  });
  for (const collection of Object.keys(LINK_ENDS) as LinkCollection[]) {
    const [fromKinds, toKinds] = LINK_ENDS[collection];
    const { from, to } = LINKS[collection];
    data[collection].forEach((record, i) => {
      const fields = record as unknown as Record<string, string>;
      const here = at(collection, i, recordName(collection, record)!);
      const source = fields[from]!;
      if (fromKinds !== 'donor') here.expect(from, source, fromKinds);
      else if (!known.get(source)?.donor) here.problem(from, `"${source}" is not a donor (nor an actor with a donorType)`);
      here.expect(to, fields[to]!, toKinds);
    });
  }
  return problems;
}
