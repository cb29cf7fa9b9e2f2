// Deletions, and their dry runs: a plan says what a deletion removes (the
// node or relationship, every relationship with it, and for an actor the
// partnerships it leaves with fewer than two participants); the same plan is
// reported as it is for a dry run, or carried out in one transaction with
// the derived orientation of the partnerships that lose a party derived again.
import type { Deletion } from '../graphql/generated/resolvers-types.ts';
import { notFound } from '../graphql/errors.ts';
import type { GraphStore, StatementRunner } from '../store/store.ts';
import { linkKey, readLinks, readNodes, requireNode, theNode, type GraphLink, type GraphNode } from './graph-reads.ts';
import { readFundings } from './fundings.ts';
import { deleteLinks, writeAll } from './links.ts';
import { watchShapes } from './partnership-shape.ts';

interface Plan {
  id: string;
  kind: string;
  label: string;
  /** How the message names what is deleted. */
  what: string;
  /** Nodes deleted with all their relationships. */
  nodes: string[];
  /** Relationships deleted on their own (a membership, a funding). */
  links: GraphLink[];
  /** Every relationship removed, for the counts. */
  removed: GraphLink[];
  removedPartnerships: GraphNode[];
  /** Partnerships that stay but lose a participant or funder. */
  watch: string[];
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

function counts(links: GraphLink[]) {
  const byType = new Map<string, number>();
  for (const l of links) byType.set(l.type, (byType.get(l.type) ?? 0) + 1);
  return [...byType].sort(([a], [b]) => a.localeCompare(b)).map(([type, count]) => ({ type, count }));
}

function report(plan: Plan, dryRun: boolean): Deletion {
  const removedRelationships = counts(plan.removed);
  const relationships = removedRelationships.length
    ? `${plural(plan.removed.length, 'relationship')} (${removedRelationships.map((c) => `${c.count} ${c.type}`).join(', ')})`
    : 'no relationship';
  const partnerships = plan.removedPartnerships.length
    ? `, and ${plural(plan.removedPartnerships.length, 'partnership')} left with fewer than two participants: ${plan.removedPartnerships.map((p) => `${p.label} (${p.id})`).join('; ')}`
    : '';
  const message = dryRun
    ? `Dry run, nothing was deleted: deleting ${plan.what} would remove ${relationships}${partnerships}.`
    : `Deleted ${plan.what}, with ${relationships}${partnerships}.`;
  return {
    dryRun,
    id: plan.id,
    kind: plan.kind,
    label: plan.label,
    removedRelationships,
    removedPartnerships: plan.removedPartnerships.map((p) => p.id),
    message,
  };
}

/** Reports the plan (dry run) or carries it out in one transaction. */
async function deletion(store: GraphStore, dryRun: boolean, plan: (runner: StatementRunner) => Promise<Plan>): Promise<Deletion> {
  if (dryRun) return report(await plan(store), true);
  return store.transaction(async (tx) => {
    const p = await plan(tx);
    const rederive = await watchShapes(tx, p.watch);
    await writeAll(tx, 'delete-nodes', 'ids', p.nodes);
    await deleteLinks(tx, p.links);
    await rederive();
    return report(p, false);
  });
}

const unique = (links: GraphLink[]) => [...new Map(links.map((l) => [linkKey(l), l])).values()];

async function actorPlan(runner: StatementRunner, id: string): Promise<Plan> {
  const actor = (await readNodes(runner, [id])).get(id);
  if (!actor || actor.kind === 'PARTNERSHIP') throw notFound(`No actor has the id "${id}": check the id, e.g. with the search query`, 'id');
  const links = await readLinks(runner, [id]);
  const joined = links.filter((l) => l.type === 'PARTICIPATES_IN' && l.actor === id).map((l) => l.target);
  const around = await readLinks(runner, joined);
  const participants = (p: string) => around.filter((l) => l.type === 'PARTICIPATES_IN' && l.target === p).length;
  const left = joined.filter((p) => participants(p) - 1 < 2);
  const removedPartnerships = [...(await readNodes(runner, left)).values()];
  const reached = links.filter((l) => l.actor === id && (l.type === 'PARTICIPATES_IN' || l.type === 'FUNDS')).map((l) => l.target);
  return {
    id,
    kind: actor.kind,
    label: actor.label,
    what: theNode(actor),
    nodes: [id, ...left],
    links: [],
    removed: unique([...links, ...around.filter((l) => left.includes(l.target) || left.includes(l.actor))]),
    removedPartnerships,
    watch: reached.filter((p) => !left.includes(p)),
  };
}

async function partnershipPlan(runner: StatementRunner, id: string): Promise<Plan> {
  const partnership = await requireNode(runner, id, 'PARTNERSHIP');
  return {
    id,
    kind: 'PARTNERSHIP',
    label: partnership.label,
    what: theNode(partnership),
    nodes: [id],
    links: [],
    removed: await readLinks(runner, [id]),
    removedPartnerships: [],
    watch: [],
  };
}

async function membershipPlan(runner: StatementRunner, memberId: string, organisationId: string): Promise<Plan> {
  const nodes = await readNodes(runner, [memberId, organisationId]);
  const member = nodes.get(memberId);
  const organisation = nodes.get(organisationId);
  if (!member) throw notFound(`No actor has the id "${memberId}"`, 'memberId');
  if (!organisation) throw notFound(`No actor has the id "${organisationId}"`, 'organisationId');
  const link = (await readLinks(runner, [memberId])).find((l) => l.type === 'MEMBER_OF' && l.actor === memberId && l.target === organisationId);
  if (!link) throw notFound(`${member.label} is not a member of ${organisation.label}: there is no membership to remove`, 'organisationId');
  return {
    id: `${memberId}->${organisationId}`,
    kind: 'MEMBERSHIP',
    label: `${member.label} in ${organisation.label}`,
    what: `the membership of ${member.label} (${memberId}) in ${organisation.label} (${organisationId})`,
    nodes: [],
    links: [link],
    removed: [link],
    removedPartnerships: [],
    watch: [],
  };
}

async function fundingPlan(runner: StatementRunner, id: string): Promise<Plan> {
  const [row] = await readFundings(runner, [id]);
  if (!row) throw notFound(`No funding has the id "${id}": fundings are listed on their donor's and recipient's fundings field`, 'id');
  const link: GraphLink = { type: 'FUNDS', actor: row.donor as string, target: row.recipient as string, props: row.props as Record<string, unknown> };
  const nodes = await readNodes(runner, [link.actor, link.target]);
  const label = `${nodes.get(link.actor)?.label} to ${nodes.get(link.target)?.label}`;
  return {
    id,
    kind: 'FUNDING',
    label,
    what: `the funding ${id} from ${label}`,
    nodes: [],
    links: [link],
    removed: [link],
    removedPartnerships: [],
    watch: nodes.get(link.target)?.kind === 'PARTNERSHIP' ? [link.target] : [],
  };
}

export const deleteActor = (store: GraphStore, id: string, dryRun: boolean) => deletion(store, dryRun, (r) => actorPlan(r, id));
export const deletePartnership = (store: GraphStore, id: string, dryRun: boolean) => deletion(store, dryRun, (r) => partnershipPlan(r, id));
export const removeMembership = (store: GraphStore, memberId: string, organisationId: string, dryRun: boolean) =>
  deletion(store, dryRun, (r) => membershipPlan(r, memberId, organisationId));
export const deleteFunding = (store: GraphStore, id: string, dryRun: boolean) => deletion(store, dryRun, (r) => fundingPlan(r, id));
