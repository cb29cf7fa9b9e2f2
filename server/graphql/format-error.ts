// What clients see of an error. Every error carries one of five codes
// (BAD_USER_INPUT, NOT_FOUND, UNAUTHENTICATED, FORBIDDEN,
// INTERNAL_SERVER_ERROR): a request the server cannot parse or validate is the
// client's to fix, so it is BAD_USER_INPUT (the GraphQL-level reason stays in
// `extensions.reason`). A database that does not answer is said so, with the
// reason STORE_UNAVAILABLE (and 503: http/store-unavailable.ts). Anything
// unexpected is logged in full here and answered with a generic message;
// stack traces and internal messages only leave the server in development mode.
import { unwrapResolverError } from '@apollo/server/errors';
import type { GraphQLFormattedError } from 'graphql';
import { isStoreUnavailable, RETRY_AFTER_S } from '../http/store-unavailable.ts';

export const ERROR_CODES = ['BAD_USER_INPUT', 'NOT_FOUND', 'UNAUTHENTICATED', 'FORBIDDEN', 'INTERNAL_SERVER_ERROR'] as const;

/** Apollo's codes for requests that never reached a resolver because the client sent something wrong. */
const REQUEST_ERROR_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
]);

const logToConsole = (error: unknown) => console.error('Internal error while answering a GraphQL request:', error);

export function createErrorFormatter(development: boolean, log: (error: unknown) => void = logToConsole) {
  return function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
    const code = formatted.extensions?.code as string | undefined;
    if (code && (ERROR_CODES as readonly string[]).includes(code) && code !== 'INTERNAL_SERVER_ERROR') return formatted;
    if (code && REQUEST_ERROR_CODES.has(code)) {
      return { ...formatted, extensions: { ...formatted.extensions, code: 'BAD_USER_INPUT', reason: code } };
    }
    log(unwrapResolverError(error));
    if (isStoreUnavailable(error)) {
      return {
        message:
          `The database does not answer just now (it may be restarting): try again in ${RETRY_AFTER_S} s. ` +
          'A mutation may still have been carried out in full if the database went away as it committed: check before sending it again.',
        locations: formatted.locations,
        path: formatted.path,
        extensions: { code: 'INTERNAL_SERVER_ERROR', reason: 'STORE_UNAVAILABLE' },
      };
    }
    if (development) return { ...formatted, extensions: { ...formatted.extensions, code: 'INTERNAL_SERVER_ERROR' } };
    return {
      message: 'Internal server error: the request could not be completed. It has been logged; please try again or report it.',
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    };
  };
}
