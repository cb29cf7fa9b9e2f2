// The editor's form for a city's needs and offers: direction, theme and the
// city's own words, declared with the editor's token (declareCooperationOffer).
// Once declared, the offer can be seen in the Fair; a refusal is shown as the
// API words it.
import { useState, type FormEvent } from 'react';
import type { OfferDirection, Theme } from '../../generated/operations.ts';
import { useWriteToken } from '../../auth/write-token.ts';
import { writeUrl } from '../../url-state.ts';
import { Segmented } from '../../ui/Segmented.tsx';
import { THEMES } from '../filter-options.ts';
import { DECLARE_OFFER } from './offers-query.ts';
import { useOfferWrite } from './use-offer-write.ts';
import { WriteToken } from './WriteToken.tsx';
import { WriteOutcome } from './WriteOutcome.tsx';

/** As the API allows (server/mutations/cooperation-offers.ts). */
const MAX_NOTE = 1000;

const DIRECTIONS: Record<OfferDirection, string> = { SEEKS: 'Seeks', OFFERS: 'Offers' };

export function OfferForm({ cityId, cityName }: { cityId: string; cityName: string }) {
  const [token] = useWriteToken();
  const [direction, setDirection] = useState<OfferDirection>('OFFERS');
  const [theme, setTheme] = useState<Theme>('HOUSING');
  const [note, setNote] = useState('');
  const [declared, setDeclared] = useState<{ direction: OfferDirection; theme: Theme } | null>(null);
  const { state, run, reset } = useOfferWrite(DECLARE_OFFER, cityId);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!token) return;
    setDeclared(null);
    const input = { cityId, direction, theme, note: note.trim() || null };
    if (await run(token, { input })) {
      setDeclared({ direction, theme });
      setNote('');
    }
  };
  const change = <T,>(set: (value: T) => void) => (value: T) => {
    set(value);
    reset();
  };

  return (
    <details className="offer-editor">
      <summary>Declare a need or an offer</summary>
      <WriteToken />
      {token && (
        <form onSubmit={submit} aria-label={`Declare what ${cityName} seeks or offers`}>
          <Segmented label="Direction" options={DIRECTIONS} value={direction} onChange={change(setDirection)} />
          <label className="field">
            Theme
            <select value={theme} onChange={(e) => change(setTheme)(e.target.value as Theme)}>
              {(Object.keys(THEMES) as Theme[]).map((t) => (
                <option key={t} value={t}>
                  {THEMES[t]}
                </option>
              ))}
            </select>
          </label>
          <label className="field">
            Note (optional)
            <textarea value={note} maxLength={MAX_NOTE} rows={3} onChange={(e) => change(setNote)(e.target.value)} placeholder={`What ${cityName} ${direction === 'SEEKS' ? 'seeks' : 'can offer'}, in its own words`} />
          </label>
          <button type="submit" disabled={state.status === 'busy'}>
            {state.status === 'busy' ? 'Declaring…' : 'Declare'}
          </button>
          <WriteOutcome state={state}>
            {declared && (
              <>
                Declared: {cityName} {declared.direction === 'SEEKS' ? 'seeks' : 'offers'} {THEMES[declared.theme]}.{' '}
                <button type="button" className="link" onClick={() => writeUrl({ view: 'fair', fairTheme: declared.theme, fairRegion: null, pair: null })}>
                  See it in the Fair
                </button>
              </>
            )}
          </WriteOutcome>
        </form>
      )}
    </details>
  );
}
