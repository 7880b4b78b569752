// The store's recovery slice: edits the database refused for good, kept with their text.
import type { RecoveryItem } from '../../db/index';

export interface RecoverySlice {
  /** Edits the database refused for good, kept with their text; oldest first. */
  readonly recovery: readonly RecoveryItem[];
  loadRecovery(): Promise<void>;
  /** Writes a kept edit again; resolves to an error sentence, or null when it was written. */
  reapplyRecovery(id: string): Promise<string | null>;
  /** Forgets a kept edit (after the assessor copied it, or no longer wants it). */
  dismissRecovery(id: string): Promise<void>;
}
