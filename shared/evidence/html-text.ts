// The text of an HTML page (a saved web page, or the HTML mammoth makes of a DOCX) as headings
// and paragraphs. A small tolerant scanner: no DOM, so it runs in a worker and in Node alike.
import type { Block } from './passages';

const NAMED_ENTITIES: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  ndash: '–',
  mdash: '—',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
  hellip: '…',
  pound: '£',
  euro: '€',
  copy: '©',
  reg: '®',
  trade: '™',
  bull: '•',
  middot: '·',
  deg: '°',
  frac12: '½',
  eacute: 'é',
  egrave: 'è',
  agrave: 'à',
  ccedil: 'ç',
  ouml: 'ö',
  uuml: 'ü',
  auml: 'ä',
  euml: 'ë',
  iuml: 'ï',
  shy: '',
  zwj: '',
  zwnj: '',
};

/** Decodes character references: `&amp;`, `&#163;`, `&#xA3;`; unknown ones are kept as written. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]{1,6}|#[0-9]{1,7}|[a-z][a-z0-9]{1,31});/gi, (whole, ref) => {
    const name = String(ref);
    if (name.startsWith('#')) {
      const code =
        name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : Number(name.slice(1));
      return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff)
        ? String.fromCodePoint(code)
        : '\ufffd';
    }
    return NAMED_ENTITIES[name] ?? NAMED_ENTITIES[name.toLowerCase()] ?? whole;
  });
}

/** Elements whose content is never text the reader sees. */
const SKIPPED = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'head',
  'iframe',
  'object',
]);
/** Elements that end a paragraph. */
const BLOCK = new Set([
  'p',
  'div',
  'li',
  'ul',
  'ol',
  'dl',
  'dt',
  'dd',
  'tr',
  'table',
  'tbody',
  'thead',
  'tfoot',
  'section',
  'article',
  'header',
  'footer',
  'nav',
  'aside',
  'main',
  'blockquote',
  'pre',
  'address',
  'figure',
  'figcaption',
  'form',
  'fieldset',
  'hr',
  'body',
  'html',
  'caption',
]);
/** Cells: their texts are joined on one line with a separator. */
const CELL = new Set(['td', 'th']);

const TAG =
  /<!--[\s\S]*?(?:-->|$)|<!\[CDATA\[[\s\S]*?(?:\]\]>|$)|<![^>]*>|<\?[^>]*>|<(\/?)([a-zA-Z][a-zA-Z0-9-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>/g;

/**
 * Headings (`h1`–`h6`) and paragraphs of an HTML text, in order, without pages. Text in
 * scripts, styles and the `<head>` is left out, except that a `<title>` becomes the first
 * heading when the body has none before its first paragraph.
 */
export function htmlBlocks(html: string): Block[] {
  const blocks: Block[] = [];
  let text = '';
  let heading = false;
  let skipping: string | null = null;
  let title = '';
  let inTitle = false;
  const end = (): void => {
    const value = decodeEntities(text)
      .replace(/[ \t\r\n\f]+/g, ' ')
      .trim();
    if (value !== '')
      blocks.push({ kind: heading ? 'heading' : 'paragraph', text: value, page: null });
    text = '';
  };
  let last = 0;
  for (const match of html.matchAll(TAG)) {
    const between = html.slice(last, match.index);
    last = match.index + match[0].length;
    if (inTitle) title += between;
    else if (skipping === null) text += between;
    const name = match[2]?.toLowerCase();
    if (name === undefined) continue;
    const closing = match[1] === '/';
    if (name === 'title') {
      inTitle = !closing;
      continue;
    }
    if (skipping !== null) {
      if (closing && name === skipping) skipping = null;
      continue;
    }
    if (SKIPPED.has(name) && !closing && !/\/\s*$/.test(match[3] ?? '')) {
      skipping = name;
      continue;
    }
    if (/^h[1-6]$/.test(name)) {
      end();
      heading = !closing;
    } else if (BLOCK.has(name)) end();
    else if (CELL.has(name) && closing) text += ' | ';
    else if (name === 'br') text += '\n';
  }
  if (skipping === null && !inTitle) text += html.slice(last);
  end();
  const cleaned = blocks.map((b) => ({ ...b, text: b.text.replace(/(\s*\|\s*)+$/, '').trim() }));
  const titleText = decodeEntities(title).replace(/\s+/g, ' ').trim();
  if (titleText !== '' && cleaned[0]?.kind !== 'heading') {
    cleaned.unshift({ kind: 'heading', text: titleText, page: null });
  }
  return cleaned.filter((b) => b.text !== '');
}
