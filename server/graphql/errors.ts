// Errors a user can act on, each with its extensions.code.
import { GraphQLError } from 'graphql';

export function userError(message: string, field?: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', ...(field ? { field } : {}) } });
}

