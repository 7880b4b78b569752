// The storage API the rest of the renderer uses; src-renderer/db/ is the only code that touches
// Dexie. Every method rejects only with `StorageError`, and resolves only after its transaction
// committed.
import type {
  AssessmentRecord,
  ElementEntry,
  Organisation,
  Stage,
  StageSignOff,
} from '../../shared/types/record';
import type { AppSettings } from '../../shared/settings/settings';
import type { ElementId, OrganisationId, StageId } from '../../shared/types/ids';
import type { StoredSigningKey } from '../../shared/signoff/signing-key';
import type { EvidenceRepository } from './evidence-repository';
import type { SaveReceipt } from './receipt';

export type EntryPatch = Partial<Omit<ElementEntry, 'element'>>;
export type OrganisationPatch = Partial<Omit<Organisation, 'id'>>;
/** `dates`, `surveillance` and `report` may name only some of their keys; the others are kept. */
export type StagePatch = Partial<
  Pick<Stage, 'assessor' | 'dates' | 'visitDays' | 'notes' | 'surveillance' | 'report'>
>;

/** What `removeStage` removed, with its receipt. */
export interface StageRemoval extends SaveReceipt {
  readonly removed: {
    readonly kind: string;
    readonly cycle: number;
    readonly position: number;
    /** Final marks the stage held. */
    readonly finalMarks: number;
    /** Evidence links to its elements that were unlinked. */
    readonly unlinked: number;
  };
}

export interface PortfolioRow {
  readonly organisation: Organisation;
  readonly archived: boolean;
  readonly trashedAt: string | null;
  /** The latest write to the organisation, its stages, or its current stage's marks. */
  readonly updatedAt: string;
  /** Stage headers in order, entries left empty. */
  readonly stages: readonly Stage[];
  /**
   * The latest stage with one entry per element carrying its marks and VO flag (for verdict and
   * progress), or null. Every entry text (evidence, key questions, CP justification, development
   * note) is empty, so scoring warnings cannot be read from it: load the record for those.
   */
  readonly currentStage: Stage | null;
}

/** The certifying body's report template as loaded from its file (shared/report/template.ts). */
export interface StoredReportTemplate {
  readonly text: string;
  /** The file's name, shown in the app. */
  readonly name: string;
  /** When it was loaded (ISO instant). */
  readonly savedAt: string;
}

export interface ChangeLogEntry {
  readonly id: string;
  readonly at: string;
  readonly organisationId: OrganisationId;
  readonly stageId: StageId | null;
  readonly elementId: ElementId | null;
  readonly entity: 'organisation' | 'stage' | 'entry' | 'document' | 'link';
  readonly field: string;
  readonly before: unknown;
  readonly after: unknown;
  readonly revision: number;
}

/** What a refused write was for. */
export type RecoveryTarget =
  | { readonly kind: 'entry'; readonly stageId: StageId; readonly element: ElementId }
  | { readonly kind: 'stage'; readonly stageId: StageId }
  | { readonly kind: 'organisation' };

/** A refused write as the assessor will see it: where, what was typed, why it was refused. */
export interface RecoveryItem {
  readonly id: string;
  readonly organisationId: OrganisationId;
  /** The organisation's name when it was refused (the record may be gone since). */
  readonly organisationName: string;
  readonly target: RecoveryTarget;
  readonly patch: EntryPatch | StagePatch | OrganisationPatch;
  /** The refusal in words. */
  readonly reason: string;
  /** ISO 8601 instant it was refused. */
  readonly at: string;
}

/**
 * The whole storage API: the records (organisations, stages, entries, change log) and, from
 * schema version 2, the evidence library (evidence-repository.ts).
 */
export interface FieldbookRepository extends EvidenceRepository {
  /** Excludes tombstones; includes archived and trashed rows (UI filters). */
  listPortfolio(): Promise<PortfolioRow[]>;
  /** Null if missing or tombstoned; stages in order; 57 entries each in catalogue order. */
  loadRecord(id: OrganisationId): Promise<AssessmentRecord | null>;
  /** Rejects StorageError kind 'conflict' if the id exists. */
  createRecord(record: AssessmentRecord): Promise<SaveReceipt>;
  /** E.g. import over an existing org: one transaction, logs every changed field. */
  replaceRecord(record: AssessmentRecord): Promise<SaveReceipt>;
  updateOrganisation(id: OrganisationId, patch: OrganisationPatch): Promise<SaveReceipt>;
  updateStage(
    organisationId: OrganisationId,
    stageId: StageId,
    patch: StagePatch,
  ): Promise<SaveReceipt>;
  updateEntry(
    organisationId: OrganisationId,
    stageId: StageId,
    element: ElementId,
    patch: EntryPatch,
  ): Promise<SaveReceipt>;
  addStage(organisationId: OrganisationId, stage: Stage): Promise<SaveReceipt>;
  /**
   * Removes a stage created by mistake, in one transaction: the stage and its entries become
   * tombstones without text, its stage-marks row goes, links to its elements are unlinked and
   * documents filed under it are filed under no stage, later stages move up one position, and
   * the removal is logged. Rejects `read-only` for a signed-off stage, `not-found` for a stage
   * the organisation does not have. The caller makes the safety backup first.
   */
  removeStage(organisationId: OrganisationId, stageId: StageId): Promise<StageRemoval>;
  setArchived(id: OrganisationId, archived: boolean): Promise<SaveReceipt>;
  moveToTrash(id: OrganisationId): Promise<SaveReceipt>;
  restoreFromTrash(id: OrganisationId): Promise<SaveReceipt>;
  /** Number of organisations turned into tombstones. */
  emptyTrash(): Promise<number>;
  /** Newest first. */
  /** Signs a stage off: it becomes read-only; the change is logged. */
  signOffStage(
    organisationId: OrganisationId,
    stageId: StageId,
    signOff: StageSignOff,
  ): Promise<SaveReceipt>;
  /** Withdraws a sign-off with the reason, which is logged; the stage can be edited again. */
  withdrawSignOff(
    organisationId: OrganisationId,
    stageId: StageId,
    reason: string,
  ): Promise<SaveReceipt>;
  /** The certifying body's report template, or null (the default applies). */
  loadReportTemplate(): Promise<StoredReportTemplate | null>;
  /** Keeps a checked template for every later report, or forgets it (null: the default). */
  saveReportTemplate(
    template: { readonly text: string; readonly name: string } | null,
  ): Promise<void>;
  /** The assessor's settings (defaults when never saved); rejects when they are unreadable. */
  loadSettings(): Promise<AppSettings>;
  /** Saves the settings whole (checked first); resolves once committed. */
  saveSettings(settings: AppSettings): Promise<void>;
  listChanges(filter: {
    organisationId: OrganisationId;
    stageId?: StageId;
    elementId?: ElementId;
  }): Promise<ChangeLogEntry[]>;
  /** Keeps an edit the database refused for good, with its text (recovery.ts). */
  keepRecovery(item: Omit<RecoveryItem, 'id' | 'at'>): Promise<RecoveryItem>;
  /** Every kept refused edit, oldest first. */
  listRecovery(): Promise<RecoveryItem[]>;
  /** Forgets a kept refused edit; `not-found` when it is gone already. */
  removeRecovery(id: string): Promise<void>;
  /** The assessor's signing key kept on this computer, or null. */
  loadSigningKey(): Promise<StoredSigningKey | null>;
  /** Keeps a newly made signing key; from then on sign-offs use it. */
  saveSigningKey(key: StoredSigningKey): Promise<void>;
}
