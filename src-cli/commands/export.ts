import { ExportError } from '../../shared/export/export-context';
import { PDF_REPORTS, PDF_REPORT_KINDS } from '../../shared/export/pdf/pdf-reports';
import type { PdfReportKind } from '../../shared/export/pdf/pdf-reports';
import { renderPdf } from '../../shared/export/pdf/render-pdf';
import { buildWorkbookSpec } from '../../shared/export/xlsx/build-workbook';
import { renderWorkbook } from '../../shared/export/xlsx/render-workbook';
import { stageTitle } from '../../shared/records/select-stage';
import { loadReportFonts } from '../fonts';
import type { CliIo, ExitCode } from '../io';
import { CliError, EXIT } from '../io';
import { parseToday } from './plan';
import { profileOption, readRecordStage, sizeText, writerOf } from './stage-input';
import { loadExcelJs } from '../exceljs';
import { certifyingBodyOption } from '../certifying-body';
import { generatorText } from '../../shared/app-identity';

/** The PDF reports `--report` names (shared/export/pdf/pdf-reports.ts, as the app's). */
export const REPORT_KINDS = PDF_REPORT_KINDS;
export type ReportKind = PdfReportKind;

export interface ExportOptions {
  readonly stage?: string;
  readonly profile?: string;
  /** Where to write the workbook. */
  readonly xlsx?: string;
  /** Where to write the PDF report. */
  readonly pdf?: string;
  /** Which report the PDF holds; default `record`. */
  readonly report?: string;
  /** ISO 8601 time printed as "generated"; default now (read here, at the edge). */
  readonly generatedAt?: string;
  /** `YYYY-MM-DD` the surveillance exports plan on; default this machine's date. */
  readonly today?: string;
  /** JSON file of the certifying body's details (else FIELDBOOK_CERTIFYING_BODY names one). */
  readonly certifyingBody?: string;
}

/** How the output line names each report. */
const REPORT_WORDS: Readonly<Record<ReportKind, string>> = {
  record: 'record report',
  summary: 'summary report',
  'surveillance-documentation': 'surveillance documentation',
  'surveillance-report': 'surveillance report',
  'whole-record': 'whole record',
};

const GENERATOR = generatorText('fieldbook export');

function reportKind(options: ExportOptions): ReportKind {
  const kind = options.report ?? 'record';
  if (options.report !== undefined && options.pdf === undefined) {
    throw new CliError('--report chooses the PDF report; give --pdf <out.pdf> too', EXIT.usage);
  }
  if (!(REPORT_KINDS as readonly string[]).includes(kind)) {
    throw new CliError(
      `unknown report "${kind}"; use record, summary, whole-record or assessment, or for a surveillance stage surveillance-documentation or surveillance-report`,
      EXIT.usage,
    );
  }
  return kind as ReportKind;
}

function checkTargets(file: string, options: ExportOptions): void {
  if (options.xlsx === undefined && options.pdf === undefined) {
    throw new CliError(
      'fieldbook export: name an output with --xlsx <out.xlsx> or --pdf <out.pdf>',
      EXIT.usage,
    );
  }
  for (const target of [options.xlsx, options.pdf]) {
    if (target === file)
      throw new CliError(`refusing to overwrite the record ${file} with an export`, EXIT.usage);
  }
  if (options.xlsx !== undefined && options.xlsx === options.pdf) {
    throw new CliError('--xlsx and --pdf name the same file', EXIT.usage);
  }
}

/**
 * `fieldbook export <file.json> [--stage …] [--profile …] --xlsx out.xlsx` and/or
 * `--pdf out.pdf [--report record|summary|surveillance-documentation|surveillance-report|
 * whole-record] [--today YYYY-MM-DD] [--certifying-body body.json]`: builds the exports of one
 * stage (the whole-record PDF: of every stage) and writes each file atomically. Nothing is
 * written when the input is invalid.
 */
export async function exportCommand(
  io: CliIo,
  file: string,
  options: ExportOptions,
): Promise<ExitCode> {
  checkTargets(file, options);
  const kind = reportKind(options);
  const today = parseToday(options.today);
  const profile = profileOption(options.profile);
  const write = writerOf(io);
  const { read, selected } = await readRecordStage(io, file, options.stage);
  const { record } = read;
  const generatedAt = options.generatedAt ?? new Date().toISOString();
  const certifyingBody = await certifyingBodyOption(io, options.certifyingBody);
  const settings = { generatedAt, profile, generator: GENERATOR, today, certifyingBody };
  const what = `${stageTitle(selected.stage)} (stage ${selected.number})`;
  const pdfWhat =
    kind === 'whole-record'
      ? `${record.stages.length} stage${record.stages.length === 1 ? '' : 's'}`
      : what;
  try {
    // Built before anything is written: a report the stage cannot have leaves no files behind.
    const definition =
      options.pdf === undefined
        ? null
        : PDF_REPORTS[kind].build(record, selected.stage.id, settings);
    if (options.xlsx !== undefined) {
      const ExcelJS = await loadExcelJs();
      const bytes = await renderWorkbook(
        buildWorkbookSpec(record, selected.stage.id, settings),
        ExcelJS,
      );
      await write(options.xlsx, bytes);
      io.out(`wrote ${options.xlsx}: workbook of ${what}, ${sizeText(bytes.byteLength)}\n`);
    }
    if (options.pdf !== undefined && definition !== null) {
      const pdfmake = (await import('pdfmake')).default;
      const bytes = await renderPdf(definition, { pdfmake, fonts: await loadReportFonts() });
      await write(options.pdf, bytes);
      io.out(
        `wrote ${options.pdf}: ${REPORT_WORDS[kind]} of ${pdfWhat}, ${sizeText(bytes.byteLength)}\n`,
      );
    }
  } catch (error) {
    if (error instanceof ExportError) throw new CliError(error.message, EXIT.invalid);
    throw error;
  }
  return EXIT.ok;
}
