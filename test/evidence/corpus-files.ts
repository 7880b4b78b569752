// The labelled evidence corpus (test/fixtures/evidence-corpus): its manifest, and its PDF and
// Word documents made from their committed sources (`*.pdf.md`, `*.docx.md`) with pdfmake and
// `docx`, so that the repository keeps only text. Deterministic: a source always gives a
// document with the same text, headers, footers, tables and page breaks.
import { readFileSync } from 'node:fs';
import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import type { PdfMakeLike } from '../../shared/export/pdf/render-pdf';
import { renderPdf } from '../../shared/export/pdf/render-pdf';
import { loadReportFonts } from '../../src-cli/fonts';

export const CORPUS = new URL('../fixtures/evidence-corpus/', import.meta.url).pathname;

/**
 * `held-back-2` is a second held-back set (issue 17, second round): five more organisations in
 * other sectors, written and labelled before the suggester was changed again. `held-back-3` is a
 * third, written and labelled by someone who had never seen the suggester; it is not yet in
 * `LABELLED_HALVES`, so nothing evaluates it until the lead wires it in.
 */
export type Half = 'tuning' | 'held-back' | 'held-back-2' | 'held-back-3' | 'unseen';

/** The labelled halves the suggestions are evaluated on, in the order the reports show them. */
export const LABELLED_HALVES = ['tuning', 'held-back', 'held-back-2'] as const;

export interface CorpusOrganisation {
  readonly id: string;
  readonly name: string;
  readonly sector: string;
  readonly half: Half;
}

export interface CorpusDocument {
  readonly organisation: string;
  /** The committed file, under `<half>/<organisation>/`. */
  readonly file: string;
  readonly kind: string;
  /** What the document sets out to show. */
  readonly primary: readonly string[];
  /** Other elements an assessor would accept it for (never repeats a primary one). */
  readonly plausible: readonly string[];
}

export interface CorpusManifest {
  readonly organisations: readonly CorpusOrganisation[];
  readonly documents: readonly CorpusDocument[];
}

export function readManifest(): CorpusManifest {
  return JSON.parse(readFileSync(`${CORPUS}manifest.json`, 'utf8')) as CorpusManifest;
}

/** The half a document belongs to (by its organisation). */
export function halfOf(manifest: CorpusManifest, doc: CorpusDocument): Half {
  const org = manifest.organisations.find((o) => o.id === doc.organisation);
  if (!org) throw new Error(`${doc.file}: unknown organisation ${doc.organisation}`);
  return org.half;
}

/** The name the document has for the app: the source's name without `.md` for made files. */
export function documentName(doc: CorpusDocument): string {
  return /\.(?:pdf|docx)\.md$/.test(doc.file) ? doc.file.slice(0, -3) : doc.file;
}

type Line =
  | { kind: 'title' | 'h1' | 'h2' | 'para' | 'bullet'; text: string }
  | { kind: 'table'; rows: string[][] }
  | { kind: 'page' };

interface Source {
  readonly header: string | null;
  readonly footer: string | null;
  readonly lines: readonly Line[];
}

function cells(row: string): string[] {
  return row
    .trim()
    .replace(/^\|/, '')
    .replace(/\|$/, '')
    .split('|')
    .map((c) => c.trim());
}

/** Parses a `*.pdf.md` / `*.docx.md` source (the small Markdown subset README.md describes). */
export function parseSource(text: string): Source {
  let header: string | null = null;
  let footer: string | null = null;
  const lines: Line[] = [];
  let paragraph: string[] = [];
  const flush = (): void => {
    if (paragraph.length > 0) lines.push({ kind: 'para', text: paragraph.join(' ') });
    paragraph = [];
  };
  for (const raw of text.split('\n')) {
    const line = raw.trimEnd();
    if (line.startsWith('%header:')) header = line.slice(8).trim();
    else if (line.startsWith('%footer:')) footer = line.slice(8).trim();
    else if (line === '%page') {
      flush();
      lines.push({ kind: 'page' });
    } else if (line.startsWith('|')) {
      flush();
      if (/^\|[\s|:-]+\|$/.test(line)) continue;
      const last = lines[lines.length - 1];
      if (last?.kind === 'table') last.rows.push(cells(line));
      else lines.push({ kind: 'table', rows: [cells(line)] });
    } else if (line.startsWith('# ')) {
      flush();
      lines.push({ kind: 'title', text: line.slice(2) });
    } else if (line.startsWith('## ')) {
      flush();
      lines.push({ kind: 'h1', text: line.slice(3) });
    } else if (line.startsWith('### ')) {
      flush();
      lines.push({ kind: 'h2', text: line.slice(4) });
    } else if (/^(?:- |\d+\. )/.test(line)) {
      flush();
      lines.push({ kind: 'bullet', text: line.replace(/^(?:- |\d+\. )/, '') });
    } else if (line.trim() === '') flush();
    else paragraph.push(line.trim());
  }
  flush();
  return { header, footer, lines };
}

/** `**bold**` and `*italic*` runs of a line. */
function runs(text: string): { text: string; bold: boolean; italics: boolean }[] {
  return text
    .split(/(\*\*[^*]+\*\*|\*[^*]+\*)/)
    .filter((part) => part !== '')
    .map((part) =>
      part.startsWith('**')
        ? { text: part.slice(2, -2), bold: true, italics: false }
        : part.startsWith('*') && part.endsWith('*') && part.length > 2
          ? { text: part.slice(1, -1), bold: false, italics: true }
          : { text: part, bold: false, italics: false },
    );
}

const SIZE = { title: 18, h1: 14, h2: 12, para: 10, bullet: 10 } as const;

/** A PDF of a source: the running header and footer (with "Page n of N") on every page. */
export async function sourceToPdf(text: string): Promise<Uint8Array> {
  const source = parseSource(text);
  const pdfmake = (await import('pdfmake')).default as unknown as PdfMakeLike;
  const fonts = await loadReportFonts();
  const content: unknown[] = [];
  let pageBreak = false;
  for (const line of source.lines) {
    if (line.kind === 'page') {
      pageBreak = true;
      continue;
    }
    const breakBefore = pageBreak ? { pageBreak: 'before' } : {};
    pageBreak = false;
    if (line.kind === 'table') {
      const widths = (line.rows[0] ?? []).map(() => '*');
      const body = line.rows.map((row) => widths.map((_, i) => ({ text: runs(row[i] ?? '') })));
      content.push({
        table: { headerRows: 1, widths, body },
        fontSize: 9,
        margin: [0, 2, 0, 10],
        ...breakBefore,
      });
      continue;
    }
    const size = SIZE[line.kind];
    const heading = line.kind !== 'para' && line.kind !== 'bullet';
    content.push({
      text: line.kind === 'bullet' ? [{ text: '•  ' }, ...runs(line.text)] : runs(line.text),
      fontSize: size,
      bold: heading,
      margin: line.kind === 'bullet' ? [12, 0, 0, 4] : [0, heading ? 6 : 0, 0, 8],
      ...breakBefore,
    });
  }
  const definition = {
    pageSize: 'A4',
    pageMargins: [50, 60, 50, 60],
    info: { title: 'corpus document', creationDate: new Date(Date.UTC(2015, 0, 1)) },
    header: source.header
      ? { text: source.header, fontSize: 8, color: '#555555', margin: [50, 25, 50, 0] }
      : undefined,
    footer: (page: number, pages: number) => ({
      text: `${source.footer ? `${source.footer} | ` : ''}Page ${page} of ${pages}`,
      fontSize: 8,
      color: '#555555',
      margin: [50, 20, 50, 0],
    }),
    content,
  } as unknown as TDocumentDefinitions;
  return renderPdf(definition, { pdfmake, fonts });
}

/** A Word document of a source: Word heading styles, bullets and tables; header and footer. */
export async function sourceToDocx(text: string): Promise<Uint8Array> {
  const source = parseSource(text);
  const docx = await import('docx');
  const { Document, Footer, Header, HeadingLevel, Packer, Paragraph, Table, TableCell } = docx;
  const { TableRow, TextRun, WidthType, PageBreak } = docx;
  const para = (t: string, options: Record<string, unknown> = {}): InstanceType<typeof Paragraph> =>
    new Paragraph({
      ...options,
      children: runs(t).map((r) => new TextRun({ text: r.text, bold: r.bold, italics: r.italics })),
    });
  const children: (InstanceType<typeof Paragraph> | InstanceType<typeof Table>)[] = [];
  for (const line of source.lines) {
    if (line.kind === 'page') children.push(new Paragraph({ children: [new PageBreak()] }));
    else if (line.kind === 'table') {
      children.push(
        new Table({
          width: { size: 100, type: WidthType.PERCENTAGE },
          rows: line.rows.map(
            (row) =>
              new TableRow({ children: row.map((c) => new TableCell({ children: [para(c)] })) }),
          ),
        }),
      );
    } else if (line.kind === 'title')
      children.push(para(line.text, { heading: HeadingLevel.TITLE }));
    else if (line.kind === 'h1')
      children.push(para(line.text, { heading: HeadingLevel.HEADING_1 }));
    else if (line.kind === 'h2')
      children.push(para(line.text, { heading: HeadingLevel.HEADING_2 }));
    else if (line.kind === 'bullet') children.push(para(line.text, { bullet: { level: 0 } }));
    else children.push(para(line.text));
  }
  const document = new Document({
    creator: 'corpus',
    sections: [
      {
        headers: source.header ? { default: new Header({ children: [para(source.header)] }) } : {},
        footers: source.footer ? { default: new Footer({ children: [para(source.footer)] }) } : {},
        children,
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(document));
}

/** The bytes of a corpus document as a client would send it (made PDF/Word, or the file). */
export async function corpusBytes(
  manifest: CorpusManifest,
  doc: CorpusDocument,
): Promise<Uint8Array> {
  const path = `${CORPUS}${halfOf(manifest, doc)}/${doc.organisation}/${doc.file}`;
  const text = readFileSync(path);
  if (doc.file.endsWith('.pdf.md')) return sourceToPdf(text.toString('utf8'));
  if (doc.file.endsWith('.docx.md')) return sourceToDocx(text.toString('utf8'));
  return new Uint8Array(text);
}
