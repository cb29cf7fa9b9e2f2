// The shell: header with the counts, navigation, and the view the URL names.
import type { ComponentType } from 'react';
import { ClustersView } from './analytics/ClustersView.tsx';
import { CoverageView } from './analytics/CoverageView.tsx';
import { GapsView } from './analytics/GapsView.tsx';
import { MatchesView } from './analytics/MatchesView.tsx';
import { TrianglesView } from './analytics/TrianglesView.tsx';
import { ExploreView } from './explore/ExploreView.tsx';
import { FairView } from './forum/FairView.tsx';
import { OpportunitiesView } from './forum/OpportunitiesView.tsx';
import { PivotView } from './forum/PivotView.tsx';
import { SupportLandscapeView } from './forum/SupportLandscapeView.tsx';
import { Header } from './shell/Header.tsx';
import { Nav } from './shell/Nav.tsx';
import { viewOf, type ViewId } from './shell/views.ts';
import { useUrlParams } from './url-state.ts';

const VIEW_COMPONENTS: Record<ViewId, ComponentType> = {
  explore: ExploreView,
  clusters: ClustersView,
  triangles: TrianglesView,
  gaps: GapsView,
  matches: MatchesView,
  coverage: CoverageView,
  landscape: SupportLandscapeView,
  opportunities: OpportunitiesView,
  fair: FairView,
  pivot: PivotView,
};

export function App() {
  const [params, setParams] = useUrlParams();
  const view = viewOf(params.get('view'));
  const View = VIEW_COMPONENTS[view];
  return (
    <div className="app">
      <a className="skip-link" href="#main">
        Skip to the view
      </a>
      <Header />
      <Nav current={view} onOpen={(next) => setParams({ view: next })} />
      <main id="main" tabIndex={-1}>
        <View />
      </main>
    </div>
  );
}
