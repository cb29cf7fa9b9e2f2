// A city or association joining an association or network: once, and never
// itself. (Ending a membership is a deletion: see deletion.ts.)
import { z } from 'zod';
import { mapMembership, type MembershipModel } from '../graphql/models.ts';
import type { GraphStore } from '../store/store.ts';
import * as F from './fields.ts';
import { expectNode, readLinks, readNodes } from './graph-reads.ts';
import { MEMBERSHIP, writeAll } from './links.ts';
import { Problems } from './problems.ts';
import { provenanceOf, provenanceProps } from './provenance.ts';

const input = z.object({ memberId: F.id, organisationId: F.id, sources: F.optional(F.sources) });

export function addMembership(store: GraphStore, raw: { memberId: string; organisationId: string }): Promise<MembershipModel> {
  const problems = new Problems('addMembership');
  const m = problems.parse(input, raw, 'input');
  return store.transaction(async (tx) => {
    const { memberId, organisationId } = raw;
    const nodes = await readNodes(tx, [memberId, organisationId]);
    const member = expectNode(problems, nodes, 'input.memberId', memberId, ['CITY', 'ASSOCIATION', 'ORGANISATION']);
    const organisation = expectNode(problems, nodes, 'input.organisationId', organisationId, ['ASSOCIATION', 'NETWORK']);
    if (memberId === organisationId) problems.add('input.organisationId', `is the member itself (${memberId}): give the id of another association or network`);
    else if (member && organisation) {
      const already = (await readLinks(tx, [memberId])).some((l) => l.type === MEMBERSHIP.type && l.actor === memberId && l.target === organisationId);
      if (already) problems.add('input.organisationId', `is ${organisation.label}, of which ${member.label} is already a member: nothing to add`);
    }
    problems.check();
    const props = provenanceProps(provenanceOf('addMembership', m));
    const row = MEMBERSHIP.row(memberId, organisationId, props);
    await writeAll(tx, MEMBERSHIP.statement, 'rows', [row]);
    return mapMembership(row);
  });
}
