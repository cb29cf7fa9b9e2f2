// Words the analyses' reasons share: themes and regions as a reader writes
// them, short lists, countries by name.
import type { Region, Theme } from '../graphql/generated/resolvers-types.ts';

export const themeWords = (t: Theme) => t.toLowerCase().replaceAll('_', ' ');

export const regionWords = (r: Region) => r.toLowerCase().replaceAll('_', ' ');

/** "a, b and c"; "a, b, c and 4 more" past three. */
export function listWords(items: string[]): string {
  if (items.length <= 1) return items.join('');
  if (items.length > 3) return `${items.slice(0, 3).join(', ')} and ${items.length - 3} more`;
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

const countryNames = new Intl.DisplayNames(['en'], { type: 'region' });

export const countryWords = (code: string) => countryNames.of(code) ?? code;
