// Whether this run has the neo4j project (vitest.config.ts): with NEO4J_URI
// set, or where a local Neo4j can start (Java, and Maven or Neo4j fetched).
// Elsewhere its suites are left out with one line saying why, except under
// CI=true, where a Neo4j that cannot run fails the run.
import { checkPrerequisites, Neo4jLocalError } from '../../server/neo4j-local/launcher.ts';

export function neo4jCanRun(env: NodeJS.ProcessEnv = process.env): boolean {
  if (env.NEO4J_URI) return true;
  try {
    checkPrerequisites();
    return true;
  } catch (error) {
    if (!(error instanceof Neo4jLocalError)) throw error;
    if (env.CI === 'true') throw new Error(`CI=true, and the Neo4j suites cannot run: ${error.message}`);
    console.log(`Neo4j suites skipped: ${error.message}`);
    return false;
  }
}
