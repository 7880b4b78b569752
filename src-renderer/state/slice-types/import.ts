// The store's file and import slices: opening and saving record files, and the tail every
// import shares.
import type { OrganisationId } from '../../../shared/types/ids';
import type { AssessmentRecord } from '../../../shared/types/record';

export interface FileSlice {
  /**
   * "Open record…" (`record`: an exchange file or a record bundle) and the library's "Open record
   * bundle…" (`zip`): picked, checked, confirmed when it replaces a stored record or repeats a
   * reference, and imported through the one import tail (safety backup, recordReplaced).
   */
  openRecordFile(picker?: 'record' | 'zip'): Promise<void>;
  confirmReplace(): Promise<void>;
  /** Imports the file of a 'confirm-duplicate-reference' dialog as a second organisation. */
  importDespiteReference(): Promise<void>;
  saveRecordFile(): Promise<void>;
}

/** The tail every import shares, and what the app does when a stored record was written over. */
export interface ImportSlice {
  /**
   * The safety backup before an import writes over stored records; false, with the reason
   * shown, when it failed (then nothing may be imported).
   */
  safeToImport(): Promise<boolean>;
  /**
   * Stores an imported record: the safety backup first, then the record created, or written
   * over the stored one with its signed-off stages kept as stored (`replace`). On success the
   * dialog closes, `recordReplaced` runs and the organisation opens; on failure a dialog says
   * why and that nothing stored was changed. True when stored.
   */
  importRecord(record: AssessmentRecord, options: { readonly replace: boolean }): Promise<boolean>;
  /**
   * A stored record was written over (an import, a restore; null: any record): the undo history
   * (text from before) and the evidence libraries are dropped, the record on screen is read
   * again, and the portfolio too.
   */
  recordReplaced(id: OrganisationId | null): Promise<void>;
}
