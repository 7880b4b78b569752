import { ExportError } from '../../shared/export/export-context';
import { renderPdf } from '../../shared/export/pdf/render-pdf';
import { stageTitle } from '../../shared/records/select-stage';
import { buildReportSpec } from '../../shared/report/build-report';
import { reportWordSpec } from '../../shared/report/render-report-docx';
import { reportPdfDefinition } from '../../shared/report/render-report-pdf';
import type { ReportTemplate } from '../../shared/report/template';
import { formatTemplateProblem, TEMPLATE_LIMITS } from '../../shared/report/template';
import { defaultReportTemplate, readReportTemplate } from '../../shared/report/templates';
import { renderWordDocument } from '../../shared/word/export/render-docx';
import { certifyingBodyOption } from '../certifying-body';
import { loadReportFonts } from '../fonts';
import type { CliIo, ExitCode } from '../io';
import { CliError, EXIT } from '../io';
import { profileOption, readRecordStage, sizeText, writerOf } from './stage-input';
import { generatorText } from '../../shared/app-identity';

export interface ExportReportOptions {
  readonly stage?: string;
  readonly profile?: string;
  readonly pdf?: string;
  readonly docx?: string;
  readonly xlsx?: string;
  /** The certifying body's template file; default the default template. */
  readonly template?: string;
  /** JSON file of the certifying body's details (else FIELDBOOK_CERTIFYING_BODY names one). */
  readonly certifyingBody?: string;
  /** ISO 8601 time printed as "generated"; default now (read here, at the edge). */
  readonly generatedAt?: string;
}

const GENERATOR = generatorText('fieldbook export');

/** Reads and checks a template file, or throws a `CliError` naming every line that is wrong. */
async function templateOption(io: CliIo, path: string | undefined): Promise<ReportTemplate> {
  if (path === undefined) return defaultReportTemplate();
  let bytes: Uint8Array;
  try {
    // A template is text of at most 256 Ki characters: refuse anything far larger unread.
    if ((await io.fileSize(path)) > TEMPLATE_LIMITS.maxCharacters * 4) {
      throw new CliError(`${path} is too large to be a report template`, EXIT.invalid);
    }
    bytes = await io.readFile(path);
  } catch (error) {
    if (error instanceof CliError) throw error;
    const reason = error instanceof Error ? error.message : String(error);
    throw new CliError(`cannot read the template ${path}: ${reason}`, EXIT.usage);
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new CliError(`${path} is not a report template: it is not UTF-8 text`, EXIT.invalid);
  }
  const read = readReportTemplate(text);
  if (!read.ok) {
    throw new CliError(
      `${path} is not a report template CSE Fieldbook can use:\n  ${read.errors.map(formatTemplateProblem).join('\n  ')}`,
      EXIT.invalid,
    );
  }
  return read.value;
}

function checkTargets(file: string, options: ExportReportOptions): void {
  if (options.xlsx !== undefined) {
    throw new CliError(
      '--report assessment writes the assessment report (--pdf, --docx); export the workbook separately',
      EXIT.usage,
    );
  }
  if (options.pdf === undefined && options.docx === undefined) {
    throw new CliError(
      'fieldbook export --report assessment: name an output with --pdf <out.pdf> and/or --docx <out.docx>',
      EXIT.usage,
    );
  }
  for (const target of [options.pdf, options.docx]) {
    if (target === file)
      throw new CliError(`refusing to overwrite the record ${file} with an export`, EXIT.usage);
  }
  if (options.pdf !== undefined && options.pdf === options.docx) {
    throw new CliError('--pdf and --docx name the same file', EXIT.usage);
  }
}

/**
 * `fieldbook export <file.json> --report assessment [--stage …] [--profile …] [--template
 * <template.txt>] --pdf out.pdf | --docx out.docx`: the assessment report of one stage, built
 * once and drawn as PDF and/or Word, each file written atomically. Nothing is written when the
 * record or the template is invalid.
 */
export async function exportReportCommand(
  io: CliIo,
  file: string,
  options: ExportReportOptions,
): Promise<ExitCode> {
  checkTargets(file, options);
  const profile = profileOption(options.profile);
  const write = writerOf(io);
  const template = await templateOption(io, options.template);
  const { read, selected } = await readRecordStage(io, file, options.stage);
  const certifyingBody = await certifyingBodyOption(io, options.certifyingBody);
  const what = `${stageTitle(selected.stage)} (stage ${selected.number})`;
  try {
    const spec = buildReportSpec(read.record, selected.stage.id, {
      generatedAt: options.generatedAt ?? new Date().toISOString(),
      profile,
      template,
      generator: GENERATOR,
      certifyingBody,
    });
    if (options.pdf !== undefined) {
      const pdfmake = (await import('pdfmake')).default;
      const bytes = await renderPdf(reportPdfDefinition(spec), {
        pdfmake,
        fonts: await loadReportFonts(),
      });
      await write(options.pdf, bytes);
      io.out(`wrote ${options.pdf}: assessment report of ${what}, ${sizeText(bytes.byteLength)}\n`);
    }
    if (options.docx !== undefined) {
      const bytes = await renderWordDocument(reportWordSpec(spec), await import('docx'));
      await write(options.docx, bytes);
      io.out(
        `wrote ${options.docx}: assessment report of ${what}, ${sizeText(bytes.byteLength)}\n`,
      );
    }
  } catch (error) {
    if (error instanceof ExportError) throw new CliError(error.message, EXIT.invalid);
    throw error;
  }
  return EXIT.ok;
}
