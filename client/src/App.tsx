// The shell: header with the counts, navigation, and the view the URL names.
import { ExploreView } from './explore/ExploreView.tsx';
import { Header } from './shell/Header.tsx';
import { Nav } from './shell/Nav.tsx';
import { viewOf } from './shell/views.ts';
import { useUrlParams } from './url-state.ts';

export function App() {
  const [params, setParams] = useUrlParams();
  const view = viewOf(params.get('view'));
  return (
    <div className="app">
      <a className="skip-link" href="#main">
        Skip to the view
      </a>
      <Header />
      <Nav current={view} onOpen={(next) => setParams({ view: next })} />
      <main id="main" tabIndex={-1}>
        {view === 'explore' && <ExploreView />}
      </main>
    </div>
  );
}
