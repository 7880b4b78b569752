import type { StageKind } from '../../../shared/types/record';

/** The exports the app offers for a stage (kept apart from the export code, which loads lazily). */
export type ExportKind =
  | 'xlsx'
  | 'pdf-record'
  | 'pdf-summary'
  | 'pdf-surveillance-documentation'
  | 'pdf-surveillance-report'
  | 'pdf-whole-record'
  | 'docx'
  | 'pdf-assessment-report'
  | 'docx-assessment-report';

export const EXPORT_KINDS: readonly ExportKind[] = [
  'xlsx',
  'pdf-record',
  'pdf-summary',
  'pdf-surveillance-documentation',
  'pdf-surveillance-report',
  'pdf-whole-record',
  'docx',
  'pdf-assessment-report',
  'docx-assessment-report',
];

/** The assessment report's exports: checked for what is still empty before they are made. */
export const REPORT_EXPORTS: ReadonlySet<ExportKind> = new Set([
  'pdf-assessment-report',
  'docx-assessment-report',
]);

export const EXPORT_NAMES: Readonly<Record<ExportKind, string>> = {
  xlsx: 'Workbook (XLSX)',
  'pdf-record': 'Assessment record (PDF)',
  'pdf-summary': 'Summary for the certifying body (PDF)',
  'pdf-surveillance-documentation': 'Surveillance documentation (PDF)',
  'pdf-surveillance-report': 'Surveillance report (PDF)',
  'pdf-whole-record': 'Whole record, every stage (PDF)',
  docx: 'Whole record in the Word layout (DOCX)',
  'pdf-assessment-report': 'Assessment report (PDF)',
  'docx-assessment-report': 'Assessment report (Word)',
};

const SURVEILLANCE_ONLY: ReadonlySet<ExportKind> = new Set([
  'pdf-surveillance-documentation',
  'pdf-surveillance-report',
]);

/** The exports offered for a stage of `kind`: the surveillance PDFs for surveillances only. */
export function exportKindsFor(kind: StageKind | undefined): readonly ExportKind[] {
  const surveillance = kind === 'surveillance-1' || kind === 'surveillance-2';
  return EXPORT_KINDS.filter((k) => surveillance || !SURVEILLANCE_ONLY.has(k));
}
