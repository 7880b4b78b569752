// The text of an HTML page (a saved web page, or the HTML mammoth makes of a DOCX) as headings
// and paragraphs, read with htmlparser2's tokenizer: tolerant of broken markup, linear in the
// length of the page, and free of any DOM, so it runs in a worker and in Node alike.
import { Parser } from 'htmlparser2';
import type { Block } from './passages';

/** Elements whose content is never text the reader sees. */
const SKIPPED: ReadonlySet<string> = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'head',
  'iframe',
  'object',
  'select',
  'nav',
  'footer',
]);

/** Classes and ids of page furniture: cookie banners, breadcrumbs, menus, skip links. */
const FURNITURE =
  /cookie|breadcrumb|skip-?link|(?:^|[\s_-])(?:nav|navbar|navigation|menu|skip|footer)(?:$|[\s_-])/i;

/** Elements that end a paragraph. */
const BLOCK: ReadonlySet<string> = new Set(
  (
    'p div li ul ol dl dt dd table tbody thead tfoot section article header footer nav aside ' +
    'main blockquote pre address figure figcaption form fieldset hr body html caption center'
  ).split(' '),
);

const HEADING = /^h[1-6]$/;

/** Collapses white space and trims. */
export function flatten(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** A table row's cells, without the empty ones, joined as "a | b | c". */
function joinCells(cells: readonly string[]): string {
  return cells.filter((c) => c !== '').join(' | ');
}

/**
 * Headings (`h1`–`h6`) and paragraphs of an HTML text, in order, without pages. A table row
 * becomes one paragraph of its non-empty cells ("Telephone | 20 seconds"); block elements
 * inside a cell stay in it. Text in scripts, styles, the `<head>`, navigation, footers and
 * page furniture (cookie banners, breadcrumbs, menus, by their class or id) is left out, except that a
 * `<title>` becomes the first heading when the body has none before its first paragraph.
 * Character references are decoded. Linear in the length of `html`.
 */
export function htmlBlocks(html: string): Block[] {
  const blocks: Block[] = [];
  let text = '';
  let heading = false;
  let skip = 0;
  let inTitle = false;
  let title = '';
  let cellDepth = 0;
  let row: string[] | null = null;

  const push = (kind: Block['kind'], value: string): void => {
    if (value !== '') blocks.push({ kind, text: value, page: null });
  };
  const end = (): void => {
    push(heading ? 'heading' : 'paragraph', flatten(text));
    text = '';
  };
  const endRow = (): void => {
    if (row === null) return;
    if (text.trim() !== '') row.push(flatten(text));
    text = '';
    push('paragraph', joinCells(row));
    row = null;
  };

  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (name === 'title') {
          inTitle = title === '';
          return;
        }
        const furniture = FURNITURE.test(`${attributes.class ?? ''} ${attributes.id ?? ''}`);
        if (skip > 0 || SKIPPED.has(name) || furniture) {
          skip += 1;
          return;
        }
        if (name === 'td' || name === 'th') {
          if (cellDepth === 0) {
            if (row === null) {
              end();
              row = [];
            } else if (text.trim() !== '') row.push(flatten(text));
            text = '';
          } else text += ' ';
          cellDepth += 1;
        } else if (cellDepth > 0) text += ' ';
        else if (name === 'tr') {
          endRow();
          end();
          row = [];
        } else if (HEADING.test(name)) {
          endRow();
          end();
          heading = true;
        } else if (BLOCK.has(name)) {
          endRow();
          end();
        } else if (name === 'br') text += '\n';
      },
      onclosetag(name) {
        if (name === 'title') {
          inTitle = false;
          return;
        }
        if (skip > 0) {
          skip -= 1;
          return;
        }
        if (name === 'td' || name === 'th') {
          cellDepth = Math.max(0, cellDepth - 1);
          if (cellDepth === 0 && row !== null) {
            row.push(flatten(text));
            text = '';
          }
        } else if (cellDepth > 0) text += ' ';
        else if (name === 'tr' || name === 'table') endRow();
        else if (HEADING.test(name)) {
          end();
          heading = false;
        } else if (BLOCK.has(name)) end();
      },
      ontext(data) {
        if (inTitle) title += data;
        else if (skip === 0) text += data;
      },
    },
    { decodeEntities: true, lowerCaseTags: true, recognizeSelfClosing: true },
  );
  parser.write(html);
  parser.end();
  endRow();
  end();
  const titleText = flatten(title);
  if (titleText !== '' && blocks[0]?.kind !== 'heading') {
    blocks.unshift({ kind: 'heading', text: titleText, page: null });
  }
  return blocks;
}
