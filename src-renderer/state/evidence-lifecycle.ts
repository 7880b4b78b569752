// When the store's evidence libraries (evidence-slice.ts) are dropped on leaving an organisation.
// (After an import or a restore, `recordReplaced` drops them: import-slice.ts.) A dropped
// library's extraction worker ends once it has read what it was given; coming back loads the
// library afresh.
import type { OrganisationId } from '../../shared/types/ids';
import type { StoreApi } from 'zustand/vanilla';
import type { AppState } from './app-state';
import type { Route } from './route';

/** The organisation a route is in, or null (the portfolio). */
export function organisationOf(route: Route): OrganisationId | null {
  return route.screen === 'portfolio' ? null : route.organisationId;
}

/**
 * Keeps only the library of the organisation on screen: every route change to another
 * organisation (or the portfolio) drops the others. Returns the unsubscribe function.
 */
export function keepLibraryOfRoute(store: StoreApi<AppState>): () => void {
  return store.subscribe((state, previous) => {
    if (state.route === previous.route) return;
    const now = organisationOf(state.route);
    if (now !== organisationOf(previous.route)) state.evidence.keepOnly(now);
  });
}
