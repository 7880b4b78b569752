// A client's Word document, checked and re-packed within its budget before mammoth opens it.
import { decodeUtf8Replacing } from '../text/utf8';
import type { Result } from '../types/result';
import { fail, ok } from '../types/result';
import { checkXml } from '../xml/xml-budget';
import type { XmlBudget } from '../xml/xml-budget';
import { EVIDENCE_DOCX_ZIP_BUDGET } from '../zip/budgets';
import { openZip, readAllEntries } from '../zip/read-zip';
import { storedZip } from '../zip/write-zip';
import type { FileProblem } from './file-kinds';

/**
 * The XML of each part mammoth reads: it builds a DOM of every element (about 1 KB each), so
 * the budget is lower than the Word import's.
 */
export const EVIDENCE_XML_BUDGET: XmlBudget = {
  maxChars: 32 * 1024 * 1024,
  maxElements: 400_000,
  maxDepth: 256,
};

/**
 * The document's package re-packed from entries that passed `EVIDENCE_DOCX_ZIP_BUDGET` (every
 * entry inflated through a bounded stream, sizes true) and whose XML passed
 * `EVIDENCE_XML_BUDGET` (no DTD, bounded elements and depth): what mammoth may open. A refusal
 * names the file and says why.
 */
export function boundedDocx(name: string, bytes: Uint8Array): Result<Uint8Array, FileProblem> {
  const refuse = (reason: FileProblem['reason'], why: string): Result<never, FileProblem> =>
    fail([{ reason, message: `"${name}" cannot be read: ${why}. Nothing was added.` }]);
  const opened = openZip(bytes, EVIDENCE_DOCX_ZIP_BUDGET);
  const entries = opened.ok ? readAllEntries(opened.value) : opened;
  if (!entries.ok) {
    const problem = entries.errors[0];
    return refuse(
      problem?.code === 'encrypted' ? 'encrypted' : 'corrupt',
      problem?.message ?? 'the zip archive is damaged',
    );
  }
  for (const entry of entries.value) {
    if (!/\.(?:xml|rels)$/i.test(entry.name)) continue;
    const problem = checkXml(
      decodeUtf8Replacing(entry.bytes),
      EVIDENCE_XML_BUDGET,
      `the Word document's part ${JSON.stringify(entry.name.slice(0, 80))}`,
    );
    if (problem) return refuse('corrupt', problem.message);
  }
  return ok(storedZip(entries.value));
}
