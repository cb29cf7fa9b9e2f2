// A list of results of which one can be chosen (a cluster, a triangle):
// pressing the chosen one again lets it go. Themes, when given, follow the title.
import type { ReactNode } from 'react';
import type { Theme } from '../generated/operations.ts';
import { THEMES } from '../explore/filter-options.ts';

export interface Choice {
  key: string;
  title: ReactNode;
  themes: readonly Theme[];
  detail: ReactNode;
}

export function ChoiceList({ label, choices, chosen, onChoose }: { label: string; choices: readonly Choice[]; chosen: string | null; onChoose: (key: string | null) => void }) {
  return (
    <ol className="result-list" aria-label={label}>
      {choices.map((choice) => (
        <li key={choice.key}>
          <button type="button" className="result" aria-pressed={choice.key === chosen} onClick={() => onChoose(choice.key === chosen ? null : choice.key)}>
            {choice.title}
            {choice.themes.length > 0 && <span className="muted"> · {choice.themes.map((t) => THEMES[t]).join(', ')}</span>}
            <span className="members">{choice.detail}</span>
          </button>
        </li>
      ))}
    </ol>
  );
}
