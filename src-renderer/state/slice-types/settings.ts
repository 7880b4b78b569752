// The store's settings and stage-removal slices.
import type { CertifyingBody } from '../../../shared/settings/certifying-body';
import type { AppSettings } from '../../../shared/settings/settings';
import type { StageId } from '../../../shared/types/ids';

export interface SettingsSlice {
  /** The settings as stored; null until loaded. */
  readonly settings: AppSettings | null;
  /** Why the stored settings could not be read, if they could not. */
  readonly settingsError: string | null;
  loadSettings(): Promise<void>;
  /** Saves the certifying body's details; the message when they were not saved, else null. */
  saveCertifyingBody(body: CertifyingBody): Promise<string | null>;
}

export interface StageRemovalSlice {
  /**
   * Removes a stage created by mistake (not signed off), after a safety backup of every record;
   * says what happened in a message. Resolves true when it was removed.
   */
  removeStage(stageId: StageId): Promise<boolean>;
}
