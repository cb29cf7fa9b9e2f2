// Each member's associations and networks, from the projection's links: the
// match-making and the fair look for organisations two cities share.
import type { Projection } from './projection.ts';

export function organisationsOfMembers(projection: Projection): Map<string, string[]> {
  const memberships = new Map<string, string[]>();
  for (const l of projection.links) {
    if (l.type !== 'MEMBER_OF') continue;
    const organisations = memberships.get(l.source);
    if (organisations) organisations.push(l.target);
    else memberships.set(l.source, [l.target]);
  }
  return memberships;
}
