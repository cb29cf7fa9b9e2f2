// Which links between an overview's groups are drawn (client/src/explore/group-links.ts): the heaviest, a few per
// group, and every link of an opened group's members.
import { describe, expect, it } from 'vitest';
import { drawnGroupLinks, GROUP_LINKS_PER_GROUP } from '../client/src/explore/group-links.ts';
import type { DrawnGroup } from '../client/src/explore/graph-queries.ts';

const group = (id: string) => ({ id }) as DrawnGroup;

describe('drawn group links', () => {
  it('keeps the heaviest links between groups, GROUP_LINKS_PER_GROUP per group, and every link from a member', () => {
    const groups = ['a', 'b', 'c'].map(group);
    // Every pair of the three groups, weights 1 to 3, and links from two members of an opened group.
    const between = [
      { source: 'a', target: 'b', weight: 3 },
      { source: 'a', target: 'c', weight: 1 },
      { source: 'b', target: 'c', weight: 2 },
    ];
    const fromMembers = Array.from({ length: 20 }, (_, i) => ({ source: `city:${i}`, target: 'a', weight: 1 }));
    const all = drawnGroupLinks(groups, [...between, ...fromMembers]);
    expect(all.between).toBe(3);
    expect(all.betweenDrawn).toBe(Math.min(3, GROUP_LINKS_PER_GROUP * 3));
    expect(all.links.slice(0, 3).map((l) => l.weight)).toEqual([3, 2, 1]);
    expect(all.links.slice(3)).toEqual(fromMembers);
  });

  it('drops the lightest when there are more than the groups can carry', () => {
    const groups = Array.from({ length: 10 }, (_, i) => group(`g${i}`));
    const links = groups.flatMap((a, i) => groups.slice(i + 1).map((b, j) => ({ source: a.id, target: b.id, weight: i * 10 + j })));
    const drawn = drawnGroupLinks(groups, links);
    expect(drawn.between).toBe(45);
    expect(drawn.betweenDrawn).toBe(GROUP_LINKS_PER_GROUP * 10);
    const lightestKept = Math.min(...drawn.links.map((l) => l.weight));
    expect(links.filter((l) => l.weight > lightestKept).length).toBeLessThan(drawn.betweenDrawn);
  });
});
