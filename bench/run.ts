// npm run bench [-- --json] [-- --only a,b] [-- --engine embedded|neo4j]:
// every benchmark section in one run, so that ratios between figures hold on a
// noisy machine; the one command line of the benchmark (each section's sizes
// and durations are options here). Each section prints its table as it
// finishes; with --json the last line is one JSON object with every figure,
// keyed by section (and the --engine under `engine`), so that runs can be
// compared. --engine picks the store of the sections that have one
// (bench-engine.ts); `engines` runs its work on both. A Neo4j the run starts
// for itself is stopped before the JSON line.
import { parseArgs } from 'node:util';
import { DEFAULT_PAGE_CACHE } from '../server/neo4j-local/launcher.ts';
import { benchEngineOption } from './bench-engine.ts';
import { DEFAULT_NEO4J_HEAP, neo4jUnavailable, setNeo4jHeap, setNeo4jPageCache, stopBenchNeo4j } from './bench-neo4j.ts';
import { clientMap, printClientMap } from './client-map.ts';
import { clientOverview, printClientOverview, type OverviewSet } from './client-overview.ts';
import { clientRender, printClientRender } from './client-render.ts';
import { curatedApi, printCuratedApi } from './curated-api.ts';
import { engineComparison, printEngineComparison } from './engine-comparison.ts';
import { gdsClusters, printGdsClusters } from './gds-clusters.ts';
import { graphqlOverhead, printGraphqlOverhead } from './graphql-overhead.ts';
import { httpLoad, printHttpLoad } from './http-load.ts';
import { loadRate, printLoadRate } from './load-rate.ts';
import { mixedLoad, printMixedLoad } from './mixed-load.ts';
import { printTwinCities, twinCitiesBench } from './twin-cities.ts';

const { values } = parseArgs({
  options: {
    json: { type: 'boolean', default: false },
    only: { type: 'string' },
    // The store of the sections that have one; NEO4J_URI names the Neo4j, or the run starts a local one with this heap.
    engine: { type: 'string', default: 'embedded' },
    'neo4j-heap': { type: 'string', default: DEFAULT_NEO4J_HEAP },
    'neo4j-page-cache': { type: 'string', default: DEFAULT_PAGE_CACHE },
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
    // Synthetic sizes the gds section compares clusters at, in the server and in Graph Data Science.
    'gds-sizes': { type: 'string', default: '10000,100000' },
    // Graph sizes (actors) drawn in headless Chromium.
    'client-sizes': { type: 'string', default: '1000,5000,20000' },
    // Input events per pan and per zoom gesture.
    'client-steps': { type: 'string', default: '60' },
    // The map on the twin-cities file and on synthetic sets of these many cities; and another client build to measure beside this one (a directory of `vite build` output).
    'map-synthetic': { type: 'string', default: '100000' },
    'map-client-dist': { type: 'string' },
    // The data sets the overview is measured on (twin-cities: twin-file on the curated data; synthetic: that many cities).
    'client-overview-sets': { type: 'string', default: 'twin-cities,synthetic' },
    'client-overview-cities': { type: 'string', default: '100000' },
    // Another client build (a directory of `vite build` output) whose overview is measured beside this one's, on the same servers.
    'client-dist': { type: 'string' },
  },
});

const sizes = (list: string) => list.split(',').filter(Boolean).map(Number);
const engine = benchEngineOption(values.engine!);
setNeo4jHeap(values['neo4j-heap']!);
setNeo4jPageCache(values['neo4j-page-cache']!);
const httpShape = { seconds: Number(values['http-seconds']), connections: Number(values['http-connections']) };

interface Section {
  /** What --only names it by. */
  name: string;
  run: () => Promise<unknown>;
  print: (figures: never) => string[];
  /**
   * Works on Neo4j whatever --engine says: in a whole run (no --only) where no Neo4j can be had, the section is left
   * out with a line saying why, so that the run still works without Java; named in --only, it fails instead.
   */
  needsNeo4j?: boolean;
}

const SECTIONS: Section[] = [
  { name: 'curated', run: () => curatedApi({ seconds: Number(values['curated-seconds']), engine }), print: printCuratedApi },
  {
    name: 'load',
    run: () => loadRate({ sizes: sizes(values['load-sizes']!), analysesAt: sizes(values['analyses-at']!), seed: Number(values.seed), engine }),
    print: printLoadRate,
  },
  { name: 'twin-cities', run: () => twinCitiesBench({ file: values['twin-file'], engine }), print: printTwinCities },
  { name: 'http', run: () => httpLoad({ sizes: sizes(values['http-sizes']!), ...httpShape, engine }), print: printHttpLoad },
  { name: 'overhead', run: () => graphqlOverhead({ sizes: sizes(values['http-sizes']!), ...httpShape, connections: 1, engine }), print: printGraphqlOverhead },
  {
    name: 'mixed',
    run: () => mixedLoad({ seconds: Number(values['mixed-seconds']), connections: Number(values['mixed-connections']), engine }),
    print: printMixedLoad,
  },
  // Embedded whatever --engine says: its server comes from the tests' support (test/support/synthetic-server.ts),
  // whose Neo4j is the one vitest provides; the figures are the browser's drawing, over the same answers on both engines.
  {
    name: 'client',
    run: async () => ({
      render: await clientRender({ sizes: sizes(values['client-sizes']!), steps: Number(values['client-steps']) }),
      overview: await clientOverview({
        sets: values['client-overview-sets']!.split(',').filter(Boolean) as OverviewSet[],
        syntheticCities: Number(values['client-overview-cities']),
        steps: Number(values['client-steps']),
        twinFile: values['twin-file'],
        clientDist: values['client-dist'],
      }),
    }),
    print: (f: { render: Parameters<typeof printClientRender>[0]; overview: Parameters<typeof printClientOverview>[0] }) => [
      ...printClientRender(f.render),
      '',
      ...printClientOverview(f.overview),
      ...(engine === 'neo4j' ? ['  (served by the embedded engine: the client section does not run on Neo4j)'] : []),
    ],
  },
  // Embedded, as the client section.
  {
    name: 'map',
    run: () => clientMap({ syntheticCities: sizes(values['map-synthetic']!), steps: Number(values['client-steps']), clientDist: values['map-client-dist'] }),
    print: printClientMap,
  },
  {
    name: 'engines',
    run: () =>
      engineComparison({
        loadSizes: sizes(values['load-sizes']!),
        analysesAt: sizes(values['analyses-at']!),
        seed: Number(values.seed),
        httpSizes: sizes(values['http-sizes']!),
        ...httpShape,
      }),
    print: printEngineComparison,
    needsNeo4j: true,
  },
  { name: 'gds', run: () => gdsClusters({ sizes: sizes(values['gds-sizes']!), seed: Number(values.seed) }), print: printGdsClusters, needsNeo4j: true },
];

async function main(): Promise<void> {
  const only = values.only?.split(',').map((s) => s.trim());
  const unknown = only?.filter((name) => !SECTIONS.some((s) => s.name === name)) ?? [];
  if (unknown.length) throw new Error(`--only names unknown sections: ${unknown.join(', ')}; the sections are ${SECTIONS.map((s) => s.name).join(', ')}`);
  const figures: Record<string, unknown> = { engine };
  try {
    for (const section of SECTIONS.filter((s) => !only || only.includes(s.name))) {
      const unavailable = !only && section.needsNeo4j ? neo4jUnavailable() : null;
      if (unavailable) {
        figures[section.name] = { skipped: unavailable };
        console.log(`\n${section.name}: left out, no Neo4j to run it on: ${unavailable}`);
        continue;
      }
      const result = await section.run();
      figures[section.name] = result;
      console.log(['', ...section.print(result as never)].join('\n'));
    }
  } finally {
    await stopBenchNeo4j();
  }
  if (values.json) console.log(JSON.stringify(figures));
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
