import type { StoreApi } from 'zustand/vanilla';
import { readWordRecord } from '../services/word/word-io';
import { keepReports } from '../../shared/report/keep-reports';
import type { AppDeps, AppState, WordSlice } from './app-state';
import { describeError } from './describe-error';
import { guardImport } from './import-guard';

type Set = StoreApi<AppState>['setState'];

/** A reader's refusal ("the file is empty") as a sentence: capital first, full stop last. */
function asSentence(text: string): string {
  const trimmed = text.trim();
  const capital = trimmed.charAt(0).toUpperCase() + trimmed.slice(1);
  return /[.!?]$/.test(capital) ? capital : `${capital}.`;
}
type Get = StoreApi<AppState>['getState'];

/** Bringing in a record kept in the certifying body's Word layout: read, preview, confirm. */
export function createWordSlice(set: Set, get: Get, deps: AppDeps): WordSlice {
  const { platform, repository } = deps;
  const message = (title: string, body: string): void =>
    get().showDialog({ kind: 'message', title, body });

  return {
    async importWordFile() {
      let file;
      try {
        file = await platform.openFile('docx');
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
        const read = await readWordRecord(file.bytes, file.name, deps.newId);
        set({ busy: null });
        if (!read.ok) {
          message(
            `${file.name} was not imported`,
            `${read.errors.map((e) => asSentence(e.message)).join(' ')} Nothing was stored.`,
          );
          return;
        }
        const { sameOrganisation, diffRecords } = await import('../../shared/word');
        await get().loadPortfolio();
        const row = (get().portfolio ?? []).find(
          (r) =>
            r.trashedAt === null &&
            sameOrganisation(r.organisation, read.value.record.organisation),
        );
        const stored = row ? await repository.loadRecord(row.organisation.id) : null;
        get().showDialog({
          kind: 'word-import',
          fileName: file.name,
          imported: read.value,
          existing: stored,
          diff: stored ? diffRecords(stored, read.value.record) : null,
        });
      } catch (error) {
        set({ busy: null });
        message(`${file.name} was not imported`, describeError(error).replace(/^Not saved: /, ''));
      }
    },

    async confirmWordImport() {
      const dialog = get().dialog;
      if (dialog?.kind !== 'word-import') return;
      const safety = await deps.beforeImport?.();
      if (safety?.kind === 'failed') {
        message(
          'The record was not imported',
          `${safety.message} So that nothing can be lost, nothing was imported.`,
        );
        return;
      }
      const existing = dialog.existing;
      // Over a stored organisation the import keeps its ids (so history and links stay), the
      // evidence library and the stages' assessment reports, which the Word layout cannot carry.
      const record = existing
        ? keepReports(
            {
              ...dialog.imported.record,
              organisation: {
                ...dialog.imported.record.organisation,
                id: existing.organisation.id,
              },
              ...(existing.evidence ? { evidence: existing.evidence } : {}),
            },
            existing,
          )
        : dialog.imported.record;
      try {
        // A Word record carries no sign-off: the stored signed-off stages are kept as they are
        // (matched by kind and cycle; see keepSignedOffStages), never dropped or written over.
        if (existing)
          await repository.replaceRecord((await guardImport(repository, record)).record);
        else await repository.createRecord(record);
      } catch (error) {
        message(
          'The record was not imported',
          `${describeError(error).replace(/^Not saved: /, '')} Nothing already stored was changed.`,
        );
        return;
      }
      get().showDialog(null);
      get().clearUndo();
      if (get().record?.organisation.id === record.organisation.id) set({ record: null });
      await get().loadPortfolio();
      get().navigate({ screen: 'organisation', organisationId: record.organisation.id });
    },
  };
}
