// Filters of the graph: kinds, regions, themes, orientations (none ticked
// means all), partnership statuses (none ticked means established only, as
// the server counts them) and years (any year, or a range: YearRange.tsx).
import type { ActorKind } from '../generated/operations.ts';
import type { ExplorePatch, ExploreState, ExploreUpdate } from './explore-state.ts';
import { ORIENTATIONS, REGIONS, STATUSES, THEMES } from './filter-options.ts';
import { KIND_STYLE } from './graph-style.ts';
import { YearRange } from './YearRange.tsx';

const KINDS = Object.fromEntries(Object.entries(KIND_STYLE).map(([kind, style]) => [kind, style.label])) as Record<ActorKind, string>;

function Choices<K extends 'kinds' | 'regions' | 'themes' | 'orientations' | 'statuses'>({
  legend,
  field,
  options,
  state,
  onChange,
  noneMeans = 'all',
}: {
  legend: string;
  /** What the filter means with nothing ticked, and what its reset link says. */
  noneMeans?: string;
  field: K;
  options: Record<ExploreState[K][number], string>;
  state: ExploreState;
  onChange: (patch: ExplorePatch) => void;
}) {
  const chosen = state[field] as string[];
  return (
    <fieldset className="choices">
      <legend>
        {legend}
        {chosen.length > 0 && (
          <button type="button" className="link" onClick={() => onChange({ [field]: [] })}>
            {noneMeans}
          </button>
        )}
      </legend>
      {Object.entries(options).map(([value, label]) => (
        <label key={value} className="chip">
          <input
            type="checkbox"
            name={field}
            value={value}
            checked={chosen.includes(value)}
            onChange={(event) =>
              onChange({ [field]: event.target.checked ? [...chosen, value] : chosen.filter((v) => v !== value) })
            }
          />
          {label as string}
        </label>
      ))}
    </fieldset>
  );
}

export function Filters({ state, onChange }: { state: ExploreState; onChange: ExploreUpdate }) {
  return (
    <div className="filters" role="group" aria-label="Filters">
      <Choices legend="Kinds" field="kinds" options={KINDS} state={state} onChange={onChange} />
      <Choices legend="Regions" field="regions" options={REGIONS} state={state} onChange={onChange} />
      <Choices legend="Themes" field="themes" options={THEMES} state={state} onChange={onChange} />
      <Choices legend="Orientations" field="orientations" options={ORIENTATIONS} state={state} onChange={onChange} />
      <Choices legend="Partnerships" field="statuses" options={STATUSES} state={state} onChange={onChange} noneMeans="established only" />
      <YearRange state={state} onChange={onChange} />
    </div>
  );
}
