import { randomUUID } from 'node:crypto';
import { basename, extname } from 'node:path';
import { writeExchangeText } from '../../shared/exchange/write';
import { scoreJson } from '../../shared/scoring/score-json';
import { scoreStageBoth } from '../../shared/scoring/score-stage';
import { renderScoreText } from '../../shared/scoring/text-report';
import { findCatalogue } from '../../shared/catalogue/catalogue';
import { stageTitle } from '../../shared/records/select-stage';
import type { AssessmentRecord } from '../../shared/types/record';
import { importDocx } from '../../shared/word/import/import-docx';
import { previewText } from '../../shared/word/import/preview-text';
import { DOCX_LIMITS } from '../../shared/word/limits';
import type { RecordDiff } from '../../shared/word/record-diff';
import { diffRecords } from '../../shared/word/record-diff';
import type { CliIo, ExitCode } from '../io';
import { CliError, EXIT } from '../io';
import { readRecordFile } from '../read-record';
import { sizeText, writerOf } from './stage-input';

export interface ImportDocxOptions {
  /** Where to write the exchange JSON; without it nothing is written. */
  readonly out?: string;
  /** Print only; write nothing even with --out. */
  readonly dryRun: boolean;
  readonly json: boolean;
  /** ISO 8601 time written as the exchange file's `exportedAt`; default now. */
  readonly now?: string;
}

const GENERATOR = 'CSE Fieldbook 0.1.0 (fieldbook import-docx)';

/** The libraries of the Word import, loaded at the edge. */
export async function wordReadLibraries(): Promise<Parameters<typeof importDocx>[1]> {
  return { XMLParser: (await import('fast-xml-parser')).XMLParser };
}

async function readDocxBytes(io: CliIo, path: string): Promise<Uint8Array> {
  let size: number;
  try {
    size = await io.fileSize(path);
  } catch (error) {
    const code = (error as { code?: unknown } | null)?.code;
    const why =
      code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a folder' : String(error);
    throw new CliError(`cannot read ${path}: ${why}`, EXIT.usage);
  }
  if (size > DOCX_LIMITS.maxFileBytes) {
    throw new CliError(
      `${path} cannot be imported: it is ${sizeText(size)}; a Word record may be at most 50 MB`,
      EXIT.invalid,
    );
  }
  return io.readFile(path);
}

/** The record already at `out`, or `null` when there is no file; refuses anything else. */
async function storedRecord(io: CliIo, out: string): Promise<AssessmentRecord | null> {
  try {
    await io.fileSize(out);
  } catch {
    return null;
  }
  const read = await readRecordFile(io, out);
  if (!read.ok) {
    throw new CliError(`${out} exists and is not a valid record; choose another --out`, EXIT.usage);
  }
  return read.value.record;
}

function diffText(out: string, diff: RecordDiff): string {
  const lines = [`differences from ${out}: ${diff.changes.length}`];
  let last = '';
  for (const c of diff.changes) {
    const head = `${c.where}${c.element ? ` ${c.element}` : ''}`;
    if (head !== last) lines.push(`  ${head}`);
    last = head;
    const show = (t: string): string =>
      t === '' ? '(empty)' : JSON.stringify(t.length > 60 ? `${t.slice(0, 59)}…` : t);
    lines.push(`    ${c.field}: ${show(c.before)} → ${show(c.after)}`);
  }
  if (diff.stagesAdded.length > 0) lines.push(`  stages added: ${diff.stagesAdded.join(', ')}`);
  return `${lines.join('\n')}\n`;
}

/**
 * `fieldbook import-docx <record.docx> [--out record.json] [--dry-run] [--json]`: reads an
 * assessment record kept in the certifying body's Word layout and prints what was recognised,
 * the warnings and the score of each stage. With --out it writes the exchange JSON atomically;
 * over an existing record it first prints the differences, and refuses another organisation's
 * record or one with stages the document lacks. Nothing is written on any problem.
 */
export async function importDocxCommand(
  io: CliIo,
  file: string,
  options: ImportDocxOptions,
): Promise<ExitCode> {
  if (options.out !== undefined && options.out === file) {
    throw new CliError('--out names the Word document itself; choose a .json file', EXIT.usage);
  }
  const write = options.out === undefined || options.dryRun ? null : writerOf(io);
  const bytes = await readDocxBytes(io, file);
  const result = await importDocx(bytes, await wordReadLibraries(), {
    newId: () => randomUUID(),
    fallbackName: basename(file, extname(file)),
  });
  if (!result.ok) {
    throw new CliError(
      `${file} cannot be imported: ${result.errors.map((e) => e.message).join('; ')}`,
      EXIT.invalid,
    );
  }
  const { record, preview } = result.value;
  const stored = options.out === undefined ? null : await storedRecord(io, options.out);
  const diff = stored ? diffRecords(stored, record) : null;
  const scores = record.stages.map((stage, i) => {
    const catalogue = findCatalogue(stage.catalogueId);
    return catalogue ? { stage, number: i + 1, scores: scoreStageBoth(stage, catalogue) } : null;
  });
  if (options.json) {
    io.out(
      `${JSON.stringify({ file, preview, scores: scores.map((s) => s && scoreJson(record, s.stage, s.number, s.scores)), differences: diff }, null, 2)}\n`,
    );
  } else {
    io.out(`${file}: ${previewText(preview, record)}`);
    for (const s of scores)
      if (s) io.out(`\n${renderScoreText(stageTitle(s.stage), s.scores.final)}\n`);
    if (diff?.sameOrganisation && options.out) io.out(`\n${diffText(options.out, diff)}`);
  }
  if (options.out === undefined) return EXIT.ok;
  if (diff && !diff.sameOrganisation) {
    throw new CliError(
      `${options.out} holds the record of another organisation (${stored?.organisation.name}); choose another --out`,
      EXIT.invalid,
    );
  }
  if (diff && diff.stagesOnlyStored.length > 0) {
    throw new CliError(
      `${options.out} has stages the document lacks (${diff.stagesOnlyStored.join(', ')}); writing would drop them — choose another --out`,
      EXIT.invalid,
    );
  }
  if (write === null) {
    if (!options.json) io.out('dry run: nothing written\n');
    return EXIT.ok;
  }
  const text = writeExchangeText(record, {
    exportedAt: options.now ?? new Date().toISOString(),
    generator: GENERATOR,
  });
  await write(options.out, new TextEncoder().encode(text));
  if (!options.json) io.out(`wrote ${options.out}\n`);
  return EXIT.ok;
}
