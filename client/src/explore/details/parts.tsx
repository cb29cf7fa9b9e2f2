// Small pieces of the details panel: a table of properties, a list of actors
// that opens any of them, notes.
import type { ReactNode } from 'react';
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

/** A titled, counted list; left out when empty. */
export function ListSection<T extends { id: string }>({ title, items, className, item }: { title: string; items: readonly T[]; className: string; item: (x: T) => ReactNode }) {
  if (items.length === 0) return null;
  return (
    <section className="detail-section">
      <h3>
        {title} ({items.length})
      </h3>
      <ul className={className}>{items.map(item)}</ul>
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
