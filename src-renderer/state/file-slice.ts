import type { StoreApi } from 'zustand/vanilla';
import { generatorText } from '../../shared/app-identity';
import { writeExchangeText } from '../../shared/exchange/write';
import { encodeUtf8 } from '../../shared/text/utf8';
import { recordFileName } from '../services/file-names';
import type { AppDeps, AppState } from './app-state';
import type { FileSlice } from './slice-types/import';
import { describeError } from './describe-error';
import type { FileContext } from './file-open';
import { importBundleFile, openPickedFile } from './file-open';
import { withEvidence } from './record-with-evidence';

type Set = StoreApi<AppState>['setState'];
type Get = StoreApi<AppState>['getState'];

/** "Open record…" and the confirmations it may ask for (file-open.ts does the reading). */
function openingActions(
  c: FileContext,
): Pick<FileSlice, 'openRecordFile' | 'importDespiteReference' | 'confirmReplace'> {
  const { get, deps } = c;
  return {
    async openRecordFile(picker = 'record') {
      let file;
      try {
        file = await deps.platform.openFile(picker);
      } catch (error) {
        get().showDialog({
          kind: 'message',
          title: 'The file could not be opened',
          body: describeError(error),
        });
        return;
      }
      if (file) await openPickedFile(c, file);
    },

    async importDespiteReference() {
      const dialog = get().dialog;
      if (dialog?.kind !== 'confirm-duplicate-reference') return;
      if (dialog.bundle) await importBundleFile(c, dialog.bundle);
      else await get().importRecord(dialog.record, { replace: false });
    },

    async confirmReplace() {
      const dialog = get().dialog;
      if (dialog?.kind !== 'confirm-replace') return;
      await get().flush();
      // The record on screen is read again once replaced (`recordReplaced`).
      if (dialog.bundle) await importBundleFile(c, dialog.bundle);
      else await get().importRecord(dialog.record, { replace: true });
    },
  };
}

/** "Save record…": the record with its evidence library, in the exchange format. */
function savingActions({ get, deps }: FileContext): Pick<FileSlice, 'saveRecordFile'> {
  const notSaved = (body: string): void =>
    get().showDialog({ kind: 'message', title: 'The file was not saved', body });
  return {
    async saveRecordFile() {
      const record = get().record;
      if (!record) return;
      await get().flush();
      // The evidence library (documents' metadata and links) is part of the record's file.
      let full;
      try {
        full = await withEvidence(deps.repository, record);
      } catch (error) {
        notSaved(describeError(error));
        return;
      }
      const text = writeExchangeText(full, { exportedAt: deps.now(), generator: generatorText() });
      try {
        const result = await deps.platform.saveFile(
          'record',
          recordFileName(record.organisation, 'json'),
          encodeUtf8(text),
        );
        if (!result.saved && result.reason === 'failed') {
          notSaved(result.message ?? 'Saving failed.');
        }
      } catch (error) {
        notSaved(describeError(error));
      }
    },
  };
}

/**
 * Opening records (exchange files, and record bundles: the record with its documents in one zip)
 * and saving them in the exchange format through the platform.
 */
export function createFileSlice(_set: Set, get: Get, deps: AppDeps): FileSlice {
  const context: FileContext = { get, deps };
  return { ...openingActions(context), ...savingActions(context) };
}
