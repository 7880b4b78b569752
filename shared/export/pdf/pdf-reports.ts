import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import type { StageId } from '../../types/ids';
import type { AssessmentRecord } from '../../types/record';
import type { SurveillanceExportOptions } from '../surveillance-data';
import { buildRecordReport } from './build-record-report';
import { buildSummaryReport } from './build-summary-report';
import { buildSurveillanceDocumentation } from './build-surveillance-documentation';
import { buildSurveillanceReport } from './build-surveillance-report';
import { buildWholeRecordReport } from './build-whole-record';

/** The PDF reports, as the CLI's `--report` names them (the app's export kinds add `pdf-`). */
export const PDF_REPORT_KINDS = [
  'record',
  'summary',
  'surveillance-documentation',
  'surveillance-report',
  'whole-record',
] as const;
export type PdfReportKind = (typeof PDF_REPORT_KINDS)[number];

/** One PDF report: what it covers, the words its file name ends in, and how it is built. */
export interface PdfReport {
  /** One stage (the chosen one) or every stage of the record. */
  readonly covers: 'stage' | 'record';
  /** E.g. "assessment record" in "Acme stage 2 assessment record.pdf". */
  readonly fileWords: string;
  /**
   * The document definition (record → plain spec; rendering is `renderPdf`'s). Pure; throws
   * `ExportError` for a stage the record does not have or cannot report on.
   */
  readonly build: (
    record: AssessmentRecord,
    stageId: StageId | string,
    options: SurveillanceExportOptions,
  ) => TDocumentDefinitions;
}

/** Every PDF report, for the app's export menu and the CLI's `export --pdf` alike. */
export const PDF_REPORTS: Readonly<Record<PdfReportKind, PdfReport>> = {
  record: { covers: 'stage', fileWords: 'assessment record', build: buildRecordReport },
  summary: { covers: 'stage', fileWords: 'summary', build: buildSummaryReport },
  'surveillance-documentation': {
    covers: 'stage',
    fileWords: 'surveillance documentation',
    build: buildSurveillanceDocumentation,
  },
  'surveillance-report': {
    covers: 'stage',
    fileWords: 'surveillance report',
    build: buildSurveillanceReport,
  },
  'whole-record': {
    covers: 'record',
    fileWords: 'whole record',
    build: (record, _stageId, options) => buildWholeRecordReport(record, options),
  },
};

/** Whether `value` names a PDF report. */
export function isPdfReportKind(value: string): value is PdfReportKind {
  return (PDF_REPORT_KINDS as readonly string[]).includes(value);
}
