// Colours for categories a view assigns (clusters): distinct for the first
// twelve, which are the largest; smaller ones share a neutral grey.
const PALETTE = ['#1f77b4', '#ff7f0e', '#2ca02c', '#d62728', '#9467bd', '#8c564b', '#e377c2', '#17becf', '#bcbd22', '#393b79', '#ad494a', '#637939'];
export const OTHER_COLOUR = '#b0b8c0';

export function categoryColour(index: number): string {
  return PALETTE[index] ?? OTHER_COLOUR;
}
