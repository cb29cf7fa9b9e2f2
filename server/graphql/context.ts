// What every resolver gets: the store, the request's batch loaders, the
// server's analytics and name search (whose caches outlive a request) and who is calling
// (checked only when a mutation asks).
import type { Analytics } from '../analytics/analytics.ts';
import type { Caller } from '../auth/caller.ts';
import type { GraphStore } from '../store/store.ts';
import { createLoaders, type Loaders } from './loaders.ts';
import type { NameSearch } from './name-search.ts';

export interface Context {
  store: GraphStore;
  loaders: Loaders;
  analytics: Analytics;
  names: NameSearch;
  caller: () => Promise<Caller>;
}

export function createContext(store: GraphStore, analytics: Analytics, names: NameSearch, caller: () => Promise<Caller>): Context {
  return { store, analytics, names, caller, loaders: createLoaders(store) };
}
