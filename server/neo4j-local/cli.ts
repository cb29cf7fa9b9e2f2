// npm run neo4j [-- --port N] [--dir DIR] [--heap SIZE] [--page-cache SIZE] [--gds]:
// a local Neo4j in the foreground, for development and tests (docs/operating.md,
// "Running on Neo4j"), with Graph Data Science as a plugin if asked. Prints
// NEO4J_URI=bolt://127.0.0.1:N once it accepts Bolt connections; Ctrl-C or
// SIGTERM shuts it down cleanly.
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { DEFAULT_PAGE_CACHE, Neo4jLocalError, SIZE, startLocalNeo4j } from './launcher.ts';

/** A mistake in the command line: answered with the usage too. */
class UsageError extends Neo4jLocalError {}

const USAGE = [
  'usage: npm run neo4j [-- --port N] [--dir DIR] [--heap SIZE] [--page-cache SIZE] [--gds]',
  '  --port N           Bolt port (default 7687)',
  '  --dir DIR          the database directory, kept between runs (default data/neo4j)',
  "  --heap SIZE        the JVM's heap, such as 2g (default 1g)",
  `  --page-cache SIZE  Neo4j's page cache, such as 2g (default ${DEFAULT_PAGE_CACHE})`,
  '  --gds              load Neo4j Graph Data Science Community as a plugin: the API then runs Louvain and',
  '                     connected components in the database (docs/operating.md, "Graph Data Science")',
  '  NEO4J_USERNAME, NEO4J_PASSWORD: the credentials (default neo4j / c2c-graph-dev)',
].join('\n');

function options() {
  const { values } = parseArgs({
    options: {
      port: { type: 'string', default: '7687' },
      dir: { type: 'string', default: 'data/neo4j' },
      heap: { type: 'string', default: '1g' },
      'page-cache': { type: 'string', default: DEFAULT_PAGE_CACHE },
      gds: { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 1 || port > 65535) throw new UsageError(`--port must be a port number from 1 to 65535, not "${values.port}"`);
  if (!SIZE.test(values.heap)) throw new UsageError(`--heap must be a size such as 512m or 2g, not "${values.heap}"`);
  const pageCache = values['page-cache'];
  if (!SIZE.test(pageCache)) throw new UsageError(`--page-cache must be a size such as 512m or 2g, not "${pageCache}"`);
  return { port, dir: resolve(values.dir), heap: values.heap, pageCache, gds: values.gds };
}

try {
  const neo4j = await startLocalNeo4j({ ...options(), username: process.env.NEO4J_USERNAME, password: process.env.NEO4J_PASSWORD });
  console.log(`NEO4J_URI=${neo4j.uri}`);
  let stopping = false;
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      stopping = true;
      void neo4j.stop();
    });
  }
  const code = await neo4j.exited;
  // The JVM exits with 128 + the signal's number after a clean shutdown we asked for.
  process.exitCode = stopping ? 0 : (code ?? 1);
} catch (error) {
  const usage = error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS');
  if (!usage && !(error instanceof Neo4jLocalError)) throw error;
  console.error(`neo4j: ${(error as Error).message}`);
  if (usage) console.error(USAGE);
  process.exitCode = 1;
}
