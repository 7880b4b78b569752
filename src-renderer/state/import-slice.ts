import type { StoreApi } from 'zustand/vanilla';
import type { OrganisationId } from '../../shared/types/ids';
import type { AssessmentRecord } from '../../shared/types/record';
import { evidenceSessions } from '../services/evidence/evidence-session';
import type { AppDeps, AppState } from './app-state';
import { describeError } from './describe-error';
import { guardImport } from './import-guard';

type Set = StoreApi<AppState>['setState'];
type Get = StoreApi<AppState>['getState'];

/** The tail every import shares, and what the app does when a stored record was written over. */
export interface ImportSlice {
  /**
   * The safety backup before an import writes over stored records; false, with the reason
   * shown, when it failed (then nothing may be imported).
   */
  safeToImport(): Promise<boolean>;
  /**
   * Stores an imported record: the safety backup first, then the record created, or written
   * over the stored one with its signed-off stages kept as stored (`replace`). On success the
   * dialog closes, `recordReplaced` runs and the organisation opens; on failure a dialog says
   * why and that nothing stored was changed. True when stored.
   */
  importRecord(record: AssessmentRecord, options: { readonly replace: boolean }): Promise<boolean>;
  /**
   * A stored record was written over (an import, a restore; null: any record): the undo history
   * (text from before) and the evidence sessions are dropped, the record on screen is read
   * again, and the portfolio too.
   */
  recordReplaced(id: OrganisationId | null): Promise<void>;
}

export function createImportSlice(set: Set, get: Get, deps: AppDeps): ImportSlice {
  const { repository } = deps;
  const notImported = (body: string): void =>
    get().showDialog({ kind: 'message', title: 'The record was not imported', body });

  const slice: ImportSlice = {
    async safeToImport() {
      const safety = await deps.beforeImport?.();
      if (safety?.kind !== 'failed') return true;
      notImported(`${safety.message} So that nothing can be lost, nothing was imported.`);
      return false;
    },

    async importRecord(record, { replace }) {
      if (!(await slice.safeToImport())) return false;
      try {
        if (replace) await repository.replaceRecord((await guardImport(repository, record)).record);
        else await repository.createRecord(record);
      } catch (error) {
        const reason = describeError(error).replace(/^Not saved: /, '');
        notImported(`${reason} Nothing already stored was changed.`);
        return false;
      }
      get().showDialog(null);
      const id = record.organisation.id;
      await slice.recordReplaced(id);
      get().navigate({ screen: 'organisation', organisationId: id });
      return true;
    },

    async recordReplaced(id) {
      get().clearUndo();
      if (id === null) evidenceSessions.reset();
      else evidenceSessions.drop(id);
      const shown = get().record?.organisation.id;
      const stale = shown !== undefined && (id === null || shown === id);
      if (stale) set({ record: null });
      await get().loadPortfolio();
      const route = get().route;
      if (stale && route.screen !== 'portfolio') await get().openRecord(route.organisationId);
    },
  };
  return slice;
}
