import type { ParagraphStyle, WordCell, WordParagraph, WordRow, WordRun, WordTable } from './spec';

/** Shades of the layout: column titles, labels, captions. */
export const SHADES = {
  title: '1F3864',
  header: 'D9E2F3',
  label: 'EDEDED',
  caption: 'B4C6E7',
} as const;

/** True for a UTF-16 code unit XML 1.0 cannot hold (controls other than tab/newline, U+FFFE/F). */
function notXml(code: number): boolean {
  return (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) || code >= 0xfffe;
}

/** The text without characters a Word document cannot hold. */
export function xmlSafe(text: string): string {
  let out = '';
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    const lone = ch.length === 1 && code >= 0xd800 && code <= 0xdfff;
    if (!lone && !(code <= 0xffff && notXml(code))) out += ch;
  }
  return out;
}

export function paragraph(
  text: string,
  style: ParagraphStyle = 'body',
  run: Omit<WordRun, 'text'> = {},
): WordParagraph {
  return {
    kind: 'paragraph',
    runs: [{ ...run, text: xmlSafe(text) }],
    style,
    ...(style.startsWith('heading') ? { keepNext: true } : {}),
  };
}

/** One paragraph per line, so that line breaks survive as paragraphs in Word. */
export function lines(text: string, run: Omit<WordRun, 'text'> = {}): WordParagraph[] {
  return text.split(/\r\n|\r|\n/).map((line) => paragraph(line, 'body', run));
}

export function cell(
  text: string,
  options: { bold?: boolean; shade?: string; span?: number; center?: boolean; color?: string } = {},
): WordCell {
  const run = {
    ...(options.bold ? { bold: true } : {}),
    ...(options.color ? { color: options.color } : {}),
  };
  const paragraphs = lines(text, run).map((p) =>
    options.center ? { ...p, align: 'center' as const } : p,
  );
  return {
    paragraphs,
    ...(options.shade ? { shade: options.shade } : {}),
    ...(options.span && options.span > 1 ? { span: options.span } : {}),
  };
}

/** A row of column titles, repeated on every page. */
export function titleRow(titles: readonly string[]): WordRow {
  return { header: true, cells: titles.map((t) => cell(t, { bold: true, shade: SHADES.header })) };
}

/** A table with a repeated row of column titles and rows of plain text. */
export function columnsTable(
  titles: readonly string[],
  rows: readonly (readonly string[])[],
  widths: readonly number[],
): WordTable {
  return {
    kind: 'table',
    widths,
    rows: [titleRow(titles), ...rows.map((r) => ({ cells: r.map((t) => cell(t)) }))],
  };
}

/** A two-column table of shaded labels and values. */
export function labelTable(
  rows: readonly (readonly [string, string])[],
  widths = [38, 62],
): WordTable {
  return {
    kind: 'table',
    widths,
    rows: rows.map(([label, value]) => ({
      cells: [cell(label, { bold: true, shade: SHADES.label }), cell(value)],
    })),
  };
}
