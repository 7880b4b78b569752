import { DOCX_LIMITS } from '../limits';
import type {
  DocBlock,
  DocCell,
  DocParagraph,
  DocRow,
  DocTable,
  TrackedChanges,
  VerticalMerge,
} from './doc-model';
import type { XmlNode } from './xml-nodes';
import { attrOf, childOf, childrenOf, isOn, tagOf, textOf } from './xml-nodes';

/** Containers whose children belong to the parent's flow (content controls, custom XML, edits). */
const TRANSPARENT = new Set([
  'sdt',
  'sdtContent',
  'customXml',
  'ins',
  'moveTo',
  'smartTag',
  'hyperlink',
  'fldSimple',
]);
/** Tracked changes: insertions and deletions of text and of table rows. */
const INSERTED = new Set(['ins', 'moveTo']);
const DELETED = new Set(['del', 'moveFrom']);

/**
 * The tracked changes of a parsed part not yet accepted or rejected, counted. The reader below
 * reads the document as it now stands; this says whether that differs from the last version.
 */
export function countTrackedChanges(root: readonly XmlNode[]): TrackedChanges {
  const out = { insertions: 0, deletions: 0 };
  const stack: { node: XmlNode; depth: number }[] = root.map((node) => ({ node, depth: 0 }));
  while (stack.length > 0) {
    const { node, depth } = stack.pop()!;
    const tag = tagOf(node);
    if (tag === null || depth > DOCX_LIMITS.maxDepth) continue;
    if (INSERTED.has(tag)) out.insertions += 1;
    else if (DELETED.has(tag)) out.deletions += 1;
    for (const c of childrenOf(node)) stack.push({ node: c, depth: depth + 1 });
  }
  return out;
}

/**
 * A content control showing its placeholder ("Choose an item.", "Click or tap here to enter
 * text.") holds no value: Word marks it with w:showingPlcHdr.
 */
function showsPlaceholder(sdt: XmlNode): boolean {
  const props = childOf(sdt, 'sdtPr');
  return props !== undefined && childOf(props, 'showingPlcHdr') !== undefined;
}
/** Subtrees that hold no visible text of the paragraph. */
const SKIPPED = new Set([
  'pPr',
  'rPr',
  'sdtPr',
  'sdtEndPr',
  'del',
  'moveFrom',
  'delText',
  'instrText',
  'fldData',
  'sectPr',
]);

/** Text of a run-level subtree; text boxes are collected separately into `boxes`. */
function inlineText(node: XmlNode, out: string[], boxes: string[], depth: number): void {
  if (depth > DOCX_LIMITS.maxDepth) return;
  const tag = tagOf(node);
  if (tag === null) return;
  if (SKIPPED.has(tag)) return;
  if (tag === 'sdt' && showsPlaceholder(node)) return;
  switch (tag) {
    case 't':
      for (const c of childrenOf(node)) out.push(textOf(c) ?? '');
      return;
    case 'tab':
      out.push('\t');
      return;
    case 'br':
    case 'cr':
      out.push('\n');
      return;
    case 'noBreakHyphen':
      out.push('-');
      return;
    case 'softHyphen':
      return;
    case 'txbxContent':
      boxes.push(flowText(childrenOf(node), depth + 1));
      return;
    case 'AlternateContent': {
      const choice = childOf(node, 'Choice') ?? childOf(node, 'Fallback');
      if (choice) inlineText(choice, out, boxes, depth + 1);
      return;
    }
    default:
      for (const c of childrenOf(node)) inlineText(c, out, boxes, depth + 1);
  }
}

/** A paragraph's text, with any text-box text after it on lines of its own. */
function paragraphText(p: XmlNode, depth: number): string {
  const out: string[] = [];
  const boxes: string[] = [];
  for (const c of childrenOf(p)) inlineText(c, out, boxes, depth + 1);
  return [out.join(''), ...boxes.filter((b) => b.trim() !== '')].join('\n');
}

/** Text of paragraphs and tables in a flow (cell content, text box), lines joined by "\n". */
function flowText(nodes: readonly XmlNode[], depth: number): string {
  const lines: string[] = [];
  const walk = (list: readonly XmlNode[], d: number): void => {
    if (d > DOCX_LIMITS.maxDepth) return;
    for (const n of list) {
      const tag = tagOf(n);
      if (tag === 'sdt' && showsPlaceholder(n)) continue;
      if (tag === 'p') lines.push(paragraphText(n, d));
      else if (tag === 'tbl') {
        for (const row of tableRows(n, d)) {
          lines.push(row.cells.map((c) => c.text.replace(/\n/g, ' ')).join(' | '));
        }
      } else if (tag !== null && TRANSPARENT.has(tag)) walk(childrenOf(n), d + 1);
    }
  };
  walk(nodes, depth);
  return lines.join('\n');
}

function headingLevel(p: XmlNode): { style: string | null; heading: number | null } {
  const props = childOf(p, 'pPr');
  const style = props ? (attrOf(childOf(props, 'pStyle') ?? {}, 'val') ?? null) : null;
  const outline = props ? attrOf(childOf(props, 'outlineLvl') ?? {}, 'val') : undefined;
  if (style !== null) {
    if (/^title$/i.test(style)) return { style, heading: 1 };
    const match = /(?:head|berschrift|titre|titolo|kop|rubrik|nag)\D*(\d)$/i.exec(style);
    if (match) return { style, heading: Number(match[1]) };
  }
  if (outline !== undefined && /^\d$/.test(outline) && Number(outline) < 9) {
    return { style, heading: Number(outline) + 1 };
  }
  return { style, heading: null };
}

function cellOf(tc: XmlNode, gridStart: number, depth: number): DocCell {
  const props = childOf(tc, 'tcPr');
  const spanText = props ? attrOf(childOf(props, 'gridSpan') ?? {}, 'val') : undefined;
  const span = spanText !== undefined && /^\d+$/.test(spanText) ? Math.max(1, Number(spanText)) : 1;
  const merge = props ? childOf(props, 'vMerge') : undefined;
  const vMerge: VerticalMerge =
    merge === undefined ? null : attrOf(merge, 'val') === 'restart' ? 'restart' : 'continue';
  const content = childrenOf(tc).filter((c) => tagOf(c) !== 'tcPr');
  return { text: flowText(content, depth + 1).trim(), gridStart, span, vMerge };
}

/** The `tc` elements of a row, looking through content controls. */
function rowCells(tr: XmlNode): XmlNode[] {
  const out: XmlNode[] = [];
  const walk = (list: readonly XmlNode[]): void => {
    for (const n of list) {
      const tag = tagOf(n);
      if (tag === 'tc') out.push(n);
      else if (tag !== null && TRANSPARENT.has(tag)) walk(childrenOf(n));
    }
  };
  walk(childrenOf(tr));
  return out;
}

/** A row deleted with tracking on (w:trPr/w:del): not part of the document as it now stands. */
function isDeletedRow(tr: XmlNode): boolean {
  const props = childOf(tr, 'trPr');
  return props !== undefined && childOf(props, 'del') !== undefined;
}

function rowOf(tr: XmlNode, index: number, depth: number): DocRow {
  const props = childOf(tr, 'trPr');
  const before = props ? attrOf(childOf(props, 'gridBefore') ?? {}, 'val') : undefined;
  let grid = before !== undefined && /^\d+$/.test(before) ? Number(before) : 0;
  const cells: DocCell[] = [];
  for (const tc of rowCells(tr)) {
    const hMerge = childOf(childOf(tc, 'tcPr') ?? {}, 'hMerge');
    const last = cells[cells.length - 1];
    if (hMerge && attrOf(hMerge, 'val') !== 'restart' && last) {
      cells[cells.length - 1] = { ...last, span: last.span + 1 };
      grid += 1;
      continue;
    }
    const cell = cellOf(tc, grid, depth);
    cells.push(cell);
    grid += cell.span;
  }
  return { index, cells, repeatsAsHeader: isOn(props ? childOf(props, 'tblHeader') : undefined) };
}

function tableRows(tbl: XmlNode, depth: number): DocRow[] {
  const rows: DocRow[] = [];
  const walk = (list: readonly XmlNode[]): void => {
    for (const n of list) {
      const tag = tagOf(n);
      if (tag === 'tr' && !isDeletedRow(n)) rows.push(rowOf(n, rows.length + 1, depth + 1));
      else if (tag !== null && TRANSPARENT.has(tag)) walk(childrenOf(n));
    }
  };
  walk(childrenOf(tbl));
  return rows;
}

function tableOf(tbl: XmlNode, index: number): DocTable {
  const rows = tableRows(tbl, 1);
  const grid = childrenOf(childOf(tbl, 'tblGrid') ?? {}).filter((c) => tagOf(c) === 'gridCol');
  const widest = Math.max(0, ...rows.map((r) => r.cells.reduce((n, c) => n + c.span, 0)));
  const first = rows[0]?.cells[0]?.gridStart ?? 0;
  return { kind: 'table', index, rows, gridColumns: Math.max(grid.length, widest + first) };
}

function findBody(root: readonly XmlNode[]): readonly XmlNode[] {
  const document = root.find((n) => tagOf(n) === 'document');
  const body = document ? childOf(document, 'body') : undefined;
  return body ? childrenOf(body) : [];
}

/**
 * The text of a page footer or header part (word/footerN.xml, w:ftr; or w:hdr), already parsed:
 * one line per paragraph and per table row (cells joined by " | "), in order, blank lines kept.
 */
export function partLines(root: readonly XmlNode[]): string[] {
  const part = root.find((n) => tagOf(n) === 'ftr' || tagOf(n) === 'hdr');
  return part ? flowText(childrenOf(part), 0).split('\n') : [];
}

/**
 * The body of word/document.xml (already parsed) as paragraphs and tables in document order,
 * read as the document now stands: content controls, hyperlinks, fields' shown results, tracked
 * insertions and custom XML are looked through; deleted text and rows, field codes, content
 * controls showing their placeholder and section properties are left out.
 */
export function bodyBlocks(root: readonly XmlNode[]): DocBlock[] {
  const blocks: DocBlock[] = [];
  let paragraphs = 0;
  let tables = 0;
  const walk = (list: readonly XmlNode[], depth: number): void => {
    if (depth > DOCX_LIMITS.maxDepth) return;
    for (const n of list) {
      const tag = tagOf(n);
      if (tag === 'p') {
        paragraphs += 1;
        const block: DocParagraph = {
          kind: 'paragraph',
          index: paragraphs,
          text: paragraphText(n, depth),
          ...headingLevel(n),
        };
        blocks.push(block);
      } else if (tag === 'tbl') {
        tables += 1;
        blocks.push(tableOf(n, tables));
      } else if (tag !== null && TRANSPARENT.has(tag)) walk(childrenOf(n), depth + 1);
    }
  };
  walk(findBody(root), 0);
  return blocks;
}
