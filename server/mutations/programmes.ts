// Support programmes, with who runs them and what they support: both lists
// are written as relationships (RUN_BY, SUPPORTS) in the programme's
// transaction, and replaced as a whole when an update gives them.
import { z } from 'zod';
import { FUNDING_SOURCES, SUPPORT_MODALITIES } from '../domain/enums.ts';
import { creator, ownProps, updater, type ActorCheck, type ActorKindSpec, type ActorWrite } from './actors.ts';
import { checkReferences, checkYears } from './checks.ts';
import * as F from './fields.ts';
import { readNodes } from './graph-reads.ts';
import { RUN, SUPPORT, replaceLinks, type LinkKind } from './links.ts';

const modalities = z.array(F.enumOf(SUPPORT_MODALITIES));
const fundingSources = z.array(F.enumOf(FUNDING_SOURCES));
const ids = z.array(F.id);

const create = z.object({
  ...F.newActorFields,
  modalities: F.optional(modalities),
  fundingSources: F.optional(fundingSources),
  startYear: F.optional(F.year),
  endYear: F.optional(F.year),
  runBy: F.optional(ids),
  supports: F.optional(ids),
});

const update = z.object({
  ...F.actorChanges,
  modalities: F.replacing(modalities),
  fundingSources: F.replacing(fundingSources),
  startYear: F.clearable(F.year),
  endYear: F.clearable(F.year),
  runBy: F.replacing(ids),
  supports: F.replacing(ids),
});

type Input = z.output<typeof create> | z.output<typeof update>;

const LISTS: { field: 'runBy' | 'supports'; link: LinkKind; what: string; kinds: ('CITY' | 'PARTNERSHIP' | 'ASSOCIATION' | 'NETWORK' | 'DONOR' | 'ORGANISATION')[]; orDonor: boolean }[] = [
  { field: 'runBy', link: RUN, what: 'runner', kinds: ['ASSOCIATION', 'NETWORK', 'DONOR', 'ORGANISATION'], orDonor: true },
  { field: 'supports', link: SUPPORT, what: 'supported node', kinds: ['CITY', 'PARTNERSHIP', 'ASSOCIATION', 'NETWORK'], orDonor: false },
];

const idsIn = (raw: Record<string, unknown>, field: string) => (Array.isArray(raw[field]) ? (raw[field] as unknown[]).map(String) : []);

async function check({ tx, problems, input, raw, stored }: ActorCheck<Input>): Promise<void> {
  if (input) checkYears(problems, input, stored?.props);
  const nodes = await readNodes(tx, [...idsIn(raw, 'runBy'), ...idsIn(raw, 'supports')]);
  for (const { field, what, kinds, orDonor } of LISTS) {
    checkReferences(problems, nodes, idsIn(raw, field), (i) => `input.${field}[${i}]`, what, kinds, orDonor);
  }
}

async function writeLinks({ tx, input, links, provenance }: ActorWrite<Input>, id: string): Promise<void> {
  for (const { field, link } of LISTS) {
    const wanted = input[field];
    if (wanted === undefined) continue;
    const current = links.filter((l) => l.actor === id);
    await replaceLinks(tx, link, current, wanted.map((target) => ({ actor: id, target })), provenance);
  }
}

const spec: ActorKindSpec<z.output<typeof create>, z.output<typeof update>> = {
  kind: 'PROGRAMME',
  statement: 'upsert-programmes',
  create,
  update,
  check,
  props: (write) => ownProps(write, ['startYear', 'endYear'], ['modalities', 'fundingSources']),
  afterWrite: writeLinks,
};

export const createProgramme = creator(spec, 'createProgramme');
export const updateProgramme = updater(spec, 'updateProgramme');
