// What every resolver gets: the store, the request's batch loaders and the
// server's analytics (whose caches outlive a request).
import type { Analytics } from '../analytics/analytics.ts';
import type { GraphStore } from '../store/store.ts';
import { createLoaders, type Loaders } from './loaders.ts';

export interface Context {
  store: GraphStore;
  loaders: Loaders;
  analytics: Analytics;
}

export function createContext(store: GraphStore, analytics: Analytics): Context {
  return { store, analytics, loaders: createLoaders(store) };
}
