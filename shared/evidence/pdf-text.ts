// Text of a PDF, page by page, through pdf.js (passed in by the edge: the renderer's worker
// loads `pdfjs-dist`, Node loads `pdfjs-dist/legacy/build/pdf.mjs`).
import type { Block } from './passages';

/** The part of a pdf.js text item used here (marked-content items have no `str`). */
interface TextItemLike {
  readonly str?: unknown;
  readonly transform?: unknown;
  readonly height?: unknown;
  readonly hasEOL?: unknown;
}

/** The part of a pdf.js page used here. */
export interface PdfPageLike {
  getTextContent(): Promise<{ readonly items: readonly unknown[] }>;
  cleanup?(): unknown;
}

/** The part of a pdf.js document used here. */
export interface PdfDocumentLike {
  readonly numPages: number;
  getPage(pageNumber: number): Promise<PdfPageLike>;
  destroy(): Promise<unknown>;
}

/** The part of the pdf.js module used here: `getDocument` with the options we set. */
export interface PdfjsLike {
  getDocument(params: {
    data: Uint8Array;
    isEvalSupported: boolean;
    useWasm?: boolean;
    useSystemFonts?: boolean;
    disableFontFace?: boolean;
    stopAtErrors?: boolean;
    verbosity?: number;
  }): { readonly promise: Promise<PdfDocumentLike>; destroy(): Promise<unknown> };
}

interface Line {
  text: string;
  y: number;
  height: number;
}

function numberAt(value: unknown, index: number): number {
  return Array.isArray(value) && typeof value[index] === 'number' ? (value[index] as number) : 0;
}

/** The text items of a page joined into lines, top to bottom as pdf.js gives them. */
function linesOf(items: readonly unknown[]): Line[] {
  const lines: Line[] = [];
  let current: Line | null = null;
  for (const raw of items) {
    const item = raw as TextItemLike;
    if (typeof item.str !== 'string') continue;
    const y = numberAt(item.transform, 5);
    const height = typeof item.height === 'number' ? item.height : 0;
    if (current && Math.abs(current.y - y) > Math.max(2, current.height * 0.5) && item.str !== '') {
      lines.push(current);
      current = null;
    }
    if (!current) current = { text: '', y, height };
    current.text += item.str;
    current.height = Math.max(current.height, height);
    if (item.hasEOL === true) {
      lines.push(current);
      current = null;
    }
  }
  if (current) lines.push(current);
  return lines.filter((l) => l.text.trim() !== '');
}

/** The type size that carries the most characters on a page: its body text. */
function bodyHeight(lines: readonly Line[]): number {
  const chars = new Map<number, number>();
  for (const line of lines) {
    const size = Math.round(line.height * 2) / 2;
    chars.set(size, (chars.get(size) ?? 0) + line.text.length);
  }
  let best = 0;
  let most = -1;
  for (const [size, count] of chars) {
    if (count > most || (count === most && size < best)) {
      best = size;
      most = count;
    }
  }
  return best;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

/**
 * The blocks of one page: lines in a larger type than the page's body text (the size most of
 * its characters are set in), and short, are headings; other lines join into paragraphs, which end at a wider gap between lines.
 */
export function pdfPageBlocks(items: readonly unknown[], page: number): Block[] {
  const lines = linesOf(items);
  const body = bodyHeight(lines);
  const gaps = lines.slice(1).map((l, i) => Math.abs((lines[i] as Line).y - l.y));
  const usualGap = median(gaps.filter((g) => g > 0)) || body * 1.2;
  const blocks: Block[] = [];
  let paragraph: string[] = [];
  let headingHeight = 0;
  const flush = (): void => {
    if (paragraph.length > 0) blocks.push({ kind: 'paragraph', text: paragraph.join(' '), page });
    paragraph = [];
  };
  lines.forEach((line, i) => {
    const text = line.text.replace(/\s+/g, ' ').trim();
    const isHeading = body > 0 && line.height >= body * 1.15 && text.length <= 120;
    const gap = i > 0 ? Math.abs((lines[i - 1] as Line).y - line.y) : 0;
    if (isHeading) {
      flush();
      const previous = blocks[blocks.length - 1];
      // A heading wrapped over two lines is set in one size; a title and the heading under it
      // are two headings.
      const sameSize = Math.abs(line.height - headingHeight) <= 0.5;
      if (previous?.kind === 'heading' && sameSize && gap <= usualGap * 1.6) {
        blocks[blocks.length - 1] = { ...previous, text: `${previous.text} ${text}` };
      } else blocks.push({ kind: 'heading', text, page });
      headingHeight = line.height;
      return;
    }
    if (gap > usualGap * 1.4) flush();
    const last = paragraph[paragraph.length - 1];
    if (last !== undefined && last.endsWith('-') && /^[a-z]/.test(text)) {
      paragraph[paragraph.length - 1] = last.slice(0, -1) + text;
    } else paragraph.push(text);
  });
  flush();
  return blocks;
}
