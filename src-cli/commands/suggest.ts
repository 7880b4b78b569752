import { createHash } from 'node:crypto';
import { basename } from 'node:path';
import { mammothDocxToHtml } from '../../shared/evidence/docx-html';
import type { ExtractLibraries, Extracted } from '../../shared/evidence/extract';
import { extractDocument } from '../../shared/evidence/extract';
import { MAX_DOCUMENT_BYTES } from '../../shared/evidence/file-kinds';
import { buildSuggestionModel } from '../../shared/evidence/model';
import type { PdfjsLike } from '../../shared/evidence/pdf-text';
import type { Suggestion } from '../../shared/evidence/suggest';
import { suggestElements } from '../../shared/evidence/suggest';
import { citePlace } from '../../shared/evidence/types';
import type { CliIo, ExitCode } from '../io';
import { CliError, EXIT } from '../io';

/**
 * The readers for Node: pdf.js's legacy build (the one meant for Node) and mammoth, loaded on
 * first use so that other commands never pay for them.
 */
export function nodeExtractLibraries(): ExtractLibraries {
  return {
    pdfjs: async () => (await import('pdfjs-dist/legacy/build/pdf.mjs')) as unknown as PdfjsLike,
    docxToHtml: async (bytes) =>
      mammothDocxToHtml((await import('mammoth')).default, (b) => ({
        buffer: Buffer.from(b),
      }))(bytes),
  };
}

/** SHA-256 of bytes as lower-case hex. */
export async function sha256Hex(bytes: Uint8Array): Promise<string> {
  return createHash('sha256').update(bytes).digest('hex');
}

/** Reads a document's bytes, refusing a missing file or one over the library's size limit. */
export async function readDocumentBytes(io: CliIo, path: string): Promise<Uint8Array> {
  let size: number;
  try {
    size = await io.fileSize(path);
  } catch (error) {
    const code = (error as { code?: unknown } | null)?.code;
    const why =
      code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a folder' : String(error);
    throw new CliError(`cannot read ${path}: ${why}`, EXIT.usage);
  }
  if (size > MAX_DOCUMENT_BYTES) {
    const mib = (size / (1024 * 1024)).toFixed(1);
    throw new CliError(
      `"${basename(path)}" is ${mib} MiB; the evidence library keeps files up to ${MAX_DOCUMENT_BYTES / (1024 * 1024)} MiB`,
      EXIT.invalid,
    );
  }
  return io.readFile(path);
}

export interface SuggestOptions {
  readonly top: string | undefined;
  readonly json: boolean;
}

function parseTop(value: string | undefined): number {
  if (value === undefined) return 5;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 57) {
    throw new CliError(`--top must be a whole number from 1 to 57, not "${value}"`, EXIT.usage);
  }
  return n;
}

function describeKind(extracted: Extracted): string {
  const pages = extracted.text.pageCount;
  const kind = extracted.kind === 'attachment' ? 'attachment' : extracted.kind.toUpperCase();
  return pages === null ? kind : `${kind}, ${pages} page${pages === 1 ? '' : 's'}`;
}

function textLines(name: string, extracted: Extracted, suggestions: readonly Suggestion[]): string {
  const lines = [`${name} (${describeKind(extracted)})`];
  if (extracted.notice) lines.push(`  ${extracted.notice}`);
  else if (suggestions.length === 0) lines.push('  no element matches the words of this document');
  suggestions.forEach((s, i) => {
    lines.push(
      `  ${String(i + 1).padStart(2)}. ${s.element.padEnd(6)} score ${s.score.toFixed(1).padStart(6)}  ${s.terms.join(', ')}`,
    );
    if (s.passage) {
      const place = citePlace(s.passage);
      lines.push(`          ${place === '' ? '' : `${place} — `}“${s.passage.excerpt}”`);
    }
  });
  return `${lines.join('\n')}\n`;
}

/**
 * `fieldbook suggest <document…> [--top N] [--json]`: reads each document's text and prints the
 * elements it may evidence, best first, with the matched terms and the best passage. A document
 * that cannot be read is reported on stderr (JSON: with an `error`) and the others still run;
 * the exit code is then 1 (2 when a file could not be opened at all).
 */
export async function suggestCommand(
  io: CliIo,
  files: readonly string[],
  options: SuggestOptions,
): Promise<ExitCode> {
  if (files.length === 0)
    throw new CliError('fieldbook suggest: name at least one document', EXIT.usage);
  const top = parseTop(options.top);
  const libs = nodeExtractLibraries();
  const model = buildSuggestionModel();
  const results: unknown[] = [];
  let code: ExitCode = EXIT.ok;
  for (const file of files) {
    const name = basename(file);
    let extracted;
    try {
      extracted = await extractDocument(name, await readDocumentBytes(io, file), libs);
    } catch (error) {
      if (!(error instanceof CliError)) throw error;
      code = Math.max(code, error.code) as ExitCode;
      if (options.json) results.push({ document: name, error: error.message });
      else io.err(`fieldbook: ${error.message}\n`);
      continue;
    }
    if (!extracted.ok) {
      code = Math.max(code, EXIT.invalid) as ExitCode;
      const message = extracted.errors.map((e) => e.message).join(' ');
      if (options.json) results.push({ document: name, error: message });
      else io.err(`fieldbook: ${message}\n`);
      continue;
    }
    const suggestions = suggestElements(model, extracted.value.text.passages, { top });
    if (options.json) {
      results.push({
        document: name,
        suggestions: suggestions.map((s) => ({
          element: s.element,
          score: s.score,
          terms: s.terms,
        })),
      });
    } else io.out(textLines(name, extracted.value, suggestions));
  }
  if (options.json) io.out(`${JSON.stringify(results, null, 2)}\n`);
  return code;
}
