// Plain text and Markdown as headings and paragraphs. HTML left in the file is removed first
// (markup.ts). Every pattern here is linear in the length of a line, whatever its spaces,
// hashes, pipes or brackets: lines are trimmed with string methods, not with `\s*$`.
import { stripMarkup } from './markup';
import type { Block } from './passages';

function paragraphsOf(text: string): string[][] {
  const groups: string[][] = [[]];
  for (const line of text.replace(/\r\n?/g, '\n').split('\n')) {
    if (line.trim() === '') {
      if ((groups[groups.length - 1] as string[]).length > 0) groups.push([]);
    } else (groups[groups.length - 1] as string[]).push(line);
  }
  return groups.filter((g) => g.length > 0);
}

/**
 * Markdown inline syntax removed: links and images keep their text, emphasis and code marks
 * go. Each pattern can only fail at a bracket, a star, an underscore or a backtick, and never
 * scans past the next one of its kind, so a line full of them stays linear.
 */
function plainInline(text: string): string {
  return text
    .replace(/!?\[([^[\]]*)\]\([^()]*\)/g, '$1')
    .replace(/\*\*|__|`/g, '')
    .replace(/(?<=^|[\s(])[*_](?=[^\s*_])|(?<=[^\s*_])[*_](?=[\s).,;:!?]|$)/g, '');
}

const LIST_ITEM = /^[ \t]*(?:[-*+]|\d{1,3}[.)])[ \t]+(?=\S)/;

/** An ATX heading's text ("## Escalation ##" → "Escalation"), or null. */
function atxHeading(line: string): string | null {
  const match = /^ {0,3}#{1,6}(?=[ \t]|$)/.exec(line);
  if (!match) return null;
  let rest = line.slice(match[0].length).trim();
  let closing = 0;
  while (rest[rest.length - 1 - closing] === '#') closing += 1;
  if (
    closing > 0 &&
    (closing === rest.length || /\s/.test(rest[rest.length - closing - 1] ?? ''))
  ) {
    rest = rest.slice(0, rest.length - closing).trimEnd();
  }
  return rest;
}

/** A Setext underline ("=====" or "-----"). */
function isUnderline(line: string): boolean {
  const t = line.trim();
  return t !== '' && line.length - line.trimStart().length <= 3 && /^(?:=+|-+)$/.test(t);
}

/** A table's header separator ("|---|:--:|"). */
function isTableSeparator(line: string): boolean {
  const t = line.trim();
  return t.includes('|') && /^[|:\- \t]+$/.test(t) && t.includes('---');
}

/** A table row's cells, joined as "a | b". */
function tableRow(line: string): string {
  let t = line.trim();
  if (t.startsWith('|')) t = t.slice(1);
  if (t.endsWith('|')) t = t.slice(0, -1);
  return t
    .split('|')
    .map((c) => c.trim())
    .join(' | ');
}

/**
 * Markdown: ATX (`## Escalation`) and Setext headings; paragraphs split at blank lines; each
 * list item and table row its own paragraph; inline marks and HTML removed.
 */
export function markdownBlocks(source: string): Block[] {
  const blocks: Block[] = [];
  for (const group of paragraphsOf(stripMarkup(source))) {
    let lines: string[] = [];
    const flush = (): void => {
      if (lines.length > 0)
        blocks.push({ kind: 'paragraph', text: plainInline(lines.join(' ')), page: null });
      lines = [];
    };
    group.forEach((line, i) => {
      const atx = atxHeading(line);
      const next = group[i + 1];
      if (atx !== null) {
        flush();
        blocks.push({ kind: 'heading', text: plainInline(atx), page: null });
      } else if (next !== undefined && isUnderline(next) && lines.length === 0) {
        blocks.push({ kind: 'heading', text: plainInline(line.trim()), page: null });
      } else if (isUnderline(line) && i > 0 && blocks[blocks.length - 1]?.kind === 'heading') {
        return;
      } else if (isTableSeparator(line)) {
        return;
      } else if (line.trimStart().startsWith('|')) {
        flush();
        lines.push(tableRow(line));
        flush();
      } else if (LIST_ITEM.test(line)) {
        flush();
        lines.push(line.replace(LIST_ITEM, '').trim());
        flush();
      } else lines.push(line.trim());
    });
    flush();
  }
  return blocks;
}

/** A line that reads like a heading in a plain-text document: "3. Escalation", "OUR PROMISE". */
function looksLikeHeading(group: readonly string[], isLast: boolean): boolean {
  if (group.length !== 1 || isLast) return false;
  const line = (group[0] as string).trim();
  return (
    line.length <= 80 &&
    !/[.,;:!?]$/.test(line) &&
    /^(?:\d+(?:\.\d+)*\.?\s+)?[A-Z]/.test(line) &&
    line.split(/\s+/).length <= 10
  );
}

/** Plain text: paragraphs split at blank lines; short, unpunctuated lines read as headings. */
export function plainTextBlocks(source: string): Block[] {
  const groups = paragraphsOf(stripMarkup(source));
  return groups.map((group, i) => ({
    kind: looksLikeHeading(group, i === groups.length - 1) ? 'heading' : 'paragraph',
    text: group.map((l) => l.trim()).join('\n'),
    page: null,
  }));
}
