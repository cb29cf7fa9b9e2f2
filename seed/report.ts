// The seed summary printed by `npm run seed` and by the first `npm start`.
import type { SeedResult } from './seed-curated.ts';

export function formatSeedReport(result: SeedResult, stats: Record<string, number>): string {
  const { matched, unmatched } = result.geocoding;
  const ambiguous = matched.filter((m) => m.candidates > 1);
  const lines = [
    'Curated data set loaded.',
    `  written: ${Object.entries(result.written).map(([k, v]) => `${k} ${v}`).join(', ')}`,
    `  in the store: ${Object.entries(stats).map(([k, v]) => `${k} ${v}`).join(', ')}`,
    `  geocoded from GeoNames: ${matched.length} of ${matched.length + unmatched.length} cities`,
  ];
  if (ambiguous.length) {
    lines.push(`  ${ambiguous.length} matched a name shared by several places; the most populous was taken:`);
    for (const m of ambiguous) lines.push(`    ${m.id} "${m.name}" -> ${m.geoName} (${m.candidates} places)`);
  }
  if (unmatched.length) {
    lines.push(`  ${unmatched.length} cities could not be geocoded (population and location stay unknown):`);
    for (const u of unmatched) lines.push(`    ${u.id} "${u.name}" (${u.country})`);
  }
  return lines.join('\n');
}
