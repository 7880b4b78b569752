// A linear pre-scan of XML text before any parser builds a tree of it: no DTD anywhere, and at
// most so many elements, so deep (docs/SECURITY.md, "Budgets of the file readers").

/** How much XML one part may hold. */
export interface XmlBudget {
  /** Characters of one part's text (its entry may be larger: pictures sit beside the XML). */
  readonly maxChars: number;
  /** Elements (start tags) in the text. */
  readonly maxElements: number;
  /** Elements open inside one another. */
  readonly maxDepth: number;
}

/**
 * The XML of one part of a Word document or a workbook: a 100-page record holds ~200,000
 * elements; a workbook exported by CSE Fieldbook a few thousand.
 */
export const OFFICE_XML_BUDGET: XmlBudget = {
  maxChars: 32 * 1024 * 1024,
  maxElements: 1_000_000,
  maxDepth: 256,
};

/** Why an XML text is refused: a sentence of ours, without a full stop. */
export interface XmlProblem {
  readonly code: 'too-long' | 'doctype' | 'too-many-elements' | 'too-deep' | 'malformed';
  readonly message: string;
}

/** `<!DOCTYPE` or `<!ENTITY` in any case, anywhere (even inside a comment). */
const DECLARATION = /<!(?:doctype|entity)/i;

function skipPast(text: string, from: number, marker: string): number {
  const at = text.indexOf(marker, from);
  return at < 0 ? -1 : at + marker.length;
}

/** The index just after the `>` closing the tag that starts at `from`, skipping quoted values. */
function tagEnd(text: string, from: number): number {
  let quote = '';
  for (let i = from; i < text.length; i += 1) {
    const c = text[i];
    if (quote !== '') {
      if (c === quote) quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '>') return i + 1;
  }
  return -1;
}

/**
 * Checks XML text in one linear pass, before it is parsed: refuses text over `budget.maxChars`,
 * a DTD anywhere (Office
 * never writes one; it is how entity expansion, "billion laughs", starts), more than
 * `budget.maxElements` elements and elements nested deeper than `budget.maxDepth`. `what`
 * names the part in the message ("the Word document's XML"). Returns `null` when it passes.
 */
export function checkXml(text: string, budget: XmlBudget, what: string): XmlProblem | null {
  const counted = countXmlElements(text, budget, what);
  return typeof counted === 'number' ? null : counted;
}

/** As `checkXml`, but gives the number of elements when the text passes. */
export function countXmlElements(
  text: string,
  budget: XmlBudget,
  what: string,
): XmlProblem | number {
  if (text.length > budget.maxChars) {
    return {
      code: 'too-long',
      message: `${what} is more than ${Math.round(budget.maxChars / (1024 * 1024))} MiB of text, far more than a real file (a "zip bomb" or a damaged file)`,
    };
  }
  if (DECLARATION.test(text)) {
    return {
      code: 'doctype',
      message: `${what} declares a DOCTYPE or entities, which Office files never do and hostile files use to expand into gigabytes`,
    };
  }
  let elements = 0;
  let depth = 0;
  let at = text.indexOf('<');
  while (at >= 0) {
    let next: number;
    if (text.startsWith('<!--', at)) next = skipPast(text, at + 4, '-->');
    else if (text.startsWith('<![CDATA[', at)) next = skipPast(text, at + 9, ']]>');
    else if (text.startsWith('<?', at)) next = skipPast(text, at + 2, '?>');
    else if (text.startsWith('</', at)) {
      next = skipPast(text, at + 2, '>');
      depth = Math.max(0, depth - 1);
    } else {
      next = tagEnd(text, at + 1);
      elements += 1;
      if (next > 0 && text[next - 2] !== '/') depth += 1;
      if (elements > budget.maxElements) {
        return {
          code: 'too-many-elements',
          message: `${what} holds more than ${budget.maxElements} elements, far more than a real file (a damaged or hostile file)`,
        };
      }
      if (depth > budget.maxDepth) {
        return {
          code: 'too-deep',
          message: `${what} nests elements more than ${budget.maxDepth} deep, far more than a real file (a damaged or hostile file)`,
        };
      }
    }
    if (next < 0) {
      return {
        code: 'malformed',
        message: `${what} ends in the middle of a tag (the file is damaged)`,
      };
    }
    at = text.indexOf('<', next);
  }
  return elements;
}
