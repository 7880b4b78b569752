import type { StoreApi } from 'zustand/vanilla';
import { DEFAULT_PROFILE } from '../../shared/scoring/profiles';
import type { AppState, UiSlice } from './app-state';
import { formatRoute, parseRoute } from './route';

type Set = StoreApi<AppState>['setState'];
type Get = StoreApi<AppState>['getState'];

/** Screen, filters, palette and dialogs; the route mirrors the URL hash. */
export function createUiSlice(set: Set, get: Get, initialHash: string): UiSlice {
  let focusSeq = 0;
  return {
    route: parseRoute(initialHash),
    filters: [],
    paletteOpen: false,
    profileId: DEFAULT_PROFILE.id,
    dialog: null,
    portfolioView: 'active',
    portfolioQuery: '',
    focusRequest: null,
    navigate(route) {
      // The hash is the route's one writer: navigating writes the hash and follows it, as a
      // hashchange from the address bar or history does. Re-following it on the hashchange
      // event that this write raises is a no-op (same route).
      const hash = formatRoute(route);
      if (typeof window !== 'undefined' && window.location.hash !== hash)
        window.location.hash = hash;
      void get().flush();
      set({ paletteOpen: false });
      get().followHash(hash);
    },
    followHash(hash) {
      const route = parseRoute(hash);
      if (formatRoute(route) === formatRoute(get().route)) return;
      void get().flush();
      set({ route, paletteOpen: false });
    },
    toggleFilter(filter) {
      const filters = get().filters;
      set({
        filters: filters.includes(filter)
          ? filters.filter((f) => f !== filter)
          : [...filters, filter],
      });
    },
    clearFilters: () => set({ filters: [] }),
    setPaletteOpen: (paletteOpen) => set({ paletteOpen }),
    setProfile: (profileId) => set({ profileId }),
    showDialog: (dialog) => set({ dialog }),
    setPortfolioView: (portfolioView) => set({ portfolioView }),
    setPortfolioQuery: (portfolioQuery) => set({ portfolioQuery }),
    focusElement(element) {
      focusSeq += 1;
      set({ focusRequest: { element, seq: focusSeq } });
    },
  };
}
