// Values cross the Bolt boundary as plain JS: the driver gives integers as JS
// numbers already (disableLosslessIntegers in neo4j.ts: every integer the graph
// holds, a year, a count or a population, is far below 2^53), nodes and
// relationships become their property maps, temporals strings, a missing
// value null.
import neo4j from 'neo4j-driver';

const needsConversion = (value: unknown) => value === undefined || (value !== null && typeof value === 'object');

/**
 * The driver's records are fresh objects and arrays, so plain ones are converted where they are, not copied: the
 * projection's read holds hundreds of thousands of rows at scale (as the embedded engine's toPlain does).
 */
export function fromNeo4j(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (typeof value !== 'object') return value;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) if (needsConversion(value[i])) value[i] = fromNeo4j(value[i]);
    return value;
  }
  if (neo4j.isNode(value as never) || neo4j.isRelationship(value as never)) {
    return fromNeo4j((value as { properties: object }).properties);
  }
  if (neo4j.isPath(value as never)) {
    const path = value as { segments: { start: unknown; relationship: unknown; end: unknown }[] };
    return path.segments.map((s) => ({ start: fromNeo4j(s.start), relationship: fromNeo4j(s.relationship), end: fromNeo4j(s.end) }));
  }
  if (neo4j.isDate(value as never) || neo4j.isDateTime(value as never) || neo4j.isLocalDateTime(value as never)) {
    return String(value);
  }
  const object = value as Record<string, unknown>;
  for (const key in object) if (needsConversion(object[key])) object[key] = fromNeo4j(object[key]);
  return object;
}

/**
 * JS numbers go over Bolt as floats, which Neo4j refuses for LIMIT, SKIP and
 * range bounds: whole numbers are sent as Neo4j integers.
 */
export function toNeo4j(value: unknown): unknown {
  if (typeof value === 'number' && Number.isInteger(value)) return neo4j.int(value);
  if (Array.isArray(value)) return value.map(toNeo4j);
  if (value !== null && typeof value === 'object' && value.constructor === Object) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toNeo4j(v)]));
  }
  return value;
}
