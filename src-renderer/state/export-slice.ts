import type { StoreApi } from 'zustand/vanilla';
import { DEFAULT_PROFILE, findProfile } from '../../shared/scoring/profiles';
import type { RuleProfile } from '../../shared/scoring/profiles';
import { EXPORT_NAMES, REPORT_EXPORTS } from '../services/exports/export-kinds';
import { stageReportGaps } from '../../shared/report/check';
import type { StageId } from '../../shared/types/ids';
import type { AssessmentRecord } from '../../shared/types/record';
import type { AppDeps, AppState, ExportSlice } from './app-state';
import { describeError } from './describe-error';
import type { SliceContext } from './slice-context';
import { withEvidence } from './record-with-evidence';

type Set = StoreApi<AppState>['setState'];
type Get = StoreApi<AppState>['getState'];

/** What the export slice's action creators share. */
interface ExportContext extends SliceContext {
  /** Shows `error` as a message titled `title`, without the autosave's "Not saved:" prefix. */
  readonly fail: (title: string, error: unknown) => void;
}

/**
 * A report export's unfinished sections: when there are some, says so and returns true (the
 * export stops). Without a loaded report template there is nothing to check.
 */
function refuseUnfinishedReport(
  { get, deps }: ExportContext,
  record: AssessmentRecord,
  stageId: StageId,
  profile: RuleProfile,
): boolean {
  const template = get().reportTemplate?.template;
  if (!template) return false;
  const gaps = stageReportGaps(record, stageId, profile, template, deps.today()).map(
    (g) => g.message,
  );
  if (gaps.length === 0) return false;
  get().showDialog({
    kind: 'message',
    title: 'The report is not finished',
    body: `Still empty:\n${gaps.map((g) => `• ${g}`).join('\n')}\n\nNothing was exported. Fill these in on the report screen, or export from there with “Export anyway”.`,
  });
  return true;
}

/** Exporting a stage: build, render and save one format. */
function exportingActions(context: ExportContext): Pick<ExportSlice, 'exportStage'> {
  const { set, get, deps, fail } = context;
  const { platform, repository } = deps;
  return {
    async exportStage(kind, stageId, options = {}) {
      const record = get().record;
      if (!record || get().busy) return;
      await get().flush();
      const profile = findProfile(get().profileId) ?? DEFAULT_PROFILE;
      const isReport = REPORT_EXPORTS.has(kind);
      if (isReport) await get().loadReportTemplate();
      const reportTemplate = get().reportTemplate?.template;
      if (
        isReport &&
        !options.force &&
        refuseUnfinishedReport(context, get().record ?? record, stageId, profile)
      ) {
        return;
      }
      set({ busy: `Preparing the ${EXPORT_NAMES[kind].toLowerCase()}…` });
      try {
        const { runExport } = await import('../services/exports/run-export');
        // Exports list each element's linked evidence: the record goes with its library.
        const full = await withEvidence(repository, get().record ?? record);
        // The certifying body's details go on every page; unreadable settings stop the export
        // rather than let it go out quietly without them.
        const settings = await repository.loadSettings();
        const file = await runExport(kind, full, stageId, {
          generatedAt: deps.now(),
          today: deps.today(),
          profile,
          certifyingBody: settings.certifyingBody,
          ...(reportTemplate ? { reportTemplate } : {}),
        });
        set({ busy: null });
        const result = await platform.saveFile(file.kind, file.name, file.bytes);
        if (!result.saved && result.reason === 'failed') {
          get().showDialog({
            kind: 'message',
            title: 'The export was not saved',
            body: result.message ?? 'Saving failed.',
          });
        }
      } catch (error) {
        set({ busy: null });
        fail(`The ${EXPORT_NAMES[kind].toLowerCase()} could not be made`, error);
      }
    },
  };
}

/** Reading an edited workbook back: its differences shown for choosing. */
function workbookReadingActions({
  set,
  get,
  deps,
  fail,
}: ExportContext): Pick<ExportSlice, 'importWorkbookFile'> {
  const { platform } = deps;
  return {
    async importWorkbookFile(stageId) {
      const record = get().record;
      if (!record || get().busy) return;
      const signed = record.stages.find((s) => s.id === stageId)?.signOff;
      if (signed) {
        get().showDialog({
          kind: 'message',
          title: 'This stage is signed off',
          body: `It was signed off by ${signed.signedOffBy}, so a workbook cannot be imported into it. Withdraw the sign-off first (with a reason, which is recorded). Nothing was changed.`,
        });
        return;
      }
      let file;
      try {
        file = await platform.openFile('xlsx');
      } catch (error) {
        fail('The workbook could not be opened', error);
        return;
      }
      if (!file) return;
      await get().flush();
      set({ busy: `Reading ${file.name}…` });
      const current = get().record ?? record;
      try {
        const { workbookDifferences } = await import('../services/exports/import-workbook');
        const read = await workbookDifferences(file.bytes, current, stageId);
        set({ busy: null });
        if (!read.ok) {
          get().showDialog({
            kind: 'message',
            title: `${file.name} was not imported`,
            body: `${read.errors.join(' ')} Nothing was changed.`,
          });
          return;
        }
        get().showDialog({ kind: 'xlsx-import', fileName: file.name, stageId, edits: read.value });
      } catch (error) {
        set({ busy: null });
        fail(`${file.name} was not imported`, error);
      }
    },
  };
}

/** Applying the chosen differences of a workbook read back, after a safety backup. */
function workbookApplyingActions({
  set,
  get,
  deps,
  fail,
}: ExportContext): Pick<ExportSlice, 'applyWorkbookEdits'> {
  const { repository } = deps;
  return {
    async applyWorkbookEdits(stageId, accepted) {
      const record = get().record;
      if (!record) return;
      await get().flush();
      // The safety backup before an import writes over stored text; without it, nothing is written.
      const safety = await deps.beforeImport?.();
      if (safety?.kind === 'failed') {
        get().showDialog({
          kind: 'message',
          title: 'Nothing was imported',
          body: `${safety.message} So that nothing can be lost, nothing was imported.`,
        });
        return;
      }
      const { applyEdits } = await import('../services/exports/import-workbook');
      const applied = applyEdits(get().record ?? record, stageId, accepted);
      if (!applied.ok) {
        get().showDialog({
          kind: 'message',
          title: 'Nothing was imported',
          body: `${applied.errors.join(' ')} Read the workbook again to see the current differences.`,
        });
        return;
      }
      try {
        await repository.replaceRecord(applied.value);
      } catch (error) {
        fail('Nothing was imported', error);
        return;
      }
      // Undo would write the text from before the import back over it.
      set({ record: applied.value, undoStack: [] });
      get().showDialog({
        kind: 'message',
        title: 'Workbook imported',
        body: `${accepted.length} change${accepted.length === 1 ? '' : 's'} applied; each is in the elements' history.`,
      });
    },
  };
}

/** Exports of a stage (XLSX, PDF, Word) and reading an edited workbook back. */
export function createExportSlice(set: Set, get: Get, deps: AppDeps): ExportSlice {
  const fail = (title: string, error: unknown): void =>
    get().showDialog({
      kind: 'message',
      title,
      body: describeError(error).replace(/^Not saved: /, ''),
    });
  const context: ExportContext = { set, get, deps, fail };
  return {
    busy: null,
    ...exportingActions(context),
    ...workbookReadingActions(context),
    ...workbookApplyingActions(context),
  };
}
