// Every statement in cypher/ must pass Neo4j's own Cypher front end against the
// project's graph model: a statement Neo4j would reject, or warns about
// (deprecated syntax, an unknown label, property or parameter), fails.
import { describe, expect, it } from 'vitest';
import { lintCypherQuery, type DbSchema } from '@neo4j-cypher/language-support';
import { loadStatements } from '../server/store/statements.ts';
import { LABELS, PARAMETER_ROW_KEYS, PROPERTY_KEYS, RELATIONSHIP_PATHS, RELATIONSHIP_TYPES } from '../server/store/graph-model.ts';

const statements = [...loadStatements().values()];

function lint(text: string, params: string[]) {
  const schema: DbSchema = {
    labels: [...LABELS],
    relationshipTypes: [...RELATIONSHIP_TYPES],
    propertyKeys: [...PROPERTY_KEYS, ...PARAMETER_ROW_KEYS],
    graphSchema: RELATIONSHIP_PATHS,
    parameters: Object.fromEntries(params.map((p) => [p, null])),
  };
  return lintCypherQuery(text, schema).diagnostics.map((d) => `line ${d.range.start.line + 1}: ${d.message}`);
}

describe('Cypher lint (Neo4j language support)', () => {
  it('finds the statements', () => {
    expect(statements.length).toBeGreaterThan(10);
  });

  it.each(statements.map((s) => [s.name, s] as const))('%s passes with no error or warning', (_name, statement) => {
    expect(lint(statement.text, statement.params)).toEqual([]);
  });

  it('can fail: it reports an unknown label, a deprecated function and an undeclared parameter', () => {
    const problems = lint('MATCH (c:Town {id: $cityId}) RETURN id(c)', []);
    expect(problems.join('\n')).toMatch(/Label Town is not present/);
    expect(problems.join('\n')).toMatch(/deprecated function/);
    expect(problems.join('\n')).toMatch(/Parameter \$cityId is not defined/);
  });
});
