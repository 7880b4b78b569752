import { buildRecordReport } from '../../../shared/export/pdf/build-record-report';
import { buildSummaryReport } from '../../../shared/export/pdf/build-summary-report';
import { renderPdf } from '../../../shared/export/pdf/render-pdf';
import { buildWorkbookSpec } from '../../../shared/export/xlsx/build-workbook';
import { renderWorkbook } from '../../../shared/export/xlsx/render-workbook';
import type { RuleProfile } from '../../../shared/scoring/profiles';
import type { StageId } from '../../../shared/types/ids';
import type { AssessmentRecord } from '../../../shared/types/record';
import type { FileKind } from '../../../shared/ipc/contract';
import { recordFileName } from '../../state/file-names';
import { loadExcel, loadPdfMake, loadReportFonts } from './export-libraries';
import type { ExportKind } from './export-kinds';

export interface ExportedFile {
  readonly kind: FileKind;
  readonly name: string;
  readonly bytes: Uint8Array;
}

/**
 * Builds (record → plain spec), then renders (spec → bytes) one export; saving is the caller's.
 * `generatedAt` comes from the caller's clock.
 */
export async function runExport(
  kind: ExportKind,
  record: AssessmentRecord,
  stageId: StageId,
  options: { readonly generatedAt: string; readonly profile: RuleProfile },
): Promise<ExportedFile> {
  const base = recordFileName(record.organisation, 'x').slice(0, -2);
  const stageNumber = record.stages.findIndex((s) => s.id === stageId) + 1;
  const suffix = `stage ${stageNumber}`;
  const exportOptions = {
    generatedAt: options.generatedAt,
    profile: options.profile,
    generator: 'CSE Fieldbook',
  };
  switch (kind) {
    case 'xlsx': {
      const spec = buildWorkbookSpec(record, stageId, exportOptions);
      const bytes = await renderWorkbook(spec, await loadExcel());
      return { kind: 'xlsx', name: `${base} ${suffix} workbook.xlsx`, bytes };
    }
    case 'pdf-record':
    case 'pdf-summary': {
      const definition =
        kind === 'pdf-record'
          ? buildRecordReport(record, stageId, exportOptions)
          : buildSummaryReport(record, stageId, exportOptions);
      const [pdfmake, fonts] = await Promise.all([loadPdfMake(), loadReportFonts()]);
      const bytes = await renderPdf(definition, { pdfmake, fonts });
      const what = kind === 'pdf-record' ? 'assessment record' : 'summary';
      return { kind: 'pdf', name: `${base} ${suffix} ${what}.pdf`, bytes };
    }
  }
}
