// Loading and error states, the same everywhere: an error says what failed
// and offers to try again.
import type { ReactNode } from 'react';

export function Loading({ what }: { what: string }) {
  return (
    <p role="status" className="loading">
      <span className="spinner" aria-hidden="true" /> Loading {what}…
    </p>
  );
}

export function ErrorRetry({ what, error, onRetry }: { what: string; error: { message: string }; onRetry: () => void }) {
  return (
    <div role="alert" className="error">
      <p>
        Could not load {what}: {error.message}
      </p>
      <button type="button" onClick={onRetry}>
        Retry
      </button>
    </div>
  );
}

/** Renders `children(data)` once a query has answered, its loading or error state until then. */
export function QueryState<T>({
  what,
  result,
  children,
}: {
  what: string;
  result: { data?: T | undefined; loading: boolean; error?: { message: string } | undefined; refetch: () => unknown };
  children: (data: T) => ReactNode;
}) {
  if (result.error) return <ErrorRetry what={what} error={result.error} onRetry={() => void result.refetch()} />;
  if (!result.data) return <Loading what={what} />;
  return <>{children(result.data)}</>;
}
