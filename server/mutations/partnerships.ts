// City-to-city partnerships with their participants. Orientation and
// modality, when not given, are derived from the parties (partnership-shape.ts);
// whether they were given is recorded, so that a change of participants
// derives again only what the sources did not state.
import { z } from 'zod';
import { COOPERATING_PARTIES, LINKING_MODALITIES, MANAGEMENT_FOCUSES, ORIENTATIONS, PARTICIPANT_ROLES, PARTNERSHIP_STATUSES, THEMES } from '../domain/enums.ts';
import { mapPartnership, type PartnershipModel } from '../graphql/models.ts';
import type { GraphStore, StatementRunner } from '../store/store.ts';
import { newId } from './actors.ts';
import { checkReferences, checkYears } from './checks.ts';
import * as F from './fields.ts';
import { readLinks, requireNode, type GraphLink, type Nodes } from './graph-reads.ts';
import { PARTICIPATION, replaceLinks, writeAll } from './links.ts';
import { isModalityStated, nodesOfLinks, partiesOf, shapeOf } from './partnership-shape.ts';
import { Problems } from './problems.ts';
import { provenanceOf, provenanceProps, type Provenance } from './provenance.ts';

const participants = z
  .array(z.object({ actorId: F.id, role: F.enumOf(PARTICIPANT_ROLES) }))
  .min(2, 'needs at least two participants: a partnership links two or more parties');
const orientation = F.enumOf(ORIENTATIONS);
const modality = F.enumOf(LINKING_MODALITIES);
const status = F.enumOf(PARTNERSHIP_STATUSES);
const lists = {
  themes: z.array(F.enumOf(THEMES)),
  focus: z.array(F.enumOf(MANAGEMENT_FOCUSES)),
  parties: z.array(F.enumOf(COOPERATING_PARTIES)),
  outcomes: z.array(F.text('the outcome, or leave it out')),
};
const title = F.shortText('a short descriptive title');

const create = z.object({
  id: F.optional(F.newId),
  title,
  startYear: F.optional(F.year),
  endYear: F.optional(F.year),
  orientation: F.optional(orientation),
  modality: F.optional(modality),
  status: F.optional(status),
  themes: F.optional(lists.themes),
  focus: F.optional(lists.focus),
  parties: F.optional(lists.parties),
  outcomes: F.optional(lists.outcomes),
  participants,
  ...F.provenanceOnly,
});

const update = z.object({
  title: F.kept(title, 'a partnership has a title'),
  startYear: F.clearable(F.year),
  endYear: F.clearable(F.year),
  orientation: F.clearable(orientation),
  modality: F.clearable(modality),
  status: F.kept(status, 'every partnership has a status'),
  themes: F.replacing(lists.themes),
  focus: F.replacing(lists.focus),
  parties: F.replacing(lists.parties),
  outcomes: F.replacing(lists.outcomes),
  participants: F.kept(participants, 'a partnership needs at least two participants'),
  ...F.provenanceOnly,
});

const SCALARS = ['title', 'startYear', 'endYear', 'status'];
const LISTS = Object.keys(lists);

type Participant = z.output<typeof participants>[number];

/** The participants' ids as the client gave them (checked even when the rest of the input does not parse). */
const participantIds = (given: unknown): string[] => (Array.isArray(given) ? given.map((p: { actorId?: unknown }) => String(p?.actorId ?? '')) : []);

/** Participants: each once, each an actor, and at least one of them a city (orientation is a matter of cities). */
function checkParticipants(problems: Problems, nodes: Nodes, given: unknown): void {
  if (!Array.isArray(given)) return;
  const ids = participantIds(given);
  const found = checkReferences(problems, nodes, ids, (i) => `input.participants[${i}].actorId`, 'participant', ['CITY', 'ASSOCIATION', 'NETWORK', 'DONOR', 'PROGRAMME', 'ORGANISATION']);
  if (found.length === ids.length && !found.some((n) => n.kind === 'CITY')) {
    problems.add('input.participants', 'has no city: a city-to-city partnership needs at least one city among its participants');
  }
}

async function writeParticipants(tx: StatementRunner, id: string, current: GraphLink[], list: Participant[], provenance: Provenance) {
  const wanted = list.map((p) => ({ actor: p.actorId, target: id, props: { role: p.role } }));
  await replaceLinks(tx, PARTICIPATION, current.filter((l) => l.target === id), wanted, provenance);
}

async function readBack(tx: StatementRunner, id: string): Promise<PartnershipModel> {
  const [row] = await tx.run('partnerships-by-ids', { ids: [id] });
  return mapPartnership(row ?? null)!;
}

export function createPartnership(store: GraphStore, input: { id?: string | null; participants: unknown }): Promise<PartnershipModel> {
  const problems = new Problems('createPartnership');
  const p = problems.parse(create, input, 'input');
  return store.transaction(async (tx) => {
    const id = await newId(tx, problems, 'PARTNERSHIP', input.id, p?.title);
    const ids = participantIds(input.participants);
    const nodes = await nodesOfLinks(tx, [], ids);
    checkParticipants(problems, nodes, input.participants);
    if (p) checkYears(problems, p);
    problems.check();
    const shape = shapeOf(
      { orientation: p!.orientation, orientationStated: p!.orientation !== undefined, modality: p!.modality },
      partiesOf([], nodes, id, ids),
      p!.modality !== undefined,
    );
    const provenance = provenanceOf('createPartnership', p);
    // A partnership whose status is not given is one in operation: what the sources mostly report.
    const props = { ...F.propsOf({ ...p!, status: p!.status ?? 'ESTABLISHED' }, true, SCALARS, LISTS), ...shape, ...provenanceProps(provenance) };
    await writeAll(tx, 'upsert-partnerships', 'rows', [{ id, props }]);
    await writeParticipants(tx, id, [], p!.participants, provenance);
    return readBack(tx, id);
  });
}

/** `mutation` names the write in problems and provenance: setPartnershipStatus is an update of the status alone. */
export function updatePartnership(store: GraphStore, id: string, input: { participants?: unknown }, mutation = 'updatePartnership'): Promise<PartnershipModel> {
  const problems = new Problems(mutation);
  const p = problems.parse(update, input, 'input');
  return store.transaction(async (tx) => {
    const stored = await requireNode(tx, id, 'PARTNERSHIP');
    const links = await readLinks(tx, [id]);
    const ids = input.participants === undefined ? undefined : participantIds(input.participants);
    const nodes = await nodesOfLinks(tx, links, ids);
    checkParticipants(problems, nodes, input.participants);
    if (p) checkYears(problems, p, stored.props);
    problems.check();
    const before = stored.props;
    const modalityStated = p!.modality !== undefined ? p!.modality !== null : isModalityStated(before, partiesOf(links, nodes, id));
    const shape = shapeOf(
      {
        orientation: p!.orientation ?? before.orientation,
        orientationStated: p!.orientation !== undefined ? p!.orientation !== null : before.orientationStated,
        modality: p!.modality ?? before.modality,
      },
      partiesOf(links, nodes, id, ids),
      modalityStated,
    );
    const provenance = provenanceOf(mutation, p);
    const props = { ...F.propsOf(p!, false, SCALARS, LISTS), ...shape, ...provenanceProps(provenance, before) };
    await writeAll(tx, 'upsert-partnerships', 'rows', [{ id, props }]);
    if (p!.participants) await writeParticipants(tx, id, links, p!.participants, provenance);
    return readBack(tx, id);
  });
}

/** Sets how far a partnership had gone, with the sources that say so: an update of the status alone. */
export function setPartnershipStatus(store: GraphStore, id: string, status: unknown, sources: unknown): Promise<PartnershipModel> {
  return updatePartnership(store, id, { status, sources } as { participants?: unknown }, 'setPartnershipStatus');
}
