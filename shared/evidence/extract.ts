// Reads the text of a document with its places (pages, headings). The heavy readers (pdf.js,
// mammoth) are passed in by the edge, so they load only when a document needs them.
import type { Result } from '../types/result';
import { fail, ok } from '../types/result';
import { boundedDocx } from './bounded-docx';
import { decodeText, looksBinary } from './decode-text';
import type { FileKind, FileProblem } from './file-kinds';
import { classifyFile } from './file-kinds';
import { htmlBlocks } from './html-text';
import type { Block } from './passages';
import { passagesFromBlocks } from './passages';
import { MAX_PDF_PAGES, countPdfPageObjects, pdfStreamBomb } from './pdf-budget';
import type { PdfDocumentLike, PdfjsLike } from './pdf-text';
import { pdfPageBlocks } from './pdf-text';
import { markdownBlocks, plainTextBlocks } from './text-blocks';
import type { DocumentText } from './types';

/** The readers an edge provides; each is called only for a file of its kind. */
export interface ExtractLibraries {
  /** pdf.js, loaded on first use. */
  readonly pdfjs: () => Promise<PdfjsLike>;
  /**
   * A DOCX's HTML (mammoth's `convertToHtml`): headings stay headings. It is given the package
   * re-packed within its budget (`boundedDocx`), never the file as it came.
   */
  readonly docxToHtml: (bytes: Uint8Array) => Promise<string>;
}

/** Progress of a long extraction: pages read of a PDF's pages. */
export interface ExtractProgress {
  readonly done: number;
  readonly total: number;
}

/** A document read: its kind, its text, and what the assessor should be told, if anything. */
export interface Extracted extends FileKind {
  readonly text: DocumentText;
  /** E.g. "No text found …: kept as an attachment"; null when all went as expected. */
  readonly notice: string | null;
}

function errorName(error: unknown): string {
  const name = (error as { name?: unknown } | null)?.name;
  return typeof name === 'string' ? name : '';
}

function problem(reason: FileProblem['reason'], message: string): Result<never, FileProblem> {
  return fail([{ reason, message }]);
}

function noText(kind: FileKind, notice: string, pageCount: number | null = null): Extracted {
  return { ...kind, text: { status: 'no-text', pageCount, passages: [] }, notice };
}

function withText(
  kind: FileKind,
  blocks: readonly Block[],
  pageCount: number | null,
  name: string,
): Extracted {
  const passages = passagesFromBlocks(blocks);
  if (passages.length === 0) {
    return noText(
      kind,
      `No text found in "${name}": it is kept as an attachment, but search and suggestions cannot see it.`,
      pageCount,
    );
  }
  return { ...kind, text: { status: 'text', pageCount, passages }, notice: null };
}

function tooManyPages(name: string, pages: number): Result<never, FileProblem> {
  const counted = pages > MAX_PDF_PAGES + 1 ? `${pages}` : `more than ${MAX_PDF_PAGES}`;
  return problem(
    'too-large',
    `"${name}" has ${counted} pages; the library reads PDFs of up to ${MAX_PDF_PAGES} pages. Split it or save the pages that matter. Nothing was added.`,
  );
}

async function readPdf(
  name: string,
  bytes: Uint8Array,
  kind: FileKind,
  libs: ExtractLibraries,
  onProgress: (progress: ExtractProgress) => void,
): Promise<Result<Extracted, FileProblem>> {
  const pages = countPdfPageObjects(bytes);
  if (pages > MAX_PDF_PAGES) return tooManyPages(name, pages);
  const bomb = pdfStreamBomb(bytes);
  if (bomb) return problem('corrupt', `"${name}" cannot be read: ${bomb}. Nothing was added.`);
  const pdfjs = await libs.pdfjs();
  // pdf.js takes over (detaches) the buffer it is given, and wants a plain Uint8Array (not a
  // Node Buffer): give it a copy.
  const task = pdfjs.getDocument({
    data: new Uint8Array(bytes),
    isEvalSupported: false,
    useWasm: false,
    useSystemFonts: false,
    disableFontFace: true,
    stopAtErrors: false,
    verbosity: 0,
  });
  let doc: PdfDocumentLike;
  try {
    doc = await task.promise;
  } catch (error) {
    await task.destroy().catch(() => undefined);
    if (errorName(error) === 'PasswordException') {
      return problem(
        'encrypted',
        `"${name}" is protected by a password, so its text cannot be read. Ask the client for an unprotected copy. Nothing was added.`,
      );
    }
    return problem(
      'corrupt',
      `"${name}" is not a readable PDF (it may be damaged or incomplete). Nothing was added.`,
    );
  }
  try {
    const blocks: Block[] = [];
    const total = doc.numPages;
    if (total > MAX_PDF_PAGES) return tooManyPages(name, total);
    onProgress({ done: 0, total });
    for (let n = 1; n <= total; n += 1) {
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      blocks.push(...pdfPageBlocks(content.items, n));
      page.cleanup?.();
      onProgress({ done: n, total });
    }
    return ok(withText(kind, blocks, total, name));
  } catch {
    return problem(
      'corrupt',
      `"${name}" could not be read to the end (the PDF may be damaged). Nothing was added.`,
    );
  } finally {
    await doc.destroy().catch(() => undefined);
  }
}

async function readDocx(
  name: string,
  bytes: Uint8Array,
  kind: FileKind,
  libs: ExtractLibraries,
): Promise<Result<Extracted, FileProblem>> {
  const bounded = boundedDocx(name, bytes);
  if (!bounded.ok) return bounded;
  let html: string;
  try {
    html = await libs.docxToHtml(bounded.value);
  } catch {
    return problem(
      'corrupt',
      `"${name}" is a zip archive but not a readable Word document (it may be damaged, or another kind of file renamed .docx). Nothing was added.`,
    );
  }
  return ok(withText(kind, htmlBlocks(html), null, name));
}

/**
 * Reads a document: classifies it (refusing what the library cannot keep), then extracts its
 * text as passages with pages (PDF) or headings (DOCX, HTML, Markdown, text). Attachments and
 * image-only PDFs come back with no text and a notice saying so. Never throws; a file that
 * cannot be read comes back as one problem whose message names it.
 */
export async function extractDocument(
  name: string,
  bytes: Uint8Array,
  libs: ExtractLibraries,
  onProgress: (progress: ExtractProgress) => void = () => undefined,
): Promise<Result<Extracted, FileProblem>> {
  const classified = classifyFile(name, bytes);
  if (!classified.ok) return classified;
  const kind = classified.value;
  try {
    switch (kind.kind) {
      case 'pdf':
        return await readPdf(name, bytes, kind, libs, onProgress);
      case 'docx':
        return await readDocx(name, bytes, kind, libs);
      case 'attachment':
        return ok(noText(kind, `"${name}" is kept as an attachment, without text.`));
      case 'text':
      case 'markdown':
      case 'html': {
        if (looksBinary(bytes)) {
          return problem(
            'not-text',
            `"${name}" does not hold text (it looks like a binary file with a text file's name). Nothing was added.`,
          );
        }
        const text = decodeText(bytes);
        const blocks =
          kind.kind === 'html'
            ? htmlBlocks(text)
            : kind.kind === 'markdown'
              ? markdownBlocks(text)
              : plainTextBlocks(text);
        return ok(withText(kind, blocks, null, name));
      }
    }
  } catch {
    // A reader library's own message ("Cannot read properties of undefined …") means nothing
    // to an assessor.
    return problem(
      'failed',
      `"${name}" could not be read: it may be damaged, or not the kind of file its name says. Nothing was added.`,
    );
  }
}
