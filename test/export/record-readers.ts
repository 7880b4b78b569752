// Independent readers of the three export formats for the agreement test: mammoth for DOCX,
// pdftotext (layout and word boxes) for PDF, SheetJS for XLSX. None of them is our own code.
import mammoth from 'mammoth';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run } from './support';

/** A top-level block of a document: a heading or paragraph, or a table of cell texts. */
export type Block =
  | { readonly kind: 'heading' | 'paragraph'; readonly text: string }
  | { readonly kind: 'table'; readonly rows: readonly (readonly string[])[] };

const ENTITIES: Readonly<Record<string, string>> = {
  '&amp;': '&',
  '&lt;': '<',
  '&gt;': '>',
  '&quot;': '"',
  '&#39;': "'",
};

function plain(html: string): string {
  return html
    .replace(/<\/p>\s*<p>/g, '\n')
    .replace(/<br\s*\/?>/g, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&(amp|lt|gt|quot|#39);/g, (m) => ENTITIES[m] ?? m)
    .trim();
}

/** The DOCX as blocks, read by mammoth (headings by their Word styles). */
export async function docxBlocks(bytes: Uint8Array): Promise<Block[]> {
  const { value: html } = await mammoth.convertToHtml({ buffer: Buffer.from(bytes) });
  const blocks: Block[] = [];
  const pattern = /<(h[1-6]|p|table)\b[^>]*>([\s\S]*?)<\/\1>/g;
  for (const match of html.matchAll(pattern)) {
    const [, tag, inner = ''] = match;
    if (tag === 'table') {
      const rows = [...inner.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map((r) =>
        [...(r[1] ?? '').matchAll(/<t[dh][^>]*>([\s\S]*?)<\/t[dh]>|<t[dh][^>]*\/>/g)].map((c) =>
          plain(c[1] ?? ''),
        ),
      );
      blocks.push({ kind: 'table', rows });
    } else
      blocks.push({ kind: tag?.startsWith('h') ? 'heading' : 'paragraph', text: plain(inner) });
  }
  return blocks;
}

/** The first table after the heading `heading` (and before the next heading), or null. */
export function tableAfter(blocks: readonly Block[], from: number, heading: string): Block | null {
  for (let i = from; i < blocks.length; i += 1) {
    const block = blocks[i]!;
    if (block.kind !== 'heading' || block.text !== heading) continue;
    const next = blocks[i + 1];
    return next?.kind === 'table' ? next : null;
  }
  return null;
}

/** Index of the heading `text` (at or after `from`), or -1. */
export function headingIndex(blocks: readonly Block[], text: string, from = 0): number {
  return blocks.findIndex((b, i) => i >= from && b.kind === 'heading' && b.text === text);
}

function pdfFile(bytes: Uint8Array): string {
  const path = join(mkdtempSync(join(tmpdir(), 'fieldbook-agree-')), 'out.pdf');
  writeFileSync(path, bytes);
  return path;
}

/** pdftotext -layout of the whole PDF. */
export async function pdfLayout(bytes: Uint8Array): Promise<string> {
  return (await run('pdftotext', ['-layout', pdfFile(bytes), '-'])).stdout;
}

/** A word of a PDF page with its box, as pdftotext -bbox gives it. */
export interface PdfWord {
  readonly text: string;
  readonly x: number;
  readonly y: number;
}

/** The words of page `page` with their positions. */
export async function pdfWords(bytes: Uint8Array, page: number): Promise<PdfWord[]> {
  const { stdout } = await run('pdftotext', [
    '-bbox',
    '-f',
    String(page),
    '-l',
    String(page),
    pdfFile(bytes),
    '-',
  ]);
  return [...stdout.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)"[^>]*>([^<]*)<\/word>/g)].map(
    (m) => ({ x: Number(m[1]), y: Number(m[2]), text: plain(m[3] ?? '') }),
  );
}

/**
 * A table of a PDF page read back from word positions, below the phrase `below` (its title):
 * `columns` are the header titles (their first words mark where each column starts), `labels`
 * the row labels in order (their first words mark where each row starts). Gives, per label, the
 * text of each column.
 */
export function pdfGrid(
  words: readonly PdfWord[],
  below: string,
  columns: readonly string[],
  labels: readonly string[],
): Map<string, string[]> {
  const starts = (phrase: string, after = 0): PdfWord | undefined => {
    const parts = phrase.split(/\s+/);
    return words.find(
      (w, i) =>
        w.y >= after && parts.every((p, j) => words[i + j]?.text === p && words[i + j]!.y === w.y),
    );
  };
  const title = starts(below);
  if (!title) throw new Error(`"${below}" is not on the page`);
  const heads = columns.map((c) => starts(c, title.y + 1));
  const top = Math.max(...heads.map((h) => h?.y ?? 0));
  const xs = heads.map((h) => h?.x ?? Number.NaN);
  const rows = labels.map((l) => starts(l, top));
  const out = new Map<string, string[]>();
  labels.forEach((label, r) => {
    const y0 = rows[r]?.y ?? Number.NaN;
    const y1 = rows.slice(r + 1).find((w) => w !== undefined)?.y ?? y0 + 14;
    const cells = xs.map((x, c) => {
      const x1 = xs[c + 1] ?? Number.POSITIVE_INFINITY;
      return words
        .filter((w) => w.y >= y0 - 1 && w.y < y1 - 1 && w.x >= x - 1 && w.x < x1 - 1)
        .map((w) => w.text)
        .join(' ');
    });
    out.set(label, cells);
  });
  return out;
}
