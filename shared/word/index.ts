/**
 * The Word (.docx) record: import a record kept in the certifying body's Word layout, with a
 * preview of what was read from where, compare it with a stored record, and export a record in
 * that layout. Libraries are passed in: `fast-xml-parser` to read (the zip is read by shared/zip/), `docx` to write.
 */
export { importDocx } from './import/import-docx';
export type { DocxImportOptions } from './import/import-docx';
export type {
  DocxImport,
  DocxImportPreview,
  DocumentCertifyingBody,
  ElementOrigin,
  ImportWarning,
  PreviewDate,
  PreviewElement,
  PreviewField,
  PreviewStage,
  PreviewValue,
  UnplacedText,
} from './import/preview-types';
export { IMPORT_WARNING_CODES } from './import/warnings';
export { COLUMN_ROLES, COLUMN_ROLE_NAMES } from './import/layout-types';
export type {
  BlockingIssue,
  ColumnMappings,
  ColumnRole,
  PlacementEvidence,
  PreviewColumn,
  PreviewLayout,
} from './import/layout-types';
export { importOverStored } from './import/over-stored';
export type { ImportOverStored, StagePlan, StagePlanAction } from './import/over-stored';
export type { ScoringCheck } from './import/scoring-check';
export type { ImportWarningCode } from './import/warnings';
export { previewText } from './import/preview-text';
export type { DocxFailure, DocxFailureCode } from './read/docx-container';
export type { SourceRef } from './read/doc-model';
export { describeSource } from './read/doc-model';
export type { WordReadLibraries } from './read/libraries';
export { DOCX_LIMITS } from './limits';
export { diffRecords, sameOrganisation } from './record-diff';
export type { RecordChange, RecordDiff } from './record-diff';
export { WordExportError, buildWordRecord } from './export/build-document';
export type { WordExportOptions } from './export/build-document';
export { renderWordDocument } from './export/render-docx';
export type { DocxModule } from './export/render-docx';
