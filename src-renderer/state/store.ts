import { createStore } from 'zustand/vanilla';
import type { StoreApi } from 'zustand/vanilla';
import type { AppDeps, AppState } from './app-state';
import { createEvidenceSlice } from './evidence-slice';
import { keepLibraryOfRoute } from './evidence-lifecycle';
import { createExportSlice } from './export-slice';
import { createFileSlice } from './file-slice';
import { createImportSlice } from './import-slice';
import { createPortfolioSlice } from './portfolio-slice';
import { createAutosave } from './autosave-setup';
import { createReportSlice } from './report-slice';
import { createRecordSlice } from './record-slice';
import { createSettingsSlice } from './settings-slice';
import { createStageRemovalSlice } from './stage-removal-slice';
import { createRecoverySlice } from './recovery-slice';
import { createSignOffSlice } from './signoff-slice';
import { createUiSlice } from './ui-slice';
import { createWordSlice } from './word-slice';

export type AppStore = StoreApi<AppState>;

/**
 * The one store of the app: typed slices with their actions inside. Its evidence libraries
 * follow the route (only the organisation on screen keeps its library).
 */
export function createAppStore(deps: AppDeps, initialHash = ''): AppStore {
  const store = createStore<AppState>()((set, get) => {
    // One queue: every slice that writes edits, or must wait for them, goes through it.
    const autosave = createAutosave(set, get, deps);
    return {
      ...createUiSlice(set, get, initialHash),
      ...createPortfolioSlice(set, get, deps),
      ...createRecordSlice(set, get, deps, autosave),
      ...createSignOffSlice(set, get, deps),
      ...createRecoverySlice(set, get, deps),
      ...createFileSlice(set, get, deps),
      ...createImportSlice(set, get, deps),
      ...createExportSlice(set, get, deps),
      ...createWordSlice(set, get, deps),
      ...createSettingsSlice(set, get, deps),
      ...createStageRemovalSlice(set, get, deps),
      ...createReportSlice(set, get, deps),
      ...createEvidenceSlice(set, get, deps),
    };
  });
  keepLibraryOfRoute(store);
  return store;
}
