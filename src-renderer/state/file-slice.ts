import type { StoreApi } from 'zustand/vanilla';
import { readExchangeText } from '../../shared/exchange/read';
import { writeExchangeText } from '../../shared/exchange/write';
import type { AppDeps, AppState, FileSlice } from './app-state';
import { describeError } from './describe-error';
import { recordFileName } from './file-names';

type Set = StoreApi<AppState>['setState'];
type Get = StoreApi<AppState>['getState'];

const GENERATOR = 'CSE Fieldbook';

/** Opening and saving records in the exchange format through the platform. */
export function createFileSlice(_set: Set, get: Get, deps: AppDeps): FileSlice {
  const { platform, repository } = deps;

  async function importRecord(
    record: Parameters<typeof repository.createRecord>[0],
    replace: boolean,
  ): Promise<void> {
    const safety = await deps.beforeImport?.();
    if (safety?.kind === 'failed') {
      get().showDialog({
        kind: 'message',
        title: 'The record was not imported',
        body: `${safety.message} So that nothing can be lost, nothing was imported.`,
      });
      return;
    }
    try {
      if (replace) await repository.replaceRecord(record);
      else await repository.createRecord(record);
    } catch (error) {
      get().showDialog({
        kind: 'message',
        title: 'The record was not imported',
        body: `${describeError(error)} Nothing already stored was changed.`,
      });
      return;
    }
    get().showDialog(null);
    await get().loadPortfolio();
    get().navigate({ screen: 'organisation', organisationId: record.organisation.id });
  }

  return {
    async openRecordFile() {
      let file;
      try {
        file = await platform.openFile('record');
      } catch (error) {
        get().showDialog({
          kind: 'message',
          title: 'The file could not be opened',
          body: describeError(error),
        });
        return;
      }
      if (!file) return;
      let text: string;
      try {
        text = new TextDecoder('utf-8', { fatal: true }).decode(file.bytes);
      } catch {
        get().showDialog({
          kind: 'file-errors',
          fileName: file.name,
          errors: [
            {
              path: '$',
              problem: 'the file is not UTF-8 text',
              expected: 'a CSE Fieldbook exchange file (JSON)',
            },
          ],
        });
        return;
      }
      const read = readExchangeText(text);
      if (!read.ok) {
        get().showDialog({ kind: 'file-errors', fileName: file.name, errors: read.errors });
        return;
      }
      const record = read.value.record;
      const existing = (get().portfolio ?? []).find(
        (row) => row.organisation.id === record.organisation.id,
      );
      if (existing) {
        get().showDialog({
          kind: 'confirm-replace',
          fileName: file.name,
          record,
          existing: existing.organisation,
        });
        return;
      }
      await importRecord(record, false);
    },

    async confirmReplace() {
      const dialog = get().dialog;
      if (dialog?.kind !== 'confirm-replace') return;
      await get().flush();
      if (get().record?.organisation.id === dialog.record.organisation.id) _set({ record: null });
      await importRecord(dialog.record, true);
    },

    async saveRecordFile() {
      const record = get().record;
      if (!record) return;
      await get().flush();
      // The evidence library (documents' metadata and links) is part of the record's file.
      let evidence;
      try {
        evidence = await repository.loadEvidence(record.organisation.id);
      } catch (error) {
        get().showDialog({
          kind: 'message',
          title: 'The file was not saved',
          body: describeError(error),
        });
        return;
      }
      const text = writeExchangeText(
        { ...record, evidence },
        { exportedAt: deps.now(), generator: GENERATOR },
      );
      try {
        const result = await platform.saveFile(
          'record',
          recordFileName(record.organisation, 'json'),
          new TextEncoder().encode(text),
        );
        if (!result.saved && result.reason === 'failed') {
          get().showDialog({
            kind: 'message',
            title: 'The file was not saved',
            body: result.message ?? 'Saving failed.',
          });
        }
      } catch (error) {
        get().showDialog({
          kind: 'message',
          title: 'The file was not saved',
          body: describeError(error),
        });
      }
    },
  };
}
