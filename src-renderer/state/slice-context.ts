import type { StoreApi } from 'zustand/vanilla';
import type { AppDeps, AppState } from './app-state';

/**
 * What a slice's action creators share: the store's setter and getter and the app's
 * dependencies. A slice's own context extends it with its helpers (see export-slice.ts).
 */
export interface SliceContext {
  readonly set: StoreApi<AppState>['setState'];
  readonly get: StoreApi<AppState>['getState'];
  readonly deps: AppDeps;
}
