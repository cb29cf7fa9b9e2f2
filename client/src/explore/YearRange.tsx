// The years filter: any year, or a range from–to (links active at some time
// in it), and a play button that steps the range's end through the years
// partnerships start in, so that the network is seen growing. The range's
// bounds are the data's own years (partnershipYears); data that gives no
// years says so and cannot play.
import { useEffect, useRef, useState } from 'react';
import { gql, type TypedDocumentNode } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import type { PartnershipYearsQuery, PartnershipYearsQueryVariables } from '../generated/operations.ts';
import type { ExploreState, ExploreUpdate } from './explore-state.ts';
import { YEARS } from './filter-options.ts';

const PARTNERSHIP_YEARS: TypedDocumentNode<PartnershipYearsQuery, PartnershipYearsQueryVariables> = gql`
  query PartnershipYears {
    partnershipYears { year partnerships }
  }
`;

/** At most this many steps in a play: beyond, evenly spaced years (the last one always). */
const MOST_STEPS = 40;
/** How long each step stays on screen, long enough for the graph to be drawn and seen. */
const STEP_MS = 1200;

/** The years a play steps through: the start years at or after `from`, thinned to MOST_STEPS. */
export function playSteps(years: readonly number[], from: number | null): number[] {
  const steps = years.filter((year) => from === null || year >= from);
  if (steps.length <= MOST_STEPS) return steps;
  const every = steps.length / MOST_STEPS;
  return Array.from({ length: MOST_STEPS }, (_, i) => steps[Math.min(steps.length - 1, Math.round((i + 1) * every) - 1)]!);
}

function rangeText(from: number | null, to: number | null): string {
  if (from === null && to === null) return 'any year';
  if (from === to) return `active in ${from}`;
  if (from === null) return `started by ${to}`;
  if (to === null) return `active from ${from} on`;
  return `active at some time in ${from}–${to}`;
}

/** A slider that moves freely; the URL (and the query) follows when it rests. */
function YearSlider({ label, value, min, max, disabled, onChange }: { label: string; value: number; min: number; max: number; disabled: boolean; onChange: (year: number) => void }) {
  const [draft, setDraft] = useState(value);
  useEffect(() => setDraft(value), [value]);
  useEffect(() => {
    if (disabled || draft === value) return;
    const timer = setTimeout(() => onChange(draft), 250);
    return () => clearTimeout(timer);
  }, [draft, value, disabled, onChange]);
  return (
    <label className="year-slider">
      <span aria-hidden="true">{label}</span>
      <input
        type="range"
        min={min}
        max={max}
        value={draft}
        disabled={disabled}
        aria-label={`${label} year`}
        aria-valuetext={String(draft)}
        onChange={(event) => setDraft(Number(event.target.value))}
      />
      <span className="year-number" aria-hidden="true">{draft}</span>
    </label>
  );
}

export function YearRange({ state, onChange }: { state: ExploreState; onChange: ExploreUpdate }) {
  const years = useQuery(PARTNERSHIP_YEARS);
  const known = years.data?.partnershipYears.map((y) => y.year) ?? [];
  const [min, max] = known.length ? [known[0]!, known[known.length - 1]!] : [YEARS.from, YEARS.to];
  const any = state.from === null && state.to === null;
  const [playing, setPlaying] = useState<number[] | null>(null);
  // The play's timer must not restart on every render (the graph loading re-renders the panel).
  const change = useRef(onChange);
  change.current = onChange;

  // One step of the play per STEP_MS: the range's end moves to the next year, without a Back stop for each.
  useEffect(() => {
    if (!playing) return;
    const [next, ...rest] = playing;
    if (next === undefined) return setPlaying(null);
    const timer = setTimeout(() => {
      change.current({ to: next }, { replace: true });
      setPlaying(rest.length ? rest : null);
    }, STEP_MS);
    return () => clearTimeout(timer);
  }, [playing]);

  const play = () => {
    const from = state.from ?? min;
    const steps = playSteps(known, from);
    // The first step at once, from the range's start; the others one by one.
    onChange({ from, to: steps[0] ?? from });
    setPlaying(steps.slice(1));
  };
  const cannotPlay = years.data && !known.length ? 'No partnership in this data gives the year it started, so there are no years to play through.' : null;

  return (
    <fieldset className="year">
      <legend>Years</legend>
      <label className="chip">
        <input type="checkbox" checked={any} onChange={(event) => onChange(event.target.checked ? { from: null, to: null } : { from: min, to: max })} />
        Any year
      </label>
      <YearSlider label="From" value={state.from ?? min} min={min} max={max} disabled={any || !!playing} onChange={(from) => onChange({ from, to: Math.max(from, state.to ?? max) })} />
      <YearSlider label="To" value={state.to ?? max} min={min} max={max} disabled={any || !!playing} onChange={(to) => onChange({ to, from: Math.min(to, state.from ?? min) })} />
      <output data-testid="year-value">{rangeText(state.from, state.to)}</output>
      <div className="play">
        {playing ? (
          <button type="button" onClick={() => setPlaying(null)}>
            Pause
          </button>
        ) : (
          <button type="button" onClick={play} disabled={!known.length} title={cannotPlay ?? 'Step the range’s end through the years partnerships start in'}>
            Play
          </button>
        )}
        <span className="muted" role="status" data-testid="play-status">
          {cannotPlay ?? (playing ? `Playing: up to ${state.to}` : known.length ? `${known.length} years with new partnerships, ${min}–${max}` : '')}
        </span>
      </div>
    </fieldset>
  );
}
