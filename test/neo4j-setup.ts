// The Neo4j the neo4j project's suites share: the server NEO4J_URI names, or
// else a local Neo4j (npm run neo4j's launcher) started once for the run in a
// directory of its own and stopped, and its directory removed, at the end.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { startLocalNeo4j } from '../server/neo4j-local/launcher.ts';
import { readConfig } from '../server/config.ts';
import { freePort } from './support/free-port.ts';

/** The first run lists each of the 850 files Maven fetches: the test log keeps every 100th, and every other line. */
const quieter = (log: (line: string) => void) => (line: string) => {
  const file = /^\s+\[(\d+)\]/.exec(line);
  if (!file || Number(file[1]) % 100 === 0) log(line);
};

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const configured = readConfig().neo4j;
  if (configured) {
    console.log(`Neo4j suites: on ${configured.uri} (NEO4J_URI; they empty its database)`);
    project.provide('neo4j', configured);
    return async () => {};
  }
  const dir = mkdtempSync(join(tmpdir(), 'c2c-neo4j-tests-'));
  const started = Date.now();
  const neo4j = await startLocalNeo4j({ port: await freePort(), dir, heap: '2g', log: quieter((line) => console.log(`[neo4j] ${line}`)) });
  console.log(`Neo4j suites: a local Neo4j on ${neo4j.uri}, started in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  project.provide('neo4j', { uri: neo4j.uri, username: neo4j.username, password: neo4j.password });
  return async () => {
    await neo4j.stop();
    rmSync(dir, { recursive: true, force: true });
  };
}
