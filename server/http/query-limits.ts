// Limits on what one GraphQL operation may ask for, enforced before anything
// runs: nesting depth, estimated cost and aliases by graphql-armor, tokens by
// graphql-js's own parser (docs/api.md, "Limits"). Armor's token plugin is not used:
// it parses in a plugin hook, where a plain syntax error becomes a 500. The defaults leave room above the deepest and costliest
// operations the client and the tests send (CitiesDeep: depth 8; the client's
// overview, 1,000 partnerships with their participants: cost about 68,000).
import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, type ParseOptions, type ValidationContext, type ValidationRule } from 'graphql';
import type { QueryLimits } from '../config.ts';

/** What to do about each limit, for the refusal's message. */
const ADVICE = {
  depth: 'ask for fewer nested levels, and follow ids in a second query',
  cost: 'ask for fewer fields or smaller pages (first), or split the query',
  aliases: 'ask for fewer aliased fields in one operation, or send several requests',
};

/** Armor's own message says "Syntax Error"; ours says which limit, by how much, and what to do. */
function refusal(limit: keyof typeof ADVICE, max: number) {
  return (context: ValidationContext | null, error: GraphQLError) => {
    const found = /found (\d+(?:\.\d+)?)/.exec(error.message)?.[1];
    context?.reportError(
      new GraphQLError(`The operation goes beyond the server's ${limit} limit of ${max}${found ? ` (it has ${Math.ceil(Number(found))})` : ''}: ${ADVICE[limit]}.`, {
        extensions: { code: 'BAD_USER_INPUT', limit },
      }),
    );
  };
}

export interface QueryProtection {
  plugins: ApolloServerPlugin[];
  validationRules: ValidationRule[];
  parseOptions: ParseOptions;
}

/**
 * The armor for Apollo Server. Field suggestions ("Did you mean ...?") are
 * hidden only when introspection is off: otherwise the schema is public anyway
 * and the suggestions help.
 */
export function queryProtection(limits: QueryLimits, introspection: boolean): QueryProtection {
  const { plugins, validationRules } = new ApolloArmor({
    maxDepth: { n: limits.depth, flattenFragments: true, propagateOnRejection: false, onReject: [refusal('depth', limits.depth)] },
    costLimit: { maxCost: limits.cost, flattenFragments: true, propagateOnRejection: false, onReject: [refusal('cost', limits.cost)] },
    maxAliases: { n: limits.aliases, propagateOnRejection: false, onReject: [refusal('aliases', limits.aliases)] },
    maxTokens: { enabled: false },
    blockFieldSuggestion: { enabled: !introspection },
  }).protect();
  return { plugins: plugins as ApolloServerPlugin[], validationRules, parseOptions: { maxTokens: limits.tokens } };
}
