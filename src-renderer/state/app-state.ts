import type { ExchangeError } from '../../shared/exchange/errors';
import type { StageEdit } from '../../shared/export/xlsx/edits';
import type { ColumnMappings, DocxImport, ImportOverStored, RecordDiff } from '../../shared/word';
import type { PendingBundle } from '../services/evidence/bundle-io';
import type { WorkerLike } from '../services/evidence/extract-client';
import type { ExportKind } from '../services/exports/export-kinds';
import type { RuleProfileId } from '../../shared/scoring/profiles';
import type { ReportTemplate } from '../../shared/report/template';
import type { IsoDate } from '../../shared/types/dates';
import type { ElementId, OrganisationId, StageId } from '../../shared/types/ids';
import type { AssessmentRecord, Organisation } from '../../shared/types/record';
import type { FieldbookRepository } from '../db/index';
import type { Platform } from '../platform/platform';
import type { Route } from './route';
import type { EditJournal } from './journal';
import type { KeyCrypto, StoredSigningKey } from '../../shared/signoff/signing-key';
import type { SignOffCheck } from '../../shared/signoff/verify-sign-off';
import type { EvidenceSlice } from './slice-types/evidence';
import type { FileSlice, ImportSlice } from './slice-types/import';
import type { PortfolioSlice } from './slice-types/portfolio';
import type { RecordSlice } from './slice-types/record';
import type { RecoverySlice } from './slice-types/recovery';
import type { SettingsSlice, StageRemovalSlice } from './slice-types/settings';

/** What the store needs from the outside world; injected so tests can fake it. */
export interface AppDeps {
  readonly repository: FieldbookRepository;
  readonly platform: Platform;
  readonly newId: () => string;
  /** The current instant, ISO 8601. */
  readonly now: () => string;
  readonly today: () => IsoDate;
  /**
   * Makes the safety backup before an import writes over stored records; the import stops when
   * it fails, so that nothing can be lost. Absent where no backups are kept (tests).
   */
  readonly beforeImport?: () => Promise<SafetyBackup>;
  /**
   * Makes the safety backup before a stage is removed; the removal stops when it fails. Absent
   * where no backups are kept (tests): the removal then goes ahead without one.
   */
  readonly beforeRemoval?: () => Promise<SafetyBackup>;
  /** WebCrypto (with a random source and SHA-256) for signing keys and checking sign-offs. */
  readonly crypto: KeyCrypto;
  /**
   * The journal of pending edits (journal.ts): every queued edit is kept there until written,
   * and what a session that ended left in it is written at start. Absent: no journal (tests).
   */
  readonly journal?: EditJournal;
  /** The journal sessions still running (other tabs), whose entries are not replayed. */
  readonly liveJournalSessions?: () => Promise<ReadonlySet<string>>;
  /** Makes an extraction worker for the evidence libraries; absent: the app's module worker. */
  readonly createExtractWorker?: () => WorkerLike;
}

/** The outcome of a safety backup before a write that takes something away. */
export type SafetyBackup =
  { readonly kind: 'kept' | 'empty' } | { readonly kind: 'failed'; readonly message: string };

/** Workbook filters; an element shows when it matches every active one. */
export const WORKBOOK_FILTERS = ['unscored', 'P', 'NC', 'CP', 'changed', 'verified'] as const;
export type WorkbookFilter = (typeof WORKBOOK_FILTERS)[number];

/** A modal the app shows; one at a time. */
export type Dialog =
  | {
      readonly kind: 'file-errors';
      readonly fileName: string;
      readonly errors: readonly ExchangeError[];
    }
  | {
      readonly kind: 'confirm-replace';
      readonly fileName: string;
      readonly record: AssessmentRecord;
      readonly existing: Organisation;
      /** When the file is a record bundle: the bundle to import (record, library and files). */
      readonly bundle?: PendingBundle;
      /** What the import keeps as stored (signed-off stages), in words; empty: nothing. */
      readonly kept: readonly string[];
    }
  | {
      /** The file's organisation is not stored, but another one has its reference. */
      readonly kind: 'confirm-duplicate-reference';
      readonly fileName: string;
      readonly record: AssessmentRecord;
      /** The stored organisation holding the same reference. */
      readonly holder: Organisation;
      readonly bundle?: PendingBundle;
    }
  | { readonly kind: 'new-organisation' }
  | { readonly kind: 'rename'; readonly organisationId: OrganisationId; readonly name: string }
  | { readonly kind: 'message'; readonly title: string; readonly body: string }
  | { readonly kind: 'sign-off'; readonly stageId: StageId }
  | { readonly kind: 'remove-stage'; readonly stageId: StageId }
  | { readonly kind: 'recovery' }
  | { readonly kind: 'withdraw-sign-off'; readonly stageId: StageId }
  | {
      readonly kind: 'word-import';
      readonly fileName: string;
      /** The document, kept to read it again with another column mapping. */
      readonly bytes: Uint8Array;
      /** The column mapping it was read with (empty: as the import placed the columns). */
      readonly mappings: ColumnMappings;
      readonly imported: DocxImport;
      /** The stored record of the same organisation, when there is one. */
      readonly existing: AssessmentRecord | null;
      /** Over `existing`: the record to store and what happens to each stage. */
      readonly over: ImportOverStored | null;
      /** What the sign-off guard keeps as stored over `existing`, in words (see import-guard). */
      readonly kept: readonly string[];
      readonly diff: RecordDiff | null;
    }
  | {
      readonly kind: 'xlsx-import';
      readonly fileName: string;
      readonly stageId: StageId;
      readonly edits: readonly StageEdit[];
    };

export interface SignOffSlice {
  /** The signing key kept on this computer: undefined until loaded, null when there is none. */
  readonly signingKey: StoredSigningKey | null | undefined;
  /** What checking each signed-off stage of the open record found, by stage id. */
  readonly signOffChecks: Readonly<Record<string, SignOffCheck | 'checking'>>;
  loadSigningKey(): Promise<void>;
  /** Makes and keeps the assessor's key; false (and says why) when it was not made. */
  createSigningKey(owner: string, passphrase: string): Promise<boolean>;
  /**
   * Signs a stage off with the kept key (unlocked with `passphrase`): hashes its content with
   * its linked evidence, records who and when; the stage becomes read-only and the undo
   * history is cleared. Resolves to an error sentence, or null when signed off.
   */
  signOffStage(stageId: StageId, signedOffBy: string, passphrase: string): Promise<string | null>;
  /** Withdraws a sign-off; the reason is kept in the change log. */
  withdrawSignOff(stageId: StageId, reason: string): Promise<void>;
  /** Checks every signed-off stage of the open record (content hash and signature). */
  checkSignOffs(): Promise<void>;
  /** Saves the kept key's public half as a file to give the certifying body. */
  savePublicKey(): Promise<void>;
}

export interface ExportSlice {
  /** What a long-running export or import is doing, for the progress indication. */
  readonly busy: string | null;
  /**
   * Exports a stage. The assessment report is first checked for what is still empty: with gaps
   * it is not exported but the gaps are shown, unless `force` (the assessor chose "export
   * anyway").
   */
  exportStage(
    kind: ExportKind,
    stageId: StageId,
    options?: { readonly force?: boolean },
  ): Promise<void>;
  /** Reads an edited workbook and shows its differences to confirm. */
  importWorkbookFile(stageId: StageId): Promise<void>;
  /** Applies the confirmed differences in one transaction. */
  applyWorkbookEdits(stageId: StageId, accepted: readonly StageEdit[]): Promise<void>;
}

/** The report template in use: the certifying body's, or the default. */
export interface LoadedReportTemplate {
  readonly template: ReportTemplate;
  /** Its text, as loaded (saved as a file for the body to edit). */
  readonly text: string;
  /** The file's name, or the default template's name. */
  readonly name: string;
  readonly custom: boolean;
}

export interface ReportSlice {
  /** Null until first loaded (`loadReportTemplate`). */
  readonly reportTemplate: LoadedReportTemplate | null;
  /** Why a stored template is not in use, when it could not be read. */
  readonly reportTemplateNote: string | null;
  /** Loads the stored template once (the default when none). */
  loadReportTemplate(): Promise<void>;
  /** Opens a template file; uses and stores it if it is valid, else lists its problems by line. */
  chooseReportTemplate(): Promise<void>;
  useDefaultReportTemplate(): Promise<void>;
  /** Saves the template in use as a text file, for the certifying body to edit. */
  saveReportTemplateFile(): Promise<void>;
}

export interface WordSlice {
  /** Reads a Word record and shows its preview to confirm; nothing is stored yet. */
  importWordFile(): Promise<void>;
  /** Reads the previewed document again with the assessor's column mapping. */
  rereadWordImport(mappings: ColumnMappings): Promise<void>;
  /**
   * Stores the previewed Word record (new, or over the same organisation) in one transaction.
   * While the preview has blocking issues nothing is stored unless `acceptBlocking` is true.
   */
  confirmWordImport(acceptBlocking?: boolean): Promise<void>;
}

export interface UiSlice {
  readonly route: Route;
  readonly filters: readonly WorkbookFilter[];
  readonly paletteOpen: boolean;
  readonly profileId: RuleProfileId;
  readonly dialog: Dialog | null;
  readonly portfolioView: 'active' | 'archived' | 'trash';
  readonly portfolioQuery: string;
  /** Element to scroll to and focus once the workbook shows it. */
  readonly focusRequest: { readonly element: ElementId; readonly seq: number } | null;
  /** Goes to `route`: sets it and the URL hash that mirrors it. */
  navigate(route: Route): void;
  /**
   * The URL hash changed (back, forward, a link, or `navigate`): the route follows it, once; a
   * hash that names the current route changes nothing.
   */
  followHash(hash: string): void;
  toggleFilter(filter: WorkbookFilter): void;
  clearFilters(): void;
  setPaletteOpen(open: boolean): void;
  setProfile(id: RuleProfileId): void;
  showDialog(dialog: Dialog | null): void;
  setPortfolioView(view: 'active' | 'archived' | 'trash'): void;
  setPortfolioQuery(query: string): void;
  focusElement(element: ElementId): void;
}

export type AppState = PortfolioSlice &
  RecordSlice &
  SignOffSlice &
  RecoverySlice &
  FileSlice &
  ImportSlice &
  ExportSlice &
  WordSlice &
  SettingsSlice &
  StageRemovalSlice &
  ReportSlice &
  UiSlice &
  EvidenceSlice;
