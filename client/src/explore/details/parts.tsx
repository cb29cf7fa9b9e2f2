// Small pieces of the details panel: a table of properties, a list of actors
// that opens any of them, notes.
import { useState, type ReactNode } from 'react';
import { KIND_STYLE } from '../graph-style.ts';
import type { ActorKind } from '../../generated/operations.ts';

export type Pick = (id: string) => void;

/** Properties as a definition list; those without a value are left out. */
export function Facts({ rows }: { rows: [string, ReactNode][] }) {
  const shown = rows.filter(([, value]) => value !== null && value !== undefined && value !== '' && !(Array.isArray(value) && value.length === 0));
  return (
    <dl className="facts">
      {shown.map(([label, value]) => (
        <div key={label}>
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

export function ActorButton({ actor, onPick }: { actor: { id: string; name: string; kind: ActorKind }; onPick: Pick }) {
  return (
    <button type="button" className="link actor-link" onClick={() => onPick(actor.id)}>
      <span className="swatch" style={{ background: KIND_STYLE[actor.kind].color }} aria-hidden="true" />
      {actor.name}
    </button>
  );
}

/** How many items a long list shows at first, and how many more each "Show more" adds. */
export const LIST_STEP = 25;

interface ListProps<T> {
  title: string;
  items: readonly T[];
  className: string;
  item: (x: T) => ReactNode;
  /** How many there are in all, when `items` holds only the pages read so far. */
  total?: number;
  /** Reads the next page, when `items` are not all of them. */
  onMore?: () => void;
  /** The next page is on its way. */
  loadingMore?: boolean;
}

/**
 * A titled, counted list; left out when empty. A long one shows LIST_STEP
 * items and a button for LIST_STEP more: a hub has a thousand partnerships,
 * and drawing them all at once held the page for seconds. The button shows
 * items already read first, then asks `onMore` for the next page.
 */
export function ListSection<T extends { id: string }>({ title, items, className, item, total = items.length, onMore, loadingMore = false }: ListProps<T>) {
  const [wanted, setWanted] = useState(LIST_STEP);
  if (total === 0) return null;
  const visible = items.slice(0, wanted);
  const left = total - visible.length;
  const canMore = left > 0 && (visible.length < items.length || onMore !== undefined);
  const more = () => {
    setWanted(visible.length + LIST_STEP);
    if (visible.length + LIST_STEP > items.length) onMore?.();
  };
  return (
    <section className="detail-section">
      <h3>
        {title} ({total.toLocaleString('en')})
      </h3>
      <ul className={className}>{visible.map(item)}</ul>
      {total > LIST_STEP && (
        <p className="list-more">
          <span role="status">
            {loadingMore ? 'Loading more… ' : ''}Showing {visible.length.toLocaleString('en')} of {total.toLocaleString('en')}.
          </span>{' '}
          {canMore && (
            // aria-disabled, not disabled, while loading: a disabled button loses the keyboard focus.
            <button type="button" onClick={loadingMore ? undefined : more} aria-disabled={loadingMore}>
              Show {Math.min(LIST_STEP, left).toLocaleString('en')} more
            </button>
          )}
        </p>
      )}
    </section>
  );
}

export function ActorLinks({ title, actors, onPick }: { title: string; actors: readonly { id: string; name: string; kind: ActorKind }[]; onPick: Pick }) {
  return (
    <ListSection
      title={title}
      items={actors}
      className="inline-list"
      item={(actor) => (
        <li key={actor.id}>
          <ActorButton actor={actor} onPick={onPick} />
        </li>
      )}
    />
  );
}

export function Notes({ notes }: { notes: readonly string[] }) {
  if (notes.length === 0) return null;
  return (
    <ul className="notes" aria-label="Notes">
      {notes.map((note, i) => (
        <li key={i}>{note}</li>
      ))}
    </ul>
  );
}
