// The selected actor's partnerships, read by a query of their own once the
// rest of the details is on screen (details-query.ts says why), a page at a
// time: "Show more" reads the next page into the same cached list.
import { useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { ACTOR_PARTNERSHIPS, PARTNERSHIP_PAGE } from '../details-query.ts';
import { ErrorRetry, QueryState } from '../../ui/QueryState.tsx';
import { ListSection, type Pick } from './parts.tsx';
import { PartnershipCard } from './PartnershipCard.tsx';

/** The next page as it is read: under way, or why it failed. */
interface More {
  loading: boolean;
  error: Error | null;
}

export function PartnershipList({ actorId, onPick }: { actorId: string; onPick: Pick }) {
  const result = useQuery(ACTOR_PARTNERSHIPS, { variables: { id: actorId, first: PARTNERSHIP_PAGE, after: null } });
  const [more, setMore] = useState<More>({ loading: false, error: null });
  // The page is merged into the cached list (apollo.ts), which this query then reads again.
  const loadMore = (after: string) => {
    setMore({ loading: true, error: null });
    result.fetchMore({ variables: { after } }).then(
      () => setMore({ loading: false, error: null }),
      (error: Error) => setMore({ loading: false, error }),
    );
  };
  return (
    <QueryState what="the partnerships" result={result}>
      {(data) => {
        if (!data.actor || !('partnershipPage' in data.actor)) return null;
        const { edges, totalCount, pageInfo } = data.actor.partnershipPage;
        const next = pageInfo.hasNextPage && pageInfo.endCursor;
        return (
          <>
            <ListSection
              title="Partnerships"
              items={edges.map((e) => e.node)}
              total={totalCount}
              onMore={next ? () => loadMore(next) : undefined}
              loadingMore={more.loading}
              className="cards"
              item={(p) => <PartnershipCard key={p.id} partnership={p} actorId={actorId} onPick={onPick} />}
            />
            {more.error && next && <ErrorRetry what="more partnerships" error={more.error} onRetry={() => loadMore(next)} />}
          </>
        );
      }}
    </QueryState>
  );
}
