import { ExportError } from '../../shared/export/export-context';
import { buildRecordReport } from '../../shared/export/pdf/build-record-report';
import { buildSummaryReport } from '../../shared/export/pdf/build-summary-report';
import { buildSurveillanceDocumentation } from '../../shared/export/pdf/build-surveillance-documentation';
import { buildSurveillanceReport } from '../../shared/export/pdf/build-surveillance-report';
import { buildWholeRecordReport } from '../../shared/export/pdf/build-whole-record';
import { renderPdf } from '../../shared/export/pdf/render-pdf';
import { buildWorkbookSpec } from '../../shared/export/xlsx/build-workbook';
import { renderWorkbook } from '../../shared/export/xlsx/render-workbook';
import { stageTitle } from '../../shared/records/select-stage';
import { assertNever } from '../../shared/types/result';
import { loadReportFonts } from '../fonts';
import type { CliIo, ExitCode } from '../io';
import { CliError, EXIT } from '../io';
import { parseToday } from './plan';
import { profileOption, readRecordStage, sizeText, writerOf } from './stage-input';
import { loadExcelJs } from '../exceljs';
import { certifyingBodyOption } from '../certifying-body';

export const REPORT_KINDS = [
  'record',
  'summary',
  'surveillance-documentation',
  'surveillance-report',
  'whole-record',
] as const;
export type ReportKind = (typeof REPORT_KINDS)[number];

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

const GENERATOR = 'CSE Fieldbook 0.1.0 (fieldbook export)';

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

/** The PDF report of `kind` for the stage: the two surveillance reports also plan on `today`. */
function buildReport(
  kind: ReportKind,
  record: Parameters<typeof buildRecordReport>[0],
  stageId: string,
  settings: Parameters<typeof buildSurveillanceReport>[2],
): ReturnType<typeof buildRecordReport> {
  switch (kind) {
    case 'record':
      return buildRecordReport(record, stageId, settings);
    case 'summary':
      return buildSummaryReport(record, stageId, settings);
    case 'surveillance-documentation':
      return buildSurveillanceDocumentation(record, stageId, settings);
    case 'surveillance-report':
      return buildSurveillanceReport(record, stageId, settings);
    case 'whole-record':
      return buildWholeRecordReport(record, settings);
    default:
      return assertNever(kind);
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
      options.pdf === undefined ? null : buildReport(kind, record, selected.stage.id, settings);
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
