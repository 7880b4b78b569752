import { nextStageKind, startNextStage } from '../../shared/records/start-next-stage';
import { stageTitle } from '../../shared/records/select-stage';
import type { StageId } from '../../shared/types/ids';
import type { StoreApi } from 'zustand/vanilla';
import type { AppDeps, AppState } from './app-state';
import type { RecordSlice } from './slice-types/record';
import type { AutosaveQueue } from './autosave';
import { describeError } from './describe-error';
import { findStage, patchEntry, patchStage, previousValues, withPending } from './record-edit';
import { pushUndo } from './undo';
import { isSignedHeaderField } from '../../shared/signoff/signed-off-stages';

type Set = StoreApi<AppState>['setState'];
type Get = StoreApi<AppState>['getState'];

/** What the record slice's action creators share. */
interface RecordContext {
  readonly set: Set;
  readonly get: Get;
  readonly deps: AppDeps;
  readonly autosave: AutosaveQueue;
  /**
   * A signed-off stage takes no edits (nor does the organisation header it vouches for, named
   * by `what`); says so once per attempt and returns true.
   */
  readonly refuseIfSignedOff: (stageId: StageId, what?: string) => boolean;
}

function signedOffGuard(get: Get): RecordContext['refuseIfSignedOff'] {
  return (stageId, what = 'it is') => {
    const stage = findStage(get().record, stageId);
    if (!stage?.signOff) return false;
    if (get().dialog === null) {
      get().showDialog({
        kind: 'message',
        title: 'This stage is signed off',
        body: `${stageTitle(stage)} was signed off by ${stage.signOff.signedOffBy}, so ${what} read-only. Withdraw the sign-off (with a reason, which is recorded) to change it.`,
      });
    }
    return true;
  };
}

/** Opening a record, and starting its next stage. */
function openingActions({
  set,
  get,
  deps,
  autosave,
}: RecordContext): Pick<RecordSlice, 'openRecord' | 'startNextStage'> {
  const { repository } = deps;
  return {
    async openRecord(id) {
      if (get().record?.organisation.id === id) return;
      await autosave.flush();
      try {
        const stored = await repository.loadRecord(id);
        // Edits still queued (a write that failed and waits for its retry) stay on screen.
        const record = stored && withPending(stored, autosave.pendingFor(id));
        set({
          record,
          recordError: record ? null : 'This organisation does not exist or was deleted.',
          undoStack: [],
          signOffChecks: {},
        });
        if (record?.stages.some((s) => s.signOff)) void get().checkSignOffs();
      } catch (error) {
        set({ record: null, recordError: describeError(error) });
      }
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
  };
}

/** Edits of element entries, and their undo. */
function entryActions({
  set,
  get,
  autosave,
  refuseIfSignedOff,
}: RecordContext): Pick<RecordSlice, 'editEntry' | 'undo' | 'clearUndo'> {
  return {
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

    undo() {
      const stack = get().undoStack;
      const step = stack[stack.length - 1];
      const record = get().record;
      if (!step || !record) return;
      // Undo writes old text: never into a signed-off stage (the repository would refuse too).
      if (refuseIfSignedOff(step.stageId)) return;
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

    clearUndo() {
      if (get().undoStack.length > 0) set({ undoStack: [] });
    },
  };
}

/** Edits of a stage's details and of the organisation header. */
function headerActions({
  set,
  get,
  autosave,
  refuseIfSignedOff,
}: RecordContext): Pick<RecordSlice, 'editStage' | 'editOrganisation'> {
  return {
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
      const signed = Object.keys(patch).some((f) => isSignedHeaderField(f))
        ? record.stages.find((s) => s.signOff !== undefined)
        : undefined;
      if (
        signed &&
        refuseIfSignedOff(signed.id, 'the organisation’s name, reference, units and contacts are')
      )
        return;
      set({ record: { ...record, organisation: { ...record.organisation, ...patch } } });
      autosave.enqueue({ kind: 'organisation', organisationId: record.organisation.id, patch });
    },
  };
}

/** Writing what is queued, and what a reload, closed tab or crash left in the journal. */
function savingActions({
  deps,
  autosave,
}: RecordContext): Pick<RecordSlice, 'flush' | 'unsavedCount' | 'replayJournal'> {
  return {
    flush: () => autosave.flush(),

    unsavedCount: () => autosave.pendingCount,

    async replayJournal() {
      const journal = deps.journal;
      if (!journal) return 0;
      const live = (await deps.liveJournalSessions?.()) ?? new Set<string>();
      const orphans = journal.orphans(live);
      // Queued (and so journalled again under this session) before the old entry is forgotten:
      // at no moment is an edit in neither place.
      for (const { storageKey, op } of orphans) {
        autosave.enqueue(op);
        journal.forget(storageKey);
      }
      await autosave.flush();
      return orphans.length;
    },
  };
}

/** The record being edited, with debounced autosave and an undo stack. */
export function createRecordSlice(
  set: Set,
  get: Get,
  deps: AppDeps,
  autosave: AutosaveQueue,
): RecordSlice {
  const context: RecordContext = {
    set,
    get,
    deps,
    autosave,
    refuseIfSignedOff: signedOffGuard(get),
  };
  return {
    record: null,
    recordError: null,
    save: { state: 'idle' },
    undoStack: [],
    ...openingActions(context),
    ...entryActions(context),
    ...headerActions(context),
    ...savingActions(context),
  };
}
