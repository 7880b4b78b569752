// The hash is the route's one writer: navigate() writes the hash and the route is read back from it.
import { describe, expect, it } from 'vitest';
import type { OrganisationId, StageId } from '../../shared/types/ids';
import { formatRoute, parseRoute, type Route } from '../../src-renderer/state/route';
import { storeWorld } from './support/store-world';

const A = 'org-a' as OrganisationId;

describe('navigate and the hash', () => {
  it('stores the route parsed from the hash it wrote, not the object it was given', async () => {
    const { store } = await storeWorld();
    const asked: Route = { screen: 'workbook', organisationId: A, stageId: 's1' as StageId };
    store.getState().navigate(asked);
    const stored = store.getState().route;
    expect(stored).not.toBe(asked);
    expect(stored).toEqual(parseRoute(formatRoute(asked)));
    expect(formatRoute(stored)).toBe('#/org/org-a/stage/s1');
  });

  it('closes the palette even when the route does not change', async () => {
    const { store } = await storeWorld();
    store.getState().navigate({ screen: 'portfolio' });
    const before = store.getState().route;
    store.getState().setPaletteOpen(true);
    store.getState().navigate({ screen: 'portfolio' });
    expect(store.getState().paletteOpen).toBe(false);
    expect(store.getState().route).toBe(before);
  });
});
