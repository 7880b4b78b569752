// The evidence sessions follow the route: leaving an organisation drops the others' sessions.
import { describe, expect, it } from 'vitest';
import type { OrganisationId, StageId } from '../../shared/types/ids';
import type { SessionDeps } from '../../src-renderer/services/evidence/evidence-session';
import { EvidenceSessions } from '../../src-renderer/services/evidence/evidence-session';
import { dropSessionsOnLeaving } from '../../src-renderer/state/evidence-lifecycle';
import { storeWorld } from './support/store-world';

const A = 'org-a' as OrganisationId;
const B = 'org-b' as OrganisationId;

describe('evidence sessions and the route', () => {
  it('keeps the session of the organisation on screen and drops the rest on leaving', async () => {
    const { store } = await storeWorld();
    const sessions = new EvidenceSessions();
    const deps = {} as SessionDeps;
    const off = dropSessionsOnLeaving(store, sessions);
    store.setState({ route: { screen: 'organisation', organisationId: A } });
    const a = sessions.get(A, deps);
    sessions.get(B, deps);
    store.setState({ route: { screen: 'workbook', organisationId: A, stageId: 's1' as StageId } });
    expect(sessions.size).toBe(2);
    store.setState({ route: { screen: 'library', organisationId: B, documentId: null } });
    expect(sessions.size).toBe(1);
    expect(sessions.get(A, deps)).not.toBe(a);
    store.setState({ route: { screen: 'portfolio' } });
    expect(sessions.size).toBe(0);
    off();
    sessions.get(A, deps);
    store.setState({ route: { screen: 'organisation', organisationId: B } });
    expect(sessions.size).toBe(1);
  });
});

describe('the route and the URL hash', () => {
  it('sets the route once: the hash that navigate writes changes nothing when it comes back', async () => {
    const { store } = await storeWorld();
    let routeSets = 0;
    store.subscribe((state, previous) => {
      if (state.route !== previous.route) routeSets += 1;
    });
    store.getState().navigate({ screen: 'organisation', organisationId: A });
    store.getState().followHash('#/org/org-a');
    expect(routeSets).toBe(1);
    store.getState().followHash('#/org/org-b/library');
    expect(store.getState().route).toEqual({
      screen: 'library',
      organisationId: B,
      documentId: null,
    });
    expect(routeSets).toBe(2);
  });
});
