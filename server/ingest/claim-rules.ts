// The rules that keep the curated data no stronger than its documents
// (seed/FORMAT.md, "Claims"): a funding is stated with a word of money, a
// running with a word of running; a partnership its sources call possible or
// a matter of contacts is not ESTABLISHED; an actor with no relationship says
// why in a note; a city without a place says why in seed/place-pins.json.
// Each problem names the record and where its source is.
import type { GeocodeReport } from './graph-rows.ts';
import type { MergedData } from './merge.ts';
import type { Source } from './schema.ts';

export interface ClaimProblem {
  record: string;
  /** document and locator of the record's first source */
  where: string;
  reason: string;
}

/** Money, a grant or funding stated: what a FUNDS fact needs in one of its quotes. */
export const FUNDING_WORDS = /\bfund|financ|grant|money|budget|contribut|donat|\baid\b|allocat|\bamount\b|\bpaid\b|\bpays?\b|loan|subsid|sponsor|\bcosts?\b|[$€£]|\b(?:us\$|usd|eur|ecu|dm|chf|nlg|gbp)\b|francs|dollars|million|\b0[.,]7\s?%/i;

/** Running, operating, managing or coordinating stated: what a RUN_BY fact needs in one of its quotes. */
export const RUNNING_WORDS = /\bruns?\b|\bran\b|\brunning\b|operat|manag|coordinat|administ|implement|secretariat|\bled by\b|\bleads?\b/i;

/** Words that say a partnership was not in operation: possible agreements, contacts made. */
export const NOT_YET_WORDS = /\bpossible (?:cooperation )?agreements?\b|\bcontacts? (?:has|have) been (?:established|made)\b|\bagreements? (?:was|were) announced\b|\bproposed (?:partnership|agreement|twinning)s?\b/i;

/** A note that says the documents give an actor no relationship. */
export const NO_LINKS_NOTE = /\bno (?:relationship|link)s?\b/i;

const where = (sources: Source[]) => (sources[0] ? `${sources[0].document}, ${sources[0].locator}` : 'no source');
const anyQuote = (sources: Source[], words: RegExp) => sources.some((s) => s.quote !== undefined && words.test(s.quote));

/** Every actor id that takes part in a relationship of the data. */
export function linkedActors(data: MergedData): Set<string> {
  const linked = new Set<string>();
  for (const p of data.partnerships) for (const x of p.participants) linked.add(x.actor);
  for (const x of data.participations) linked.add(x.actor);
  for (const m of data.memberships) [m.member, m.organisation].forEach((id) => linked.add(id));
  for (const f of data.fundings) [f.donor, f.recipient].forEach((id) => linked.add(id));
  for (const s of data.supports) [s.programme, s.target].forEach((id) => linked.add(id));
  for (const r of data.runs) [r.programme, r.runner].forEach((id) => linked.add(id));
  return linked;
}

export function claimProblems(data: MergedData, geocoding: GeocodeReport): ClaimProblem[] {
  const problems: ClaimProblem[] = [];
  // An inferred link says so, with a note: it is not held to the words a stated one needs.
  for (const f of data.fundings) {
    if (!f.inferred && !anyQuote(f.sources, FUNDING_WORDS)) problems.push({ record: `funding ${f.donor} -> ${f.recipient}`, where: where(f.sources), reason: 'FUNDS, but no quote states money, a grant or funding' });
  }
  for (const r of data.runs) {
    if (!r.inferred && !anyQuote(r.sources, RUNNING_WORDS)) problems.push({ record: `run ${r.programme} -> ${r.runner}`, where: where(r.sources), reason: 'RUN_BY, but no quote says the actor runs, operates, manages or coordinates it' });
  }
  for (const p of data.partnerships) {
    if ((p.status ?? 'ESTABLISHED') === 'ESTABLISHED' && anyQuote(p.sources, NOT_YET_WORDS)) {
      problems.push({ record: p.id, where: where(p.sources), reason: 'a quote calls it possible, proposed, announced or a matter of contacts, but its status is ESTABLISHED' });
    }
  }
  const linked = linkedActors(data);
  const actors = [...data.cities, ...data.associations, ...data.networks, ...data.donors, ...data.programmes, ...data.organisations];
  for (const a of actors) {
    if (!linked.has(a.id) && !a.notes?.some((n) => NO_LINKS_NOTE.test(n))) {
      problems.push({ record: a.id, where: where(a.sources), reason: 'has no relationship and no note saying the documents give it none' });
    }
  }
  for (const u of geocoding.unmatched) {
    if (!u.reason) {
      const city = data.cities.find((c) => c.id === u.id);
      problems.push({ record: u.id, where: where(city?.sources ?? []), reason: 'has no location and seed/place-pins.json gives no reason' });
    }
  }
  return problems;
}
