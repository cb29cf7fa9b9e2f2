// What a city has declared it seeks or offers (the cooperation fair, report
// 004 §11; "matching supply with demand", 001), as it is stored: a list
// property of the city node, one JSON text per declaration (a property may
// hold only a list of plain values, and each declaration has its own note
// and sources). One declaration per direction and theme.
import { z } from 'zod';
import { OFFER_DIRECTIONS, THEMES } from '../domain/enums.ts';
import type { OfferDirection, Theme } from '../graphql/generated/resolvers-types.ts';

export interface DeclaredSource {
  document: string;
  locator: string | null;
  quote: string | null;
}

export interface DeclaredOffer {
  direction: OfferDirection;
  theme: Theme;
  note: string | null;
  sources: DeclaredSource[];
}

const stored = z.object({
  direction: z.enum(OFFER_DIRECTIONS),
  theme: z.enum(THEMES),
  note: z.string().nullable(),
  sources: z.array(z.object({ document: z.string(), locator: z.string().nullable(), quote: z.string().nullable() })),
});

/** The stored texts as declarations; a text that does not parse is a corrupt store, and says which. */
export function parseDeclaredOffers(texts: string[]): DeclaredOffer[] {
  return texts.map((text) => {
    const parsed = stored.safeParse(JSON.parse(text));
    if (!parsed.success) throw new Error(`A stored cooperation offer does not have the expected shape: ${text}`);
    return parsed.data;
  });
}

export const serialiseDeclaredOffers = (offers: DeclaredOffer[]): string[] =>
  offers.map(({ direction, theme, note, sources }) => JSON.stringify({ direction, theme, note, sources }));

export const sameDeclaration = (a: Pick<DeclaredOffer, 'direction' | 'theme'>, b: Pick<DeclaredOffer, 'direction' | 'theme'>) =>
  a.direction === b.direction && a.theme === b.theme;

/** The stored sources, then the new ones not already among them. */
function uniteSources(stored: DeclaredSource[], added: DeclaredSource[]): DeclaredSource[] {
  const key = (s: DeclaredSource) => `${s.document}|${s.locator ?? ''}|${s.quote ?? ''}`;
  const seen = new Set(stored.map(key));
  return [...stored, ...added.filter((s) => !seen.has(key(s)) && seen.add(key(s)))];
}

/**
 * The declarations with `offer` made, last: one made before on its direction
 * and theme is replaced, keeping its note unless a new one is given and adding
 * the new sources to its own (the API and an import declare alike).
 */
export function declare(declarations: DeclaredOffer[], offer: DeclaredOffer): DeclaredOffer[] {
  const before = declarations.find((d) => sameDeclaration(d, offer));
  const declared: DeclaredOffer = { ...offer, note: offer.note ?? before?.note ?? null, sources: uniteSources(before?.sources ?? [], offer.sources) };
  return [...declarations.filter((d) => d !== before), declared];
}
