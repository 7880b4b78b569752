// The store's record slice: the organisation on screen as edited, with autosave and undo.
import type { ElementId, OrganisationId, StageId } from '../../../shared/types/ids';
import type { AssessmentRecord } from '../../../shared/types/record';
import type { EntryPatch, OrganisationPatch, StagePatch } from '../../db/index';
import type { SaveStatus } from '../autosave';
import type { UndoStep } from '../undo';

export interface RecordSlice {
  /** The organisation being viewed, as edited on screen (may be ahead of the database). */
  readonly record: AssessmentRecord | null;
  readonly recordError: string | null;
  readonly save: SaveStatus;
  readonly undoStack: readonly UndoStep[];
  openRecord(id: OrganisationId): Promise<void>;
  editEntry(stageId: StageId, element: ElementId, patch: EntryPatch): void;
  editStage(stageId: StageId, patch: StagePatch): void;
  editOrganisation(patch: OrganisationPatch): void;
  /** Starts the stage that follows the latest one, from its final marks and notes. */
  startNextStage(): Promise<StageId | null>;
  /** Takes back the last change; refused (and said so) on a signed-off stage. */
  undo(): void;
  /** Forgets the undo history (after a sign-off or an import, whose text it would overwrite). */
  clearUndo(): void;
  /** Writes every pending edit now (before close, export, navigation). */
  flush(): Promise<void>;
  /** How many targets have edits not yet written (0 when everything is saved). */
  unsavedCount(): number;
  /** Writes what the journal holds from sessions that ended (reload, closed tab, crash). */
  replayJournal(): Promise<number>;
}
