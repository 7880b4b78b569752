// Which evidence libraries the store holds, with the resources of each (stored texts, search
// index, extraction worker: services/evidence/library-resources.ts). One holder per store, made
// by the evidence slice; nothing here outlives the store.
import type { StoreApi } from 'zustand/vanilla';
import type { OrganisationId } from '../../shared/types/ids';
import type { WorkerLike } from '../services/evidence/extract-client';
import { LibraryResources } from '../services/evidence/library-resources';
import type { LibraryState } from '../services/evidence/library-state';
import { INITIAL_LIBRARY_STATE } from '../services/evidence/library-state';
import type { AppState } from './app-state';

type Set = StoreApi<AppState>['setState'];
type Get = StoreApi<AppState>['getState'];

type LibraryPatch = Partial<LibraryState> | ((state: LibraryState) => Partial<LibraryState>);

export class LibraryHolder {
  private readonly held = new Map<OrganisationId, LibraryResources>();

  constructor(
    private readonly set: Set,
    private readonly get: Get,
    private readonly createWorker?: () => WorkerLike,
  ) {}

  /** The resources of an organisation's library, made on first use. */
  resources(organisationId: OrganisationId): LibraryResources {
    let resources = this.held.get(organisationId);
    if (!resources) {
      resources = new LibraryResources(this.createWorker);
      this.held.set(organisationId, resources);
    }
    return resources;
  }

  /** Whether `resources` are still those of the organisation's library (it was not dropped). */
  holds(organisationId: OrganisationId, resources: LibraryResources): boolean {
    return this.held.get(organisationId) === resources;
  }

  /** The library's state in the store (the initial, loading one when there is none). */
  current(organisationId: OrganisationId): LibraryState {
    return this.get().libraries[organisationId] ?? INITIAL_LIBRARY_STATE;
  }

  /**
   * Changes the library's state, if `resources` are still its own: what an action on a dropped
   * library comes to later (a load, an added file) is not shown, nor kept.
   */
  patch(organisationId: OrganisationId, resources: LibraryResources, patch: LibraryPatch): void {
    if (!this.holds(organisationId, resources)) return;
    this.set((s) => {
      const before = s.libraries[organisationId] ?? INITIAL_LIBRARY_STATE;
      const change = typeof patch === 'function' ? patch(before) : patch;
      return { libraries: { ...s.libraries, [organisationId]: { ...before, ...change } } };
    });
  }

  /**
   * Drops the libraries `drop` picks: their state leaves the store and their resources are
   * disposed (a worker ends once it has read what it was given).
   */
  dropWhere(drop: (organisationId: OrganisationId) => boolean): void {
    for (const [id, resources] of this.held) {
      if (!drop(id)) continue;
      resources.dispose();
      this.held.delete(id);
    }
    const libraries = this.get().libraries;
    const ids = Object.keys(libraries) as OrganisationId[];
    if (!ids.some(drop)) return;
    this.set({
      libraries: Object.fromEntries(
        Object.entries(libraries).filter(([id]) => !drop(id as OrganisationId)),
      ),
    });
  }
}
