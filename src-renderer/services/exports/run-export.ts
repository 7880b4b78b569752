import { generatorText } from '../../../shared/app-identity';
import { PDF_REPORTS } from '../../../shared/export/pdf/pdf-reports';
import type { PdfReportKind } from '../../../shared/export/pdf/pdf-reports';
import { renderPdf } from '../../../shared/export/pdf/render-pdf';
import { buildWorkbookSpec } from '../../../shared/export/xlsx/build-workbook';
import { renderWorkbook } from '../../../shared/export/xlsx/render-workbook';
import type { RuleProfile } from '../../../shared/scoring/profiles';
import type { CertifyingBody } from '../../../shared/settings/certifying-body';
import type { IsoDate } from '../../../shared/types/dates';
import type { StageId } from '../../../shared/types/ids';
import type { AssessmentRecord } from '../../../shared/types/record';
import type { FileKind } from '../../../shared/ipc/contract';
import type { ReportTemplate } from '../../../shared/report/template';
import { recordFileName } from '../file-names';
import { loadExcel, loadPdfMake, loadReportFonts } from './export-libraries';
import type { ExportKind } from './export-kinds';

export interface ExportedFile {
  readonly kind: FileKind;
  readonly name: string;
  readonly bytes: Uint8Array;
}

/** The shared PDF report an export kind of the menu is (`pdf-record` → `record`). */
function pdfReportOf(kind: `pdf-${PdfReportKind}`): PdfReportKind {
  return kind.slice('pdf-'.length) as PdfReportKind;
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
    generator: generatorText(),
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
      const report = PDF_REPORTS[pdfReportOf(kind)];
      const definition = report.build(record, stageId, exportOptions);
      const [pdfmake, fonts] = await Promise.all([loadPdfMake(), loadReportFonts()]);
      const bytes = await renderPdf(definition, { pdfmake, fonts });
      const covered = report.covers === 'record' ? base : `${base} ${suffix}`;
      return { kind: 'pdf', name: `${covered} ${report.fileWords}.pdf`, bytes };
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
