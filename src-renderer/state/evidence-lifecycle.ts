// When the page's evidence sessions (services/evidence/evidence-session.ts) are dropped: on
// leaving an organisation, and after a restore. A dropped session's extraction worker ends once
// it has read what it was given; coming back loads the library afresh.
import type { OrganisationId } from '../../shared/types/ids';
import type { EvidenceSessions } from '../services/evidence/evidence-session';
import type { Route } from './route';
import type { AppStore } from './store';

/** The organisation a route is in, or null (the portfolio). */
export function organisationOf(route: Route): OrganisationId | null {
  return route.screen === 'portfolio' ? null : route.organisationId;
}

/**
 * Keeps only the session of the organisation on screen: every route change to another
 * organisation (or the portfolio) drops the others. Returns the unsubscribe function.
 */
export function dropSessionsOnLeaving(store: AppStore, sessions: EvidenceSessions): () => void {
  return store.subscribe((state, previous) => {
    if (state.route === previous.route) return;
    const now = organisationOf(state.route);
    if (now !== organisationOf(previous.route)) sessions.keepOnly(now);
  });
}
