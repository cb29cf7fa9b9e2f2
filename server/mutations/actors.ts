// Creating and changing actors, whatever their kind: the parts all kinds share
// (id, name and search key, provenance, the Donor label, one transaction,
// reading the result back); each kind (cities.ts, organisations.ts...) says
// how its input is checked and which properties it has.
import type { z } from 'zod';
import type { ActorKind, DonorType } from '../graphql/generated/resolvers-types.ts';
import { mapActor, type ActorModel } from '../graphql/models.ts';
import { nameKeyOf } from '../ingest/provenance-props.ts';
import type { GraphStore, StatementRunner } from '../store/store.ts';
import { describeNode, readLinks, readNodes, requireNode, type GraphLink, type GraphNode } from './graph-reads.ts';
import { idProblem, makeId, type IdKind } from './ids.ts';
import { propsOf } from './fields.ts';
import { writeAll } from './links.ts';
import { watchShapes } from './partnership-shape.ts';
import { Problems } from './problems.ts';
import { provenanceOf, provenanceProps, type Provenance, type SourceValue } from './provenance.ts';

type Props = Record<string, unknown>;

interface ActorFields {
  name?: string | undefined;
  aliases?: string[] | undefined;
  sources?: SourceValue[] | undefined;
  notes?: string[] | undefined;
  country?: string | null | undefined;
  donorType?: DonorType | null | undefined;
}

/** What a kind's hooks get: the transaction, where to record problems, and for an update the stored actor and its relationships. */
export interface ActorWrite<T> {
  tx: StatementRunner;
  problems: Problems;
  input: T;
  /** Absent when creating. */
  stored?: GraphNode;
  links: GraphLink[];
  provenance: Provenance;
}

export interface ActorCheck<T> extends Omit<ActorWrite<T>, 'input' | 'provenance'> {
  /** Null when the input did not parse. */
  input: T | null;
  raw: Record<string, unknown>;
}

export interface KindProps {
  props: Props;
  /** Sources of derived values (GeoNames), recorded with the actor's. */
  sources?: SourceValue[];
}

export interface ActorKindSpec<C extends ActorFields, U extends ActorFields> {
  kind: ActorKind;
  statement: string;
  create: z.ZodType<C>;
  update: z.ZodType<U>;
  /** Checks that need the graph (referenced ids, from the raw input: they run even when the input does not parse). */
  check?(write: ActorCheck<C | U>): Promise<void>;
  /** The kind's own properties (on update: only those that change). */
  props(write: ActorWrite<C | U>): KindProps;
  /** Writes after the node (relationships); optional. */
  afterWrite?(write: ActorWrite<C | U>, id: string): Promise<void>;
}

/** The kind's own properties from its input (see propsOf). */
export const ownProps = (write: ActorWrite<object>, scalars: readonly string[], lists: readonly string[] = []): KindProps => ({
  props: propsOf(write.input, !write.stored, scalars, lists),
});

/**
 * The id of a new actor or partnership, given or made from its name (and a
 * city's country); a problem is recorded when it does not fit or is taken.
 */
export async function newId(tx: StatementRunner, problems: Problems, kind: IdKind, given: unknown, name: string | undefined, country?: string): Promise<string> {
  if (typeof given === 'string' && given) {
    const shape = idProblem(kind, given, kind === 'CITY' ? country : undefined);
    if (shape) problems.add('input.id', shape);
  }
  const id = typeof given === 'string' && given ? given : name && (kind !== 'CITY' || country) ? makeId(kind, name, country) : null;
  if (name && !id) problems.add('input.id', `cannot be made from "${name}", which has no plain letters or digits: give an id`);
  if (!id) return '';
  const taken = (await readNodes(tx, [id])).get(id);
  if (taken) problems.add('input.id', `is "${id}", which is already the id of ${describeNode(taken)}: give another id, or change that one with its update mutation`);
  return id;
}

/** Properties every actor has: kind, name, aliases, search key and provenance. */
function baseProps(kind: ActorKind, fields: ActorFields, write: ActorWrite<unknown>, derived: SourceValue[] = []): Props {
  const before = write.stored?.props ?? {};
  const name = fields.name ?? (before.name as string);
  const aliases = fields.aliases ?? (before.aliases as string[] | null) ?? [];
  return {
    kind,
    name,
    aliases: aliases.length ? aliases : null,
    nameKey: nameKeyOf(name, aliases),
    ...provenanceProps(write.provenance, before, derived),
  };
}

/** A donorType may be cleared only when the actor funds nothing: a funding's donor must carry the Donor label. */
function checkDonorType(write: ActorWrite<ActorFields>, id: string): void {
  if (write.input.donorType !== null || !write.stored) return;
  const fundings = write.links.filter((l) => l.type === 'FUNDS' && l.actor === id);
  if (fundings.length) {
    write.problems.add(
      'input.donorType',
      `cannot be cleared while ${write.stored.label} still funds ${fundings.length} recipient${fundings.length > 1 ? 's' : ''} (${fundings.map((f) => f.props.id).join(', ')}): delete those fundings first`,
    );
  }
}

/**
 * Writes the actor's node, gives or takes the Donor label as a donorType is
 * set or cleared (on create, no donorType means no label to take), then the
 * kind's relationships.
 */
async function writeActor<C extends ActorFields, U extends ActorFields>(spec: ActorKindSpec<C, U>, write: ActorWrite<C | U>, id: string): Promise<void> {
  const own = spec.props(write);
  await writeAll(write.tx, spec.statement, 'rows', [{ id, props: { ...baseProps(spec.kind, write.input, write, own.sources), ...own.props } }]);
  const donorType = write.stored ? write.input.donorType : (write.input.donorType ?? undefined);
  if (spec.kind !== 'DONOR' && donorType !== undefined) await writeAll(write.tx, donorType ? 'mark-donors' : 'unmark-donors', 'ids', [id]);
  await spec.afterWrite?.(write, id);
}

async function readBack(tx: StatementRunner, id: string): Promise<ActorModel> {
  const [row] = await tx.run('actors-by-ids', { ids: [id] });
  return mapActor(row ?? null)!;
}

/** The partnerships whose derived orientation depends on this actor's country: those it takes part in or funds. */
const partnershipsReached = (links: GraphLink[], id: string) =>
  links.filter((l) => l.actor === id && (l.type === 'PARTICIPATES_IN' || l.type === 'FUNDS')).map((l) => l.target);

/** The createX mutation of a kind. */
export function creator<C extends ActorFields, U extends ActorFields>(spec: ActorKindSpec<C, U>, mutation: string) {
  return (store: GraphStore, input: { id?: string | null }): Promise<ActorModel> => {
    const problems = new Problems(mutation);
    const fields = problems.parse(spec.create, input, 'input');
    return store.transaction(async (tx) => {
      const id = await newId(tx, problems, spec.kind, input.id, fields?.name, fields?.country ?? undefined);
      await spec.check?.({ tx, problems, input: fields, raw: input, links: [] });
      problems.check();
      const write: ActorWrite<C> = { tx, problems, input: fields!, links: [], provenance: provenanceOf(mutation, fields) };
      await writeActor(spec, write, id);
      return readBack(tx, id);
    });
  };
}

/** The updateX mutation of a kind. */
export function updater<C extends ActorFields, U extends ActorFields>(spec: ActorKindSpec<C, U>, mutation: string) {
  return (store: GraphStore, id: string, input: object): Promise<ActorModel> => {
    const problems = new Problems(mutation);
    const fields = problems.parse(spec.update, input, 'input');
    return store.transaction(async (tx) => {
      const stored = await requireNode(tx, id, spec.kind);
      const links = await readLinks(tx, [id]);
      const write: ActorWrite<U> = { tx, problems, input: fields!, stored, links, provenance: provenanceOf(mutation, fields) };
      if (fields) checkDonorType(write, id);
      await spec.check?.({ tx, problems, input: fields, raw: input as Record<string, unknown>, stored, links });
      problems.check();
      const countryChanges = write.input.country !== undefined && write.input.country !== (stored.props.country ?? null);
      const rederive = await watchShapes(tx, countryChanges ? partnershipsReached(links, id) : []);
      await writeActor(spec, write, id);
      await rederive();
      return readBack(tx, id);
    });
  };
}
