import { buildWordRecord, WordExportError } from '../../shared/word/export/build-document';
import { renderWordDocument } from '../../shared/word/export/render-docx';
import type { CliIo, ExitCode } from '../io';
import { CliError, EXIT } from '../io';
import { readRecordFile } from '../read-record';
import { certifyingBodyOption } from '../certifying-body';
import type { ExportOptions } from './export';
import { exportCommand } from './export';
import { profileOption, sizeText, writerOf } from './stage-input';
import { generatorText } from '../../shared/app-identity';

const GENERATOR = generatorText('fieldbook export');

/**
 * `fieldbook export <file.json> --docx out.docx [--profile …]`: the whole record in the
 * certifying body's Word layout, written atomically. With --xlsx or --pdf as well, those are
 * written first by the export command. `--stage` chooses the stage of the XLSX/PDF exports only:
 * the Word record holds every stage.
 */
export async function exportDocxCommand(
  io: CliIo,
  file: string,
  docxPath: string,
  options: ExportOptions,
): Promise<ExitCode> {
  if (docxPath === file)
    throw new CliError(`refusing to overwrite the record ${file} with an export`, EXIT.usage);
  if (docxPath === options.xlsx || docxPath === options.pdf) {
    throw new CliError('--docx names the same file as --xlsx or --pdf', EXIT.usage);
  }
  const profile = profileOption(options.profile);
  const write = writerOf(io);
  const read = await readRecordFile(io, file);
  if (!read.ok) {
    throw new CliError(
      `${file} is not a valid record (run "fieldbook validate ${file}" for all errors):\n  ${read.lines.slice(0, 5).join('\n  ')}`,
      EXIT.invalid,
    );
  }
  if (options.xlsx !== undefined || options.pdf !== undefined) {
    const code = await exportCommand(io, file, options);
    if (code !== EXIT.ok) return code;
  }
  const record = read.value.record;
  const certifyingBody = await certifyingBodyOption(io, options.certifyingBody);
  let bytes: Uint8Array;
  try {
    const spec = buildWordRecord(record, {
      generatedAt: options.generatedAt ?? new Date().toISOString(),
      profile,
      generator: GENERATOR,
      certifyingBody,
    });
    bytes = await renderWordDocument(spec, await import('docx'));
  } catch (error) {
    if (error instanceof WordExportError) throw new CliError(error.message, EXIT.invalid);
    throw error;
  }
  await write(docxPath, bytes);
  const stages = record.stages.length;
  io.out(
    `wrote ${docxPath}: Word record of ${stages} stage${stages === 1 ? '' : 's'}, ${sizeText(bytes.byteLength)}\n`,
  );
  return EXIT.ok;
}
