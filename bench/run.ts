// npm run bench [-- --json] [-- --only a,b]: every benchmark section in one
// run, so that ratios between figures hold on a noisy machine; the one command
// line of the benchmark (each section's sizes and durations are options here). Each section
// prints its table as it finishes; with --json the last line is one JSON
// object with every figure, keyed by section, so that runs can be compared.
import { parseArgs } from 'node:util';
import { clientRender, printClientRender } from './client-render.ts';
import { curatedApi, printCuratedApi } from './curated-api.ts';
import { graphqlOverhead, printGraphqlOverhead } from './graphql-overhead.ts';
import { httpLoad, printHttpLoad } from './http-load.ts';
import { loadRate, printLoadRate } from './load-rate.ts';
import { mixedLoad, printMixedLoad } from './mixed-load.ts';
import { printTwinCities, twinCitiesBench } from './twin-cities.ts';

const { values } = parseArgs({
  options: {
    json: { type: 'boolean', default: false },
    only: { type: 'string' },
    // Each curated read's run, one request at a time.
    'curated-seconds': { type: 'string', default: '3' },
    // Synthetic data set sizes loaded (comma-separated city counts), and those the analyses are timed at.
    'load-sizes': { type: 'string', default: '1000,10000,100000' },
    'analyses-at': { type: 'string', default: '10000,100000' },
    seed: { type: 'string', default: '42' },
    // The twin-cities file (default: ../shared/data/twin-cities/twin_cities.csv).
    'twin-file': { type: 'string' },
    // Synthetic sizes the HTTP reads are loaded at, and each read's run under autocannon.
    'http-sizes': { type: 'string', default: '1000,10000,100000' },
    'http-seconds': { type: 'string', default: '10' },
    'http-connections': { type: 'string', default: '10' },
    // The mixed read/write run of issue 8.
    'mixed-seconds': { type: 'string', default: '60' },
    'mixed-connections': { type: 'string', default: '100' },
    // Graph sizes (actors) drawn in headless Chromium.
    'client-sizes': { type: 'string', default: '1000,5000,20000' },
    // Input events per pan and per zoom gesture.
    'client-steps': { type: 'string', default: '60' },
  },
});

const sizes = (list: string) => list.split(',').map(Number);

interface Section {
  /** What --only names it by. */
  name: string;
  run: () => Promise<unknown>;
  print: (figures: never) => string[];
}

const SECTIONS: Section[] = [
  { name: 'curated', run: () => curatedApi({ seconds: Number(values['curated-seconds']) }), print: printCuratedApi },
  {
    name: 'load',
    run: () => loadRate({ sizes: sizes(values['load-sizes']!), analysesAt: sizes(values['analyses-at']!), seed: Number(values.seed) }),
    print: printLoadRate,
  },
  { name: 'twin-cities', run: () => twinCitiesBench({ file: values['twin-file'] }), print: printTwinCities },
  {
    name: 'http',
    run: () => httpLoad({ sizes: sizes(values['http-sizes']!), seconds: Number(values['http-seconds']), connections: Number(values['http-connections']) }),
    print: printHttpLoad,
  },
  {
    name: 'overhead',
    run: () => graphqlOverhead({ sizes: sizes(values['http-sizes']!), seconds: Number(values['http-seconds']), connections: 1 }),
    print: printGraphqlOverhead,
  },
  {
    name: 'mixed',
    run: () => mixedLoad({ seconds: Number(values['mixed-seconds']), connections: Number(values['mixed-connections']) }),
    print: printMixedLoad,
  },
  { name: 'client', run: () => clientRender({ sizes: sizes(values['client-sizes']!), steps: Number(values['client-steps']) }), print: printClientRender },
];

async function main(): Promise<void> {
  const only = values.only?.split(',').map((s) => s.trim());
  const unknown = only?.filter((name) => !SECTIONS.some((s) => s.name === name)) ?? [];
  if (unknown.length) throw new Error(`--only names unknown sections: ${unknown.join(', ')}; the sections are ${SECTIONS.map((s) => s.name).join(', ')}`);
  const figures: Record<string, unknown> = {};
  for (const section of SECTIONS.filter((s) => !only || only.includes(s.name))) {
    const result = await section.run();
    figures[section.name] = result;
    console.log(['', ...section.print(result as never)].join('\n'));
  }
  if (values.json) console.log(JSON.stringify(figures));
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
