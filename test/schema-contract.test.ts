// The served schema covers the contract (shared/contract/schema.graphql):
// every type, field, argument and enum value it names, with compatible types;
// and everything served is described.
import { readFileSync } from 'node:fs';
import {
  buildSchema,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
  isUnionType,
  type GraphQLArgument,
  type GraphQLNamedType,
  type GraphQLSchema,
} from 'graphql';
import { describe, expect, it } from 'vitest';
import { typeDefs } from '../server/graphql/schema.ts';
import { SHARED_DIR } from './support/shared.ts';

// Built here from the served SDL, with this module's graphql (the executable
// schema may come from graphql's CommonJS build).
const served = buildSchema(typeDefs.join('\n'));
const ANALYTICS = ['clusters', 'triangles', 'isolatedCities', 'supportGaps', 'matches', 'coverage'];
const contractFile = `${SHARED_DIR}/contract/schema.graphql`;
const contract: GraphQLSchema | null = (() => {
  try {
    return buildSchema(readFileSync(contractFile, 'utf8'));
  } catch {
    return null;
  }
})();

const ownTypes = (schema: GraphQLSchema) => Object.values(schema.getTypeMap()).filter((t) => !t.name.startsWith('__') && !['String', 'Int', 'Float', 'Boolean', 'ID'].includes(t.name));

function fieldsOf(type: GraphQLNamedType) {
  return isObjectType(type) || isInterfaceType(type) || isInputObjectType(type) ? Object.values(type.getFields()) : [];
}

describe('the served schema', () => {
  it('describes every type, field, argument and input field', () => {
    const missing: string[] = [];
    for (const type of ownTypes(served)) {
      if (!type.description) missing.push(type.name);
      for (const field of fieldsOf(type)) {
        if (!field.description) missing.push(`${type.name}.${field.name}`);
        for (const arg of 'args' in field ? field.args : []) if (!arg.description) missing.push(`${type.name}.${field.name}(${arg.name})`);
      }
    }
    expect(missing).toEqual([]);
  });

  it.skipIf(!contract)('serves every type, field, argument and enum value of the contract (analytics aside)', () => {
    const missing: string[] = [];
    for (const type of ownTypes(contract!)) {
      const mine = served.getType(type.name);
      if (!mine) {
        if (!['SupportGap', 'Cluster', 'ClusterReport', 'TriangleKind', 'Triangle', 'PartnerMatch', 'CoverageCell', 'GapGrouping'].includes(type.name)) missing.push(type.name);
        continue;
      }
      if (isEnumType(type) && isEnumType(mine)) {
        for (const value of type.getValues()) if (!mine.getValue(value.name)) missing.push(`${type.name}.${value.name}`);
      }
      if (isUnionType(type) && isUnionType(mine)) {
        expect(mine.getTypes().map((t) => t.name).sort(), type.name).toEqual(type.getTypes().map((t) => t.name).sort());
      }
      const myFields = Object.fromEntries(fieldsOf(mine).map((f) => [f.name, f]));
      for (const field of fieldsOf(type)) {
        if (type.name === 'Query' && ANALYTICS.includes(field.name)) continue;
        const my = myFields[field.name];
        if (!my) {
          missing.push(`${type.name}.${field.name}`);
          continue;
        }
        expect(String(my.type), `${type.name}.${field.name}`).toBe(String(field.type));
        for (const arg of 'args' in field ? field.args : []) {
          const myArg = 'args' in my ? my.args.find((a: GraphQLArgument) => a.name === arg.name) : undefined;
          if (!myArg) missing.push(`${type.name}.${field.name}(${arg.name})`);
          else expect([String(myArg.type), myArg.defaultValue], `${type.name}.${field.name}(${arg.name})`).toEqual([String(arg.type), arg.defaultValue]);
        }
      }
    }
    expect(missing).toEqual([]);
  });
});
