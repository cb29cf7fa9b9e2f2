// One write of a city's seeks and offers (declare or withdraw): sent with the
// editor's token, then the city's lists read again and the answers that
// depend on declarations dropped (offers-query.ts). The API's refusal (no
// token, an expired one, a city the editor does not speak for, bad input)
// is kept word for word: it says what to change, and nothing was written.
import type { TypedDocumentNode } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { bearer } from '../../auth/write-token.ts';
import { CITY_OFFERS, forgetAnswersOffersChange } from './offers-query.ts';

export type WriteState = { status: 'idle' } | { status: 'busy' } | { status: 'done' } | { status: 'refused'; message: string };

export function useOfferWrite<Data, Variables extends Record<string, unknown>>(
  mutation: TypedDocumentNode<Data, Variables>,
  cityId: string,
): { state: WriteState; run: (token: string, variables: Variables) => Promise<boolean>; reset: () => void } {
  const [mutate] = useMutation(mutation, {
    refetchQueries: [{ query: CITY_OFFERS, variables: { id: cityId } }],
    awaitRefetchQueries: true,
    update: (cache) => forgetAnswersOffersChange(cache),
  });
  const [state, setState] = useState<WriteState>({ status: 'idle' });
  const run = async (token: string, variables: Variables) => {
    setState({ status: 'busy' });
    try {
      // Apollo's option types do not resolve for a document left generic; the variables are this document's own.
      await (mutate as (options: { variables: Variables; context: object }) => Promise<unknown>)({ variables, context: bearer(token) });
      setState({ status: 'done' });
      return true;
    } catch (error) {
      setState({ status: 'refused', message: error instanceof Error ? error.message : String(error) });
      return false;
    }
  };
  return { state, run, reset: () => setState({ status: 'idle' }) };
}
