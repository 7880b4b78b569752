import type { Result } from '../../types/result';
import { fail, ok } from '../../types/result';
import type { DocxContent } from './doc-model';
import type { DocxFailure } from './docx-container';
import { readDocxXml } from './docx-container';
import { bodyBlocks, countTrackedChanges, partLines } from './docx-xml';
import { OFFICE_XML_BUDGET, checkXml } from '../../xml/xml-budget';
import type { WordReadLibraries } from './libraries';
import type { XmlNode } from './xml-nodes';
import { attrOf, childrenOf, tagOf, textOf } from './xml-nodes';

/** Thrown for XML refused before parsing; its message is a sentence for the user. */
class XmlRefused extends Error {}

function parseXml(xml: string, libs: WordReadLibraries, what: string): XmlNode[] {
  // A DTD anywhere, too many elements or too deep: refused before a tree is built.
  const refused = checkXml(xml, OFFICE_XML_BUDGET, what);
  if (refused) throw new XmlRefused(refused.message);
  const parser = new libs.XMLParser({
    preserveOrder: true,
    removeNSPrefix: true,
    ignoreAttributes: false,
    attributeNamePrefix: '',
    trimValues: false,
    parseTagValue: false,
    parseAttributeValue: false,
    processEntities: true,
    ignoreDeclaration: true,
    ignorePiTags: true,
  });
  return parser.parse(xml) as XmlNode[];
}

function allText(node: XmlNode): string {
  const own = textOf(node);
  if (own !== null) return own;
  return childrenOf(node).map(allText).join('');
}

/** name → text of docProps/custom.xml (every property type read as its text). */
function customProperties(nodes: readonly XmlNode[]): Map<string, string> {
  const out = new Map<string, string>();
  const root = nodes.find((n) => tagOf(n) === 'Properties');
  for (const property of root ? childrenOf(root) : []) {
    if (tagOf(property) !== 'property') continue;
    const name = attrOf(property, 'name');
    if (name !== undefined) out.set(name, allText(property));
  }
  return out;
}

/**
 * The distinct non-blank lines of the page footers. A footer that cannot be read (damaged, or
 * over the XML budget) is left out: it only ever names the certifying body, which the import
 * then says it did not find; the record itself is in the body.
 */
function footerLines(footers: readonly string[], libs: WordReadLibraries): string[] {
  const lines = new Set<string>();
  for (const [i, footer] of footers.entries()) {
    let parsed: XmlNode[];
    try {
      parsed = parseXml(footer, libs, `the document's footer ${i + 1}`);
    } catch {
      continue;
    }
    for (const line of partLines(parsed)) if (line.trim() !== '') lines.add(line.trim());
  }
  return [...lines];
}

/**
 * Reads a .docx into paragraphs and tables (see doc-model.ts). Never throws: a file that is not
 * a readable Word document comes back as one failure with a sentence for the user.
 */
export async function parseDocx(
  bytes: Uint8Array,
  libs: WordReadLibraries,
): Promise<Result<DocxContent, DocxFailure>> {
  const xml = await readDocxXml(bytes);
  if (!xml.ok) return xml;
  try {
    const body = parseXml(xml.value.document, libs, "the document's XML");
    const blocks = bodyBlocks(body);
    const props =
      xml.value.customProperties === null
        ? new Map<string, string>()
        : customProperties(
            parseXml(xml.value.customProperties, libs, "the document's custom properties"),
          );
    // Most documents hold no tracked change: a look at the text spares walking the tree again.
    const tracked = /<(?:\w+:)?(?:ins|del|moveFrom|moveTo)\b/.test(xml.value.document)
      ? countTrackedChanges(body)
      : { insertions: 0, deletions: 0 };
    return ok({
      blocks,
      trackedChanges: tracked,
      customProperties: props,
      footerLines: footerLines(xml.value.footers, libs),
    });
  } catch (error) {
    if (error instanceof XmlRefused) return fail([{ code: 'damaged', message: error.message }]);
    // The XML parser's own message names its internals, not the file: say it in our words.
    return fail([
      {
        code: 'damaged',
        message: "the document's XML is damaged: it is not well-formed, so it cannot be read",
      },
    ]);
  }
}
