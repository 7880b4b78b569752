import { buildRecordReport } from '../../../shared/export/pdf/build-record-report';
import { buildSummaryReport } from '../../../shared/export/pdf/build-summary-report';
import { buildSurveillanceDocumentation } from '../../../shared/export/pdf/build-surveillance-documentation';
import { buildSurveillanceReport } from '../../../shared/export/pdf/build-surveillance-report';
import { buildWholeRecordReport } from '../../../shared/export/pdf/build-whole-record';
import type { SurveillanceExportOptions } from '../../../shared/export/surveillance-data';
import { renderPdf } from '../../../shared/export/pdf/render-pdf';
import { buildWorkbookSpec } from '../../../shared/export/xlsx/build-workbook';
import { renderWorkbook } from '../../../shared/export/xlsx/render-workbook';
import type { RuleProfile } from '../../../shared/scoring/profiles';
import type { CertifyingBody } from '../../../shared/settings/certifying-body';
import type { IsoDate } from '../../../shared/types/dates';
import type { StageId } from '../../../shared/types/ids';
import type { AssessmentRecord } from '../../../shared/types/record';
import { assertNever } from '../../../shared/types/result';
import type { FileKind } from '../../../shared/ipc/contract';
import type { ReportTemplate } from '../../../shared/report/template';
import { recordFileName } from '../../state/file-names';
import { loadExcel, loadPdfMake, loadReportFonts } from './export-libraries';
import type { ExportKind } from './export-kinds';

export interface ExportedFile {
  readonly kind: FileKind;
  readonly name: string;
  readonly bytes: Uint8Array;
}

const PDF_NAMES = {
  'pdf-whole-record': 'whole record',
  'pdf-record': 'assessment record',
  'pdf-summary': 'summary',
  'pdf-surveillance-documentation': 'surveillance documentation',
  'pdf-surveillance-report': 'surveillance report',
} as const;

/** The document definition of one PDF export. */
function buildPdf(
  kind: keyof typeof PDF_NAMES,
  record: AssessmentRecord,
  stageId: StageId,
  options: SurveillanceExportOptions,
): ReturnType<typeof buildRecordReport> {
  switch (kind) {
    case 'pdf-whole-record':
      return buildWholeRecordReport(record, options);
    case 'pdf-record':
      return buildRecordReport(record, stageId, options);
    case 'pdf-summary':
      return buildSummaryReport(record, stageId, options);
    case 'pdf-surveillance-documentation':
      return buildSurveillanceDocumentation(record, stageId, options);
    case 'pdf-surveillance-report':
      return buildSurveillanceReport(record, stageId, options);
    default:
      return assertNever(kind);
  }
}

/**
 * Builds (record → plain spec), then renders (spec → bytes) one export; saving is the caller's.
 * `generatedAt` and `today` (the day surveillances are planned on) come from the caller's clock.
 */
export async function runExport(
  kind: ExportKind,
  record: AssessmentRecord,
  stageId: StageId,
  options: {
    readonly generatedAt: string;
    readonly today: IsoDate;
    readonly profile: RuleProfile;
    /** Printed at the foot of every page; null: none set. */
    readonly certifyingBody: CertifyingBody | null;
    /** The certifying body's report template (the assessment report); default the default. */
    readonly reportTemplate?: ReportTemplate;
  },
): Promise<ExportedFile> {
  const base = recordFileName(record.organisation, 'x').slice(0, -2);
  const stageNumber = record.stages.findIndex((s) => s.id === stageId) + 1;
  const suffix = `stage ${stageNumber}`;
  const exportOptions = {
    generatedAt: options.generatedAt,
    today: options.today,
    profile: options.profile,
    generator: 'CSE Fieldbook',
    certifyingBody: options.certifyingBody,
  };
  switch (kind) {
    case 'xlsx': {
      const spec = buildWorkbookSpec(record, stageId, exportOptions);
      const bytes = await renderWorkbook(spec, await loadExcel());
      return { kind: 'xlsx', name: `${base} ${suffix} workbook.xlsx`, bytes };
    }
    case 'pdf-whole-record':
    case 'pdf-record':
    case 'pdf-summary':
    case 'pdf-surveillance-documentation':
    case 'pdf-surveillance-report': {
      const definition = buildPdf(kind, record, stageId, exportOptions);
      const [pdfmake, fonts] = await Promise.all([loadPdfMake(), loadReportFonts()]);
      const bytes = await renderPdf(definition, { pdfmake, fonts });
      const name =
        kind === 'pdf-whole-record'
          ? `${base} ${PDF_NAMES[kind]}.pdf`
          : `${base} ${suffix} ${PDF_NAMES[kind]}.pdf`;
      return { kind: 'pdf', name, bytes };
    }
    case 'pdf-assessment-report':
    case 'docx-assessment-report': {
      const { buildReportSpec } = await import('../../../shared/report/build-report');
      const spec = buildReportSpec(record, stageId, {
        ...exportOptions,
        ...(options.reportTemplate ? { template: options.reportTemplate } : {}),
      });
      const name = `${base} ${suffix} assessment report`;
      if (kind === 'pdf-assessment-report') {
        const [{ reportPdfDefinition }, pdfmake, fonts] = await Promise.all([
          import('../../../shared/report/render-report-pdf'),
          loadPdfMake(),
          loadReportFonts(),
        ]);
        const bytes = await renderPdf(reportPdfDefinition(spec), { pdfmake, fonts });
        return { kind: 'pdf', name: `${name}.pdf`, bytes };
      }
      const [{ reportWordSpec }, { renderWordDocument }, docx] = await Promise.all([
        import('../../../shared/report/render-report-docx'),
        import('../../../shared/word/export/render-docx'),
        import('docx'),
      ]);
      const bytes = await renderWordDocument(reportWordSpec(spec), docx);
      return { kind: 'docx', name: `${name}.docx`, bytes };
    }
    case 'docx': {
      // Loaded on first use only: the Word builders and the docx library.
      const [{ buildWordRecord, renderWordDocument }, docx] = await Promise.all([
        import('../../../shared/word'),
        import('docx'),
      ]);
      const spec = buildWordRecord(record, { ...exportOptions });
      const bytes = await renderWordDocument(spec, docx);
      return { kind: 'docx', name: `${base} record.docx`, bytes };
    }
  }
}
