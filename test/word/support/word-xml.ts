/**
 * WordprocessingML snippets for fixtures, for what the `docx` package cannot write: drop-down
 * content controls, tracked changes inside a run of text, fields, hyperlinks, nested tables.
 * Each returns the XML of one or more paragraphs (or a table) for `CellSpec.xml`.
 */

export function esc(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export function run(text: string): string {
  return `<w:r><w:t xml:space="preserve">${esc(text)}</w:t></w:r>`;
}

/** Paragraphs, one per line. */
export function paras(text: string): string {
  return text
    .split('\n')
    .map((line) => `<w:p>${run(line)}</w:p>`)
    .join('');
}

const MARK_ITEMS = ['CP', 'F', 'P', 'NC'];
const BY = 'w:author="Assessor" w:date="2015-03-12T10:00:00Z"';
let ids = 100;

/**
 * A paragraph holding a drop-down content control as templates offer for marks; `shown` is the
 * chosen item's text, or `null` for the placeholder Word shows when nothing is chosen.
 */
export function dropDown(shown: string | null): string {
  const items = MARK_ITEMS.map((m) => `<w:listItem w:displayText="${m}" w:value="${m}"/>`).join('');
  const placeholder = shown === null ? '<w:showingPlcHdr/>' : '';
  const text = shown ?? 'Choose an item.';
  return (
    `<w:p><w:sdt><w:sdtPr><w:alias w:val="Mark"/><w:id w:val="${(ids += 1)}"/>${placeholder}` +
    `<w:dropDownList>${items}</w:dropDownList></w:sdtPr>` +
    `<w:sdtContent>${run(text)}</w:sdtContent></w:sdt></w:p>`
  );
}

/** A plain-text content control around a value (header fields of some templates). */
export function textControl(text: string): string {
  return `<w:p><w:sdt><w:sdtPr><w:id w:val="${(ids += 1)}"/><w:text/></w:sdtPr><w:sdtContent>${run(text)}</w:sdtContent></w:sdt></w:p>`;
}

/** A paragraph whose text was changed with tracking on: `was` deleted, `now` inserted. */
export function trackedChange(before: string, was: string, now: string, after = ''): string {
  const del = was
    ? `<w:del w:id="${(ids += 1)}" ${BY}><w:r><w:delText xml:space="preserve">${esc(was)}</w:delText></w:r></w:del>`
    : '';
  const ins = now ? `<w:ins w:id="${(ids += 1)}" ${BY}>${run(now)}</w:ins>` : '';
  return `<w:p>${before ? run(before) : ''}${del}${ins}${after ? run(after) : ''}</w:p>`;
}

/** A paragraph with a field: its code (left out by the reader) and its shown result. */
export function field(code: string, result: string, before = ''): string {
  return (
    `<w:p>${before ? run(before) : ''}<w:r><w:fldChar w:fldCharType="begin"/></w:r>` +
    `<w:r><w:instrText xml:space="preserve"> ${esc(code)} </w:instrText></w:r>` +
    `<w:r><w:fldChar w:fldCharType="separate"/></w:r>${run(result)}` +
    `<w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>`
  );
}

/** A paragraph with a hyperlink (to a bookmark, so that it needs no relationship). */
export function hyperlink(before: string, text: string): string {
  return `<w:p>${run(before)}<w:hyperlink w:anchor="evidence">${run(text)}</w:hyperlink></w:p>`;
}

/** A table nested in a cell, then the paragraph a cell must end with. */
export function nestedTable(rows: readonly (readonly string[])[]): string {
  const columns = Math.max(...rows.map((r) => r.length));
  const grid = Array.from({ length: columns }, () => '<w:gridCol w:w="1500"/>').join('');
  const body = rows
    .map((r) => `<w:tr>${r.map((c) => `<w:tc><w:p>${run(c)}</w:p></w:tc>`).join('')}</w:tr>`)
    .join('');
  return `<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr><w:tblGrid>${grid}</w:tblGrid>${body}</w:tbl><w:p/>`;
}

/**
 * A body-level table; rows listed in `deleted` were deleted with tracking on (w:trPr/w:del) and
 * are not part of the document as it now stands.
 */
export function tableXml(
  rows: readonly (readonly string[])[],
  deleted: readonly number[] = [],
): string {
  const columns = Math.max(...rows.map((r) => r.length));
  const grid = Array.from({ length: columns }, () => '<w:gridCol w:w="2000"/>').join('');
  const body = rows
    .map((r, i) => {
      const props = deleted.includes(i)
        ? `<w:trPr><w:del w:id="${(ids += 1)}" ${BY}/></w:trPr>`
        : '';
      return `<w:tr>${props}${r.map((c) => `<w:tc><w:p>${run(c)}</w:p></w:tc>`).join('')}</w:tr>`;
    })
    .join('');
  return `<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr><w:tblGrid>${grid}</w:tblGrid>${body}</w:tbl>`;
}
