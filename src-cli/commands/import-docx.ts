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
import type { ColumnMappings } from '../../shared/word/import/layout-types';
import { importOverStored } from '../../shared/word/import/over-stored';
import type { DocxImport } from '../../shared/word/import/preview-types';
import type { RecordDiff } from '../../shared/word/record-diff';
import { diffRecords, sameOrganisation } from '../../shared/word/record-diff';
import { MAP_HELP, mappingsOf } from './docx-mapping';
import type { CliIo, ExitCode } from '../io';
import { CliError, EXIT } from '../io';
import { readRecordFile } from '../read-record';
import { sizeText, writerOf } from './stage-input';
import { generatorText } from '../../shared/app-identity';

export interface ImportDocxOptions {
  /** Where to write the exchange JSON; without it nothing is written. */
  readonly out?: string;
  /** Print only; write nothing even with --out. */
  readonly dryRun: boolean;
  readonly json: boolean;
  /** ISO 8601 time written as the exchange file's `exportedAt`; default now. */
  readonly now?: string;
  /** `--map 1:5=final`: what columns of the preview's layouts hold (see docx-mapping.ts). */
  readonly map?: readonly string[];
  /** Store although the preview blocks (no final marks, an empty mark column). */
  readonly confirm?: boolean;
}

const GENERATOR = generatorText('fieldbook import-docx');

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
 * `fieldbook import-docx <record.docx> [--out record.json] [--dry-run] [--json] [--map …]
 * [--confirm]`: reads an assessment record kept in a certifying body's Word layout and prints
 * what was recognised (the columns of each layout with why), what blocks storing, the warnings
 * and the score of each stage. With --out it writes the exchange JSON atomically; over an existing
 * record of the same organisation it keeps the stored stage ids, never overwrites a signed-off
 * stage and keeps stages the document lacks, and prints the differences; it refuses another
 * organisation's record, and an import the preview blocks unless --confirm. Nothing is written
 * on any problem.
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
  const read = async (columnMappings: ColumnMappings): Promise<DocxImport> => {
    const result = await importDocx(bytes, await wordReadLibraries(), {
      newId: () => randomUUID(),
      fallbackName: basename(file, extname(file)),
      columnMappings,
    });
    if (result.ok) return result.value;
    throw new CliError(
      `${file} cannot be imported: ${result.errors.map((e) => e.message).join('; ')}`,
      EXIT.invalid,
    );
  };
  let imported = await read({});
  if (options.map && options.map.length > 0) {
    imported = await read(mappingsOf(options.map, imported.preview.layouts));
  }
  const { preview } = imported;
  const stored = options.out === undefined ? null : await storedRecord(io, options.out);
  const same =
    stored !== null && sameOrganisation(stored.organisation, imported.record.organisation);
  const over = stored && same ? importOverStored(stored, imported.record) : null;
  const record = over?.record ?? imported.record;
  const diff = stored ? diffRecords(stored, record) : null;
  const scores = record.stages.map((stage, i) => {
    const catalogue = findCatalogue(stage.catalogueId);
    return catalogue ? { stage, number: i + 1, scores: scoreStageBoth(stage, catalogue) } : null;
  });
  if (options.json) {
    io.out(
      `${JSON.stringify({ file, preview, scores: scores.map((s) => s && scoreJson(record, s.stage, s.number, s.scores)), stages: over?.stages ?? null, differences: diff }, null, 2)}\n`,
    );
  } else {
    io.out(`${file}: ${previewText(preview, imported.record)}`);
    for (const s of scores)
      if (s) io.out(`\n${renderScoreText(stageTitle(s.stage), s.scores.final)}\n`);
    if (over && options.out) {
      io.out(
        `\nover ${options.out}:\n${over.stages.map((p) => `  ${p.title}: ${p.message}\n`).join('')}`,
      );
    }
    if (diff?.sameOrganisation && options.out) io.out(`\n${diffText(options.out, diff)}`);
  }
  if (options.out === undefined) return EXIT.ok;
  if (diff && !diff.sameOrganisation) {
    throw new CliError(
      `${options.out} holds the record of another organisation (${stored?.organisation.name}); choose another --out`,
      EXIT.invalid,
    );
  }
  if (preview.blocking.length > 0 && !options.confirm) {
    throw new CliError(
      `${file} is not stored: ${preview.blocking.map((b) => b.message).join(' ')} Map the column with ${MAP_HELP}, or store it as it is with --confirm`,
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
