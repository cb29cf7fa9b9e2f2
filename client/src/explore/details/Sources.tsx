// Where a fact comes from: the document, the place in it, and its words.
import type { SourcePartsFragment } from '../../generated/operations.ts';

export function Sources({ sources, label = 'Sources' }: { sources: readonly SourcePartsFragment[]; label?: string }) {
  if (sources.length === 0) return null;
  return (
    <div className="sources">
      <h4>{label}</h4>
      <ul>
        {sources.map((source, i) => (
          <li key={i} className="source">
            <span className="document">{source.document}</span>
            {source.locator && <span className="locator"> — {source.locator}</span>}
            {source.quote && <q>{source.quote}</q>}
          </li>
        ))}
      </ul>
    </div>
  );
}
