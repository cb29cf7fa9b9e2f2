// The actors drawn, as a list: the keyboard way into the graph (a canvas
// has no focusable nodes), and a text record of what the view shows.
import { useState } from 'react';
import type { DrawnNode } from './graph-queries.ts';
import { KIND_STYLE } from './graph-style.ts';

export function ActorList({ nodes, selected, onPick }: { nodes: readonly DrawnNode[]; selected: string | null; onPick: (id: string) => void }) {
  // Imported graphs have thousands of actors: the buttons exist only while the list is open.
  const [open, setOpen] = useState(false);
  return (
    <details className="actor-list" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>
        Actors in this view (<span data-testid="drawn-count">{nodes.length}</span>)
      </summary>
      <ul data-testid="drawn-actors">
        {open && nodes.map((node) => (
          <li key={node.id}>
            <button type="button" className="link" data-id={node.id} aria-pressed={node.id === selected} onClick={() => onPick(node.id)}>
              <span className="swatch" style={{ background: KIND_STYLE[node.kind].color }} aria-hidden="true" />
              {node.label}
            </button>
          </li>
        ))}
      </ul>
    </details>
  );
}
