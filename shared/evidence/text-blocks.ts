// Plain text and Markdown as headings and paragraphs.
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

/** Markdown inline syntax removed: emphasis, code marks, links and images keep their text. */
function plainInline(text: string): string {
  return text
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/(\*\*|__)(.+?)\1/g, '$2')
    .replace(/(^|[\s(])[*_]([^*_\s][^*_]*?)[*_](?=[\s).,;:!?]|$)/g, '$1$2')
    .replace(/`([^`]*)`/g, '$1')
    .replace(/<[^>\n]+>/g, '');
}

const LIST_ITEM = /^\s*(?:[-*+]|\d{1,3}[.)])\s+/;

/**
 * Markdown: ATX (`## Escalation`) and Setext headings; paragraphs split at blank lines; each
 * list item and table row its own paragraph; inline marks removed.
 */
export function markdownBlocks(text: string): Block[] {
  const blocks: Block[] = [];
  for (const group of paragraphsOf(text)) {
    let lines: string[] = [];
    const flush = (): void => {
      if (lines.length > 0)
        blocks.push({ kind: 'paragraph', text: plainInline(lines.join(' ')), page: null });
      lines = [];
    };
    group.forEach((line, i) => {
      const atx = /^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$/.exec(line);
      const next = group[i + 1];
      if (atx) {
        flush();
        blocks.push({ kind: 'heading', text: plainInline(atx[2] ?? ''), page: null });
      } else if (next !== undefined && /^\s{0,3}(=+|-+)\s*$/.test(next) && lines.length === 0) {
        blocks.push({ kind: 'heading', text: plainInline(line.trim()), page: null });
      } else if (
        /^\s{0,3}(=+|-+)\s*$/.test(line) &&
        i > 0 &&
        blocks[blocks.length - 1]?.kind === 'heading'
      ) {
        return;
      } else if (/^\s*\|?\s*:?-{3,}/.test(line) && line.includes('|')) {
        return;
      } else if (LIST_ITEM.test(line) || line.trim().startsWith('|')) {
        flush();
        lines.push(
          line
            .replace(LIST_ITEM, '')
            .replace(/^\s*\||\|\s*$/g, '')
            .replace(/\|/g, ' | ')
            .trim(),
        );
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
    /^(\d+(\.\d+)*\.?\s+)?[A-Z]/.test(line) &&
    line.split(/\s+/).length <= 10
  );
}

/** Plain text: paragraphs split at blank lines; short, unpunctuated lines read as headings. */
export function plainTextBlocks(text: string): Block[] {
  const groups = paragraphsOf(text);
  return groups.map((group, i) => ({
    kind: looksLikeHeading(group, i === groups.length - 1) ? 'heading' : 'paragraph',
    text: group.map((l) => l.trim()).join('\n'),
    page: null,
  }));
}
