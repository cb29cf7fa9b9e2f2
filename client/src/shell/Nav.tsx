// Navigation between views: links (so a view can be opened in a new tab)
// whose clicks only change the URL.
import type { MouseEvent } from 'react';
import { VIEWS, type ViewId } from './views.ts';

export function Nav({ current, onOpen }: { current: ViewId; onOpen: (view: ViewId) => void }) {
  return (
    <nav className="views" aria-label="Views">
      {VIEWS.map((view) => (
        <a
          key={view.id}
          href={`?view=${view.id}`}
          title={view.hint}
          aria-current={view.id === current ? 'page' : undefined}
          onClick={(event: MouseEvent) => {
            if (event.metaKey || event.ctrlKey || event.shiftKey) return;
            event.preventDefault();
            onOpen(view.id);
          }}
        >
          {view.label}
        </a>
      ))}
    </nav>
  );
}
