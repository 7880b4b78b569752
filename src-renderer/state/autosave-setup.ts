import type { StoreApi } from 'zustand/vanilla';
import { isPermanentRefusal } from '../db/index';
import type { RecoveryTarget } from '../db/index';
import type { AppDeps, AppState } from './app-state';
import type { PendingWrite } from './autosave';
import { AutosaveQueue } from './autosave';
import { describeError } from './describe-error';

type Set = StoreApi<AppState>['setState'];
type Get = StoreApi<AppState>['getState'];

/** Where a pending write was going, as the recovery table records it. */
export function recoveryTarget(op: PendingWrite): RecoveryTarget {
  switch (op.kind) {
    case 'entry':
      return { kind: 'entry', stageId: op.stageId, element: op.element };
    case 'stage':
      return { kind: 'stage', stageId: op.stageId };
    case 'organisation':
      return { kind: 'organisation' };
  }
}

/**
 * The app's one autosave queue: writes through the repository, reports the status, keeps every
 * pending edit in the journal (when the app has one), and hands writes the repository refuses
 * for good to the recovery table, from where the assessor can copy or re-apply them.
 */
export function createAutosave(set: Set, get: Get, deps: AppDeps): AutosaveQueue {
  const { repository } = deps;
  return new AutosaveQueue({
    write: async (op) => {
      switch (op.kind) {
        case 'entry':
          return repository.updateEntry(op.organisationId, op.stageId, op.element, op.patch);
        case 'stage':
          return repository.updateStage(op.organisationId, op.stageId, op.patch);
        case 'organisation':
          return repository.updateOrganisation(op.organisationId, op.patch);
      }
    },
    // Every keystroke queues an edit and reports 'pending': announce only a change of state, so
    // typing does not notify every subscriber (and re-render the status) once per character.
    onStatus: (save) => {
      const shown = get().save.state;
      if (save.state === shown && (shown === 'pending' || shown === 'saving')) return;
      set({ save });
    },
    describeError,
    isPermanent: isPermanentRefusal,
    onRefused: async (op, error) => {
      const record = get().record;
      const name =
        record?.organisation.id === op.organisationId
          ? record.organisation.name
          : ((get().portfolio ?? []).find((r) => r.organisation.id === op.organisationId)
              ?.organisation.name ?? '');
      const item = await repository.keepRecovery({
        organisationId: op.organisationId,
        organisationName: name,
        target: recoveryTarget(op),
        patch: op.patch,
        reason: error instanceof Error ? error.message : String(error),
      });
      set({ recovery: [...get().recovery, item] });
    },
    ...(deps.journal ? { journal: deps.journal } : {}),
  });
}
