/** The exports the app offers for a stage (kept apart from the export code, which loads lazily). */
export type ExportKind = 'xlsx' | 'pdf-record' | 'pdf-summary';

export const EXPORT_KINDS: readonly ExportKind[] = ['xlsx', 'pdf-record', 'pdf-summary'];

export const EXPORT_NAMES: Readonly<Record<ExportKind, string>> = {
  xlsx: 'Workbook (XLSX)',
  'pdf-record': 'Assessment record (PDF)',
  'pdf-summary': 'Summary for the certifying body (PDF)',
};
