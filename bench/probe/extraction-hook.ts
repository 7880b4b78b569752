// For the benchmark harness (bench/probe/probe.ts): start adding large documents to an
// organisation's library from the page, as a drop would, and watch their progress, so that
// keystroke latency can be measured while a long extraction runs in the worker.
import type { OrganisationId, StageId } from '../../shared/types/ids';
import type { AddedFile, NewFile } from '../../src-renderer/services/evidence/add-documents';
import type { AppStore } from '../../src-renderer/state/store';

/** A started extraction: its outcome, and pages read so far of the file being read. */
export interface RunningExtraction {
  readonly done: Promise<AddedFile[]>;
  progress(): { readonly done: number; readonly total: number; readonly state: string } | null;
}

/**
 * Starts adding `files` (e.g. a 100-page PDF made by the harness) to the library of
 * `organisationId`, through the same path as a drop (the store's evidence actions): worker
 * extraction, then one transaction. Returns at once; `done` resolves with what came of each file.
 * Progress is read from the store's library, which is kept while the organisation is on screen.
 */
export function startExtraction(
  store: AppStore,
  organisationId: OrganisationId,
  files: readonly NewFile[],
  stageId: StageId | null = null,
): RunningExtraction {
  const evidence = store.getState().evidence;
  const done = evidence
    .load(organisationId)
    .then(() => evidence.addFiles(organisationId, files, { stageId, period: '' }));
  return {
    done,
    progress: () => {
      const jobs = store.getState().libraries[organisationId]?.jobs ?? [];
      const job = jobs.find((j) => j.state === 'reading' || j.state === 'saving');
      return job ? { done: job.done, total: job.total, state: job.state } : null;
    },
  };
}
