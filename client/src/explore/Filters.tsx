// Filters of the graph: kinds, regions, themes, orientations (none ticked
// means all), partnership statuses (none ticked means established only, as
// the server counts them) and a year (any year, or the links active that year).
import { useEffect, useState } from 'react';
import type { ActorKind } from '../generated/operations.ts';
import type { ExplorePatch, ExploreState } from './explore-state.ts';
import { ORIENTATIONS, REGIONS, STATUSES, THEMES, YEARS } from './filter-options.ts';
import { KIND_STYLE } from './graph-style.ts';

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

function YearFilter({ year, onChange }: { year: number | null; onChange: (year: number | null) => void }) {
  // The slider moves freely; the URL (and the query) follows when it rests.
  const [draft, setDraft] = useState(year ?? YEARS.to);
  useEffect(() => setDraft(year ?? YEARS.to), [year]);
  useEffect(() => {
    if (year === null || draft === year) return;
    const timer = setTimeout(() => onChange(draft), 250);
    return () => clearTimeout(timer);
  }, [draft, year, onChange]);
  return (
    <fieldset className="year">
      <legend>Year</legend>
      <label className="chip">
        <input type="checkbox" checked={year === null} onChange={(event) => onChange(event.target.checked ? null : draft)} />
        Any year
      </label>
      <label>
        <span className="visually-hidden">Active in year</span>
        <input
          type="range"
          min={YEARS.from}
          max={YEARS.to}
          value={draft}
          disabled={year === null}
          aria-valuetext={year === null ? 'any year' : String(draft)}
          onChange={(event) => setDraft(Number(event.target.value))}
        />
      </label>
      <output data-testid="year-value">{year === null ? 'any year' : `active in ${draft}`}</output>
    </fieldset>
  );
}

export function Filters({ state, onChange }: { state: ExploreState; onChange: (patch: ExplorePatch) => void }) {
  return (
    <div className="filters" role="group" aria-label="Filters">
      <Choices legend="Kinds" field="kinds" options={KINDS} state={state} onChange={onChange} />
      <Choices legend="Regions" field="regions" options={REGIONS} state={state} onChange={onChange} />
      <Choices legend="Themes" field="themes" options={THEMES} state={state} onChange={onChange} />
      <Choices legend="Orientations" field="orientations" options={ORIENTATIONS} state={state} onChange={onChange} />
      <Choices legend="Partnerships" field="statuses" options={STATUSES} state={state} onChange={onChange} noneMeans="established only" />
      <YearFilter year={state.year} onChange={(year) => onChange({ year })} />
    </div>
  );
}
