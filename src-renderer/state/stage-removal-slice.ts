import type { StoreApi } from 'zustand/vanilla';
import { stageTitle } from '../../shared/records/select-stage';
import type { AppDeps, AppState } from './app-state';
import type { StageRemovalSlice } from './slice-types/settings';
import { describeError } from './describe-error';
import { findStage } from './record-edit';

type Set = StoreApi<AppState>['setState'];
type Get = StoreApi<AppState>['getState'];

/** Removing a stage created by mistake: backup first, then one transaction, then say so. */
export function createStageRemovalSlice(set: Set, get: Get, deps: AppDeps): StageRemovalSlice {
  const { repository } = deps;
  const tell = (title: string, body: string): void =>
    get().showDialog({ kind: 'message', title, body });

  return {
    async removeStage(stageId) {
      await get().flush();
      const record = get().record;
      const stage = findStage(record, stageId);
      if (!record || !stage) return false;
      const title = stageTitle(stage);
      const notRemoved = `${title} was not removed`;
      if (stage.signOff) {
        tell(
          notRemoved,
          `${title} is signed off. Withdraw the sign-off first. Nothing was changed.`,
        );
        return false;
      }
      const safety = await deps.beforeRemoval?.();
      if (safety?.kind === 'failed') {
        tell(notRemoved, `${safety.message} So that nothing can be lost, nothing was changed.`);
        return false;
      }
      let result;
      try {
        result = await repository.removeStage(record.organisation.id, stageId);
      } catch (error) {
        tell(notRemoved, describeError(error));
        return false;
      }
      const current = get().record ?? record;
      set({
        record: { ...current, stages: current.stages.filter((s) => s.id !== stageId) },
        undoStack: get().undoStack.filter((step) => step.stageId !== stageId),
      });
      const route = get().route;
      if (route.screen !== 'portfolio' && 'stageId' in route && route.stageId === stageId) {
        get().navigate({ screen: 'organisation', organisationId: record.organisation.id });
      }
      const backup =
        safety?.kind === 'kept'
          ? 'A backup of every record was made first (Backups… lists it).'
          : 'No backup was made: this version keeps none.';
      const unlinked =
        result.removed.unlinked > 0
          ? ` ${result.removed.unlinked} evidence link${result.removed.unlinked === 1 ? ' was' : 's were'} removed with it.`
          : '';
      tell(
        `${title} removed`,
        `${title} and its ${result.removed.finalMarks} final mark${result.removed.finalMarks === 1 ? '' : 's'} were removed; the removal is in the history.${unlinked} ${backup}`,
      );
      return true;
    },
  };
}
