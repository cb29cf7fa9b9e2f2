// Values cross the Bolt boundary as plain JS: Neo4j integers become numbers,
// nodes and relationships become their property maps, temporals strings.
import neo4j from 'neo4j-driver';

export function fromNeo4j(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (neo4j.isInt(value)) {
    const int = value as ReturnType<typeof neo4j.int>;
    return int.inSafeRange() ? int.toNumber() : int.toBigInt();
  }
  if (Array.isArray(value)) return value.map(fromNeo4j);
  if (typeof value !== 'object') return value;
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
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, fromNeo4j(v)]));
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
