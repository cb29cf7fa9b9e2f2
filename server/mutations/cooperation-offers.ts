// A city declaring what it seeks or offers on a theme, and withdrawing it
// (the cooperation fair). Each is checked, then read and written in one
// transaction; a declaration made again replaces its note (when one is
// given) and adds its sources to the stored ones (declared-offers.ts declare).
import { z } from 'zod';
import { OFFER_DIRECTIONS, THEMES } from '../domain/enums.ts';
import type { OfferDirection, Theme } from '../graphql/generated/resolvers-types.ts';
import { userError } from '../graphql/errors.ts';
import { declare, parseDeclaredOffers, sameDeclaration, serialiseDeclaredOffers, type DeclaredOffer, type DeclaredSource } from '../analytics/declared-offers.ts';
import type { CityOffer } from '../analytics/cooperation-offers.ts';
import type { GraphStore, StatementRunner } from '../store/store.ts';
import * as F from './fields.ts';
import { expectNode, readNodes, requireNode, type GraphNode } from './graph-reads.ts';
import { Problems } from './problems.ts';
import { API_DOCUMENT } from './provenance.ts';

export const MAX_NOTE_LENGTH = 1000;

const input = z.object({
  cityId: F.id,
  direction: F.enumOf(OFFER_DIRECTIONS),
  theme: F.enumOf(THEMES),
  note: F.optional(F.text('what the city seeks or offers, or leave it out').max(MAX_NOTE_LENGTH, `must be at most ${MAX_NOTE_LENGTH} characters long`)),
  sources: F.optional(F.sources),
});

type OfferInput = z.input<typeof input>;

const declarationsOf = (city: GraphNode): DeclaredOffer[] => parseDeclaredOffers((city.props.cooperationOffers as string[] | undefined) ?? []);

const asOffer = (cityId: string, d: DeclaredOffer): CityOffer => ({ cityId, ...d, basis: 'DECLARED', partnershipIds: [] });

const writeDeclarations = async (tx: StatementRunner, cityId: string, offers: DeclaredOffer[]) => {
  const [result] = await tx.run<{ written: number }>('set-cooperation-offers', { id: cityId, offers: serialiseDeclaredOffers(offers) });
  if (result?.written !== 1) throw new Error(`set-cooperation-offers wrote ${result?.written ?? 0} cities, not ${cityId}`);
};

export function declareCooperationOffer(store: GraphStore, raw: OfferInput): Promise<CityOffer> {
  const problems = new Problems('declareCooperationOffer');
  const parsed = problems.parse(input, raw, 'input');
  return store.transaction(async (tx) => {
    const nodes = await readNodes(tx, [raw.cityId]);
    const city = expectNode(problems, nodes, 'input.cityId', raw.cityId, ['CITY']);
    problems.check();
    const { cityId, direction, theme, note, sources } = parsed!;
    const given: DeclaredSource[] = sources?.length
      ? sources.map((s) => ({ document: s.document, locator: s.locator ?? null, quote: s.quote ?? null }))
      : [{ document: API_DOCUMENT, locator: `declareCooperationOffer ${new Date().toISOString()}`, quote: null }];
    const declarations = declare(declarationsOf(city!), { direction, theme, note: note ?? null, sources: given });
    await writeDeclarations(tx, cityId, declarations);
    return asOffer(cityId, declarations.at(-1)!);
  });
}

export function withdrawCooperationOffer(store: GraphStore, cityId: string, direction: OfferDirection, theme: Theme): Promise<CityOffer> {
  return store.transaction(async (tx) => {
    const city = await requireNode(tx, cityId, 'CITY', 'cityId');
    const declarations = declarationsOf(city);
    const withdrawn = declarations.find((d) => sameDeclaration(d, { direction, theme }));
    if (!withdrawn) {
      const what = direction === 'SEEKS' ? 'seeks' : 'offers';
      throw userError(
        `withdrawCooperationOffer refused, nothing was written: theme ${theme} is not among what ${city.label} (${cityId}) has declared it ${what}` +
          ` (${declarations.filter((d) => d.direction === direction).map((d) => d.theme).join(', ') || 'nothing'}); what it ${what} by its roles in partnerships cannot be withdrawn`,
        'theme',
      );
    }
    await writeDeclarations(tx, cityId, declarations.filter((d) => d !== withdrawn));
    return asOffer(cityId, withdrawn);
  });
}
