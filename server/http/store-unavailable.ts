// A request that failed because the database did not answer is answered with
// 503 and Retry-After, so that clients and load balancers know to try again
// (the error itself says so: graphql/format-error.ts).
import type { ApolloServerPlugin } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import { StoreUnavailableError } from '../store/store.ts';

/** Seconds a client had better wait: the Neo4j driver gives up on a database after 5 s of retries. */
export const RETRY_AFTER_S = 5;

export const isStoreUnavailable = (error: unknown) => unwrapResolverError(error) instanceof StoreUnavailableError;

export function storeUnavailableStatus<T extends object>(): ApolloServerPlugin<T> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ errors, response }) {
          if (!errors?.some(isStoreUnavailable)) return;
          response.http.status = 503;
          response.http.headers.set('retry-after', String(RETRY_AFTER_S));
        },
      };
    },
  };
}
