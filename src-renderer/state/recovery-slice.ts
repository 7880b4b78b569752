import type { StoreApi } from 'zustand/vanilla';
import type { EntryPatch, OrganisationPatch, RecoveryItem, StagePatch } from '../db/index';
import type { AppDeps, AppState } from './app-state';
import type { RecoverySlice } from './slice-types/recovery';
import { describeError } from './describe-error';
import { withPending } from './record-edit';
import type { PendingWrite } from './autosave';

type Set = StoreApi<AppState>['setState'];
type Get = StoreApi<AppState>['getState'];

/** The write a kept refusal stands for. */
export function recoveredWrite(item: RecoveryItem): PendingWrite {
  const organisationId = item.organisationId;
  switch (item.target.kind) {
    case 'entry':
      return {
        kind: 'entry',
        organisationId,
        stageId: item.target.stageId,
        element: item.target.element,
        patch: item.patch as EntryPatch,
      };
    case 'stage':
      return {
        kind: 'stage',
        organisationId,
        stageId: item.target.stageId,
        patch: item.patch as StagePatch,
      };
    case 'organisation':
      return { kind: 'organisation', organisationId, patch: item.patch as OrganisationPatch };
  }
}

/**
 * Edits the database refused for good, kept with their text (never dropped): listed for the
 * assessor, who can copy the text, apply it again once the cause is gone (the sign-off withdrawn,
 * the record restored from the trash), or dismiss it.
 */
export function createRecoverySlice(set: Set, get: Get, deps: AppDeps): RecoverySlice {
  const { repository } = deps;
  const drop = (id: string): void => set({ recovery: get().recovery.filter((r) => r.id !== id) });

  return {
    recovery: [],

    async loadRecovery() {
      try {
        set({ recovery: await repository.listRecovery() });
      } catch (error) {
        console.warn('The kept refused edits could not be read:', error);
      }
    },

    async reapplyRecovery(id) {
      const item = get().recovery.find((r) => r.id === id);
      if (!item) return null;
      await get().flush();
      const op = recoveredWrite(item);
      try {
        switch (op.kind) {
          case 'entry':
            await repository.updateEntry(op.organisationId, op.stageId, op.element, op.patch);
            break;
          case 'stage':
            await repository.updateStage(op.organisationId, op.stageId, op.patch);
            break;
          case 'organisation':
            await repository.updateOrganisation(op.organisationId, op.patch);
            break;
        }
        await repository.removeRecovery(id);
      } catch (error) {
        return describeError(error).replace(/^Not saved: /, '');
      }
      drop(id);
      const record = get().record;
      if (record?.organisation.id === op.organisationId) set({ record: withPending(record, [op]) });
      return null;
    },

    async dismissRecovery(id) {
      try {
        await repository.removeRecovery(id);
      } catch (error) {
        // Gone already (another window): it is dropped from the list all the same.
        console.warn('A kept refused edit could not be removed:', error);
      }
      drop(id);
    },
  };
}
