// Errors a user can act on, each with its extensions.code and, where the
// problem is in one argument or input field, its path in `field`.
import { GraphQLError } from 'graphql';

export function userError(message: string, field?: string, extensions: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', ...(field ? { field } : {}), ...extensions } });
}

export function notFound(message: string, field?: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'NOT_FOUND', ...(field ? { field } : {}) } });
}

/** An integer argument within bounds, or a user error naming it. */
export function checkRange(value: number, min: number, max: number, field: string): number {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw userError(`${field} must be a whole number from ${min} to ${max}, not ${value}`, field);
  }
  return value;
}
