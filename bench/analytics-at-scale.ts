// The analyses on a loaded store (a synthetic data set, or the twin cities):
// the projection is read once, then each analysis is timed cold, computed
// from that projection with nothing else cached (a fresh Analytics over the
// same projection: no analysis profits from the selection, actor graph or
// support another one built), and cached (asked again). The first answer
// after a write costs the projection read plus the cold time. The Forum's
// questions (overlaps, complements, funding opportunities, facets, the fair)
// are timed the same way.
import { performance } from 'node:perf_hooks';
import { Analytics } from '../server/analytics/analytics.ts';
import { ProjectionCache } from '../server/analytics/projection.ts';
import type { GraphStore } from '../server/store/store.ts';

export interface AnalysisFigures {
  projectionMs: number;
  /** The city matches are asked for, and the theme. */
  matchesFor: { cityId: string; theme: string };
  /** The donor funding opportunities are asked for (the first donor by id). */
  opportunitiesFor: string | null;
  /** Per analysis: the first (computed) and second (cached) call, in ms. */
  analyses: Record<string, { coldMs: number; cachedMs: number }>;
}

/** To 0.1 ms, and below 1 ms to three significant digits: a cached answer takes microseconds, which 0.1 ms would round to 0 on both engines. */
const round = (ms: number) => (ms >= 1 ? Math.round(ms * 10) / 10 : Number(ms.toPrecision(3)));

async function timed(run: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await run();
  return round(performance.now() - start);
}

const MATCH_THEME = 'WATER_SANITATION';
/** The API's default pages: overlaps, complements and the fair answer 50, funding opportunities 20 (forum.graphql). */
const FIRST_PAGE = 50;
const OPPORTUNITIES_PAGE = 20;

/** The city with the most partnerships in a data set: matches search farthest from it, so it is the one they are timed for. */
export function busiestCity(partnerships: { participants: { actor: string }[] }[]): string {
  const count = new Map<string, number>();
  for (const p of partnerships) for (const { actor } of p.participants) if (actor.startsWith('city:')) count.set(actor, (count.get(actor) ?? 0) + 1);
  return [...count].reduce((a, b) => (b[1] > a[1] ? b : a))[0];
}

/** Times each analysis on what `store` holds; matches are asked for `cityId` (a city with partnerships). */
export async function timeAnalyses(store: GraphStore, cityId: string): Promise<AnalysisFigures> {
  const projections = new ProjectionCache(store);
  const projectionMs = await timed(() => projections.get());
  const projection = await projections.get();
  const donorId = [...projection.donors].filter((id) => projection.actors.get(id)?.kind === 'DONOR').sort()[0] ?? null;
  const runs: Record<string, (analytics: Analytics) => Promise<unknown>> = {
    'clusters (Louvain)': (a) => a.clusters(null, 'LOUVAIN'),
    'clusters (components)': (a) => a.clusters(null, 'CONNECTED_COMPONENTS'),
    'triangles ANY': (a) => a.triangles('ANY', null),
    'triangles SOUTH_SOUTH_PLUS_ONE': (a) => a.triangles('SOUTH_SOUTH_PLUS_ONE', null),
    'isolatedCities': (a) => a.isolatedCities(null, 2),
    'supportGaps by region': (a) => a.supportGaps('REGION', null, 2),
    'supportGaps by country': (a) => a.supportGaps('COUNTRY', null, 2),
    'supportLevel (one city)': (a) => a.citySupport(cityId),
    'matches (one city, one theme)': (a) => a.matches(cityId, MATCH_THEME),
    'coverage': (a) => a.coverage(null),
    'graph, Africa': (a) => a.graph({ regions: ['AFRICA'] }),
    // The Forum's questions (forum.graphql, part 2).
    // What the API's first page reads too: shared cities and reasons are written only when read.
    'overlaps': async (a) => (await a.overlaps(null)).slice(0, FIRST_PAGE).map((o) => o.sharedCityIds),
    'complements': (a) => a.complements(null),
    ...(donorId
      ? {
          'fundingOpportunities (one donor)': async (a: Analytics) =>
            (await a.fundingOpportunities({ donorId, ...(await a.donorAgenda(donorId)) })).slice(0, OPPORTUNITIES_PAGE).map((o) => o.reasons),
        }
      : {}),
    'facetMatrix REGION × THEME': (a) => a.facetMatrix('REGION', 'THEME', null),
    'facetMatrix SUPPORT_MODALITY × DECADE': (a) => a.facetMatrix('SUPPORT_MODALITY', 'DECADE', null),
    'fair (every theme, first 50)': async (a) => (await a.fair(null, null, FIRST_PAGE)).map((p) => p.reasons),
    'seeks and offers (one city)': (a) => a.offersOfCity(cityId),
  };
  const analyses: AnalysisFigures['analyses'] = {};
  for (const [name, run] of Object.entries(runs)) {
    const analytics = new Analytics(store, projections);
    analyses[name] = { coldMs: await timed(() => run(analytics)), cachedMs: await timed(() => run(analytics)) };
  }
  return { projectionMs, matchesFor: { cityId, theme: MATCH_THEME }, opportunitiesFor: donorId, analyses };
}

/** The figures as lines, under a title. */
export function printAnalyses(title: string, figures: AnalysisFigures): string[] {
  return [
    title,
    `  projection read (once per data version): ${figures.projectionMs} ms`,
    ...Object.entries(figures.analyses).map(([name, t]) => `  ${name.padEnd(34)} ${String(t.coldMs).padStart(9)} ms cold, ${String(t.cachedMs).padStart(6)} ms cached`),
  ];
}
