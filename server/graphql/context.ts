// What every resolver gets: the store, the request's batch loaders, the
// server's analytics (whose caches outlive a request) and who is calling
// (checked only when a mutation asks).
import type { Analytics } from '../analytics/analytics.ts';
import type { Caller } from '../auth/caller.ts';
import type { GraphStore } from '../store/store.ts';
import { createLoaders, type Loaders } from './loaders.ts';

export interface Context {
  store: GraphStore;
  loaders: Loaders;
  analytics: Analytics;
  caller: () => Promise<Caller>;
}

export function createContext(store: GraphStore, analytics: Analytics, caller: () => Promise<Caller>): Context {
  return { store, analytics, caller, loaders: createLoaders(store) };
}
