import { useEffect, useState } from 'react';
import { CooperationGraph, KIND_STYLE } from './CooperationGraph.tsx';
import { graphql } from './graphql.ts';
import type { OverviewQuery } from './generated/operations.ts';
import { OVERVIEW_QUERY } from './overview-query.ts';

type State = { status: 'loading' } | { status: 'error'; message: string } | { status: 'ready'; data: OverviewQuery };

export function App() {
  const [state, setState] = useState<State>({ status: 'loading' });
  const load = () => {
    setState({ status: 'loading' });
    graphql<OverviewQuery>(OVERVIEW_QUERY)
      .then((data) => setState({ status: 'ready', data }))
      .catch((error: Error) => setState({ status: 'error', message: error.message }));
  };
  useEffect(load, []);

  return (
    <div className="app">
      <header>
        <h1>C2C Graph</h1>
        <p>Who works with whom, who supports them, and who is left out — city-to-city cooperation from the source documents.</p>
      </header>
      {state.status === 'loading' && <p role="status">Loading the cooperation graph…</p>}
      {state.status === 'error' && (
        <div role="alert" className="error">
          Could not load the graph: {state.message} <button onClick={load}>Retry</button>
        </div>
      )}
      {state.status === 'ready' && (
        <main>
          <ul className="stats" aria-label="Counts">
            {Object.entries(state.data.stats).map(([name, count]) => (
              <li key={name}>
                <strong data-testid={`stat-${name}`}>{count}</strong> {name}
              </li>
            ))}
          </ul>
          <ul className="legend" aria-label="Legend">
            {Object.entries(KIND_STYLE).map(([kind, style]) => (
              <li key={kind}>
                <span className="swatch" style={{ background: style.color }} /> {style.label}
              </li>
            ))}
          </ul>
          <CooperationGraph data={state.data} />
        </main>
      )}
    </div>
  );
}
