// The load summary printed by `npm run seed`, `npm run import` and the first `npm start`.
import type { GraphStore } from '../store/store.ts';
import type { SeedResult } from './seed-curated.ts';

/** Each list names this many at most: an import of thousands of cities would otherwise print them all. */
const LISTED = 100;

function listed<T>(items: T[], line: (item: T) => string): string[] {
  const lines = items.slice(0, LISTED).map(line);
  if (items.length > LISTED) lines.push(`    ... and ${items.length - LISTED} more`);
  return lines;
}

function formatSeedReport(title: string, result: SeedResult, stats: Record<string, number>, countsLabel: string): string {
  const { matched, unmatched, placed } = result.geocoding;
  const ambiguous = matched.filter((m) => m.candidates > 1);
  const lines = [
    title,
    `  ${countsLabel}: ${Object.entries(result.written).map(([k, v]) => `${k} ${v}`).join(', ')}`,
    `  in the store: ${Object.entries(stats).map(([k, v]) => `${k} ${v}`).join(', ')}`,
  ];
  if (result.documents?.length) lines.push('  per source document (what it holds, what it leaves out and why):', ...result.documents);
  const looked = matched.length + unmatched.length;
  if (looked || !placed) lines.push(`  geocoded from GeoNames: ${matched.length} of ${looked} cities`);
  if (placed) lines.push(`  placed as the file gives them (not looked up in GeoNames): ${placed} cities`);
  if (ambiguous.length) {
    lines.push(`  ${ambiguous.length} matched a name shared by several places; the most populous was taken:`);
    lines.push(...listed(ambiguous, (m) => `    ${m.id} "${m.name}" -> ${m.geoName} (${m.candidates} places)`));
  }
  if (unmatched.length) {
    lines.push(`  ${unmatched.length} cities could not be geocoded (population and location stay unknown):`);
    lines.push(...listed(unmatched, (u) => `    ${u.id} "${u.name}" (${u.country})${u.reason ? `: ${u.reason}` : ''}`));
  }
  return lines.join('\n');
}

/** The summary of a load, with the counts the store now holds; `countsLabel` says what `result.written` counts. */
export async function seedReport(store: GraphStore, title: string, result: SeedResult, countsLabel = 'written'): Promise<string> {
  const [stats] = await store.run<Record<string, number>>('stats');
  return formatSeedReport(title, result, stats ?? {}, countsLabel);
}
