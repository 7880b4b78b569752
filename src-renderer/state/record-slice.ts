import { nextStageKind, startNextStage } from '../../shared/records/start-next-stage';
import { stageTitle } from '../../shared/records/select-stage';
import type { StageId } from '../../shared/types/ids';
import type { StoreApi } from 'zustand/vanilla';
import type { AppDeps, AppState, RecordSlice } from './app-state';
import { AutosaveQueue } from './autosave';
import { describeError } from './describe-error';
import { findStage, patchEntry, patchStage, previousValues } from './record-edit';
import { pushUndo } from './undo';
import { CONTENT_HASH_SCHEME, stageContentHash } from '../../shared/signoff/content-hash';
import type { StageSignOff } from '../../shared/types/record';
import { webSha256 } from '../features/signoff/web-sha256';

type Set = StoreApi<AppState>['setState'];
type Get = StoreApi<AppState>['getState'];

/** The record being edited, with debounced autosave and an undo stack. */
export function createRecordSlice(set: Set, get: Get, deps: AppDeps): RecordSlice {
  const { repository } = deps;
  const autosave = new AutosaveQueue({
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
  });

  /** A signed-off stage takes no edits; says so once per attempt and returns true. */
  function refuseIfSignedOff(stageId: StageId): boolean {
    const stage = findStage(get().record, stageId);
    if (!stage?.signOff) return false;
    if (get().dialog === null) {
      get().showDialog({
        kind: 'message',
        title: 'This stage is signed off',
        body: `${stageTitle(stage)} was signed off by ${stage.signOff.signedOffBy}, so it is read-only. Withdraw the sign-off (with a reason, which is recorded) to change it.`,
      });
    }
    return true;
  }

  return {
    record: null,
    recordError: null,
    save: { state: 'idle' },
    undoStack: [],

    async openRecord(id) {
      if (get().record?.organisation.id === id) return;
      await autosave.flush();
      try {
        const record = await repository.loadRecord(id);
        set({
          record,
          recordError: record ? null : 'This organisation does not exist or was deleted.',
          undoStack: [],
        });
      } catch (error) {
        set({ record: null, recordError: describeError(error) });
      }
    },

    editEntry(stageId, element, patch) {
      const record = get().record;
      if (refuseIfSignedOff(stageId)) return;
      const entry = findStage(record, stageId)?.entries.find((e) => e.element === element);
      if (!record || !entry) return;
      const before = previousValues(entry, patch);
      if (
        Object.keys(patch).every(
          (k) => before[k as keyof typeof before] === patch[k as keyof typeof patch],
        )
      )
        return;
      set({
        record: patchEntry(record, stageId, element, patch),
        undoStack: pushUndo(get().undoStack, {
          stageId,
          element,
          before,
          after: patch,
          at: performance.now(),
          label: `${element} ${Object.keys(patch).join(', ')}`,
        }),
      });
      autosave.enqueue({
        kind: 'entry',
        organisationId: record.organisation.id,
        stageId,
        element,
        patch,
      });
      // A mark or the VO flag is a decision, not typing: write it now, so every one is on record.
      if ('dtrMark' in patch || 'finalMark' in patch || 'verifiedOnSite' in patch) {
        void autosave.flush();
      }
    },

    editStage(stageId, patch) {
      const record = get().record;
      if (refuseIfSignedOff(stageId)) return;
      if (!record) return;
      set({ record: patchStage(record, stageId, patch) });
      autosave.enqueue({ kind: 'stage', organisationId: record.organisation.id, stageId, patch });
    },

    editOrganisation(patch) {
      const record = get().record;
      if (!record) return;
      set({ record: { ...record, organisation: { ...record.organisation, ...patch } } });
      autosave.enqueue({ kind: 'organisation', organisationId: record.organisation.id, patch });
    },

    async startNextStage() {
      const record = get().record;
      const next = record ? nextStageKind(record) : null;
      if (!record || !next) return null;
      await autosave.flush();
      const started = startNextStage(record, {
        id: deps.newId() as StageId,
        kind: next.kind,
        cycle: next.cycle,
        today: deps.today(),
      });
      if (!started.ok) {
        get().showDialog({
          kind: 'message',
          title: 'The stage was not started',
          body: started.errors.join(' '),
        });
        return null;
      }
      try {
        await repository.addStage(record.organisation.id, started.value.stage);
      } catch (error) {
        get().showDialog({
          kind: 'message',
          title: 'The stage was not started',
          body: describeError(error),
        });
        return null;
      }
      set({ record: started.value.record });
      get().showDialog({
        kind: 'message',
        title: `${stageTitle(started.value.stage)} started`,
        body: started.value.notes.join(' '),
      });
      return started.value.stage.id;
    },

    undo() {
      const stack = get().undoStack;
      const step = stack[stack.length - 1];
      const record = get().record;
      if (!step || !record) return;
      set({
        record: patchEntry(record, step.stageId, step.element, step.before),
        undoStack: stack.slice(0, -1),
      });
      autosave.enqueue({
        kind: 'entry',
        organisationId: record.organisation.id,
        stageId: step.stageId,
        element: step.element,
        patch: step.before,
      });
      get().focusElement(step.element);
    },

    async signOffStage(stageId, signedOffBy) {
      await autosave.flush();
      const record = get().record;
      const stage = findStage(record, stageId);
      if (!record || !stage) return;
      const signOff: StageSignOff = {
        signedOffAt: deps.now(),
        signedOffBy: signedOffBy.trim(),
        contentHash: await stageContentHash(record, stage, webSha256),
        scheme: CONTENT_HASH_SCHEME,
      };
      try {
        await repository.signOffStage(record.organisation.id, stageId, signOff);
      } catch (error) {
        get().showDialog({
          kind: 'message',
          title: 'The stage was not signed off',
          body: describeError(error),
        });
        return;
      }
      const current = get().record ?? record;
      set({
        record: {
          ...current,
          stages: current.stages.map((st) => (st.id === stageId ? { ...st, signOff } : st)),
        },
      });
      get().showDialog(null);
    },

    async withdrawSignOff(stageId, reason) {
      const record = get().record;
      if (!record) return;
      try {
        await repository.withdrawSignOff(record.organisation.id, stageId, reason);
      } catch (error) {
        get().showDialog({
          kind: 'message',
          title: 'The sign-off was not withdrawn',
          body: describeError(error),
        });
        return;
      }
      const current = get().record ?? record;
      set({
        record: {
          ...current,
          stages: current.stages.map((s) => {
            if (s.id !== stageId) return s;
            const rest = { ...s };
            delete rest.signOff;
            return rest;
          }),
        },
      });
      get().showDialog(null);
    },

    flush: () => autosave.flush(),
  };
}
