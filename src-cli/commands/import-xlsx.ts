import { writeExchangeText } from '../../shared/exchange/write';
import type { StageEdit } from '../../shared/export/xlsx/edits';
import {
  EDIT_FIELD_NAMES,
  applyEdits,
  describeEditValue,
  diffStage,
} from '../../shared/export/xlsx/edits';
import { MAX_WORKBOOK_BYTES, readWorkbookEdits } from '../../shared/export/xlsx/read-workbook';
import { stageTitle } from '../../shared/records/select-stage';
import type { CliIo, ExitCode } from '../io';
import { CliError, EXIT } from '../io';
import { readRecordStage, writerOf } from './stage-input';
import { loadExcelJs } from '../exceljs';

export interface ImportXlsxOptions {
  /** The exchange file to update. */
  readonly into?: string;
  /** The stage the workbook must hold; default whichever stage it was exported from. */
  readonly stage?: string;
  /** Print the differences only; write nothing. */
  readonly dryRun: boolean;
}

async function readWorkbookBytes(io: CliIo, path: string): Promise<Uint8Array> {
  let size: number;
  try {
    size = await io.fileSize(path);
  } catch (error) {
    const code = (error as { code?: unknown } | null)?.code;
    const why =
      code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a folder' : String(error);
    throw new CliError(`cannot read ${path}: ${why}`, EXIT.usage);
  }
  if (size > MAX_WORKBOOK_BYTES) {
    throw new CliError(
      `${path} is ${size} bytes; a workbook may be at most ${MAX_WORKBOOK_BYTES}`,
      EXIT.invalid,
    );
  }
  return io.readFile(path);
}

/** The differences element by element: "1.1.3" then "  DTR result: P → F". */
export function formatEdits(edits: readonly StageEdit[]): string {
  const lines: string[] = [];
  let element = '';
  for (const edit of edits) {
    if (edit.element !== element) {
      element = edit.element;
      lines.push(element);
    }
    const before = describeEditValue(edit, 'before');
    const after = describeEditValue(edit, 'after');
    lines.push(`  ${EDIT_FIELD_NAMES[edit.field]}: ${before} → ${after}`);
  }
  return lines.length === 0 ? '' : `${lines.join('\n')}\n`;
}

/**
 * `fieldbook import-xlsx <edited.xlsx> --into <file.json> [--stage …] [--dry-run]`: reads the
 * marks and texts back from a workbook made by `fieldbook export --xlsx`, prints every
 * difference (old → new) and, unless `--dry-run`, writes the updated record back atomically.
 * Any problem is one message and a non-zero exit, with nothing written.
 */
export async function importXlsxCommand(
  io: CliIo,
  workbookFile: string,
  options: ImportXlsxOptions,
): Promise<ExitCode> {
  const into = options.into;
  if (into === undefined) {
    throw new CliError(
      'fieldbook import-xlsx: name the record to update with --into <file.json>',
      EXIT.usage,
    );
  }
  const write = options.dryRun ? null : writerOf(io);
  const { read, selected } = await readRecordStage(io, into, options.stage);
  const { record } = read;
  const bytes = await readWorkbookBytes(io, workbookFile);
  const ExcelJS = await loadExcelJs();
  const result = await readWorkbookEdits(bytes, record, ExcelJS, {
    ...(options.stage === undefined ? {} : { stageId: selected.stage.id }),
  });
  if (!result.ok) {
    const list =
      result.errors.length === 1
        ? ` ${result.errors[0]}`
        : `\n${result.errors.map((e) => `  - ${e}`).join('\n')}`;
    throw new CliError(`${workbookFile} cannot be imported into ${into}:${list}`, EXIT.invalid);
  }
  const edits = result.value;
  const index = record.stages.findIndex((s) => s.id === edits.stageId);
  const stage = record.stages[index];
  if (!stage) throw new CliError(`the record has no stage ${edits.stageId}`, EXIT.invalid);
  const where = `${stageTitle(stage)} (stage ${index + 1})`;
  const changes = diffStage(record, stage.id, edits);
  if (stage.signOff && changes.length > 0) {
    // A signed-off stage is read-only: writing into it would keep a sign-off that no longer holds.
    throw new CliError(
      `${where} of ${into} is signed off by ${stage.signOff.signedOffBy}, so the workbook's ${changes.length} change${changes.length === 1 ? '' : 's'} cannot be imported into it; withdraw the sign-off in CSE Fieldbook first. Nothing was written.`,
      EXIT.invalid,
    );
  }
  if (changes.length === 0) {
    io.out(`${workbookFile}: no differences from ${into}, ${where}; nothing to write\n`);
    return EXIT.ok;
  }
  const elements = new Set(changes.map((c) => c.element)).size;
  io.out(
    `${workbookFile} → ${into}, ${where}: ${changes.length} change${changes.length === 1 ? '' : 's'} to ${elements} element${elements === 1 ? '' : 's'}\n`,
  );
  io.out(formatEdits(changes));
  if (write === null) {
    io.out('dry run: nothing written\n');
    return EXIT.ok;
  }
  const applied = applyEdits(record, stage.id, changes);
  if (!applied.ok) throw new CliError(applied.errors.join('; '), EXIT.invalid);
  await write(into, new TextEncoder().encode(writeExchangeText(applied.value)));
  const upgraded =
    read.migrations.length > 0 ? ` (upgraded from format version ${read.fileVersion})` : '';
  io.out(`updated ${into}${upgraded}\n`);
  return EXIT.ok;
}
