// The views of the explorer, in the order of the navigation.
export const VIEWS = [
  { id: 'explore', label: 'Explore', hint: 'The cooperation graph, filtered, searched and inspected' },
  { id: 'clusters', label: 'Clusters', hint: 'Communities of actors that cooperate among themselves' },
  { id: 'triangles', label: 'Triangles', hint: 'Three actors linked pairwise, and South–South cooperation with a third party' },
  { id: 'gaps', label: 'Support gaps', hint: 'Isolated and unsupported cities, regions and countries by gap score' },
  { id: 'matches', label: 'Match-making', hint: 'Resource cities to suggest to a city on a theme' },
  { id: 'coverage', label: 'Coverage', hint: 'Partnerships and supporters by region and theme' },
  { id: 'landscape', label: 'Support landscape', hint: 'Supporters whose reach overlaps, and those that complement each other' },
  { id: 'opportunities', label: 'Opportunities', hint: 'Where more funding by a donor would fill a gap on its agenda' },
  { id: 'fair', label: 'Fair', hint: 'Cities that seek a theme paired with cities that offer it' },
  { id: 'pivot', label: 'Pivot', hint: 'Partnerships and supporters by any two facets of the framework' },
] as const;

export type ViewId = (typeof VIEWS)[number]['id'];

export function viewOf(value: string | null): ViewId {
  return VIEWS.find((view) => view.id === value)?.id ?? 'explore';
}
