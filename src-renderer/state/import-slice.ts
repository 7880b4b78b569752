import type { StoreApi } from 'zustand/vanilla';
import type { AppDeps, AppState } from './app-state';
import type { ImportSlice } from './slice-types/import';
import { describeError } from './describe-error';
import { guardImport } from './import-guard';

type Set = StoreApi<AppState>['setState'];
type Get = StoreApi<AppState>['getState'];

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
      if (id === null) get().evidence.keepOnly(null);
      else get().evidence.drop(id);
      // A restore (null) may have changed any record: the one on screen is read again too.
      const stale = id === null || get().record?.organisation.id === id;
      if (stale) set({ record: null });
      await get().loadPortfolio();
      const route = get().route;
      if (stale && route.screen !== 'portfolio') await get().openRecord(route.organisationId);
    },
  };
  return slice;
}
