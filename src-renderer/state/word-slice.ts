import type { StoreApi } from 'zustand/vanilla';
import type { ColumnMappings, DocxImport } from '../../shared/word';
import { readWordRecord } from '../services/word/word-io';
import { keepReports } from '../../shared/report/keep-reports';
import type { AppDeps, AppState, Dialog, WordSlice } from './app-state';
import { describeError } from './describe-error';
import type { SliceContext } from './slice-context';
import { guardImport } from './import-guard';

type Set = StoreApi<AppState>['setState'];
type Get = StoreApi<AppState>['getState'];

/** What the Word slice's action creators share. */
interface WordContext extends SliceContext {
  readonly message: (title: string, body: string) => void;
}

/** A reader's refusal ("the file is empty") as a sentence: capital first, full stop last. */
function asSentence(text: string): string {
  const trimmed = text.trim();
  const capital = trimmed.charAt(0).toUpperCase() + trimmed.slice(1);
  return /[.!?]$/.test(capital) ? capital : `${capital}.`;
}

/** The preview dialog of a read document: over the stored organisation when there is one. */
async function previewOf(
  { get, deps }: WordContext,
  fileName: string,
  bytes: Uint8Array,
  mappings: ColumnMappings,
  imported: DocxImport,
): Promise<Dialog> {
  const { repository } = deps;
  const { sameOrganisation, diffRecords, importOverStored } = await import('../../shared/word');
  await get().loadPortfolio();
  const row = (get().portfolio ?? []).find(
    (r) => r.trashedAt === null && sameOrganisation(r.organisation, imported.record.organisation),
  );
  const existing = row ? await repository.loadRecord(row.organisation.id) : null;
  const over = existing ? importOverStored(existing, imported.record) : null;
  // What storing would write: also what the sign-off guard keeps as stored, said in words.
  const guarded = over ? await guardImport(repository, over.record) : null;
  return {
    kind: 'word-import',
    fileName,
    bytes,
    mappings,
    imported,
    existing,
    over,
    kept: guarded?.kept ?? [],
    diff: existing && guarded ? diffRecords(existing, guarded.record) : null,
  };
}

/** Reading a Word file into a preview, and reading it again with the assessor's column mapping. */
function readingActions(
  context: WordContext,
): Pick<WordSlice, 'importWordFile' | 'rereadWordImport'> {
  const { set, get, deps, message } = context;
  return {
    async importWordFile() {
      let file;
      try {
        file = await deps.platform.openFile('docx');
      } catch (error) {
        message(
          'The Word file could not be opened',
          describeError(error).replace(/^Not saved: /, ''),
        );
        return;
      }
      if (!file) return;
      await get().flush();
      set({ busy: `Reading ${file.name}…` });
      try {
        const read = await readWordRecord(file.bytes, file.name, deps.newId, {});
        set({ busy: null });
        if (!read.ok) {
          message(
            `${file.name} was not imported`,
            `${read.errors.map((e) => asSentence(e.message)).join(' ')} Nothing was stored.`,
          );
          return;
        }
        get().showDialog(await previewOf(context, file.name, file.bytes, {}, read.value));
      } catch (error) {
        set({ busy: null });
        message(`${file.name} was not imported`, describeError(error).replace(/^Not saved: /, ''));
      }
    },

    async rereadWordImport(mappings) {
      const dialog = get().dialog;
      if (dialog?.kind !== 'word-import') return;
      set({ busy: `Reading ${dialog.fileName} again…` });
      try {
        const read = await readWordRecord(dialog.bytes, dialog.fileName, deps.newId, mappings);
        set({ busy: null });
        if (!read.ok) {
          message(
            `${dialog.fileName} was not imported`,
            read.errors.map((e) => e.message).join(' '),
          );
          return;
        }
        const next = await previewOf(context, dialog.fileName, dialog.bytes, mappings, read.value);
        if (get().dialog === dialog) get().showDialog(next);
      } catch (error) {
        set({ busy: null });
        message(`${dialog.fileName} was not read again`, describeError(error));
      }
    },
  };
}

/** Storing the previewed record. */
function confirmingActions({ get }: WordContext): Pick<WordSlice, 'confirmWordImport'> {
  return {
    async confirmWordImport(acceptBlocking = false) {
      const dialog = get().dialog;
      if (dialog?.kind !== 'word-import') return;
      if (dialog.imported.preview.blocking.length > 0 && !acceptBlocking) return;
      // Over a stored organisation the import keeps its ids (so history, links and sign-offs
      // stay attached), its signed-off stages and the evidence library (see importOverStored),
      // and the stages' assessment reports, which the Word layout cannot carry (kept by stage id).
      // The stored signed-off stages (and, while any is signed off, the header) are kept as they
      // are, as stored now (see keepSignedOffStages), never dropped or written over.
      const over = dialog.over?.record ?? dialog.imported.record;
      const record = dialog.existing ? keepReports(over, dialog.existing) : over;
      await get().importRecord(record, { replace: dialog.existing !== null });
    },
  };
}

/** Bringing in a record kept in the certifying body's Word layout: read, preview, confirm. */
export function createWordSlice(set: Set, get: Get, deps: AppDeps): WordSlice {
  const message = (title: string, body: string): void =>
    get().showDialog({ kind: 'message', title, body });
  const context: WordContext = { set, get, deps, message };
  return { ...readingActions(context), ...confirmingActions(context) };
}
