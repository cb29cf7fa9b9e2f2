// A city's seeks and offers in the details panel (the cooperation fair's
// supply and demand, forum.graphql): declared ones with the city's words,
// then those its roles in partnerships show. An editor with a token may
// declare more (OfferForm) and withdraw declarations; derived ones follow
// the partnerships and cannot be withdrawn. Read apart from the rest of the
// details, so that they cost the panel nothing until they answer.
import { useQuery } from '@apollo/client/react';
import type { CityCooperationOffersQuery, OfferDirection, Theme } from '../../generated/operations.ts';
import { useWriteToken } from '../../auth/write-token.ts';
import { QueryState } from '../../ui/QueryState.tsx';
import { THEMES } from '../filter-options.ts';
import { CITY_OFFERS, WITHDRAW_OFFER } from './offers-query.ts';
import { OfferForm } from './OfferForm.tsx';
import { useOfferWrite } from './use-offer-write.ts';
import { WriteOutcome } from './WriteOutcome.tsx';
import './offers.css';

type CityOffers = Extract<NonNullable<CityCooperationOffersQuery['actor']>, { __typename: 'City' }>;
type Offer = CityOffers['seeks'][number];

function OfferList({ title, offers, onWithdraw, busy }: { title: string; offers: readonly Offer[]; onWithdraw: ((offer: Offer) => void) | null; busy: boolean }) {
  return (
    <div className="offer-list">
      <h4>{title}</h4>
      {offers.length === 0 ? (
        <p className="muted">Nothing stated or shown by its partnerships.</p>
      ) : (
        <ul aria-label={title}>
          {offers.map((o) => (
            <li key={`${o.basis}|${o.theme}`} data-offer={`${o.direction}|${o.theme}|${o.basis}`}>
              <strong>{THEMES[o.theme]}</strong> <span className={`basis ${o.basis.toLowerCase()}`}>{o.basis === 'DECLARED' ? 'declared' : 'from its partnerships'}</span>
              {o.note && <q>{o.note}</q>}
              {o.basis === 'DECLARED' && onWithdraw && (
                <button type="button" className="link" disabled={busy} onClick={() => onWithdraw(o)} aria-label={`Withdraw ${title.toLowerCase()} ${THEMES[o.theme]}`}>
                  withdraw
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

export function CooperationOffers({ cityId, cityName }: { cityId: string; cityName: string }) {
  const result = useQuery(CITY_OFFERS, { variables: { id: cityId } });
  const [token] = useWriteToken();
  const withdrawal = useOfferWrite(WITHDRAW_OFFER, cityId);
  const withdraw = token ? (o: { direction: OfferDirection; theme: Theme }) => void withdrawal.run(token, { cityId, direction: o.direction, theme: o.theme }) : null;
  return (
    <section className="detail-section cooperation-offers" aria-label="Seeks and offers">
      <h3>Seeks and offers</h3>
      <QueryState what="what the city seeks and offers" result={result}>
        {(data) =>
          data.actor?.__typename === 'City' ? (
            <>
              <OfferList title="Seeks" offers={data.actor.seeks} onWithdraw={withdraw} busy={withdrawal.state.status === 'busy'} />
              <OfferList title="Offers" offers={data.actor.offers} onWithdraw={withdraw} busy={withdrawal.state.status === 'busy'} />
            </>
          ) : null
        }
      </QueryState>
      <WriteOutcome state={withdrawal.state} />
      <OfferForm cityId={cityId} cityName={cityName} />
    </section>
  );
}
