// The route and its hash (the evidence libraries following the route: evidence-slice.test.ts).
import { describe, expect, it } from 'vitest';
import type { OrganisationId } from '../../shared/types/ids';
import { storeWorld } from './support/store-world';

const A = 'org-a' as OrganisationId;
const B = 'org-b' as OrganisationId;

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
