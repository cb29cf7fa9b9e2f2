// What became of a write: nothing shown while idle or under way, the API's
// refusal as an alert, or what the caller says on success.
import type { ReactNode } from 'react';
import type { WriteState } from './use-offer-write.ts';

export function WriteOutcome({ state, children }: { state: WriteState; children?: ReactNode }) {
  if (state.status === 'refused') {
    return (
      <p role="alert" className="error write-refused">
        Refused: {state.message}
      </p>
    );
  }
  if (state.status === 'done' && children) return <p role="status" className="write-done">{children}</p>;
  return null;
}
