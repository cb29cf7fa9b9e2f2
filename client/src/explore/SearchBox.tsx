// Find an actor by name: suggestions from the `search` query as you type
// (accents and case ignored by the server), a combobox in the ARIA sense:
// arrows move, Enter picks, Escape closes.
import { useEffect, useId, useState } from 'react';
import { gql, type TypedDocumentNode } from '@apollo/client';
import { skipToken, useQuery } from '@apollo/client/react';
import type { ActorKind, SearchActorsQuery, SearchActorsQueryVariables } from '../generated/operations.ts';
import { KIND_STYLE } from './graph-style.ts';

const SEARCH: TypedDocumentNode<SearchActorsQuery, SearchActorsQueryVariables> = gql`
  query SearchActors($text: String!, $kinds: [ActorKind!]) {
    search(text: $text, kinds: $kinds, first: 8) {
      id
      name
      kind
      ... on City { country }
    }
  }
`;

/** Waits until typing pauses, so that every key press is not a request. */
function useDebounced(value: string, ms: number): string {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return settled;
}

export function SearchBox({
  label,
  placeholder,
  onPick,
  kinds,
}: {
  label: string;
  placeholder: string;
  onPick: (id: string) => void;
  /** Only actors of these kinds. */
  kinds?: ActorKind[];
}) {
  const id = useId();
  const [text, setText] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const query = useDebounced(text.trim(), 200);
  const result = useQuery(SEARCH, query.length >= 2 ? { variables: { text: query, kinds } } : skipToken);
  const suggestions = query.length >= 2 ? (result.data?.search ?? []) : [];
  const shown = open && text.trim().length >= 2;

  const pick = (actorId: string) => {
    onPick(actorId);
    setText('');
    setOpen(false);
  };

  return (
    <div className="search">
      <label htmlFor={`${id}-input`}>{label}</label>
      <input
        id={`${id}-input`}
        type="search"
        role="combobox"
        autoComplete="off"
        placeholder={placeholder}
        aria-expanded={shown}
        aria-controls={`${id}-list`}
        aria-activedescendant={shown && suggestions[active] ? `${id}-${active}` : undefined}
        value={text}
        onChange={(event) => {
          setText(event.target.value);
          setActive(0);
          setOpen(true);
        }}
        onBlur={() => setOpen(false)}
        onKeyDown={(event) => {
          if (event.key === 'ArrowDown') setActive((i) => Math.min(i + 1, suggestions.length - 1));
          else if (event.key === 'ArrowUp') setActive((i) => Math.max(i - 1, 0));
          else if (event.key === 'Enter' && suggestions[active]) pick(suggestions[active].id);
          else if (event.key === 'Escape') setOpen(false);
          else return;
          event.preventDefault();
        }}
      />
      {shown && (
        <ul id={`${id}-list`} role="listbox" className="suggestions" aria-label={`${label}: suggestions`}>
          {result.error && <li className="error-inline">Search failed: {result.error.message}</li>}
          {!result.error && result.loading && <li className="muted">Searching…</li>}
          {!result.error && !result.loading && suggestions.length === 0 && <li className="muted">No actor matches “{query}”.</li>}
          {suggestions.map((actor, i) => (
            <li
              key={actor.id}
              id={`${id}-${i}`}
              role="option"
              aria-selected={i === active}
              // mousedown, not click: the input's blur would close the list first.
              onMouseDown={(event) => {
                event.preventDefault();
                pick(actor.id);
              }}
              onMouseEnter={() => setActive(i)}
            >
              <span className="swatch" style={{ background: KIND_STYLE[actor.kind].color }} aria-hidden="true" />
              {actor.name}
              <span className="muted">
                {' '}
                {KIND_STYLE[actor.kind].label}
                {'country' in actor && actor.country ? `, ${actor.country}` : ''}
              </span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
