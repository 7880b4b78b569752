// HTML left inside a plain-text or Markdown file ("<p><b>1. Purpose</b></p>", "&nbsp;"), as
// clients' systems often export it: removed with htmlparser2's tokenizer so that tags are never
// read as words nor shown in passages, while everything else is kept exactly as written.
import { Parser } from 'htmlparser2';

/** Element names taken as markup; anything else in angle brackets ("<name>") is kept. */
const HTML_ELEMENTS: ReadonlySet<string> = new Set(
  (
    'a abbr address article aside b bdi bdo big blockquote body br caption center cite code col ' +
    'colgroup dd del details dfn div dl dt em figcaption figure font footer form h1 h2 h3 h4 h5 ' +
    'h6 head header hr html i img ins kbd label li link main mark meta nav ol p pre q s samp ' +
    'script section small span strike strong style sub summary sup table tbody td tfoot th thead ' +
    'title tr tt u ul var wbr o:p'
  ).split(' '),
);

/** Elements after which the text starts a new paragraph. */
const BREAKS_PARAGRAPH: ReadonlySet<string> = new Set(
  (
    'address article aside blockquote body caption div dl footer form h1 h2 h3 h4 h5 h6 header ' +
    'hr html li main nav ol p pre section table tr ul'
  ).split(' '),
);

/** Elements whose content is not text (scripts, styles, the head's metadata). */
const DROPPED: ReadonlySet<string> = new Set(['script', 'style', 'head']);

/** Whether `text` holds anything that looks like a tag or a character reference. */
export function hasMarkup(text: string): boolean {
  return /<[!/a-z]|&(?:#\d|#x[\da-f]|[a-z]{2,8};)/i.test(text);
}

/**
 * `text` with its HTML tags removed and character references decoded. Block elements (`<p>`,
 * `<li>`, `<tr>`, headings…) become paragraph breaks (a blank line) and `<br>` a line break;
 * tags that are not HTML elements ("<name>", "<https://…>") and a tag left open at the end are
 * kept as written; script and style contents are dropped. Text without markup comes back
 * unchanged. Linear in the length of `text`.
 */
export function stripMarkup(text: string): string {
  if (!hasMarkup(text)) return text;
  const out: string[] = [];
  /** End of the source consumed so far (what follows it is not yet in `out`). */
  let covered = 0;
  let dropped = 0;
  const parser = new Parser(
    {
      onopentag(name) {
        const start = parser.startIndex;
        const end = parser.endIndex + 1;
        if (start < covered) return;
        covered = end;
        if (!HTML_ELEMENTS.has(name)) {
          if (dropped === 0) out.push(text.slice(start, end));
          return;
        }
        if (DROPPED.has(name)) dropped += 1;
        else if (dropped === 0 && BREAKS_PARAGRAPH.has(name)) out.push('\n\n');
        else if (dropped === 0 && name === 'br') out.push('\n');
      },
      onclosetag(name, isImplied) {
        if (isImplied && !DROPPED.has(name)) return;
        if (!isImplied) covered = Math.max(covered, parser.endIndex + 1);
        if (DROPPED.has(name)) dropped = Math.max(0, dropped - 1);
        else if (dropped === 0 && BREAKS_PARAGRAPH.has(name)) out.push('\n\n');
      },
      ontext(data) {
        covered = Math.max(covered, parser.endIndex + 1);
        if (dropped === 0) out.push(data);
      },
      oncomment() {
        covered = Math.max(covered, parser.endIndex + 1);
      },
    },
    { decodeEntities: true, lowerCaseTags: true },
  );
  parser.write(text);
  parser.end();
  if (covered < text.length) out.push(text.slice(covered));
  return out.join('').replace(/\u00a0/g, ' ');
}
