// Which of an overview's links between groups are drawn: the heaviest, a few
// per group. Between 76 groups the twin-towns data has about 1,100 links, most
// of them one or two partnerships between groups of hundreds: drawn, they were
// a grey web over the discs in which the strong ties could not be followed,
// and fCoSE spent most of the overview's first picture on them. A member's
// links to other groups (an opened group) are all drawn: they are its detail.
import type { DrawnGroup, DrawnGroupLink } from './graph-queries.ts';

/** Links between groups drawn per group of the overview, at most (the heaviest of the view). */
export const GROUP_LINKS_PER_GROUP = 4;

export interface GroupLinksDrawn {
  links: DrawnGroupLink[];
  /** Links between groups, and of those drawn. */
  between: number;
  betweenDrawn: number;
}

/** `groups`: every group of the overview (the opened one too), which tells links between groups from a member's. */
export function drawnGroupLinks(groups: readonly DrawnGroup[], links: readonly DrawnGroupLink[]): GroupLinksDrawn {
  const isGroup = new Set(groups.map((g) => g.id));
  const between = links.filter((l) => isGroup.has(l.source) && isGroup.has(l.target));
  const kept = [...between]
    .sort((a, b) => b.weight - a.weight || a.source.localeCompare(b.source) || a.target.localeCompare(b.target))
    .slice(0, GROUP_LINKS_PER_GROUP * groups.length);
  const fromMembers = links.filter((l) => !isGroup.has(l.source) || !isGroup.has(l.target));
  return { links: [...kept, ...fromMembers], between: between.length, betweenDrawn: kept.length };
}
