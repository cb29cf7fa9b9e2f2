// For the suites that start a Neo4j of their own (test/neo4j/faults, gds-clusters):
// why none can start here, where NEO4J_URI names the suites' Neo4j and no Java
// (or no Maven and nothing fetched yet) is present; null where one can.
import { checkPrerequisites } from '../../server/neo4j-local/launcher.ts';

export function whyNoOwnNeo4j(): string | null {
  try {
    checkPrerequisites();
    return null;
  } catch (error) {
    return (error as Error).message;
  }
}
