import type { StoreApi } from 'zustand/vanilla';
import { looksLikeZip } from '../../shared/evidence/file-kinds';
import { readExchangeText } from '../../shared/exchange/read';
import { writeExchangeText } from '../../shared/exchange/write';
import { findByReference } from '../../shared/records/find-by-reference';
import type { AssessmentRecord } from '../../shared/types/record';
import type { OpenedFile } from '../../shared/ipc/contract';
import type { PendingBundle } from '../features/evidence/bundle-io';
import { importBundle, readBundleFile } from '../features/evidence/bundle-io';
import type { AppDeps, AppState, FileSlice } from './app-state';
import { describeError } from './describe-error';
import { recordFileName } from './file-names';
import { withEvidence } from './record-with-evidence';
import { brokenSignOffs, guardImport } from './import-guard';

type Set = StoreApi<AppState>['setState'];
type Get = StoreApi<AppState>['getState'];

const GENERATOR = 'CSE Fieldbook';

/**
 * Opening records (exchange files, and record bundles: the record with its documents in one zip)
 * and saving them in the exchange format through the platform.
 */
export function createFileSlice(_set: Set, get: Get, deps: AppDeps): FileSlice {
  const { platform, repository } = deps;

  /** Makes the safety backup before an import; false (and says why) when it failed. */
  async function safeToImport(): Promise<boolean> {
    const safety = await deps.beforeImport?.();
    if (safety?.kind !== 'failed') return true;
    get().showDialog({
      kind: 'message',
      title: 'The record was not imported',
      body: `${safety.message} So that nothing can be lost, nothing was imported.`,
    });
    return false;
  }

  async function importRecord(
    record: Parameters<typeof repository.createRecord>[0],
    replace: boolean,
  ): Promise<void> {
    if (!(await safeToImport())) return;
    try {
      // Stored signed-off stages are kept as they are (the preview said so).
      if (replace) await repository.replaceRecord((await guardImport(repository, record)).record);
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
    // The undo history holds text from before the import: undoing would write it over.
    get().clearUndo();
    await get().loadPortfolio();
    get().navigate({ screen: 'organisation', organisationId: record.organisation.id });
  }

  /** Imports a checked bundle (record, library, files; see `importBundle`) and opens it. */
  async function importBundleFile(pending: PendingBundle): Promise<void> {
    if (!(await safeToImport())) return;
    let result;
    try {
      result = await importBundle(deps, pending);
    } catch (error) {
      result = { opened: false, message: describeError(error) };
    }
    if (!result.opened) {
      get().showDialog({
        kind: 'message',
        title: 'The record was not imported',
        body: result.message,
      });
      return;
    }
    get().clearUndo();
    await get().loadPortfolio();
    const id = pending.bundle.read.record.organisation.id;
    get().navigate({ screen: 'organisation', organisationId: id });
    get().showDialog({ kind: 'message', title: 'Record bundle opened', body: result.message });
  }

  /**
   * Another stored organisation with the file's reference (its id differs, so it is not the same
   * record): asks first, rather than making a second line with the same reference. True when it
   * asked. The stored organisations are read afresh.
   */
  async function askAboutReference(
    fileName: string,
    record: AssessmentRecord,
    bundle?: PendingBundle,
  ): Promise<boolean> {
    const rows = await repository.listPortfolio().catch(() => get().portfolio ?? []);
    const holder = findByReference(
      rows.map((r) => r.organisation),
      record.organisation.reference,
      record.organisation.id,
    );
    if (!holder) return false;
    get().showDialog({
      kind: 'confirm-duplicate-reference',
      fileName,
      record,
      holder,
      ...(bundle ? { bundle } : {}),
    });
    return true;
  }

  /** A zip picked through "Open record…": read as a record bundle, confirmed when it replaces. */
  async function openBundleFile(file: OpenedFile): Promise<void> {
    let read;
    try {
      read = await readBundleFile(deps, file);
    } catch (error) {
      get().showDialog({
        kind: 'message',
        title: 'The file could not be opened',
        body: describeError(error),
      });
      return;
    }
    if (!read.ok) {
      get().showDialog({ kind: 'file-errors', fileName: file.name, errors: read.errors });
      return;
    }
    const pending = read.value;
    if (pending.replaces === null) {
      if (await askAboutReference(file.name, pending.bundle.read.record, pending)) return;
      await importBundleFile(pending);
      return;
    }
    const record = pending.bundle.read.record;
    const row = (get().portfolio ?? []).find((r) => r.organisation.id === record.organisation.id);
    get().showDialog({
      kind: 'confirm-replace',
      fileName: file.name,
      record,
      existing: row?.organisation ?? { ...record.organisation, name: pending.replaces },
      bundle: pending,
      kept: pending.kept,
    });
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
      if (looksLikeZip(file.bytes)) {
        await openBundleFile(file);
        return;
      }
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
      const broken = await brokenSignOffs(record, deps.crypto);
      if (broken.length > 0) {
        get().showDialog({ kind: 'file-errors', fileName: file.name, errors: broken });
        return;
      }
      const existing = (get().portfolio ?? []).find(
        (row) => row.organisation.id === record.organisation.id,
      );
      if (existing) {
        let kept: readonly string[];
        try {
          kept = (await guardImport(repository, record)).kept;
        } catch (error) {
          get().showDialog({
            kind: 'message',
            title: 'The file could not be opened',
            body: describeError(error).replace(/^Not saved: /, ''),
          });
          return;
        }
        get().showDialog({
          kind: 'confirm-replace',
          fileName: file.name,
          record,
          existing: existing.organisation,
          kept,
        });
        return;
      }
      if (await askAboutReference(file.name, record)) return;
      await importRecord(record, false);
    },

    async importDespiteReference() {
      const dialog = get().dialog;
      if (dialog?.kind !== 'confirm-duplicate-reference') return;
      if (dialog.bundle) await importBundleFile(dialog.bundle);
      else await importRecord(dialog.record, false);
    },

    async confirmReplace() {
      const dialog = get().dialog;
      if (dialog?.kind !== 'confirm-replace') return;
      await get().flush();
      const id = dialog.record.organisation.id;
      // The record on screen is dropped so that it is read again once replaced; the route may
      // stay the same (its screen then would not read it), so it is read here.
      const onScreen = get().record?.organisation.id === id;
      if (onScreen) _set({ record: null });
      if (dialog.bundle) await importBundleFile(dialog.bundle);
      else await importRecord(dialog.record, true);
      if (onScreen) await get().openRecord(id);
    },

    async saveRecordFile() {
      const record = get().record;
      if (!record) return;
      await get().flush();
      // The evidence library (documents' metadata and links) is part of the record's file.
      let full;
      try {
        full = await withEvidence(repository, record);
      } catch (error) {
        get().showDialog({
          kind: 'message',
          title: 'The file was not saved',
          body: describeError(error),
        });
        return;
      }
      const text = writeExchangeText(full, { exportedAt: deps.now(), generator: GENERATOR });
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
